"""The follow-up agenda on a manager's laptop, one account manager at a time; a rep's agenda
offers no such choice."""

from __future__ import annotations

from datetime import date, timedelta


def _follow_ups(page) -> set[str]:
    model = page.model
    headings = set(model.heading_rows())
    return {model.data(model.index(r, 0)) for r in range(model.rowCount()) if r not in headings}


def test_a_manager_reads_the_agenda_of_one_account_manager(qtbot, app_laptop,
                                                           service_laptop) -> None:
    visited = (date.today() - timedelta(days=5)).isoformat()
    due = (date.today() - timedelta(days=2)).isoformat()
    for login, staff, shop, code in (("wang", "王敏", "明佳烟酒", "W001"),
                                     ("li", "李强", "永兴超市", "L001")):
        rep = service_laptop(login, f"{login}-laptop")
        rep.sync()
        me = rep.staff_id(staff)
        cid = rep.customers.create({"name": shop, "code": code, "owner": me})
        rep.visits.log_visit(cid, {"occurred_at": visited, "channel": "visit",
                                   "staff": me, "follow_up_due": due})
        rep.sync()

    chen = app_laptop("chen")
    chen.sync()
    page = chen.window.show_area("follow_ups")
    qtbot.waitUntil(lambda: len(_follow_ups(page)) == 2, timeout=20_000)
    assert page.person.isVisible()
    assert [page.person.itemText(i) for i in range(page.person.count())][1:] == ["陈经理", "李强", "王敏"]
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.person.setCurrentIndex(page.person.findText("王敏"))
    assert _follow_ups(page) == {"明佳烟酒"}
    assert page.status.text().startswith("王敏's: 1 open, 1 overdue · everyone's: 2 overdue")
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.person.setCurrentIndex(0)
    assert _follow_ups(page) == {"明佳烟酒", "永兴超市"}

    wang = app_laptop("wang")
    wang.sync()
    assert not wang.window.show_area("follow_ups").person.isVisible()
