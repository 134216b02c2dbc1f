"""A campaign's evaluation per account manager on a manager's laptop that synced the
customers of two reps from the team server."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_crm.domain.campaigns import CampaignService
from desktop_crm.domain.customer_list import CustomerFilter


def test_a_manager_reads_a_campaign_by_rep(qtbot, app_laptop, service_laptop) -> None:
    for login, staff, shops in (("wang", "王敏", ("明佳烟酒", "佳佳超市")),
                                ("li", "李强", ("永兴超市",))):
        rep = service_laptop(login, f"{login}-laptop")
        rep.sync()
        me = rep.staff_id(staff)
        for shop in shops:
            rep.customers.create({"name": shop, "kind": "individual", "tags": "流失", "consent_channels": "sms", "owner": me})
        rep.sync()

    chen = app_laptop("chen")
    chen.sync()
    today = date.today()
    service = CampaignService(chen.store, actor="chen")
    cid = service.create({"name": "老客唤回", "starts_on": (today - timedelta(days=10)).isoformat(),
                          "ends_on": (today + timedelta(days=10)).isoformat(), "cost": 90})
    assert service.select_targets(cid, CustomerFilter(tags=("流失",))) == (3, 0)
    bought = chen.store.conn.execute("SELECT id FROM customers WHERE name = '永兴超市'").fetchone()[0]
    chen.store.insert("transactions", {"customer_id": bought, "occurred_on": today.isoformat(),
                                       "amount": 120})

    page = chen.window.show_area("campaigns")
    qtbot.waitUntil(lambda: page.campaigns.rowCount() == 1, timeout=10_000)
    page.tabs.setCurrentIndex(2)
    view = page.evaluation
    qtbot.waitUntil(lambda: view.by_owner.rowCount() == 3, timeout=10_000)
    assert view.tables.isTabVisible(1)
    model = view.by_owner
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in (1, 3, 7, 8, 9)]
            for r in range(model.rowCount())}
    # target count, converted, revenue, cost (90 shared 2:1), ROI
    assert rows == {"王敏": ["2", "0", "¥0", "¥60", "-100.0%"],
                    "李强": ["1", "1", "¥120", "¥30", "300.0%"],
                    "Whole campaign": ["3", "1", "¥120", "¥90", "33.3%"]}
