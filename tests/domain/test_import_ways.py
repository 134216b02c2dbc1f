"""Ways to reach from other systems' exports (issue 18, part 3): a value that is no way of its
type rejects its row with the reason, as any bad field does; ways an import adds belong to its
batch (reverting it removes them, and puts back a phone it filled in); a contacts file brings
its QQ and fax; reverting an address change splits the main address back. A real file."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_crm.domain.addresses import AddressService
from desktop_crm.domain.contact_ways import ContactWayService
from desktop_crm.domain.importing import (
    ImportOptions,
    open_source,
    revert_batch,
    run_import,
    suggest_mapping,
)
from desktop_crm.domain.search import search
from desktop_crm.storage import search_index


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


def imported(store, path: Path, kind: str = "customers", key: str | None = "code",
             dry_run: bool = False):
    source = open_source(path)
    mapping = suggest_mapping(kind, source.headers, store)
    return run_import(store, source, ImportOptions(kind, mapping, key=key, dry_run=dry_run),
                      actor="导入员")


def ways_of(store, code: str) -> list[tuple]:
    cid = store.find_one("customers", code=code)["id"]
    return [(w.contact_name, w.type, w.value, w.preferred)
            for w in ContactWayService(store, "t").of_dossier(cid)]


# a member system's customer export (有赞-style column names)
HEADER = ["客户编号", "客户名称", "联系电话", "QQ号", "电子邮箱", "微信号", "网址"]


def test_a_value_that_is_no_way_of_its_type_rejects_its_row_with_the_reason(store, tmp_path):
    path = write_csv(tmp_path / "客户.csv", HEADER, [
        ["K001", "明佳烟酒", "13812345678", "87654321", "boss@mingjia.cn", "mingjia_88", ""],
        ["K002", "坏QQ店", "13700002222", "QQ号没有", "", "", ""],
        ["K003", "坏微信店", "", "", "", "微信", ""],
        ["K004", "坏网址店", "", "", "", "", "不是网址"],
    ])
    for dry_run in (True, False):
        result = imported(store, path, dry_run=dry_run)
        assert result.counts["created"] == 1 and result.counts["rejected"] == 3
        assert {(p.line, p.column, p.code) for p in result.problems} == {
            (3, "QQ号", "qq"), (4, "微信号", "wechat"), (5, "网址", "website")}
    assert store.find_one("customers", code="K002") is None
    assert ways_of(store, "K001") == [
        (None, "mobile", "13812345678", True), (None, "wechat", "mingjia_88", True),
        (None, "qq", "87654321", True), (None, "email", "boss@mingjia.cn", True)]


def test_ways_an_import_adds_go_when_its_batch_is_reverted(store, customers, tmp_path):
    customers.create({"code": "K001", "name": "明佳烟酒", "phone": "13812345678"})
    customers.create({"code": "K002", "name": "老街杂货"})  # no phone yet
    path = write_csv(tmp_path / "补充.csv", ["客户编号", "客户名称", "备用电话", "QQ号"], [
        ["K001", "明佳烟酒", "0710-3212345", "87654321"],
        ["K002", "老街杂货", "13900001111", ""],
    ])
    preview = imported(store, path, dry_run=True)
    assert (preview.counts["updated"], preview.counts["unchanged"]) == (2, 0)
    result = imported(store, path)
    assert (result.counts["updated"], result.counts["unchanged"]) == (2, 0)
    assert ways_of(store, "K001") == [
        (None, "mobile", "13812345678", True), (None, "landline", "0710-3212345", True),
        (None, "qq", "87654321", True)]
    assert store.find_one("customers", code="K002")["phone"] == "13900001111"
    assert [h.code for h in search(store, "87654321")] == ["K001"]
    # the same file again changes nothing
    assert imported(store, path).counts["unchanged"] == 2

    revert_batch(store, result.batch_id, "导入员")
    assert ways_of(store, "K001") == [(None, "mobile", "13812345678", True)]
    assert ways_of(store, "K002") == []
    assert store.find_one("customers", code="K002")["phone"] is None
    assert search(store, "87654321") == []
    assert search_index.problems(store.conn) == []


def test_a_contacts_file_brings_each_contacts_qq_and_fax(store, customers, tmp_path):
    customers.create({"code": "K001", "name": "明佳烟酒"})
    path = write_csv(tmp_path / "联系人.csv", ["客户编号", "联系人", "手机", "QQ", "传真"], [
        ["K001", "王丽娟", "13987654321", "55667788", "0710-3212346"],
        ["K001", "李强", "13911112222", "不是QQ", ""],
    ])
    result = imported(store, path, kind="contacts", key="mobile")
    assert result.counts["created"] == 1 and result.counts["rejected"] == 1
    assert [(p.column, p.code) for p in result.problems] == [("QQ", "qq")]
    assert ways_of(store, "K001") == [
        ("王丽娟", "mobile", "13987654321", True), ("王丽娟", "qq", "55667788", True),
        ("王丽娟", "fax", "0710-3212346", True)]
    assert [h.code for h in search(store, "55667788")] == ["K001"]


def test_reverting_an_address_change_splits_the_main_address_back(store, customers, tmp_path):
    cid = customers.create({"code": "K001", "name": "明佳烟酒",
                            "address": "湖北省襄阳市樊城区人民路1号"})
    path = write_csv(tmp_path / "地址.csv", ["客户编号", "客户名称", "经营地址"], [
        ["K001", "明佳烟酒", "广东省深圳市南山区科技园南路18号"]])
    result = imported(store, path)

    def main() -> tuple:
        a = AddressService(store).of_customer(cid)[0]
        return a["province"], a["city"], a["district"], a["street"]

    assert main() == ("广东省", "深圳市", "南山区", "科技园南路18号")
    revert_batch(store, result.batch_id, "导入员")
    assert store.get("customers", cid)["address"] == "湖北省襄阳市樊城区人民路1号"
    assert main() == ("湖北省", "襄阳市", "樊城区", "人民路1号")
