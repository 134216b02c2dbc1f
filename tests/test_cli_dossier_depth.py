"""The deeper dossier through the command line (issue 18, part 3): the main address set in
parts with `add` and `edit` (listed by `fields`), and `show` listing every way to reach."""

from __future__ import annotations

import json

from desktop_crm.domain.contact_ways import ContactWayService
from desktop_crm.storage.db import open_database


def test_the_main_address_in_parts_from_add_and_edit(cli, db_path) -> None:
    code, out, _ = cli("fields")
    for name in ("province", "city", "district", "street", "building", "postcode"):
        assert any(line.split()[:1] == [name] for line in out.splitlines()), name
    assert "主地址" in cli("fields", lang="zh")[1]
    assert cli("add", "code=K1", "name=老街杂货", "province=湖北省", "city=襄阳市",
               "district=樊城区", "street=人民路2号")[0] == 0
    code, out, _ = cli("edit", "K1", "street=人民路3号", "building=2楼")
    assert (code, out.strip()) == (0, "1 field(s) changed")
    shown = json.loads(cli("show", "K1", "--json")[1])
    assert shown["customer"]["address"] == "湖北省襄阳市樊城区人民路3号2楼"
    (main,) = shown["addresses"]
    assert (main["province"], main["district"], main["street"], main["building"]) == (
        "湖北省", "樊城区", "人民路3号", "2楼")
    # a part that does not fit refuses the whole command: the customer is not half-made
    code, _, err = cli("add", "code=K2", "name=新店", "postcode=" + "9" * 11)
    assert code == 4 and "postcode" in err
    assert cli("show", "K2")[0] != 0


def test_show_lists_every_way_to_reach(cli, db_path) -> None:
    assert cli("add", "code=K1", "name=明佳烟酒", "phone=13812345678")[0] == 0
    assert cli("contact", "K1", "name=王丽娟", "mobile=13987654321", "wechat=lijuan_w")[0] == 0
    with open_database(db_path) as store:
        cid = store.find_one("customers", code="K1")["id"]
        ContactWayService(store, "t").add(cid, None, {"type": "qq", "value": "87654321",
                                                      "label": "老板"})
    out = cli("show", "K1", lang="zh")[1]
    ways = out.split("联系方式\n")[1].split("\n\n")[0].splitlines()
    assert [line.split() for line in ways] == [
        ["✓", "手机", "13812345678"], ["✓", "QQ", "87654321", "老板"],
        ["✓", "手机", "13987654321", "王丽娟"], ["✓", "微信", "lijuan_w", "王丽娟"]]
    listed = json.loads(cli("show", "K1", "--json")[1])["ways"]
    assert {(w["type"], w["value"], w["contact_name"]) for w in listed} == {
        ("mobile", "13812345678", None), ("qq", "87654321", None),
        ("mobile", "13987654321", "王丽娟"), ("wechat", "lijuan_w", "王丽娟")}
