"""Addresses from files other systems write: 省/市/区/详细地址 columns, or one 地址 column;
the main address's parts go out as columns and come back in."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_crm.domain.addresses import AddressService
from desktop_crm.domain.exporting import export_customers
from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.domain.search import search


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


def imported(store, path: Path, key: str | None = "code") -> None:
    source = open_source(path)
    mapping = suggest_mapping("customers", source.headers, store)
    result = run_import(store, source, ImportOptions("customers", mapping, key=key), actor="导入员")
    assert not result.problems, result.problems


def parts(store, code: str) -> list[tuple]:
    cid = store.find_one("customers", code=code)["id"]
    return [(a["province"], a["city"], a["district"], a["street"], a["line"], a["is_main"])
            for a in AddressService(store).of_customer(cid)]


def test_province_city_district_columns(store, tmp_path) -> None:
    """A shop system's export: 客户编号, 客户名称, 省份, 城市, 区县, 详细地址."""
    path = write_csv(tmp_path / "erp.csv", ["客户编号", "客户名称", "省份", "城市", "区县", "详细地址"], [
        ["K001", "明佳烟酒", "广东省", "深圳市", "南山区", "科技园南路18号"],
        ["K002", "浦东小店", "上海市", "上海市", "浦东新区", "张杨路500号"],
        ["K003", "老街小卖部", "", "", "", "城东菜市场旁"],
        ["K004", "全写了的", "湖北省", "武汉市", "江汉区", "湖北省武汉市江汉区解放大道1号"],
    ])
    mapping = suggest_mapping("customers", open_source(path).headers, store)
    assert mapping == {"客户编号": "code", "客户名称": "name", "省份": "province", "城市": "city",
                       "区县": "district", "详细地址": "address"}
    imported(store, path)
    assert parts(store, "K001") == [("广东省", "深圳市", "南山区", "科技园南路18号", None, 1)]
    assert parts(store, "K002") == [("上海市", "上海市", "浦东新区", "张杨路500号", None, 1)]
    assert parts(store, "K003") == [(None, None, None, None, "城东菜市场旁", 1)]
    assert parts(store, "K004") == [("湖北省", "武汉市", "江汉区", "解放大道1号", None, 1)]
    assert store.find_one("customers", code="K001")["address"] == "广东省深圳市南山区科技园南路18号"
    assert [h.code for h in search(store, "张杨路")] == ["K002"]


def test_one_address_column_is_split(store, tmp_path) -> None:
    path = write_csv(tmp_path / "old.csv", ["编号", "店名", "地址", "商圈"], [
        ["K101", "明佳烟酒", "广东省深圳市南山区科技园南路18号", "科技园"],
        ["K102", "鑫源超市", "北京朝阳区建国路88号", ""],
    ])
    imported(store, path)
    assert parts(store, "K101") == [("广东省", "深圳市", "南山区", "科技园南路18号", None, 1)]
    assert parts(store, "K102") == [("北京", "北京", "朝阳区", "建国路88号", None, 1)]
    # the same file again with a new line: the main address follows, no second one
    path = write_csv(tmp_path / "old.csv", ["编号", "店名", "地址"], [
        ["K101", "明佳烟酒", "广东省深圳市福田区深南大道1号"]])
    imported(store, path)
    assert parts(store, "K101") == [("广东省", "深圳市", "福田区", "深南大道1号", None, 1)]


def test_export_writes_the_parts_and_reads_back(store, tmp_path) -> None:
    path = write_csv(tmp_path / "in.csv", ["编号", "店名", "地址"], [
        ["K201", "明佳烟酒", "广东省深圳市南山区科技园南路18号"]])
    imported(store, path)
    ids = [store.find_one("customers", code="K201")["id"]]
    out = tmp_path / "out.csv"
    export_customers(store, out, ids, language="zh", actor="导出员")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert (rows[0]["地址"], rows[0]["省"], rows[0]["市"], rows[0]["区/县"]) == (
        "广东省深圳市南山区科技园南路18号", "广东省", "深圳市", "南山区")
    store.conn.execute("DELETE FROM customers")
    store.conn.commit()
    imported(store, out)
    assert parts(store, "K201") == [("广东省", "深圳市", "南山区", "科技园南路18号", None, 1)]
