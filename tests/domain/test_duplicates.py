from __future__ import annotations

import pytest

from desktop_crm.domain.duplicates import core_name, likely_duplicates


def found(store, **typed) -> list[tuple[str, str]]:
    return [(c.name, c.reason) for c in likely_duplicates(store, **typed)]


@pytest.fixture
def outlets(customers, mingjia) -> dict[str, int]:
    ids = {"明佳烟酒": mingjia}
    for name, area, phone in (
        ("鑫源超市", "火车站商圈", "13800001111"),
        ("华联超市", "火车站商圈", None),
        ("美佳烟酒", "文博路商圈", None),     # initials mjyj, like 明佳烟酒, same area
        ("梦甲烟酒", "北街商圈", None),       # initials mjyj too, another area
        ("明佳烟酒店", "北街商圈", None),
        ("ABC便利店", None, None),
        ("王玲", None, None),
    ):
        ids[name] = customers.create({"name": name, "area": area, "phone": phone})
    return ids


def test_same_phone_of_the_customer_or_a_contact_in_any_format(store, outlets) -> None:
    assert found(store, phone="138 0000 1111") == [("鑫源超市", "phone")]
    assert found(store, phone="0710 3212345") == [("明佳烟酒", "phone")]
    # 李娟's mobile, a contact of 明佳烟酒
    assert found(store, phone="+86 139-1234-8866") == [("明佳烟酒", "contact_phone")]
    # a number still being typed matches nothing, rather than everything
    assert found(store, phone="1380000") == []


def test_same_name_normalised(store, outlets) -> None:
    assert found(store, name=" 明佳烟酒 ")[0] == ("明佳烟酒", "same_name")
    assert found(store, name="ａｂｃ便利店")[0] == ("ABC便利店", "same_name")
    assert found(store, name="明佳 烟酒")[0] == ("明佳烟酒", "same_name")


def test_names_containing_or_contained_in_the_typed_one(store, outlets) -> None:
    names = found(store, name="明佳")
    assert ("明佳烟酒", "contains_name") in names and ("明佳烟酒店", "contains_name") in names
    assert ("明佳烟酒", "within_name") in found(store, name="明佳烟酒有限公司")
    # the typed name's best match comes first: its exact name before longer ones
    assert found(store, name="明佳烟酒")[:2] == [
        ("明佳烟酒", "same_name"), ("明佳烟酒店", "contains_name"),
    ]


def test_names_that_read_the_same(store, outlets) -> None:
    assert ("明佳烟酒", "same_pinyin") in found(store, name="名佳烟酒")
    # same initials only count in the same area
    in_area = found(store, name="民家烟酒", area="文博路商圈")
    assert ("美佳烟酒", "initials_area") in in_area
    assert all(name != "梦甲烟酒" for name, _ in in_area)
    assert all(name != "美佳烟酒" for name, _ in found(store, name="民家烟酒"))


def test_people_who_read_the_same_with_their_surname(store, customers) -> None:
    """曾 reads zeng as a surname: 增小红 and 曾小红 are read alike, whichever is on file."""
    customers.create({"name": "增小红", "kind": "individual"})
    assert ("增小红", "same_pinyin") in found(store, name="曾小红")
    customers.create({"name": "曾丽", "kind": "individual"})
    assert ("曾丽", "same_pinyin") in found(store, name="增丽")


def test_generic_words_alone_match_nothing(store, outlets) -> None:
    assert core_name("明佳烟酒店") == "明佳"
    assert found(store, name="超市") == []
    assert found(store, name="烟酒店") == []
    assert found(store, name="有限公司") == []
    # but a real name that ends in a generic word still finds its twin
    assert found(store, name="鑫源超市")[0] == ("鑫源超市", "same_name")


def test_reasons_are_merged_and_the_strongest_wins(store, outlets) -> None:
    [first, *_] = likely_duplicates(store, name="明佳烟酒", phone="0710-3212345")
    assert (first.name, first.reason) == ("明佳烟酒", "phone")
    assert first.reasons[:2] == ("phone", "same_name")


def test_exclude_trash_and_limit(store, customers, outlets) -> None:
    mingjia = outlets["明佳烟酒"]
    others = likely_duplicates(store, name="明佳烟酒", exclude_id=mingjia)
    assert others and all(c.customer_id != mingjia for c in others)
    customers.delete(outlets["鑫源超市"])
    assert found(store, phone="13800001111") == []
    [trashed] = likely_duplicates(store, phone="13800001111", include_trashed=True)
    assert trashed.trashed and trashed.name == "鑫源超市"
    for n in range(8):
        customers.create({"name": f"明佳烟酒{n}号店"})
    assert len(likely_duplicates(store, name="明佳烟酒", limit=3)) == 3
    assert found(store) == [] and found(store, name="  ") == []
