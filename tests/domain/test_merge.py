"""Merging two dossiers field by field, keeping everything attached to both; undo."""

from __future__ import annotations

import pytest

from desktop_crm.domain.merge import (
    MERGED,
    SURVIVOR,
    MergeError,
    merge_customers,
    merge_preview,
    recent_merges,
    undo_merge,
)
from desktop_crm.storage import queries


def attached(store, cid: int) -> dict[str, list]:
    return {
        "contacts": [r[0] for r in store.conn.execute("SELECT name FROM contacts WHERE customer_id = ? ORDER BY id", (cid,))],
        "visits": [r[0] for r in store.conn.execute("SELECT purpose FROM interactions WHERE customer_id = ? ORDER BY id", (cid,))],
        "plans": [tuple(r) for r in store.conn.execute("SELECT title, version FROM plans WHERE customer_id = ? ORDER BY id", (cid,))],
        "sales": [r[0] for r in store.conn.execute("SELECT amount FROM transactions WHERE customer_id = ? ORDER BY id", (cid,))],
        "members": [r[0] for r in store.conn.execute("SELECT card_no FROM members WHERE customer_id = ? ORDER BY id", (cid,))],
        "tags": queries.tags_of(store, cid),
    }


@pytest.fixture
def twins(store, customers, contacts, visits, mingjia) -> tuple[int, int]:
    """明佳烟酒 entered twice, each copy with its own history."""
    other = customers.create({"code": "C000009", "name": "明佳烟酒店", "area": "文博路商圈",
                              "phone": "13912348866", "tier": "key", "business_format": "便利店",
                              "notes": "第二份档案", "tags": "老客户"})
    contacts.create(other, {"name": "王芳", "role": "buyer"})
    visits.log_visit(mingjia, {"occurred_at": "2026-01-02 09:00", "channel": "visit", "purpose": "第一份的拜访"})
    visits.log_visit(other, {"occurred_at": "2026-01-03 09:00", "channel": "phone", "purpose": "第二份的拜访",
                             "follow_up_due": "2026-02-01"})
    for cid, title in ((mingjia, "计划A"), (other, "计划B")):
        store.insert("plans", {"customer_id": cid, "version": 1, "plan_date": "2026-01-01", "title": title})
    store.insert("transactions", {"customer_id": other, "occurred_on": "2026-01-05", "amount": 880.0})
    for cid, card in ((mingjia, "VIP1"), (other, "VIP2")):
        store.insert("members", {"customer_id": cid, "card_no": card, "joined_on": "2025-01-01"})
    return mingjia, other


def test_preview_lists_differing_fields_and_what_is_attached(store, twins) -> None:
    keep, other = twins
    preview = merge_preview(store, keep, other)
    assert [f.name for f in preview.differing] == ["name", "business_format", "phone", "tier", "notes"]
    assert preview.defaults == {"name": SURVIVOR, "business_format": SURVIVOR, "phone": SURVIVOR,
                                "tier": MERGED, "notes": SURVIVOR}
    assert preview.attached["contacts"] == (1, 1) and preview.attached["transactions"] == (0, 1)


def test_merge_keeps_everything_of_both_and_undo_puts_it_back(store, twins, customers) -> None:
    keep, other = twins
    before = {keep: attached(store, keep), other: attached(store, other)}
    row_before = dict(store.get("customers", keep))

    merge_id = merge_customers(store, keep, other, {"phone": MERGED, "name": SURVIVOR}, actor="测试员")

    merged = dict(store.get("customers", keep))
    assert (merged["name"], merged["phone"], merged["tier"], merged["notes"]) == \
        ("明佳烟酒", "13912348866", "key", "店主人缘好")
    got = attached(store, keep)
    assert got["contacts"] == ["李娟", "王芳"]
    assert got["visits"] == ["第一份的拜访", "第二份的拜访"]
    assert got["plans"] == [("计划A", 1), ("计划B", 2)]       # renumbered after the survivor's
    assert got["sales"] == [880.0]
    assert got["tags"] == ["老客户", "诚信户", "重点户"]
    # a second member card cannot join the survivor: it stays with the trashed dossier
    assert got["members"] == ["VIP1"] and attached(store, other)["members"] == ["VIP2"]
    assert store.get("customers", other)["deleted_at"] is not None
    assert merged["next_follow_up"] == "2026-02-01"
    assert [h["field"] for h in customers.history(keep)][:1] == ["*merged"]
    assert recent_merges(store)[0]["merged_name"] == "明佳烟酒店"

    result = undo_merge(store, merge_id, actor="测试员")
    assert result.kept == [] and result.moved_back == 5  # contact, visit, plan, sale, address
    # the ways to reach went back too: each phone is its customer's way again
    assert {r[0]: r[1] for r in store.conn.execute(
        "SELECT customer_id, value FROM contact_ways WHERE contact_id IS NULL")} == {
        keep: row_before["phone"], other: "13912348866"}
    assert {keep: attached(store, keep), other: attached(store, other)} == before
    restored = dict(store.get("customers", keep))
    for col in ("name", "phone", "tier", "notes", "business_format"):
        assert restored[col] == row_before[col], col
    assert store.get("customers", other)["deleted_at"] is None
    with pytest.raises(MergeError) as exc:
        undo_merge(store, merge_id)
    assert exc.value.code == "undone"
    codes = {i: store.get("customers", i)["code"] for i in (keep, other)}
    assert [(r["actor"], r["action"], r["detail"]) for r in store.find("audit_log")] == [
        ("测试员", "merge", f"{codes[other]} 明佳烟酒店 into {codes[keep]} 明佳烟酒 (merge {merge_id})"),
        ("测试员", "merge_undo", f"merge {merge_id}: {codes[other]} out of {codes[keep]}"),
    ]


def test_undo_leaves_fields_changed_since_the_merge(store, twins, customers) -> None:
    keep, other = twins
    merge_id = merge_customers(store, keep, other, {"phone": MERGED})
    customers.update(keep, {"phone": "13700000000"})
    result = undo_merge(store, merge_id)
    assert result.kept == ["phone"]
    assert store.get("customers", keep)["phone"] == "13700000000"


def test_merge_refuses_itself_and_trashed_customers(store, twins, customers) -> None:
    keep, other = twins
    with pytest.raises(MergeError):
        merge_customers(store, keep, keep)
    customers.delete(other)
    with pytest.raises(MergeError) as exc:
        merge_customers(store, keep, other)
    assert exc.value.code == "trashed"
