"""Scoring runs over a real database: quadrant and tier boundaries, explanations that add up
to the score, refresh after a purchase, history and changed segments, tier policies."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.scoring import engine, segments
from desktop_crm.domain.scoring.engine import Params
from desktop_crm.domain.scoring.service import ScoringService, TierPolicy
from desktop_crm.storage.db import Store

AS_OF = date(2026, 11, 1)


def buy(store: Store, customer_id: int, day: str, amount: float,
        profit: float | None = None) -> None:
    store.insert("transactions", {
        "customer_id": customer_id, "occurred_on": day, "amount": amount,
        "gross_profit": amount * 0.1 if profit is None else profit, "quantity": 1.0,
    })


@pytest.fixture
def shop(store: Store, customers: CustomerService) -> dict[str, int]:
    """Four outlets: a big regular buyer, a middling one, a lapsed one, a prospect."""
    ids = {
        name: customers.create({"name": name, "area": "文博路商圈", "relationship": rel})
        for name, rel in (("大户烟酒", "partner"), ("中等便利店", "preferred"),
                          ("久未进货店", "vendor"), ("新开张超市", None))
    }
    for month in range(1, 11):
        buy(store, ids["大户烟酒"], f"2026-{month:02d}-15", 20_000.0)
    for month in (3, 6, 9):
        buy(store, ids["中等便利店"], f"2026-{month:02d}-10", 3_000.0)
    buy(store, ids["久未进货店"], "2025-06-01", 500.0)
    buy(store, ids["久未进货店"], "2025-07-01", 500.0)
    return ids


def test_value_quadrant_boundaries_are_inclusive_at_the_mean() -> None:
    p = Params(current_mean=0.0, potential_mean=0.0)
    got = engine.value_quadrant([0.0, 0.0, -1e-9, -1e-9], [0.0, -1e-9, 0.0, -1e-9], p)
    assert list(got) == ["invest", "maintain", "develop", "stop"]
    p = Params(volume_mean=1.0, loyalty_mean=2.0)
    got = engine.volume_loyalty([1.0, 1.0, 0.99, 0.99], [2.0, 1.99, 2.0, 1.99], p)
    assert list(got) == ["precious", "dangerous", "rising", "let_go"]


def test_tier_floors_are_inclusive() -> None:
    floors = [("key", 100_000.0), ("regular", 20_000.0), ("occasional", 0.0)]
    sales = np.array([100_000.0, 99_999.99, 20_000.0, 19_999.99, 0.0])
    assert list(engine.suggested_tier(sales, floors)) == [
        "key", "regular", "regular", "occasional", "occasional"]
    # without a floor for the bottom tier, small customers get none
    assert list(engine.suggested_tier(np.array([5.0]), floors[:2])) == [None]


def test_nps_groups() -> None:
    assert [engine.nps_group(v) for v in (10, 9, 8, 7, 6, 0)] == [
        "promoter", "promoter", "passive", "passive", "detractor", "detractor"]


def test_run_scores_everyone_and_explanations_add_up(store: Store, shop: dict[str, int]) -> None:
    service = ScoringService(store)
    run_id = service.run(AS_OF)
    for cid in shop.values():
        ex = service.explain(cid, run_id)
        assert ex is not None and len(ex.lines) == 12
        assert ex.total == pytest.approx(ex.scores["value"], abs=1e-9)
        current = sum(x.contribution for x in ex.lines if x.criterion in ("profit", "volume"))
        assert current == pytest.approx(ex.scores["current_value"], abs=1e-9)
        assert sum(x.weight for x in ex.lines) == pytest.approx(1.0)
    big = service.explain(shop["大户烟酒"]).scores
    assert big["value_quadrant"] == "invest"
    assert big["suggested_tier"] == "key"          # 200,000 in the last 12 months
    assert big["frequency"] == 10 and big["monetary"] == 200_000
    assert big["ind_sales"] == 200_000 and big["ind_orders"] == 10
    lapsed = service.explain(shop["久未进货店"]).scores
    assert lapsed["rfm_segment"] in ("hibernating", "at_risk")
    assert lapsed["churn_level"] == "high"
    assert lapsed["ind_sales"] == 0  # nothing in the last 12 months
    prospect = service.explain(shop["新开张超市"]).scores
    assert prospect["rfm_segment"] is None and prospect["frequency"] is None
    assert prospect["value_quadrant"] == "stop"


def test_a_new_purchase_marks_the_customer_stale_and_refresh_rescores(store: Store, shop) -> None:
    service = ScoringService(store)
    service.run(AS_OF)
    cid = shop["新开张超市"]
    assert not service.explain(cid).stale
    buy(store, cid, "2026-10-30", 150_000.0)
    assert service.explain(cid).stale
    assert service.refresh_stale() == 1
    ex = service.explain(cid)
    assert not ex.stale
    assert ex.scores["frequency"] == 1 and ex.scores["suggested_tier"] == "key"
    assert ex.scores["refreshed_at"] is not None
    assert ex.total == pytest.approx(ex.scores["value"], abs=1e-9)


def test_an_edit_marks_stale_too(store: Store, customers: CustomerService, shop) -> None:
    service = ScoringService(store)
    service.run(AS_OF)
    customers.update(shop["中等便利店"], {"relationship": "alliance"})
    assert service.explain(shop["中等便利店"]).stale


def test_history_and_changed_segments(store: Store, shop) -> None:
    service = ScoringService(store)
    first = service.run(date(2026, 6, 1))
    assert service.changed("value_quadrant") == []  # nothing to compare with yet
    second = service.run(AS_OF)
    assert second > first
    trend = service.trend(shop["久未进货店"])
    assert [t["as_of"] for t in trend] == ["2026-06-01", "2026-11-01"]
    changed = service.changed("rfm_segment")
    by_id = {c["customer_id"]: c for c in changed}
    for row in changed:
        assert row["before"] != row["after"]
    assert set(by_id) <= set(shop.values())
    unchanged = {cid for cid in shop.values() if cid not in by_id}
    for cid in unchanged:
        assert trend and service.explain(cid, first).scores["rfm_segment"] == \
            service.explain(cid, second).scores["rfm_segment"]


def test_tier_policies_validate_and_drive_the_suggestion(store: Store, shop) -> None:
    service = ScoringService(store)
    policies = service.tier_policies()
    assert [p.key for p in policies] == ["key", "regular", "occasional"]
    with pytest.raises(ValueError, match="below the tier above"):
        service.save_tier_policies([
            TierPolicy("key", "主力", "Key", 10_000.0, 14, None),
            TierPolicy("regular", "一般", "Regular", 20_000.0, 30, None),
        ])
    service.save_tier_policies([
        TierPolicy("key", "主力", "Key", 250_000.0, 7, "专属客户经理"),
        TierPolicy("regular", "一般", "Regular", 5_000.0, 30, None),
        TierPolicy("occasional", "零散", "Occasional", 0.0, 90, None),
    ])
    service.run(AS_OF)
    assert service.explain(shop["大户烟酒"]).scores["suggested_tier"] == "regular"
    assert service.tier_policies()[0].privileges == "专属客户经理"


def test_inconsistent_model_is_refused_and_the_last_good_one_kept(store: Store) -> None:
    service = ScoringService(store)
    model = service.model()
    model.matrices["trust"] = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]
    with pytest.raises(ValueError, match="inconsistent"):
        service.save_model(model)
    assert service.model().problems() == []


def test_segment_names_parse_and_label() -> None:
    assert segments.parse("rfm_segment:at_risk") == ("rfm_segment", "at_risk")
    assert segments.label("value_quadrant", "invest", "zh") == "高价值·加大投入"
    with pytest.raises(ValueError, match="not a segment"):
        segments.parse("rfm:whatever")


def test_a_cancelled_run_stores_nothing(store: Store, shop) -> None:
    from desktop_crm.domain.scoring.service import ScoringCancelled

    steps = []

    def progress(done: int, total: int) -> bool:
        steps.append(done)
        return done < 2  # the user presses Cancel while it scores

    with pytest.raises(ScoringCancelled):
        ScoringService(store).run(AS_OF, progress)
    assert store.count("score_runs") == 0 and store.count("score_customers") == 0
    assert steps == [0, 1, 2]


def test_missing_key_fields_are_named(store: Store, customers: CustomerService, shop) -> None:
    service = ScoringService(store)
    missing = service.missing_fields(shop["新开张超市"], "zh")
    assert "电话" in missing and "联系人" in missing and "关系层级" in missing
    customers.update(shop["新开张超市"], {"phone": "13912348866"})
    assert "电话" not in service.missing_fields(shop["新开张超市"], "zh")


def test_tiers_by_a_balance_as_in_the_bank_example(store: Store, shop) -> None:
    """[001/篇1]: balance 100k–200k quality, 200k–300k key, ≥300k VIP — here as the three
    tiers, measured by the latest deposit balance up to the day scored."""
    service = ScoringService(store)
    assert service.tier_metrics() == ["sales"]  # no snapshots yet
    for name, day, balance in (("大户烟酒", "2026-10-31", 150_000.0),
                               ("中等便利店", "2026-10-31", 320_000.0),
                               ("久未进货店", "2026-09-30", 99_999.0),
                               ("久未进货店", "2026-11-30", 500_000.0)):  # after the day scored
        store.insert("metric_snapshots", {"customer_id": shop[name], "taken_on": day,
                                          "metric": "deposit_balance", "value": balance})
    assert service.tier_metrics() == ["sales", "deposit_balance"]
    with pytest.raises(ValueError, match="neither sales"):
        service.save_tier_policies(service.tier_policies(), "balance")
    service.save_tier_policies([
        TierPolicy("key", "主力", "Key", 300_000.0, 7, "VIP"),
        TierPolicy("regular", "一般", "Regular", 200_000.0, 14, None),
        TierPolicy("occasional", "零散", "Occasional", 100_000.0, 30, None),
    ], "deposit_balance")
    service.run(AS_OF)
    tier = {name: service.explain(cid).scores["suggested_tier"] for name, cid in shop.items()}
    assert tier == {"大户烟酒": "occasional", "中等便利店": "key", "久未进货店": None,
                    "新开张超市": None}


def test_old_runs_are_pruned_to_the_latest_and_one_a_month(store: Store, shop: dict[str, int]) -> None:
    from desktop_crm.storage import scores

    service = ScoringService(store)
    weekly = [date(2025, 1, 6) + timedelta(days=7 * week) for week in range(80)]  # ~18 months
    for day in weekly:
        service.run(day)
    kept = [r["as_of"] for r in store.conn.execute("SELECT as_of FROM score_runs ORDER BY id")]
    latest = [d.isoformat() for d in weekly[-scores.KEEP_RUNS:]]
    assert kept[-scores.KEEP_RUNS:] == latest
    monthly = kept[: -scores.KEEP_RUNS]
    assert len(monthly) == scores.KEEP_MONTHS
    months = [d[:7] for d in monthly]
    assert len(set(months)) == len(months)                       # one a month
    for day in monthly:                                           # the month's last run
        same_month = [d for d in weekly if d.isoformat()[:7] == day[:7]]
        assert day == max(d for d in same_month if d.isoformat() < latest[0]).isoformat()
    # a pruned run's rows went with it; a customer's trend reads what is left
    assert store.count("score_customers") == len(kept) * len(shop)
    assert len(service.trend(shop["大户烟酒"])) == len(kept)
