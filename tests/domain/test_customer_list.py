"""The customer list as a person reads it: labels in their language, filters, orders."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_crm.domain.customer_list import (
    COLUMNS,
    NOT_SET,
    PAGE_SIZE,
    CustomerFilter,
    CustomerList,
    rows_to_ids,
)
from desktop_crm.domain.interactions import InteractionService


@pytest.fixture
def shop(store, customers, mingjia):
    store.insert("staff", {"name": "王芳"})
    other = customers.create({
        "name": "鑫源超市", "tier": "一般", "lifecycle": "lost", "asset_grade": "poor",
        "owner": "王芳", "area": "火车站商圈", "phone": "13800000000", "tags": "夜市",
    })
    InteractionService(store, actor="测试员").log_visit(
        other, {"channel": "visit", "occurred_at": "2025-03-01 09:30", "follow_up_due": "2025-03-05"}
    )
    return {"mingjia": mingjia, "other": other}


def texts(listing: CustomerList, flt: CustomerFilter, sort: str = "name", desc: bool = False):
    rows = listing.page(listing.query(flt, sort, desc, today=date(2025, 6, 1)))
    return [[listing.text(row, f.name, date(2025, 6, 1)) for f in COLUMNS] for _, row in rows]


def test_rows_in_chinese_and_english(store, shop) -> None:
    zh = texts(CustomerList(store, "zh"), CustomerFilter())
    assert zh == [
        ["420381104741", "明佳烟酒", "", "潜在", "", "", "文博路商圈", "0710-3212345", "烟酒店",
         "", "", "", "诚信户, 重点户", ""],
        ["C000001", "鑫源超市", "一般", "流失", "劣质", "王芳", "火车站商圈", "13800000000", "",
         "2025-03-01", "逾期 62 天", "2025-03-05", "夜市", ""],
    ]
    en = texts(CustomerList(store, "en"), CustomerFilter(), "name", desc=True)
    assert en[0][2:5] == ["Regular", "Lost", "Poor"]
    assert en[0][10] == "Overdue by 62 days"  # visit every 30 days, last 2025-03-01
    assert en[1][3] == "Prospect"
    assert [f.label("zh") for f in COLUMNS][-5:] == ["最近拜访", "拜访政策", "下次跟进", "标签", "营销同意"]


def test_filters_and_overdue(store, shop) -> None:
    listing = CustomerList(store, "zh")
    names = lambda flt: [r[1] for r in texts(listing, flt)]
    assert names(CustomerFilter(tier="regular")) == ["鑫源超市"]
    assert names(CustomerFilter(tier=NOT_SET)) == ["明佳烟酒"]
    assert names(CustomerFilter(overdue=True)) == ["鑫源超市"]  # due 2025-03-05, today 2025-06-01
    assert names(CustomerFilter(tags=("夜市",), search="超市")) == ["鑫源超市"]
    assert names(CustomerFilter(search="mjyj")) == ["明佳烟酒"]
    assert names(CustomerFilter(search="明佳", area="火车站商圈")) == []
    row = listing.page(listing.query(CustomerFilter(search="鑫源")))[0][1]
    assert listing.is_overdue(row, date(2025, 3, 6)) and not listing.is_overdue(row, date(2025, 3, 5))
    assert CustomerFilter().is_empty() and CustomerFilter(trashed=True).is_empty()
    assert not CustomerFilter(overdue=True).is_empty()


def test_tiers_follow_the_database(store, shop) -> None:
    listing = CustomerList(store, "zh")
    q = listing.query(CustomerFilter(), "tier")
    assert q.choice_order == ("key", "regular", "occasional")
    assert listing.choices().tiers[0] == ("key", "主力")
    lifecycle = listing.query(CustomerFilter(), "lifecycle")
    assert lifecycle.choice_order[:2] == ("prospect", "new")
    with pytest.raises(ValueError):
        listing.query(CustomerFilter(), "notes")


def test_rows_to_ids_reads_a_selection_across_pages(store, customers) -> None:
    made = customers.create_many([{"name": f"店{i:04d}"} for i in range(PAGE_SIZE * 2 + 30)])
    listing = CustomerList(store, "zh")
    q = listing.query(CustomerFilter(), "code")  # codes C000001...: the creation order
    layout = listing.layout(q)
    assert layout.count == len(made) and len(layout.anchors) == 3
    picked = rows_to_ids(store, q, layout.anchors, [(3, 5), (PAGE_SIZE - 2, PAGE_SIZE + 1), (429, 429)])
    assert picked == made[3:6] + made[PAGE_SIZE - 2 : PAGE_SIZE + 2] + [made[429]]
    assert rows_to_ids(store, q, layout.anchors, [(0, len(made) - 1)]) == made
