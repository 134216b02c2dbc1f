"""The whole-file duplicate scan: the same rules as the warning while typing, over everyone."""

from __future__ import annotations

import pytest

from desktop_crm.domain.duplicates import ScanCancelled, likely_duplicates, scan_duplicates
from desktop_crm.domain.merge import dismiss_pair


@pytest.fixture
def files(customers, contacts, mingjia) -> dict[str, int]:
    ids = {"明佳烟酒": mingjia}
    for name, area, phone in (
        ("明佳烟酒店", "文博路商圈", None),            # the same distinctive name, same area
        ("名家烟酒", "北街商圈", None),                 # reads the same (mingjiayanjiu)
        ("鑫源超市", "火车站商圈", "13800001111"),
        ("鑫源超巿", "火车站商圈", None),               # a typo (巿 for 市) in the same area
        ("老王超市", "火车站商圈", "13800001111"),      # the same phone
        ("华联超市", "火车站商圈", None),
        ("华联超市", "北街商圈", None),                 # a chain: same name, another area
        ("王玲", "北街商圈", "13900000001"),
        ("王玲", "北街商圈", "13900000002"),            # two people, two phones
        ("陈静", "北街商圈", None),
        ("陈静", "北街商圈", None),
    ):
        kind = "individual" if name in ("王玲", "陈静") else "company"
        ids[name + area + (phone or "")] = customers.create(
            {"name": name, "area": area, "phone": phone, "kind": kind})
    other = customers.create({"name": "另一家", "area": "西门商圈"})
    contacts.create(other, {"name": "李娟", "mobile": "13912348866"})   # 明佳烟酒's owner's mobile
    ids["另一家"] = other
    return ids


def pairs(store) -> dict[frozenset[str], tuple[str, ...]]:
    return {frozenset((p.names[0] + p.areas[0], p.names[1] + p.areas[1])): p.reasons
            for p in scan_duplicates(store)}


def test_scan_finds_each_kind_of_evidence(store, files) -> None:
    found = pairs(store)
    assert found[frozenset({"鑫源超市火车站商圈", "老王超市火车站商圈"})] == ("phone",)
    assert found[frozenset({"明佳烟酒文博路商圈", "另一家西门商圈"})] == ("contact_phone",)
    assert found[frozenset({"陈静北街商圈"})] == ("same_name",)
    assert found[frozenset({"明佳烟酒文博路商圈", "名家烟酒北街商圈"})] == ("same_pinyin",)
    assert "similar_name" in found[frozenset({"明佳烟酒文博路商圈", "明佳烟酒店文博路商圈"})]
    assert "similar_name" in found[frozenset({"鑫源超市火车站商圈", "鑫源超巿火车站商圈"})]
    # not duplicates: a chain in two areas, two people of one name with their own phones
    assert frozenset({"华联超市火车站商圈", "华联超市北街商圈"}) not in found
    assert frozenset({"王玲北街商圈"}) not in found


def test_scan_strongest_evidence_first_and_dismissed_pairs_left_out(store, files) -> None:
    result = scan_duplicates(store)
    assert result[0].reasons[0] == "phone"
    chen = next(p for p in result if p.names == ("陈静", "陈静"))
    dismiss_pair(store, chen.b, chen.a, actor="测试员")
    assert all(p.names != ("陈静", "陈静") for p in scan_duplicates(store))


def test_scan_uses_the_typing_matcher_rules(store, files) -> None:
    # what the scan pairs by phone or name, the warning while typing proposes too
    typed = likely_duplicates(store, name="明佳烟酒", phone="13912348866", area="文博路商圈", limit=10)
    assert {c.name for c in typed} >= {"明佳烟酒", "明佳烟酒店", "名家烟酒", "另一家"}


def test_scan_can_be_cancelled(store, files) -> None:
    with pytest.raises(ScanCancelled):
        scan_duplicates(store, progress=lambda step, steps: step < 2)


def test_scan_reads_peoples_names_with_their_surname(store, customers) -> None:
    for name in ("曾小红", "增小红"):
        customers.create({"name": name, "kind": "individual", "area": "北街商圈"})
    assert pairs(store)[frozenset(("曾小红北街商圈", "增小红北街商圈"))] == ("same_pinyin",)
