"""The Team overview in the app: a manager sees, per account manager, what the laptop's
synced data says and when each one's laptop last synced (asked of the team server); a rep
has no such tab; a server that cannot be reached leaves the last syncs "unknown (offline)"."""

from __future__ import annotations

from datetime import date, timedelta

from psycopg.conninfo import conninfo_to_dict, make_conninfo
from PySide6.QtCore import Qt

from desktop_crm.domain.plans.service import PlanService
from desktop_crm.storage import sync_rows

COLUMNS = 7


def _cells(page) -> dict[str, list[str]]:
    model = page.model
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, COLUMNS)]
            for r in range(model.rowCount())}


def _tab_shown(app, key: str) -> bool:
    tabs = app.window.tabs
    return tabs.isTabVisible(tabs.indexOf(app.window.area_tab(key)))


def test_a_manager_sees_the_team_and_a_rep_does_not(qtbot, app_laptop, service_laptop) -> None:
    wang = service_laptop("wang", "wang-laptop")
    wang.sync()  # the team's staff arrive
    me = wang.staff_id("王敏")
    today = date.today()
    key = wang.customers.create({"name": "明佳烟酒", "tier": "key", "owner": me})
    wang.customers.create({"name": "永兴超市", "tier": "regular", "owner": me})
    wang.visits.log_visit(key, {"occurred_at": today.isoformat(), "channel": "visit",
                                "staff": me})
    wang.visits.log_visit(key, {"occurred_at": (today - timedelta(days=40)).isoformat(),
                                "channel": "visit", "staff": me,
                                "follow_up_due": (today - timedelta(days=1)).isoformat()})
    plans = PlanService(wang.store, "王敏")
    plans.set_status(plans.save(plans.new_plan(key)), "active")
    wang.sync()

    li = app_laptop("li")
    li.sync()
    assert not _tab_shown(li, "team_overview")  # a rep: no Team overview
    assert not li.window.view_action("team_overview").isVisible()

    chen = app_laptop("chen")
    chen.sync()
    assert _tab_shown(chen, "team_overview")
    page = chen.window.show_area("team_overview")
    qtbot.waitUntil(lambda: not page.reading and page.model.rowCount() > 0, timeout=20_000)
    rows = _cells(page)
    # 2 customers; 1 visit this month; a key customer every 14 days and a regular one every
    # 30 asks 3 visits in any month (28 to 31 days); one follow-up overdue; one active plan
    assert rows["王敏"][:5] == ["2", "1", "3", "1", "1"]
    assert rows["王敏"][5][:10] == today.isoformat()   # wang's laptop synced today
    assert rows["李强"] == ["0", "0", "0", "0", "0", rows["李强"][5]]
    assert rows["李强"][5][:10] == today.isoformat()   # li's laptop synced too
    assert "陈经理" not in rows                        # a manager, owning no customer
    behind = {page.model.index(r, 0).data(): page.model.index(r, 2).data(
        Qt.ItemDataRole.ForegroundRole) is not None for r in range(page.model.rowCount())}
    assert behind["王敏"] and not behind["李强"]  # 1 visit of 3 in red; 0 of 0 not
    assert page.server_note.text() == "Last syncs as the team server knows them."

    # double-click 王敏: the customer list, filtered to her customers
    row = list(rows).index("王敏")
    page.table.setCurrentIndex(page.model.index(row, 0))
    page.show_customers()
    customers = chen.window.customers
    assert chen.window.current_area() == "customers"
    assert customers.filters.values()["owner_id"] == chen.store.conn.execute(
        "SELECT id FROM staff WHERE name = '王敏'").fetchone()[0]
    qtbot.waitUntil(lambda: customers.model.total() == 2, timeout=10_000)

    # the server out of reach: the figures stand, the last syncs are unknown
    url = conninfo_to_dict(sync_rows.state(chen.store.conn)[0])
    url.update(host="127.0.0.1", port="1")  # nothing listens there
    chen.store.conn.execute("UPDATE sync_state SET url = ?", (make_conninfo("", **url),))
    page = chen.window.show_area("team_overview")
    page.reload()
    qtbot.waitUntil(lambda: not page.reading, timeout=20_000)
    rows = _cells(page)
    assert rows["王敏"] == ["2", "1", "3", "1", "1", "unknown (offline)"]
    assert "cannot be reached" in page.server_note.text()
