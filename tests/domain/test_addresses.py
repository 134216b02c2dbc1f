"""A customer's addresses: the main one is the customer's line and area, the history notes
each change, search finds the others."""

from __future__ import annotations

import pytest

from desktop_crm.domain.addresses import AddressService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.search import search
from desktop_crm.domain.validation import ValidationError


@pytest.fixture
def shop(customers: CustomerService) -> int:
    return customers.create({"name": "明佳烟酒", "address": "广东省深圳市南山区科技园南路18号",
                             "area": "科技园"})


def test_a_new_customer_line_is_its_main_address(store, shop) -> None:
    found = AddressService(store).of_customer(shop)
    assert [(a["kind"], a["province"], a["city"], a["district"], a["street"], a["is_main"])
            for a in found] == [("business", "广东省", "深圳市", "南山区", "科技园南路18号", 1)]
    assert found[0]["text"] == "广东省深圳市南山区科技园南路18号"


def test_making_another_main_rewrites_the_customer(store, shop, customers) -> None:
    service = AddressService(store, actor="tester")
    home = service.add(shop, {"kind": "home", "province": "上海市", "city": "上海市",
                              "district": "浦东新区", "street": "张杨路500号", "building": "3栋"})
    assert customers.get(shop)["address"] == "广东省深圳市南山区科技园南路18号"
    service.make_main(home)
    row = customers.get(shop)
    assert (row["address"], row["area"]) == ("上海市浦东新区张杨路500号3栋", "浦东新区")
    listed = service.of_customer(shop)
    assert [a["id"] for a in listed if a["is_main"]] == [home] and len(listed) == 2
    history = [(h["entity"], h["field"]) for h in customers.history(shop)]
    assert ("address", "*created") in history and ("address", "is_main") in history


def test_deleting_the_main_passes_the_mark(store, shop, customers) -> None:
    service = AddressService(store)
    main = service.of_customer(shop)[0]["id"]
    other = service.add(shop, {"kind": "delivery", "line": "城东菜市场旁"})
    service.delete(main)
    assert [(a["id"], a["is_main"]) for a in service.of_customer(shop)] == [(other, 1)]
    assert customers.get(shop)["address"] == "城东菜市场旁"
    service.delete(other)
    assert service.of_customer(shop) == []
    assert customers.get(shop)["address"] is None


def test_an_edit_of_the_main_address_is_the_customers(store, shop, customers) -> None:
    service = AddressService(store)
    main = service.of_customer(shop)[0]["id"]
    service.update(main, {"street": "科技园北路1号"})
    assert customers.get(shop)["address"] == "广东省深圳市南山区科技园北路1号"
    assert ("address", "street") in [(h["entity"], h["field"]) for h in customers.history(shop)]


def test_the_customer_form_line_moves_the_main_address(store, shop, customers) -> None:
    customers.update(shop, {"address": "北京朝阳区建国路88号"})
    main = AddressService(store).of_customer(shop)[0]
    assert (main["province"], main["district"], main["street"]) == ("北京", "朝阳区", "建国路88号")
    assert customers.get(shop)["address"] == "北京朝阳区建国路88号"


def test_an_empty_address_is_refused(store, shop) -> None:
    with pytest.raises(ValidationError):
        AddressService(store).add(shop, {"kind": "home"})
    with pytest.raises(ValidationError):
        AddressService(store).add(shop, {"kind": "castle", "line": "x"})


def test_search_finds_an_address_that_is_not_the_main_one(store, shop, customers) -> None:
    other = customers.create({"name": "别的店", "address": "广东省深圳市福田区"})
    AddressService(store).add(shop, {"kind": "delivery", "city": "杭州市", "district": "西湖区",
                                     "street": "文三路99号"})
    assert [h.customer_id for h in search(store, "文三路")] == [shop]
    assert [h.customer_id for h in search(store, "西湖区 99")] == [shop]  # both indexes
    assert other not in [h.customer_id for h in search(store, "西湖")]
    AddressService(store).delete(AddressService(store).of_customer(shop)[1]["id"])
    assert search(store, "文三路") == []


def test_the_history_says_it_in_words(store, shop) -> None:
    from desktop_crm.domain.dossier import history

    service = AddressService(store)
    added = service.add(shop, {"kind": "home", "line": "阳光小区3栋"})
    service.make_main(added)
    words = [(h.subject, h.field, h.new, h.event) for h in history(store, shop, "en")]
    assert ("Address 阳光小区3栋", "Main address", "Yes", None) in words
    assert ("Address 阳光小区3栋", "", "阳光小区3栋", "created") in words


def test_a_merge_carries_the_addresses_and_the_kept_one_keeps_its_main(store, shop, customers) -> None:
    from desktop_crm.domain.merge import merge_customers, undo_merge

    other = customers.create({"name": "明佳烟酒二店", "address": "湖北省武汉市江汉区解放大道1号"})
    service = AddressService(store)
    service.add(other, {"kind": "delivery", "line": "汉口仓库"})
    merge_id = merge_customers(store, shop, other, actor="tester")
    kept = service.of_customer(shop)
    assert [a["text"] for a in kept if a["is_main"]] == ["广东省深圳市南山区科技园南路18号"]
    assert sorted(a["text"] for a in kept if not a["is_main"]) == ["汉口仓库", "湖北省武汉市江汉区解放大道1号"]
    assert customers.get(shop)["address"] == "广东省深圳市南山区科技园南路18号"
    undo_merge(store, merge_id, actor="tester")
    back = service.of_customer(other)
    assert [a["text"] for a in back if a["is_main"]] == ["湖北省武汉市江汉区解放大道1号"]
    assert len(service.of_customer(shop)) == 1


def test_the_file_card_lists_the_other_addresses(store, shop) -> None:
    from desktop_crm.domain.plans.card import file_card

    AddressService(store).add(shop, {"kind": "delivery", "line": "汉口仓库"})
    identity = dict(file_card(store, shop, "zh").groups)["基本信息"]
    assert ("地址", "广东省深圳市南山区科技园南路18号") in identity
    assert ("送货地址", "汉口仓库") in identity


def test_show_lists_the_addresses(cli, db_path) -> None:
    import json

    from desktop_crm.storage.db import open_database

    assert cli("add", "code=A1", "name=明佳烟酒", "address=广东省深圳市南山区科技园南路18号")[0] == 0
    with open_database(db_path) as store:
        cid = store.find_one("customers", code="A1")["id"]
        AddressService(store, "tester").add(cid, {"kind": "delivery", "line": "汉口仓库"})
    code, out, _ = cli("show", "A1", lang="en")
    assert code == 0 and "Addresses" in out and "Delivery" in out and "汉口仓库" in out
    shown = json.loads(cli("show", "A1", "--json")[1])["addresses"]
    assert [(a["kind"], a["text"], a["is_main"]) for a in shown] == [
        ("business", "广东省深圳市南山区科技园南路18号", 1), ("delivery", "汉口仓库", 0)]
