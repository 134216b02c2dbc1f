"""One definition of "overdue": the Follow-ups tab, the status bar, the start-up banner, the
agenda (everyone's and "only mine"), the customer list's "Overdue follow-up" filter and
`desktop-crm agenda` count the same things on a file with every kind of item that could be
counted one way here and another way there."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_crm.cli import main
from desktop_crm.domain.plans import PlanService
from desktop_crm.domain.plans.model import Action
from desktop_crm.ui.customers.page import CustomersPage
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.visits.agenda import FollowUpsPage


@pytest.fixture
def mixed(ctx, customers, visits, mingjia):
    """Overdue: 2 visits' follow-ups of the user, 1 of a colleague, 1 plan action of the user,
    1 of the colleague — 5 items of 3 customers, 3 of them the user's. Not overdue: done,
    due today, trashed visit, trashed customer, draft plan, finished action."""
    store, today = ctx.store, date.today()
    store.insert_many("staff", [{"name": "测试员"}, {"name": "罗超"}])
    ago = lambda days: (today - timedelta(days=days)).isoformat()  # noqa: E731
    xinyuan = customers.create({"name": "鑫源超市", "code": "C000777"})
    baijia = customers.create({"name": "百佳便利", "code": "C000778"})
    gone = customers.create({"name": "已关店", "code": "C000779"})

    def visit(customer: int, due: str, staff: str) -> int:
        return visits.log_visit(customer, {"occurred_at": ago(20), "channel": "visit",
                                           "staff": staff, "follow_up_due": due})

    visit(mingjia, ago(3), "测试员")
    visit(xinyuan, ago(1), "测试员")
    visit(xinyuan, ago(5), "罗超")
    visits.complete_follow_up(visit(mingjia, ago(9), "测试员"))   # done
    visit(mingjia, today.isoformat(), "测试员")                     # due today: not overdue
    visits.delete(visit(baijia, ago(4), "测试员"))                 # the visit is in the trash
    visit(gone, ago(6), "测试员")
    customers.delete(gone)                                         # the customer is

    plans = PlanService(store, "测试员")

    def plan(customer: int, actions: list[Action], status: str) -> None:
        draft = plans.new_plan(customer)
        draft.actions = actions
        plan_id = plans.save(draft)
        if status != "draft":
            plans.set_status(plan_id, status)

    plan(baijia, [Action("补货", "测试员", ago(2)), Action("陈列", "罗超", ago(2)),
                  Action("已完成", "测试员", ago(2), "done")], "active")
    plan(mingjia, [Action("草稿里的事", "测试员", ago(2))], "draft")
    return {"all": 5, "customers": 3, "mine": 3, "baijia": baijia}


def number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not in {text!r}"
    return int(found.group(1))


def test_every_place_counts_the_same_overdue(qtbot, ctx, mixed, capsys) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_overdue_notice()
    qtbot.waitUntil(window.notice.isVisible, timeout=10_000)
    follow_ups_tab = window.tabs.indexOf(window._areas["follow_ups"])
    badge = number(r"\((\d+)\)", window.tabs.tabText(follow_ups_tab))
    status = number(r"(\d+) overdue", window.count_label.text())
    banner = number(r"(\d+) follow-up", window.notice.label.text())
    assert badge == status == banner == mixed["all"]

    # the dossier's header counts the customer's open items the same way: two plan actions
    # of 百佳便利 (its visit's follow-up is in the trash, one action is done)
    dossier = window.open_customer(mixed["baijia"])
    qtbot.waitUntil(lambda: "2 open" in dossier.header.values["follow_ups"].text())
    assert "overdue since" in dossier.header.values["follow_ups"].text()

    page = FollowUpsPage(ctx)  # the user is on the staff list: "Only mine" is on
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.show()
    assert page.only_mine.isChecked()
    heading = page.model.data(page.model.index(page.model.heading_rows()[0], 0))
    assert number(r"\((\d+)\)", heading) == mixed["mine"]
    # where "only mine" differs, the page says what it counts, and everyone's number
    assert number(r"(\d+) overdue ·", page.status.text()) == mixed["mine"]
    assert number(r"everyone's: (\d+) overdue", page.status.text()) == badge
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        qtbot.mouseClick(page.only_mine, Qt.MouseButton.LeftButton)
    heading = page.model.data(page.model.index(page.model.heading_rows()[0], 0))
    assert number(r"\((\d+)\)", heading) == badge

    customers_page = CustomersPage(ctx)
    qtbot.addWidget(customers_page)
    customers_page.show()
    qtbot.waitUntil(lambda: bool(customers_page.choices.tiers))
    qtbot.mouseClick(customers_page.filters.overdue_check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "…" not in customers_page.count_label.text()
                    and customers_page.model.rowCount() == mixed["customers"])
    assert number(r"(\d+) matching", customers_page.count_label.text()) == mixed["customers"]

    assert main(["--db", str(ctx.store.path), "agenda"]) == 0
    assert number(r"Overdue \((\d+)\)", capsys.readouterr().out) == badge
