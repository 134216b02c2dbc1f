"""A campaign's evaluation per account manager (customer owner), checked by hand; the total
is the whole-campaign evaluation."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_crm.domain.campaigns import CampaignService
from desktop_crm.domain.customer_list import CustomerFilter


def make_campaign(store, customers) -> tuple[CampaignService, int, dict[str, int]]:
    """李 owns A1–A4 (A4 held back), 赵 owns B1–B3 (B3 held back), N1 has no owner;
    cost 300; purchases in and out of March."""
    li = store.insert("staff", {"name": "李经理", "role": "account_manager"})
    zhao = store.insert("staff", {"name": "赵经理", "role": "account_manager"})
    ids = {}
    for name, owner in (("A1", li), ("A2", li), ("A3", li), ("A4", li),
                        ("B1", zhao), ("B2", zhao), ("B3", zhao), ("N1", None)):
        ids[name] = customers.create({"name": name, "kind": "individual", "tags": "流失", "consent_channels": "sms",
                                      **({"owner": owner} if owner else {})})
    service = CampaignService(store, actor="测试员")
    cid = service.create({"name": "老客唤回", "starts_on": "2025-03-01", "ends_on": "2025-03-31",
                          "cost": 300})
    service.select_targets(cid, CustomerFilter(tags=("流失",)))
    target = {t["customer_id"]: t["id"] for t in service.targets(cid)}
    for name in ("A4", "B3"):
        store.update("campaign_targets", target[ids[name]], {"holdout": 1})
    service.assign(cid, "owner", [li, zhao])
    for name, outcome in (("A1", "interested"), ("A2", "no_answer"), ("B1", "call_back"),
                          ("B2", "interested"), ("N1", "wrong_number")):
        service.record(target[ids[name]], outcome, when=datetime(2025, 3, 3, 9))
    for name, on, amount in (("A1", "2025-03-05", 200), ("A2", "2025-03-20", 100),
                             ("A3", "2025-02-20", 999), ("A4", "2025-03-10", 50),
                             ("B2", "2025-03-31", 300)):
        store.insert("transactions", {"customer_id": ids[name], "occurred_on": on, "amount": amount})
    return service, cid, {"li": li, "zhao": zhao}


def test_evaluation_by_owner_by_hand(store, customers):
    service, cid, staff = make_campaign(store, customers)
    result = service.evaluate_by_owner(cid, today=date(2025, 6, 1))
    rows = {o.name: o.evaluation for o in result.owners}
    assert [o.name for o in result.owners] == ["李经理", "赵经理", ""]  # no owner last
    assert result.owners[0].owner_id == staff["li"] and result.owners[-1].owner_id is None
    assert result.owner_count == 2

    li, zhao, none = rows["李经理"], rows["赵经理"], rows[""]
    # 李: 3 contacted targets, 2 contacts, 1 reached, A1 and A2 bought (300; A3 in February
    # does not count); held back A4 bought 50. Cost 300 × 3/6.
    t = li.treated
    assert (t.targets, t.contacted, t.reached, t.converted) == (3, 2, 1, 2)
    assert li.treated.revenue == 300 and li.cost == 150
    assert (li.holdout.targets, li.holdout.converted, li.holdout.revenue) == (1, 1, 50)
    assert li.uplift == pytest.approx(2 / 3 - 1)
    assert li.roi == pytest.approx((300 - 150) / 150)
    assert li.incremental_revenue == pytest.approx(300 - 50 * 3)
    # 赵: 2 targets, both reached, B2 bought 300; B3 held back bought nothing. Cost 100.
    assert (zhao.treated.targets, zhao.treated.reached, zhao.treated.converted) == (2, 2, 1)
    assert zhao.cost == 100 and zhao.roi == pytest.approx(2.0)
    assert zhao.uplift == pytest.approx(0.5)
    # No owner: N1, a wrong number, nothing bought, no holdout: no uplift.
    assert (none.treated.targets, none.treated.contacted, none.treated.reached) == (1, 1, 0)
    assert none.uplift is None and none.cost == 50 and none.roi == pytest.approx(-1.0)

    whole = service.evaluate(cid, today=date(2025, 6, 1))
    assert result.total.as_dict() == whole.as_dict()
    assert (whole.treated.targets, whole.treated.converted, whole.treated.revenue) == (6, 3, 600)
    for attr in ("targets", "contacted", "reached", "converted", "revenue"):
        assert sum(getattr(e.treated, attr) for e in rows.values()) == getattr(whole.treated, attr)
        assert sum(getattr(e.holdout, attr) for e in rows.values()) == getattr(whole.holdout, attr)
    assert sum(e.cost for e in rows.values()) == whole.cost == 300
    report = result.owners[1].as_dict()
    assert report["owner"] == "赵经理" and report["treated"]["converted"] == 1 and report["roi"] == 2.0
