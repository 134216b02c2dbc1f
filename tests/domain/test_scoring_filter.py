"""Segments of the latest scoring run as a filter of the customer list (and so of exports
and campaign targets, which take the same CustomerFilter)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_crm.domain.customer_list import CustomerFilter, CustomerList
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.storage.db import Store


def names(store: Store, flt: CustomerFilter) -> list[str]:
    listing = CustomerList(store)
    return sorted(row.name for _, row in listing.page(listing.query(flt), limit=50))


def test_segment_filter_follows_the_latest_run(store: Store, customers: CustomerService) -> None:
    big = customers.create({"name": "大户烟酒"})
    small = customers.create({"name": "小卖部"})
    customers.create({"name": "新开张超市"})
    for month in range(1, 11):
        store.insert("transactions", {"customer_id": big, "occurred_on": f"2026-{month:02d}-15",
                                      "amount": 20_000.0, "gross_profit": 2_000.0})
    store.insert("transactions", {"customer_id": small, "occurred_on": "2025-03-01",
                                  "amount": 200.0, "gross_profit": 20.0})
    assert CustomerList(store).choices().segments == []  # nothing to filter by before a run
    ScoringService(store).run(date(2026, 11, 1))
    assert ("suggested_tier:key", "建议等级: 主力") in CustomerList(store).choices().segments

    assert names(store, CustomerFilter(segment="suggested_tier:key")) == ["大户烟酒"]
    assert names(store, CustomerFilter(segment="value_quadrant:invest")) == ["大户烟酒"]
    assert names(store, CustomerFilter(segment="churn_level:high")) == ["小卖部"]
    assert names(store, CustomerFilter(segment="value_quadrant:stop", search="超市")) == ["新开张超市"]
    listing = CustomerList(store)
    assert listing.count(listing.query(CustomerFilter(segment="rfm_segment:champions"))) <= 1
    with pytest.raises(ValueError, match="not a segment"):
        listing.query(CustomerFilter(segment="quadrant:invest"))


def test_the_filter_uses_the_latest_run_only(store: Store, customers: CustomerService) -> None:
    cid = customers.create({"name": "回头客"})
    service = ScoringService(store)
    service.run(date(2026, 1, 1))  # no purchases yet: no churn figure
    store.insert("transactions", {"customer_id": cid, "occurred_on": "2026-05-01", "amount": 500.0})
    assert names(store, CustomerFilter(segment="churn_level:low")) == []
    service.run(date(2026, 5, 2))  # bought yesterday: low risk
    assert names(store, CustomerFilter(segment="churn_level:low")) == ["回头客"]
