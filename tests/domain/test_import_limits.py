"""The registry's limits at the importer: files as other systems export them (GBK, UTF-8 with
a BOM, Chinese headers), a bad row among good ones rejected with its reason, the rest
imported — whether rows are prepared in line or in the second process."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.storage.db import open_database

HEADER = ["客户编号", "店铺名称", "联系电话", "经营地址", "成立日期", "备注"]
GOOD = [
    ["420381104741", "明佳烟酒", "139 1234 8866", "文博路18号", "2015-03-08", "店主人缘好"],
    ["420381104742", "鑫源超市", "0710-3212345", "火车站路2号", "2019/3/1", ""],
    ["420381104743", "华联超市", "", "北街9号", "", "备" * 10_000],  # a note at its limit
]


def write(path: Path, rows: list[list[str]], encoding: str) -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    return path


def import_customers(store, path: Path):
    source = open_source(path)
    mapping = suggest_mapping("customers", source.headers)
    assert set(mapping.values()) == {"code", "name", "phone", "address", "founded_on", "notes"}
    return run_import(store, source, ImportOptions("customers", mapping, "code"), actor="导入员")


@pytest.mark.parametrize(("encoding", "bad", "column", "code"), [
    ("gbk", ["X" * 300, "超长代码店", "", "", "", ""], "客户编号", "too_long"),
    ("gbk", ["420381104750", "店" * 101, "", "", "", ""], "店铺名称", "too_long"),
    ("gbk", ["420381104751", "远期店", "", "", "9999-12-31", ""], "成立日期", "date_range"),
    ("gbk", ["420381104752", "地址店", "", "路" * 201, "", ""], "经营地址", "too_long"),
    ("utf-8-sig", ["420381104753", "ABC\u202etxt.exe", "", "", "", ""], "店铺名称", "control"),
    ("utf-8-sig", ["4203811\u200d04754", "零宽店", "", "", "", ""], "客户编号", "control"),
    ("utf-8-sig", ["420381104755", "备注店", "", "", "", "记" * 10_001], "备注", "too_long"),
])
def test_a_bad_row_among_good_ones_is_rejected_with_its_reason(
    store, tmp_path, preparing, encoding, bad, column, code
) -> None:
    rows = [GOOD[0], bad, GOOD[1], GOOD[2]]
    result = import_customers(store, write(tmp_path / "客户.csv", rows, encoding))
    assert result.counts["created"] == 3 and result.counts["rejected"] == 1
    [problem] = result.problems
    assert (problem.line, problem.column, problem.code) == (3, column, code)
    names = [r["name"] for r in store.conn.execute("SELECT name FROM customers ORDER BY code")]
    assert names == ["明佳烟酒", "鑫源超市", "华联超市"]
    note = store.conn.execute("SELECT notes FROM customers WHERE code = '420381104743'").fetchone()
    assert len(note["notes"]) == 10_000


def test_free_texts_lose_invisible_characters_on_the_way_in(store, tmp_path) -> None:
    rows = [["420381104760", "明佳烟酒", "\u202a139 1234 8866\u202c", "文博路\n18号\u200b", "",
             "第一行\r\n第二行\u202e"]]
    result = import_customers(store, write(tmp_path / "c.csv", rows, "utf-8-sig"))
    assert result.counts["created"] == 1, result.problems
    row = store.conn.execute("SELECT phone, address, notes FROM customers").fetchone()
    assert tuple(row) == ("13912348866", "文博路 18号", "第一行\n第二行")


def test_a_member_row_cannot_bring_a_customer_beyond_the_limits(store, tmp_path, preparing) -> None:
    """The code and name a row names its customer by are held to the customer's limits: a
    members file may create its customers."""
    path = tmp_path / "会员.csv"
    with open(path, "w", encoding="gbk", newline="") as fh:
        csv.writer(fh).writerows([["会员卡号", "姓名", "手机", "入会日期"],
                                  ["VIP001", "曾小红", "139 1111 2222", "2023-01-02"],
                                  ["VIP002", "王" * 101, "139 1111 3333", "2023-01-02"],
                                  ["VIP003", "李娟", "139 1111 4444", "9999-01-02"]])
    source = open_source(path)
    options = ImportOptions("members", suggest_mapping("members", source.headers), "card_no",
                            create_customers=True)
    result = run_import(store, source, options)
    assert result.counts["created"] == 1 and result.new_customers == 1
    assert {(p.line, p.field, p.code) for p in result.problems} == {
        (3, "customer_name", "too_long"), (4, "joined_on", "date_range")}
    assert [r["name"] for r in store.conn.execute("SELECT name FROM customers")] == ["曾小红"]


NAMES = st.text(st.sampled_from(list("明佳烟酒超市ab") + ["\u202e", "\u2066", "\x07", "😀"]),
                min_size=1, max_size=110)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(NAMES, min_size=1, max_size=6), encoding=st.sampled_from(["utf-8-sig", "utf-8"]))
def test_each_row_comes_in_exactly_when_its_name_is_within_the_limits(names, encoding) -> None:
    def fine(name: str) -> bool:
        return len(name) <= 100 and not any(ch in name for ch in "\u202e\u2066\x07")

    with tempfile.TemporaryDirectory() as tmp:
        rows = [[f"C{i:05d}", name, "", "", "", ""] for i, name in enumerate(names)]
        path = write(Path(tmp) / "c.csv", rows, encoding)
        with open_database(Path(tmp) / "db.sqlite3") as store:
            result = import_customers(store, path)
            stored = [r["name"] for r in store.conn.execute("SELECT name FROM customers ORDER BY code")]
    assert stored == [n for n in names if fine(n)]
    assert {p.line for p in result.problems} == {i + 2 for i, n in enumerate(names) if not fine(n)}
