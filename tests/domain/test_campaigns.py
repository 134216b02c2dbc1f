"""Campaigns: targets from a saved filter, holdout, assignment, outcomes, and an evaluation
checked against numbers worked out by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_crm.domain.campaigns import (
    CampaignService,
    filter_from_json,
    filter_to_json,
    save_filter,
    saved_filters,
)
from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.domain.validation import ValidationError


@pytest.fixture
def shop(store, customers):
    """Two staff, ten lapsed customers (owners: 6 to 李, 4 to 赵) and two others."""
    li = store.insert("staff", {"name": "李店员", "role": "shop_staff"})
    zhao = store.insert("staff", {"name": "赵店员", "role": "shop_staff"})
    lapsed = [
        customers.create({"name": f"流失客户{i}", "kind": "individual", "tags": "流失", "consent_channels": "sms",
                          "owner": li if i < 6 else zhao, "tier": "key" if i < 3 else "regular"})
        for i in range(10)
    ]
    for name in ("活跃甲", "活跃乙"):
        customers.create({"name": name, "kind": "individual"})
    return li, zhao, lapsed


@pytest.fixture
def campaigns(store):
    return CampaignService(store, actor="测试员")


def _campaign(campaigns, **extra) -> int:
    return campaigns.create({"name": "老客唤回", "type": "win_back", "starts_on": "2025-03-01",
                             "ends_on": "2025-03-31", "budget": 500, **extra})


def test_saved_filters_round_trip(store):
    flt = CustomerFilter(tags=("流失",), tier="key")
    assert filter_from_json(filter_to_json(flt)) == flt
    fid = save_filter(store, "流失重点客户", flt)
    assert [(f.id, f.name, f.filter) for f in saved_filters(store)] == [(fid, "流失重点客户", flt)]
    assert filter_from_json('{"tags": ["x"], "rfm_from_the_future": 3}') == CustomerFilter(tags=("x",))


def test_campaign_fields_are_checked(campaigns):
    with pytest.raises(ValidationError) as err:
        _campaign(campaigns, ends_on="2025-02-01")
    assert err.value.errors[0].code == "before_start"
    with pytest.raises(ValidationError):
        campaigns.create({"name": " ", "starts_on": "2025-03-01", "ends_on": "2025-03-02"})
    with pytest.raises(ValidationError):
        _campaign(campaigns, holdout_share=0.95)


def test_targets_holdout_and_assignment(store, campaigns, shop):
    li, zhao, lapsed = shop
    cid = _campaign(campaigns, holdout_share=0.2)
    assert campaigns.select_targets(cid, CustomerFilter(tags=("流失",)), seed=7) == (8, 2)
    targets = campaigns.targets(cid)
    assert sorted(t["customer_id"] for t in targets) == sorted(lapsed)
    held = [t for t in targets if t["holdout"]]
    assert len(held) == 2

    counts = campaigns.assign(cid, "even", [li, zhao])
    assert counts == {li: 4, zhao: 4}
    assert all(t["staff_id"] is None for t in campaigns.targets(cid, holdout=True))

    by_owner = campaigns.assign(cid, "owner", [li, zhao])
    owners = dict(store.conn.execute("SELECT id, owner_id FROM customers").fetchall())
    assert all(t["staff_id"] == owners[t["customer_id"]] for t in campaigns.targets(cid, holdout=False))
    assert sum(by_owner.values()) == 8

    free = [t["id"] for t in campaigns.targets(cid, holdout=False)][:3]
    campaigns.assign_targets(free, zhao)
    assert {t["staff_id"] for t in campaigns.targets(cid) if t["id"] in free} == {zhao}
    with pytest.raises(ValidationError):
        campaigns.assign_targets([held[0]["id"]], li)


def test_outcomes_are_logged_and_protect_the_targets(store, campaigns, shop):
    li, zhao, _ = shop
    cid = _campaign(campaigns)
    campaigns.select_targets(cid, CustomerFilter(tags=("流失",)))
    campaigns.assign(cid, "even", [li])
    first = campaigns.targets(cid)[0]
    campaigns.record(first["id"], "interested", "下周带宝宝来店", when=datetime(2025, 3, 2, 10))
    row = store.conn.execute("SELECT customer_id, campaign_id, outcome, customer_said, staff_id "
                             "FROM interactions").fetchone()
    assert tuple(row) == (first["customer_id"], cid, "有意向", "下周带宝宝来店", li)
    with pytest.raises(ValidationError) as err:
        campaigns.select_targets(cid, CustomerFilter())
    assert err.value.errors[0].code == "recorded"
    with pytest.raises(ValidationError):
        campaigns.record(first["id"], "maybe")


def test_evaluation_with_holdout_by_hand(store, campaigns, shop):
    li, zhao, lapsed = shop
    cid = _campaign(campaigns, holdout_share=0.2, cost=300)
    campaigns.select_targets(cid, CustomerFilter(tags=("流失",)), seed=7)
    campaigns.assign(cid, "owner", [li, zhao])
    treated = [t for t in campaigns.targets(cid) if not t["holdout"]]
    held = [t for t in campaigns.targets(cid) if t["holdout"]]
    treated.sort(key=lambda t: t["customer_id"])

    def sale(customer_id: int, on: str, amount: float) -> None:
        store.insert("transactions", {"customer_id": customer_id, "occurred_on": on, "amount": amount})

    # Treated (8): contacts with 5 reached; 3 buy in March (200 + 300 + 500), one bought only
    # in February (outside the window). Holdout (2): one buys 100 in March.
    for t, outcome in zip(treated, ["interested", "interested", "not_interested",
                                    "call_back", "interested", "no_answer", "wrong_number"]):
        campaigns.record(t["id"], outcome, when=datetime(2025, 3, 3, 9))
    sale(treated[0]["customer_id"], "2025-03-05", 200)
    sale(treated[1]["customer_id"], "2025-03-10", 250)
    sale(treated[1]["customer_id"], "2025-03-31", 50)
    sale(treated[4]["customer_id"], "2025-03-20", 500)
    sale(treated[7]["customer_id"], "2025-02-20", 999)
    sale(held[0]["customer_id"], "2025-03-15", 100)

    ev = campaigns.evaluate(cid, today=date(2025, 6, 1))
    assert ev.window == ("2025-03-01", "2025-03-31")
    assert (ev.treated.targets, ev.treated.contacted, ev.treated.reached, ev.treated.converted) == (8, 7, 5, 3)
    assert ev.treated.revenue == 1000
    assert ev.treated.conversion_rate == pytest.approx(3 / 8)
    assert (ev.holdout.targets, ev.holdout.converted, ev.holdout.revenue) == (2, 1, 100)
    assert ev.uplift == pytest.approx(3 / 8 - 1 / 2)            # -0.125: no better than chance
    assert ev.incremental_revenue == pytest.approx(1000 - 100 / 2 * 8)   # 600
    assert ev.roi == pytest.approx((1000 - 300) / 300)
    assert ev.incremental_roi == pytest.approx((600 - 300) / 300)
    assert sum(g.targets for g in ev.by_staff) == 8
    assert sum(g.converted for g in ev.by_staff) == 3
    assert {g.key for g in ev.by_segment} <= {"主力", "一般"}  # tier labels, in the language
    assert sum(g.revenue for g in ev.by_segment) == 1000
    report = ev.as_dict()
    assert report["treated"]["converted"] == 3 and report["incremental_revenue"] == 600

    running = campaigns.evaluate(cid, today=date(2025, 3, 12))  # measured up to today
    assert running.window == ("2025-03-01", "2025-03-12") and running.treated.revenue == 450


def test_evaluation_without_holdout_has_no_uplift(campaigns, shop):
    cid = _campaign(campaigns)
    campaigns.select_targets(cid, CustomerFilter(tags=("流失",)))
    ev = campaigns.evaluate(cid, today=date(2025, 6, 1))
    assert ev.holdout.targets == 0 and ev.uplift is None and ev.incremental_revenue is None
    assert ev.roi == pytest.approx(-1.0)  # budget 500 spent, nothing sold


def test_evaluation_by_scoring_segment(store, campaigns, shop):
    from desktop_crm.domain.scoring.service import ScoringService

    li, zhao, lapsed = shop
    for k, customer in enumerate(lapsed):
        store.insert("transactions", {"customer_id": customer, "occurred_on": "2025-01-0%d" % (1 + k % 9),
                                      "amount": 100 * (k + 1)})
    ScoringService(store).run(as_of=date(2025, 2, 1))
    cid = _campaign(campaigns)
    campaigns.select_targets(cid, CustomerFilter(tags=("流失",)))
    assert "score:rfm_segment" in campaigns.segments()
    ev = campaigns.evaluate(cid, "score:rfm_segment", today=date(2025, 6, 1))
    assert sum(g.targets for g in ev.by_segment) == 10
    from desktop_crm.domain.scoring.rfm import SEGMENTS
    assert {g.key for g in ev.by_segment} <= {zh for zh, _en in SEGMENTS.values()}  # labels


def test_targets_from_a_scoring_segment(store, campaigns, shop):
    from desktop_crm.domain.scoring.service import ScoringService

    _li, _zhao, lapsed = shop
    for k, customer in enumerate(lapsed):
        store.insert("transactions", {"customer_id": customer, "amount": 50 * (k + 1) ** 2,
                                      "occurred_on": "2024-%02d-10" % (1 + k)})
    ScoringService(store).run(as_of=date(2025, 2, 1))
    segment_of = dict(store.conn.execute(
        "SELECT customer_id, rfm_segment FROM score_customers WHERE rfm_segment IS NOT NULL"))
    code = max(set(segment_of.values()), key=list(segment_of.values()).count)
    expected = sorted(c for c, s in segment_of.items() if s == code)
    cid = _campaign(campaigns)
    flt = CustomerFilter(segment=f"rfm_segment:{code}")
    save_filter(store, "RFM 细分", flt)
    assert campaigns.select_targets(cid, saved_filters(store)[0].filter) == (len(expected), 0)
    assert sorted(t["customer_id"] for t in campaigns.targets(cid)) == expected
