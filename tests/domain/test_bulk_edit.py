"""Bulk edits change exactly what they say, record it, and undo exactly that."""

from __future__ import annotations

import pytest

from desktop_crm.domain.bulk_edit import BulkCancelled, BulkChange, BulkEditService
from desktop_crm.domain.validation import ValidationError


@pytest.fixture
def shops(store, customers):
    store.insert("staff", {"name": "王芳"})
    store.insert("staff", {"name": "李强"})
    return customers.create_many([
        {"name": "明佳烟酒", "tier": "key", "owner": "王芳", "tags": "重点户"},
        {"name": "鑫源超市", "tier": "regular", "tags": "夜市, 重点户"},
        {"name": "百佳便利"},
        {"name": "金鼎烟酒", "tier": "regular", "owner": "李强"},
    ])


def column(store, ids, name):
    return [store.get("customers", i)[name] for i in ids]


def history(store, cid, field):
    return [(r["old_value"], r["new_value"], r["actor"])
            for r in store.find("change_log", order_by="id", customer_id=cid, field=field)]


def test_tier_change_and_undo(store, shops) -> None:
    service = BulkEditService(store, actor="王经理")
    edit = service.apply(shops, BulkChange("tier", "主力"))
    assert column(store, shops, "tier") == ["key"] * 4
    assert sorted(edit.changed) == shops[1:]  # the first one was key already
    assert history(store, shops[1], "tier") == [("regular", "key", "王经理")]
    assert history(store, shops[0], "tier") == []

    result = service.undo(edit)
    assert column(store, shops, "tier") == ["key", "regular", None, "regular"]
    assert sorted(result.restored) == shops[1:] and result.skipped == []
    assert history(store, shops[2], "tier") == [(None, "key", "王经理"), ("key", None, "王经理")]
    with pytest.raises(ValidationError):
        service.undo(edit)  # once only


def test_undo_leaves_customers_changed_since(store, customers, shops) -> None:
    service = BulkEditService(store, actor="王经理")
    edit = service.apply(shops[1:3], BulkChange("lifecycle", "active"))
    customers.update(shops[2], {"lifecycle": "lost"})
    result = service.undo(edit)
    assert result.restored == [shops[1]] and result.skipped == [shops[2]]
    assert column(store, shops[1:3], "lifecycle") == ["prospect", "lost"]


def test_owner_by_name_and_clearing(store, shops) -> None:
    service = BulkEditService(store, actor="王经理")
    li = store.find_one("staff", name="李强")["id"]
    edit = service.apply(shops, BulkChange("owner", "李强"))
    assert column(store, shops, "owner_id") == [li] * 4
    service.undo(edit)
    wang = store.find_one("staff", name="王芳")["id"]
    assert column(store, shops, "owner_id") == [wang, None, None, li]
    service.apply(shops[:1], BulkChange("owner", None))
    assert column(store, shops[:1], "owner_id") == [None]


def test_tags_add_remove_and_undo(store, shops) -> None:
    service = BulkEditService(store, actor="王经理")
    tags = lambda: column(store, shops, "tags_text")
    added = service.apply(shops, BulkChange("add_tags", "诚信户，夜市"))
    assert tags() == ["夜市, 诚信户, 重点户", "夜市, 诚信户, 重点户", "夜市, 诚信户", "夜市, 诚信户"]
    assert history(store, shops[0], "tags") == [("重点户", "夜市, 诚信户, 重点户", "王经理")]
    removed = service.apply(shops, BulkChange("remove_tags", "重点户"))
    assert tags() == ["夜市, 诚信户", "夜市, 诚信户", "夜市, 诚信户", "夜市, 诚信户"]
    assert sorted(removed.changed) == shops[:2]
    service.undo(removed)
    service.undo(added)
    assert tags() == ["重点户", "夜市, 重点户", "", ""]
    from desktop_crm.domain.search import search
    assert [h.name for h in search(store, "诚信户")] == []  # the search index followed


def test_bad_values_are_refused_naming_the_field(store, shops) -> None:
    service = BulkEditService(store, actor="王经理")
    for change, field in [(BulkChange("tier", "钻石"), "tier"), (BulkChange("owner", "nobody"), "owner"),
                          (BulkChange("add_tags", " , "), "tags"), (BulkChange("notes", "x"), "operation")]:
        with pytest.raises(ValidationError) as caught:
            service.apply(shops, change)
        assert caught.value.for_field(field), change
    assert column(store, shops, "tier") == ["key", "regular", None, "regular"]


def test_cancel_keeps_nothing(store, customers) -> None:
    ids = customers.create_many([{"name": f"店{i}", "tier": "regular"} for i in range(1200)])
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 2  # cancel after the second chunk

    with pytest.raises(BulkCancelled):
        BulkEditService(store, actor="王经理").apply(ids, BulkChange("tier", "key"), progress)
    assert calls == [(500, 1200), (1000, 1200)]
    assert store.count("customers", tier="key") == 0
    assert store.count("change_log", field="tier") == 0


def test_trash_and_restore_many(store, shops) -> None:
    service = BulkEditService(store, actor="王经理")
    assert service.trash(shops[:2]) == shops[:2]
    assert service.trash(shops[:3]) == [shops[2]]  # already there: left alone
    assert [store.get("customers", i)["deleted_at"] is not None for i in shops] == [
        True, True, True, False]
    assert service.restore(shops) == shops[:3]
    assert store.count("customers", deleted_at=None) == 4
    assert [r[0] for r in history(store, shops[0], "*deleted")] == [None]
    # many at once is recorded in the audit log; one at a time is in the history only
    codes = [store.get("customers", i)["code"] for i in shops[:2]]
    assert [(r["actor"], r["action"], r["detail"]) for r in store.find("audit_log")] == [
        ("王经理", "trash", f"2 customers ({', '.join(codes)})")]
