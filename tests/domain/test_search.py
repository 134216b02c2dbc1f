"""One search box: what a user types, what they get back, in what order."""

from __future__ import annotations

import pytest

from desktop_crm.domain.search import search


@pytest.fixture
def outlets(customers, contacts, mingjia) -> dict[str, int]:
    ids = {"明佳烟酒": mingjia}
    for data in (
        {"code": "420381104742", "name": "鑫源超市", "area": "火车站商圈", "address": "站前路5号",
         "phone": "13807101234"},
        {"code": "420381104743", "name": "佳佳便利店", "area": "文博路商圈", "notes": "夜市附近"},
        {"code": "420381104744", "name": "福满烟酒商行", "area": "解放路商圈", "tags": "新开户"},
        {"code": "420381104745", "name": "重庆小面", "area": "解放路商圈"},
        {"code": "13912348866", "name": "老街杂货", "area": "老街"},  # a code that looks like a phone
    ):
        ids[data["name"]] = customers.create(data)
    contacts.create(ids["鑫源超市"], {"name": "王明", "mobile": "15071234567"})
    return ids


def names(store, text: str) -> list[str]:
    return [h.name for h in search(store, text)]


def test_one_chinese_character(store, outlets) -> None:
    assert sorted(names(store, "佳")) == ["佳佳便利店", "明佳烟酒"]
    assert names(store, "鑫") == ["鑫源超市"]


def test_two_chinese_characters(store, outlets) -> None:
    assert sorted(names(store, "烟酒")) == ["明佳烟酒", "福满烟酒商行"]
    assert names(store, "商行") == ["福满烟酒商行"]
    assert names(store, "王明") == ["鑫源超市"]  # a contact's name


def test_two_characters_do_not_match_across_fields(store, customers) -> None:
    # name ends with 明, area starts with 佳: the text holds 明 and 佳 side by side, but no
    # field contains 明佳
    customers.create({"name": "光明", "area": "佳木斯路"})
    assert names(store, "明佳") == []
    assert names(store, "光明") == ["光明"]


def test_three_or_more_characters(store, outlets) -> None:
    assert names(store, "明佳烟酒") == ["明佳烟酒"]
    assert names(store, "文博路商圈") == ["明佳烟酒", "佳佳便利店"]
    assert names(store, "站前路") == ["鑫源超市"]


def test_pinyin_initials_and_full(store, outlets) -> None:
    assert names(store, "mjyj") == ["明佳烟酒"]
    assert names(store, "mingjia") == ["明佳烟酒"]
    assert names(store, "MingJia") == ["明佳烟酒"]
    assert names(store, "chongqing") == ["重庆小面"]  # 重 read as chong in 重庆, not zhong
    assert names(store, "xycs") == ["鑫源超市"]
    assert "鑫源超市" in names(store, "wm")  # contact 王明's initials, two letters


def test_phone_fragments_and_formats(store, outlets) -> None:
    # a contact's phone holds it, a code (that looks like a phone) too: phones first
    assert names(store, "8866") == ["明佳烟酒", "老街杂货"]
    # a phone typed with spaces is one number, and an exact match
    assert [(h.name, h.match) for h in search(store, "139 1234 8866")] == [
        ("老街杂货", "exact"), ("明佳烟酒", "exact"),
    ]
    assert names(store, "+86 139-1234-8866") == ["老街杂货", "明佳烟酒"]
    assert names(store, "3212345") == ["明佳烟酒"]
    assert names(store, "0710-3212345") == ["明佳烟酒"]
    assert names(store, "150-7123-4567") == ["鑫源超市"]


def test_address_area_tags_notes(store, outlets) -> None:
    assert names(store, "新开户") == ["福满烟酒商行"]
    assert names(store, "夜市") == ["佳佳便利店"]
    assert names(store, "重点户") == ["明佳烟酒"]


def test_terms_are_anded(store, outlets) -> None:
    assert names(store, "烟酒 文博路") == ["明佳烟酒"]
    assert names(store, "烟酒 解放") == ["福满烟酒商行"]
    assert names(store, "佳 便利") == ["佳佳便利店"]
    assert names(store, "mjyj 火车站") == []


