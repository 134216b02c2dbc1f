from __future__ import annotations

import pytest

from desktop_crm.domain.validation import NotFoundError, ValidationError


def test_create_and_read_back(customers, store) -> None:
    store.insert("staff", {"name": "李娟"})
    cid = customers.create({"name": "明佳烟酒", "code": "420381104741", "phone": "07103212345",
                            "owner": "李娟", "tier": "key", "tags": ["重点户"]})
    dossier = customers.dossier(cid)
    assert dossier.customer["code"] == "420381104741"
    assert dossier.customer["phone"] == "0710-3212345"
    assert dossier.customer["lifecycle"] == "prospect"
    assert dossier.owner == "李娟"
    assert dossier.tags == ["重点户"]


def test_unknown_owner_is_named(customers) -> None:
    with pytest.raises(ValidationError, match="no staff member '张三'"):
        customers.create({"name": "明佳烟酒", "owner": "张三"})


def test_codes_are_generated_when_missing(customers) -> None:
    first, second = customers.create_many([{"name": "甲店"}, {"name": "乙店"}])
    assert customers.get(first)["code"] == "C000001"
    assert customers.get(second)["code"] == "C000002"
    assert customers.get(customers.create({"name": "丙店"}))["code"] == "C000003"


def test_duplicate_code_is_refused_with_who_has_it(customers, mingjia) -> None:
    with pytest.raises(ValidationError, match="420381104741 is already used by 明佳烟酒"):
        customers.create({"name": "别的店", "code": "420381104741"})
    other = customers.create({"name": "别的店"})
    with pytest.raises(ValidationError, match="already used by 明佳烟酒"):
        customers.update(other, {"code": "420381104741"})
    customers.delete(mingjia)
    with pytest.raises(ValidationError, match="in the trash: restore or purge it first"):
        customers.create({"name": "别的店", "code": "420381104741"})


def test_bulk_create_is_all_or_nothing(customers, store) -> None:
    rows = [{"name": f"店{i}"} for i in range(10)]
    rows[7] = {"name": "坏店", "phone": "123"}
    with pytest.raises(ValidationError) as caught:
        customers.create_many(rows)
    assert caught.value.row == 7
    assert "row 7: phone" in str(caught.value)
    assert store.count("customers") == 0

    with pytest.raises(ValidationError, match="appears twice"):
        customers.create_many([{"name": "甲", "code": "A1"}, {"name": "乙", "code": "A1"}])
    assert store.count("customers") == 0


def test_edits_are_in_the_history_with_who_and_what(customers, mingjia) -> None:
    changed = customers.update(mingjia, {"tier": "主力", "area": "文博路商圈", "tags": "夜市"})
    # area was already 文博路商圈: not a change
    assert {c[0] for c in changed} == {"tier", "tags"}
    history = customers.history(mingjia)
    latest = {h["field"]: h for h in history if h["field"] in ("tier", "tags")}
    assert latest["tier"]["old_value"] is None and latest["tier"]["new_value"] == "key"
    assert latest["tags"]["old_value"] == "诚信户, 重点户" and latest["tags"]["new_value"] == "夜市"
    assert {h["actor"] for h in history} == {"测试员"}
    assert history[-1]["field"] == "*created"

    assert customers.update(mingjia, {"tier": "key"}) == []  # nothing new, nothing logged
    assert len(customers.history(mingjia)) == len(history)


def test_trash_restore_purge(customers, contacts, visits, store, mingjia) -> None:
    visits.log_visit(mingjia, {"channel": "visit", "purpose": "送货"})
    customers.delete(mingjia)
    assert [t["code"] for t in customers.trash()] == ["420381104741"]
    assert customers.get(mingjia)["deleted_at"] is not None

    customers.restore(mingjia)
    assert customers.trash() == []
    assert len(customers.dossier(mingjia).visits) == 1

    with pytest.raises(ValidationError, match="move the customer to the trash before purging"):
        customers.purge(mingjia)
    customers.delete(mingjia)
    customers.purge(mingjia)
    with pytest.raises(NotFoundError):
        customers.get(mingjia)
    assert store.count("contacts") == 0 and store.count("interactions") == 0
    assert store.count("audit_log", action="purge") == 1
    # gone for good, its history too (the audit log keeps that it was purged); a customer
    # given the freed rowid starts with no history of its own
    assert customers.history(mingjia) == []
    again = customers.create({"name": "新店", "code": "C900"})
    assert again == mingjia and [h["field"] for h in customers.history(again)] == ["*created"]


def test_not_found(customers) -> None:
    with pytest.raises(NotFoundError, match="no customer with code X"):
        customers.by_code("X")
    with pytest.raises(NotFoundError):
        customers.update(12345, {"name": "x"})
