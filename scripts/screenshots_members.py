"""Extra screenshots of the members, care, campaign and staff areas (used by screenshots.py):
a campaign worked through on the demo database, and the counter and campaign dialogs."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable

from desktop_crm.domain.campaigns import CampaignService, save_filter
from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.storage.db import Store


def prepare(store: Store, today: date) -> None:
    """A win-back campaign over lapsed customers, assigned evenly, half its targets called."""
    service = CampaignService(store, actor="谢斌")
    flt = CustomerFilter(lifecycle="lost")
    save_filter(store, "流失客户", flt)
    cid = service.create({"name": "流失会员唤回", "type": "win_back", "goal": "三个月内唤回三成流失会员",
                          "starts_on": today - timedelta(days=60), "ends_on": today + timedelta(days=30),
                          "budget": 2000, "holdout_share": 0.2})
    service.select_targets(cid, flt, filter_name="流失客户", seed=1)
    service.set_status(cid, "running")
    staff = [r["id"] for r in store.find("staff", role="shop_staff")][:3]
    service.assign(cid, "even", staff)
    outcomes = ("interested", "call_back", "not_interested", "no_answer")
    for k, t in enumerate(service.targets(cid, holdout=False)[::2]):
        service.record(t["id"], outcomes[k % 4], "下周带宝宝来店看看" if k % 4 == 0 else "",
                       when=datetime.combine(today - timedelta(days=50 - k % 40), datetime.min.time()))
        if k % 3 == 0:
            store.insert("transactions", {"customer_id": t["customer_id"], "amount": 180 + 40 * (k % 7),
                                          "occurred_on": (today - timedelta(days=30 - k % 25)).isoformat()})
    store.set_setting("shop_name", "贝贝乐母婴")


def shoot(app, window, ctx, name: Callable[[str], Path], grab) -> None:
    from desktop_crm.ui.campaigns.dialogs import CampaignDialog, TargetsDialog
    from desktop_crm.ui.members.counter import CounterDialog

    page = window.show_area("campaigns")
    for i, view in ((1, "campaigns-work-list"), (2, "campaigns-evaluation")):
        page.tabs.setCurrentIndex(i)
        import time
        for _ in range(20):
            app.processEvents()
            time.sleep(0.05)
        grab(app, window, name(view))
    # the evaluation per account manager (the campaign's customers have several owners)
    page.tabs.setCurrentIndex(2)
    page.evaluation.tables.setCurrentIndex(1)
    sizes = page.evaluation.split.sizes()
    page.evaluation.split.setSizes([sum(sizes) - 255, 255])  # the splitter dragged up: every row
    app.processEvents()
    grab(app, window, name("campaigns-evaluation-by-rep"))
    page.evaluation.split.setSizes(sizes)
    page.evaluation.tables.setCurrentIndex(0)
    page.tabs.setCurrentIndex(0)
    cid = page.current_id()
    for dialog, view in ((CampaignDialog(ctx, cid, window), "campaign-dialog"),
                         (TargetsDialog(ctx, cid, window), "campaign-targets-dialog")):
        dialog.show()
        grab(app, dialog, name(view))
        dialog.reject()

    members = window.show_area("members")
    row = ctx.store.conn.execute("SELECT card_no FROM members ORDER BY points_balance DESC LIMIT 1").fetchone()
    counter = CounterDialog(ctx, members)
    counter.show()
    counter.find_edit.setText(row[0])
    counter.run_search()
    counter.amount_edit.setText("268")
    grab(app, counter, name("counter"))
    counter.reject()

    # several members match: Enter goes to the amount, the cashier picks one with ↑/↓
    counter = CounterDialog(ctx, members)
    counter.show()
    counter.find_edit.setText("王")
    counter._find_entered()
    counter.amount_edit.setText("268")
    grab(app, counter, name("counter-several"))
    counter.reject()