def test_exact_code_or_phone_first_then_name_prefix(store, outlets) -> None:
    hits = search(store, "13912348866")
    # 老街杂货's code equals the query; 明佳烟酒's contact phone equals it too: both exact
    assert {h.name for h in hits} == {"老街杂货", "明佳烟酒"}
    assert {h.match for h in hits} == {"exact"}

    hits = search(store, "佳")
    assert [h.name for h in hits] == ["佳佳便利店", "明佳烟酒"]
    assert [h.match for h in hits] == ["name", "other"]

    hits = search(store, "420381104742")
    assert [(h.name, h.match) for h in hits] == [("鑫源超市", "exact")]


def test_empty_and_punctuation_only_queries(store, outlets) -> None:
    assert search(store, "") == []
    assert search(store, "   ") == []
    assert search(store, '" * -') == []


def test_fts_syntax_in_a_query_is_just_text(store, outlets) -> None:
    assert names(store, 'mjyj"') == ["明佳烟酒"]
    assert names(store, "“明佳”") == ["明佳烟酒"]
    assert names(store, "mj*") == ["明佳烟酒"]
    assert names(store, "NOT") == []
    assert names(store, "烟酒 OR") == []


def test_trash_is_left_out_unless_asked(store, customers, outlets) -> None:
    customers.delete(outlets["明佳烟酒"])
    assert names(store, "mjyj") == []
    assert [h.name for h in search(store, "mjyj", include_deleted=True)] == ["明佳烟酒"]
    customers.restore(outlets["明佳烟酒"])
    assert names(store, "mjyj") == ["明佳烟酒"]


def test_limit(store, customers) -> None:
    customers.create_many([{"name": f"测试店{i}"} for i in range(30)])
    assert len(search(store, "测试", limit=10)) == 10


def test_people_are_found_by_their_surnames_reading(store, customers, contacts) -> None:
    shop = customers.create({"name": "曾记烟酒", "kind": "company"})
    contacts.create(shop, {"name": "单丽"})
    person = customers.create({"name": "曾小红", "kind": "individual"})
    assert [h.customer_id for h in search(store, "zengxiaohong")] == [person]
    assert [h.customer_id for h in search(store, "zxh")] == [person]
    assert [h.customer_id for h in search(store, "shanli")] == [shop]       # a contact is a person
    assert [h.customer_id for h in search(store, "cengji")] == [shop]       # a shop's name is just text
    assert search(store, "zengji") == []
    customers.update(shop, {"kind": "individual"})                  # the kind counts: re-read
    assert [h.customer_id for h in search(store, "zengji")] == [shop]
    sort_key = store.conn.execute("SELECT name_sort FROM customers WHERE id = ?", (person,))
    assert sort_key.fetchone()[0].startswith("zengxiaohong")        # listed under Z


def test_names_come_before_contacts_and_contacts_before_addresses(store, customers, contacts) -> None:
    # many customers hold 店 in their address only: made first, and with shorter names
    customers.create_many([{"name": f"甲{i}", "address": f"店前街{i}号"} for i in range(120)])
    with_contact = customers.create({"name": "乙丙", "address": "河边"})
    contacts.create(with_contact, {"name": "店小二"})
    inside = customers.create({"name": "老街小店"})
    first = customers.create({"name": "店长之家"})
    hits = search(store, "店", limit=50)
    assert [h.customer_id for h in hits[:3]] == [first, inside, with_contact]
    assert [h.match for h in hits[:2]] == ["name", "other"]
    assert len(hits) == 50  # the page is filled with address hits after them


def test_a_phone_fragment_finds_phones_before_codes(store, customers) -> None:
    customers.create_many([{"code": f"A8866{i:03d}", "name": f"甲{i}"} for i in range(60)])
    phone = customers.create({"name": "老街杂货铺", "phone": "13912348866"})
    hits = search(store, "8866")
    assert hits[0].customer_id == phone
    assert len(hits) == 50


def test_two_digits_find_phones_and_codes_starting_with_them(store, customers) -> None:
    phone = customers.create({"code": "X1", "name": "老街杂货", "phone": "13912348866"})
    code = customers.create({"code": "1300", "name": "鑫源超市"})
    customers.create({"code": "X2", "name": "福满超市", "phone": "15071234567"})
    assert sorted(h.customer_id for h in search(store, "13")) == [phone, code]


def test_a_chinese_term_and_a_phone_fragment_together(store, outlets, contacts) -> None:
    assert names(store, "烟酒 3212345") == ["明佳烟酒"]       # its own phone
    assert names(store, "王明 7123") == ["鑫源超市"]          # a contact's name and mobile
    assert [(h.name, h.match) for h in search(store, "鑫源 13807101234")] == [("鑫源超市", "exact")]
    assert names(store, "烟酒 7123") == []
