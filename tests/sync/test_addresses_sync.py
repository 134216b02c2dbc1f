"""A customer's addresses travel between two laptops: added, made main, edited, deleted."""

from __future__ import annotations

import pytest

from desktop_crm.domain.addresses import AddressService
from desktop_crm.domain.search import search
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


@pytest.fixture
def pair(tmp_path, team):
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    for one in (wang, chen):
        one.sync()
    yield wang, chen
    for one in (wang, chen):
        one.store.close()


def texts(lap, cid: int) -> list[tuple[str, str, int]]:
    return [(a["kind"], a["text"], a["is_main"]) for a in AddressService(lap.store).of_customer(cid)]


def test_addresses_travel_between_laptops(pair) -> None:
    wang, chen = pair
    cid = wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏",
                                 "address": "广东省深圳市南山区科技园南路18号"})
    home = AddressService(wang.store, "wang").add(cid, {"kind": "delivery", "city": "杭州市",
                                                        "district": "西湖区", "street": "文三路99号"})
    wang.sync()
    chen.sync()
    mine = chen.id_of("明佳烟酒")
    assert texts(chen, mine) == [("business", "广东省深圳市南山区科技园南路18号", 1),
                                 ("delivery", "杭州市西湖区文三路99号", 0)]
    assert [h.customer_id for h in search(chen.store, "文三路")] == [mine]

    # made main on one laptop: the other shows it main, and the customer's line with it
    AddressService(wang.store, "wang").make_main(home)
    wang.sync()
    chen.sync()
    assert [t for t in texts(chen, mine) if t[2]] == [("delivery", "杭州市西湖区文三路99号", 1)]
    assert chen.customer("明佳烟酒")["address"] == "杭州市西湖区文三路99号"

    # edited and deleted on the other laptop, back to the first
    service = AddressService(chen.store, "chen")
    first = next(a["id"] for a in service.of_customer(mine) if not a["is_main"])
    service.update(first, {"building": "A座"})
    chen.sync()
    wang.sync()
    assert ("business", "广东省深圳市南山区科技园南路18号A座", 0) in texts(wang, cid)
    service.delete(first)
    chen.sync()
    wang.sync()
    assert texts(wang, cid) == [("delivery", "杭州市西湖区文三路99号", 1)]
    assert search(wang.store, "科技园") == []
