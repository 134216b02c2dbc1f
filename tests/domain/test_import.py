"""Import from real files written here: GBK and BOM CSV, XLSX with several sheets and merged
header cells, XLS; every bad input; atomicity; revert."""

from __future__ import annotations

import csv
import multiprocessing
from pathlib import Path

import openpyxl
import pytest
import xlwt

from desktop_crm.domain.importing import (
    ImportCancelled,
    ImportOptions,
    MappingProblem,
    ReadProblem,
    RevertError,
    open_source,
    revert_batch,
    revert_plan,
    run_import,
    suggest_mapping,
)
from desktop_crm.storage import queries
from desktop_crm.storage.driver import sqlite3  # the driver our code raises from

HEADER = ["客户代码", "店铺名称", "联系电话", "商圈", "客户等级", "标签", "资产", "成立日期"]
ROWS = [
    ["420381104741", "明佳烟酒", "139 1234 8866", "文博路商圈", "主力", "重点户,诚信户", "1.2万", "2024年5月25日"],
    ["420381104742", "鑫源超市", "0710-3212345", "火车站商圈", "一般", "", "1,200", "2024/5/25"],
    ["420381104743", "华联超市", "13800001111", "火车站商圈", "零散", "新店", "3500", "45437"],
    ["420381104744", "好又多便利店", "", "北街商圈", "", "", "", "2024-05-25"],
]


def write_csv(path: Path, rows, encoding: str = "utf-8", header=HEADER) -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


def dump(store) -> list[tuple]:
    """Everything an import can touch, to compare before and after."""
    out = []
    for table in ("customers", "customer_tags", "contacts", "interactions", "transactions",
                  "members", "change_log", "import_batches", "import_batch_items", "search_keys"):
        out.append(store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall())
    return [[tuple(r) for r in rows] for rows in out]


def customers_import(store, path: Path, **options):
    source = open_source(path, sheet=options.pop("sheet", None), encoding=options.pop("encoding", None))
    mapping = options.pop("mapping", None) or suggest_mapping("customers", source.headers, store)
    progress = options.pop("progress", None)
    opts = ImportOptions("customers", mapping, **{"key": "code", **options})
    return run_import(store, source, opts, actor="导入员", progress=progress)


def row_of(store, code: str) -> sqlite3.Row:
    return queries.customer_by_code(store, code)


# --- encodings and formats ---------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_csv_in_each_encoding_is_detected_and_read(store, tmp_path, encoding) -> None:
    path = write_csv(tmp_path / "客户.csv", ROWS, encoding)
    source = open_source(path)
    assert source.headers == HEADER
    result = customers_import(store, path)
    assert result.counts["created"] == 4, result.problems
    mingjia = row_of(store, "420381104741")
    assert (mingjia["name"], mingjia["phone"], mingjia["tier"], mingjia["assets"],
            mingjia["founded_on"]) == ("明佳烟酒", "13912348866", "key", 12000.0, "2024-05-25")
    assert queries.tags_of(store, mingjia["id"]) == ["诚信户", "重点户"]
    # dates in four formats and numbers with separators all arrive the same way
    assert {r["founded_on"] for r in store.conn.execute("SELECT founded_on FROM customers")} == {"2024-05-25"}
    assert row_of(store, "420381104742")["assets"] == 1200.0


def test_encoding_can_be_overridden_and_a_wrong_choice_is_refused(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", ROWS, "gbk")
    assert open_source(path, encoding="gbk").headers == HEADER
    with pytest.raises(ReadProblem) as exc:
        open_source(path, encoding="utf-8")
    assert exc.value.code == "encoding" and "choose another encoding" in str(exc.value)


def test_file_in_unexpected_encoding_is_refused_with_a_message(store, tmp_path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes("客户代码,店铺名称\n1,明佳\n".encode("utf-16-le"))  # no BOM
    with pytest.raises(ReadProblem) as exc:
        open_source(path)
    assert exc.value.code == "encoding" and "UTF-8 or GBK" in str(exc.value)
    assert store.count("customers") == 0


def test_empty_file_and_header_only_file(store, tmp_path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ReadProblem) as exc:
        open_source(empty)
    assert exc.value.code == "empty" and "empty" in str(exc.value)
    header_only = write_csv(tmp_path / "h.csv", [])
    with pytest.raises(ReadProblem) as exc:
        open_source(header_only)
    assert exc.value.code == "no_rows"


@pytest.mark.parametrize("whole", [True, False], ids=["read-whole", "streamed"])
def test_xlsx_with_several_sheets_title_row_and_merged_header_cells(store, tmp_path, monkeypatch,
                                                                     whole) -> None:
    from desktop_crm.domain.importing import reading

    monkeypatch.setattr(reading, "XLSX_IN_MEMORY", 1 << 30 if whole else 0)
    book = openpyxl.Workbook()
    first = book.active
    first.title = "说明"
    first.append(["这一页是说明，不是数据"])
    sheet = book.create_sheet("客户名单")
    sheet.append(["2026年客户名单"])                     # a title merged across the top
    sheet.merge_cells("A1:E1")
    sheet.append(["客户代码", "店铺名称", "联系方式", None, "商圈"])
    sheet.append([None, None, "电话", "手机", None])    # 联系方式 merged over two columns
    sheet.merge_cells("C2:D2")
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    sheet.merge_cells("E2:E3")
    sheet.append([420381104741, "明佳烟酒", "0710-3212345", 13912348866, "文博路商圈"])
    sheet.append(["420381104742", "鑫源超市", None, None, "火车站商圈"])
    path = tmp_path / "客户.xlsx"
    book.save(path)

    source = open_source(path, sheet="客户名单")
    assert source.sheets == ["说明", "客户名单"]
    assert source.headers == ["客户代码", "店铺名称", "电话", "手机", "商圈"]
    assert source.total == 2  # known before reading (for progress, and to choose the bulk path)
    mapping = suggest_mapping("customers", source.headers)
    assert mapping == {"客户代码": "code", "店铺名称": "name", "电话": "phone", "商圈": "area"}
    result = run_import(store, source, ImportOptions("customers", mapping, key="code"))
    assert result.counts["created"] == 2
    assert row_of(store, "420381104741")["phone"] == "0710-3212345"  # a number cell, as text
    with pytest.raises(ReadProblem) as exc:
        open_source(path, sheet="没有这页")
    assert exc.value.code == "sheet" and "客户名单" in str(exc.value)


def test_xls_file(store, tmp_path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    for r, row in enumerate([["code", "name", "phone", "founded"], *[[x[0], x[1], x[2], x[7]] for x in ROWS]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    path = tmp_path / "old.xls"
    book.save(str(path))
    source = open_source(path)
    mapping = {"code": "code", "name": "name", "phone": "phone", "founded": "founded_on"}
    result = run_import(store, source, ImportOptions("customers", mapping, key="code"))
    assert result.counts["created"] == 4, result.problems
    assert row_of(store, "420381104743")["founded_on"] == "2024-05-25"  # Excel serial 45437


# --- bad input ----------------------------------------------------------------------------

def test_required_column_missing_is_refused_before_reading(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", [["1", "13912348866"]], header=["客户代码", "电话"])
    with pytest.raises(MappingProblem) as exc:
        customers_import(store, path, key=None)
    assert exc.value.code == "required_missing" and "客户名称" in str(exc.value)
    assert store.count("customers") == 0
    # updating by code needs no name column; a code not on file is then a new customer
    # without a name, rejected on its own
    result = customers_import(store, path, key="code")
    assert result.counts["rejected"] == 1 and result.problems[0].field == "name"


def test_rows_with_problems_are_rejected_with_line_column_and_reason(store, tmp_path) -> None:
    rows = [
        ["C1", "好店", "12345", "", "", "", "", ""],           # bad phone
        ["C2", "好店2", "", "", "钻石", "", "", ""],            # not a tier
        ["C3", "好店3", "", "", "", "", "很多", ""],            # not a number
        ["C4", "好店4", "", "", "", "", "", "2024/13/45"],      # not a date
        ["C5", "", "13912348866", "", "", "", "", ""],          # no name
        ["C6", "好店6", "", "", "", "", "", ""],                # fine
    ]
    path = write_csv(tmp_path / "c.csv", rows)
    result = customers_import(store, path)
    assert result.counts == {"created": 1, "updated": 0, "unchanged": 0, "skipped": 0, "rejected": 5}
    reasons = {(p.line, p.column, p.code) for p in result.problems}
    assert reasons == {(2, "联系电话", "phone"), (3, "客户等级", "choice"), (4, "资产", "number"),
                       (5, "成立日期", "date"), (6, "店铺名称", "required")}
    saved = result.save_rejected(store, tmp_path / "rejected.csv")
    assert saved == 5
    with open(tmp_path / "rejected.csv", encoding="utf-8-sig") as fh:
        back = list(csv.reader(fh))
    assert back[0] == ["reason", *HEADER]
    assert back[1][1:3] == ["C1", "好店"] and "联系电话" in back[1][0]
    # the rejected file, fixed, imports
    back[1][3] = "13912348866"
    fixed = write_csv(tmp_path / "fixed.csv", [r[1:] for r in back[1:2]])
    assert customers_import(store, fixed).counts["created"] == 1


def test_customer_code_repeated_inside_the_file(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", [ROWS[0], ROWS[1], ROWS[0]])
    result = customers_import(store, path)
    assert result.counts["created"] == 2 and result.counts["rejected"] == 1
    problem = result.problems[0]
    assert (problem.line, problem.code, problem.params["first"]) == (4, "repeated", 2)


def test_row_referring_to_a_customer_that_does_not_exist(store, tmp_path, mingjia) -> None:
    path = write_csv(tmp_path / "contacts.csv",
                     [["420381104741", "王芳", "13700001111"], ["999", "张三", "13700002222"]],
                     header=["客户代码", "姓名", "手机"])
    source = open_source(path)
    mapping = suggest_mapping("contacts", source.headers)
    assert mapping == {"客户代码": "customer_code", "姓名": "name", "手机": "mobile"}
    result = run_import(store, source, ImportOptions("contacts", mapping, key="mobile"))
    assert result.counts["created"] == 1 and result.counts["rejected"] == 1
    assert result.problems[0].code == "customer_missing" and "999" in result.problems[0].message


def test_a_failure_in_the_middle_leaves_the_database_exactly_as_before(store, tmp_path, mingjia) -> None:
    rows = [[f"X{i:05d}", f"店{i}", "", "", "", "", "", ""] for i in range(5000)]
    path = write_csv(tmp_path / "big.csv", rows)
    before = dump(store)
    calls = []

    def cancel_after_first_chunk(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(ImportCancelled):
        customers_import(store, path, progress=cancel_after_first_chunk)
    assert dump(store) == before

    # a database error mid-way (a trigger that fails on the 3000th customer) too
    store.conn.execute(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.customers WHEN new.code = 'X03000' "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        customers_import(store, path)
    store.conn.execute("DROP TRIGGER boom")
    assert dump(store) == before


def test_dry_run_tells_what_would_happen_and_writes_nothing(store, tmp_path, mingjia) -> None:
    path = write_csv(tmp_path / "c.csv", ROWS + [["", "", "bad", "", "", "", "", ""]])
    before = dump(store)
    result = customers_import(store, path, dry_run=True)
    assert dump(store) == before
    # 明佳烟酒 exists with another phone: an update; three new; one bad
    assert result.counts == {"created": 3, "updated": 1, "unchanged": 0, "skipped": 0, "rejected": 1}
    assert result.batch_id is None
    real = customers_import(store, path)
    assert real.counts == result.counts


def test_key_choice_update_create_or_skip(store, tmp_path, mingjia) -> None:
    path = write_csv(tmp_path / "c.csv", [["", "明佳烟酒(新)", "0710-3212345", "新商圈", "", "", "", ""]])
    skipped = customers_import(store, path, key="phone", on_match="skip")
    assert skipped.counts["skipped"] == 1 and store.count("customers") == 1
    updated = customers_import(store, path, key="phone", on_match="update")
    assert updated.counts["updated"] == 1
    assert row_of(store, "420381104741")["area"] == "新商圈"
    created = customers_import(store, path, key="phone", on_match="create")
    assert created.counts["created"] == 1 and store.count("customers") == 2


def test_other_kinds_visits_transactions_members(store, tmp_path, mingjia) -> None:
    visits = write_csv(tmp_path / "v.csv", [["420381104741", "2024/5/25 10:00", "上门拜访", "新品", "2024-06-01"],
                                            ["420381104741", "2024-05-26", "电话", "", "2024-05-01"]],
                       header=["客户代码", "时间", "方式", "目的", "跟进日期"])
    source = open_source(visits)
    result = run_import(store, source, ImportOptions("visits", suggest_mapping("visits", source.headers)))
    assert result.counts["created"] == 1 and result.problems[0].code == "before_visit"
    assert row_of(store, "420381104741")["next_follow_up"] == "2024-06-01"

    sales = write_csv(tmp_path / "t.csv", [["明佳烟酒", "2024-05-25", "¥1,234.50", "2条"],
                                           ["明佳烟酒", "2024年5月26日", "0.5万", "3"]],
                      header=["客户名称", "日期", "金额", "数量"])
    source = open_source(sales)
    mapping = suggest_mapping("transactions", source.headers)
    result = run_import(store, source, ImportOptions("transactions", mapping))
    assert result.counts["created"] == 1 and result.problems[0].column == "数量"
    assert [r["amount"] for r in store.conn.execute("SELECT amount FROM transactions")] == [5000.0]

    members = write_csv(tmp_path / "m.csv", [["420381104741", "VIP001", "2023-01-02", "金卡会员", "1,200"],
                                             ["420381104741", "VIP002", "2023-01-02", "", ""]],
                        header=["客户代码", "会员卡号", "入会日期", "会员等级", "积分余额"])
    source = open_source(members)
    result = run_import(store, source, ImportOptions("members", suggest_mapping("members", source.headers),
                                                     key="card_no"))
    assert result.counts["created"] == 1 and result.problems[0].code == "repeated"
    member = store.conn.execute("SELECT * FROM members").fetchone()
    assert (member["card_no"], member["level"], member["points_balance"]) == ("VIP001", "gold", 1200)


def test_purchases_name_their_customer_by_phone_as_a_till_exports_them(store, tmp_path, customers) -> None:
    wang = customers.create({"name": "王丽", "kind": "individual", "phone": "13911112222"})
    sales = write_csv(tmp_path / "收银.csv", [["王丽", "139 1111 2222", "2024-05-25", "88"],
                                             ["王丽", "13800000000", "2024-05-26", "66"]],
                      header=["姓名", "手机", "日期", "金额"])
    source = open_source(sales)
    mapping = suggest_mapping("transactions", source.headers)
    assert mapping["姓名"] == "customer_name" and mapping["手机"] == "customer_phone"
    result = run_import(store, source, ImportOptions("transactions", mapping))
    # the first by its phone; the second's phone is no one's, its name finds her all the same
    assert result.counts["created"] == 2
    owners = {r[0] for r in store.conn.execute("SELECT customer_id FROM transactions")}
    assert owners == {wang}


def test_mapping_is_remembered_for_next_time(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", [["A1", "店", "x"]], header=["甲栏", "乙栏", "片长"])
    source = open_source(path)
    assert suggest_mapping("customers", source.headers, store) == {}
    mapping = {"甲栏": "code", "乙栏": "name", "片长": ""}
    run_import(store, source, ImportOptions("customers", mapping, key="code"))
    # the same set of headers: the whole mapping again, the column left out included
    assert suggest_mapping("customers", source.headers, store) == mapping
    # another file sharing some headers: each header's last choice
    assert suggest_mapping("customers", ["乙栏", "甲栏", "地址"], store) == {
        "乙栏": "name", "甲栏": "code", "地址": "address"}


def test_the_mapping_made_for_a_set_of_headers_wins_over_recognition(store, tmp_path) -> None:
    """A user who put 电话 into notes for this file gets that again for this file (kept in
    the database's settings, so it goes with the file), and the usual guess for others."""
    path = write_csv(tmp_path / "c.csv", [["A1", "店", "见面谈"]], header=["编码", "名称", "电话"])
    source = open_source(path)
    assert suggest_mapping("customers", source.headers, store)["电话"] == "phone"
    mapping = {"编码": "code", "名称": "name", "电话": "notes"}
    run_import(store, source, ImportOptions("customers", mapping, key="code"))
    assert suggest_mapping("customers", ["编码", "电话", "名称"], store) == mapping
    assert "remembered" not in store.setting("import.mapping.customers")  # plain JSON
    assert suggest_mapping("customers", ["编码", "名称", "电话", "地址"], store)["地址"] == "address"


# --- revert -------------------------------------------------------------------------------

def test_revert_removes_created_rows_and_restores_updated_fields(store, tmp_path, mingjia) -> None:
    before = row_of(store, "420381104741")
    path = write_csv(tmp_path / "c.csv", ROWS)
    result = customers_import(store, path)
    assert result.counts == {"created": 3, "updated": 1, "unchanged": 0, "skipped": 0, "rejected": 0}
    changed = row_of(store, "420381104741")
    assert changed["phone"] == "13912348866" and changed["tier"] == "key"
    plan = revert_plan(store, result.batch_id)
    assert plan.created == {"customer": 3} and plan.updated == 1

    reverted = revert_batch(store, result.batch_id, actor="导入员")
    assert reverted.removed == {"customer": 3} and reverted.kept == 0
    after = row_of(store, "420381104741")
    for col in ("name", "phone", "area", "tier", "assets", "founded_on"):
        assert after[col] == before[col], col
    assert queries.tags_of(store, mingjia) == ["诚信户", "重点户"]
    assert store.count("customers") == 1
    assert [r["name"] for r in store.conn.execute("SELECT name FROM customers")] == ["明佳烟酒"]
    # the search index follows: the removed customers are not found
    assert store.count("search_keys") == 1
    with pytest.raises(RevertError) as exc:
        revert_batch(store, result.batch_id)
    assert exc.value.code == "reverted"


def test_revert_leaves_fields_changed_since_alone(store, tmp_path, mingjia, customers) -> None:
    path = write_csv(tmp_path / "c.csv", [ROWS[0]])
    result = customers_import(store, path)
    customers.update(mingjia, {"tier": "regular"})      # the import set it to key
    reverted = revert_batch(store, result.batch_id)
    assert reverted.kept == 1
    row = row_of(store, "420381104741")
    assert row["tier"] == "regular" and row["phone"] == "0710-3212345"


def test_big_import_indexes_in_bulk_and_the_index_stays_exact(store, tmp_path, mingjia) -> None:
    from desktop_crm.domain import search
    from desktop_crm.storage import search_index

    rows = [[f"B{i:05d}", f"福满烟酒{i}", f"139{i:08d}", "北街商圈", "", "", "", ""] for i in range(2500)]
    result = customers_import(store, write_csv(tmp_path / "big.csv", rows))
    assert result.counts["created"] == 2500
    assert search_index.problems(store.conn) == []
    assert [h.code for h in search.search(store, "福满烟酒1234")] == ["B01234"]
    assert [h.code for h in search.search(store, "mjyj")] == ["420381104741"]
    sort = store.conn.execute("SELECT name_sort FROM customers WHERE code = 'B00007'").fetchone()[0]
    assert sort == "fumanyanjiu 福满烟酒7"
    # the usual per-row path after it still keeps the index in step
    customers_import(store, write_csv(tmp_path / "one.csv", [["C1", "新店", "", "", "", "", "", ""]]))
    assert search_index.problems(store.conn) == []


def test_a_code_repeated_in_another_chunk_of_the_file_is_found(store, tmp_path) -> None:
    rows = [[f"R{i:05d}", f"店{i}", "", "", "", "", "", ""] for i in range(4500)]
    rows.append(["R00001", "又是它", "", "", "", "", "", ""])       # three chunks later
    result = customers_import(store, write_csv(tmp_path / "c.csv", rows), dry_run=True)
    assert result.counts["rejected"] == 1
    assert (result.problems[0].line, result.problems[0].params["first"]) == (4502, 3)


def test_big_files_are_streamed_in_bounded_memory_with_progress(store, tmp_path) -> None:
    """A file five times longer needs about the same memory: rows are read, checked and
    counted chunk by chunk, keys met are kept on disk (what makes a million rows work)."""
    import tracemalloc

    def peak(count: int) -> tuple[int, list[tuple[int, int]]]:
        rows = [[f"M{i:06d}", f"店{i}", f"139{i:08d}", "北街商圈", "", "", "", ""] for i in range(count)]
        path = write_csv(tmp_path / f"{count}.csv", rows)
        calls: list[tuple[int, int]] = []
        tracemalloc.start()
        customers_import(store, path, dry_run=True,
                         progress=lambda done, total: calls.append((done, total)) or True)
        _, high = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return high, calls

    small, _ = peak(4000)
    large, calls = peak(20000)
    assert large < small * 1.6
    assert [done for done, _ in calls] == list(range(2000, 20001, 2000)) + [20000]
    assert all(total == 20000 for _, total in calls)


def test_any_mapped_column_can_be_the_key(store, tmp_path, customers) -> None:
    customers.create({"name": "甲店", "address": "文博路1号", "business_format": "烟酒店"})
    path = write_csv(tmp_path / "k.csv", [["文博路1号", "超市"]], header=["地址", "经营业态"])
    source = open_source(path)
    mapping = suggest_mapping("customers", source.headers)
    result = run_import(store, source, ImportOptions("customers", mapping, key="address"))
    assert result.counts["updated"] == 1
    assert store.conn.execute("SELECT business_format FROM customers").fetchone()[0] == "超市"


def test_member_balances_stay_the_sum_of_their_points(store, tmp_path, mingjia) -> None:
    """A member's balance is its purchases' points plus its points moves (storage/members.py):
    an imported balance is an adjustment, imported purchases move it, revert takes both back."""
    def balance_parts() -> tuple[int, int]:
        balance = store.conn.execute("SELECT points_balance FROM members").fetchone()[0]
        moves = store.conn.execute("SELECT coalesce(sum(points), 0) FROM points_moves").fetchone()[0]
        sales = store.conn.execute(
            "SELECT coalesce(sum(points_earned - points_redeemed), 0) FROM transactions").fetchone()[0]
        return balance, moves + sales

    members = write_csv(tmp_path / "m.csv", [["420381104741", "VIP001", "2023-01-02", "800"]],
                        header=["客户代码", "会员卡号", "入会日期", "积分余额"])
    source = open_source(members)
    first = run_import(store, source, ImportOptions("members", suggest_mapping("members", source.headers), "card_no"))
    assert balance_parts() == (800, 800)
    sales = write_csv(tmp_path / "t.csv", [["420381104741", "2024-05-25", "100", "50", "10"]],
                      header=["客户代码", "日期", "金额", "获得积分", "兑换积分"])
    source = open_source(sales)
    second = run_import(store, source, ImportOptions("transactions", suggest_mapping("transactions", source.headers)))
    assert balance_parts() == (840, 840)
    revert_batch(store, second.batch_id)
    assert balance_parts() == (800, 800)
    revert_batch(store, first.batch_id)
    assert store.count("members") == 0 and store.count("points_moves") == 0


def test_a_members_file_of_people_not_on_file_brings_them_as_customers(store, tmp_path, mingjia) -> None:
    """What a shop owner arrives with: card, name, phone. Members are found by phone, then
    by name; with create_customers the others come in as people, in the same batch."""
    from desktop_crm.domain.search import search
    from desktop_crm.storage import search_index

    rows = [
        ["VIP001", "曾小红", "139 1111 2222", "2023-01-02", "800"],   # new
        ["VIP002", "李娟", "13912348866", "2023-02-03", "100"],       # new (a contact is no customer)
        ["VIP003", "明佳烟酒", "", "2023-03-04", "50"],               # on file, by name
        ["VIP004", "曾小红", "13911112222", "2023-04-05", ""],        # the same new person again
        ["VIP005", "王芳", "12345", "2023-05-06", ""],                # a phone that is not one
    ]
    path = write_csv(tmp_path / "会员.csv", rows, header=["会员卡号", "姓名", "手机", "入会日期", "积分"])
    source = open_source(path)
    mapping = suggest_mapping("members", source.headers)
    assert mapping == {"会员卡号": "card_no", "姓名": "customer_name", "手机": "customer_phone",
                       "入会日期": "joined_on", "积分": "points_balance"}
    options = ImportOptions("members", mapping, "card_no")
    before = dump(store)
    without = run_import(store, source, ImportOptions("members", mapping, "card_no", dry_run=True))
    assert without.counts["created"] == 1 and without.new_customers == 0  # only 明佳烟酒
    assert {p.code for p in without.problems} >= {"customer_missing", "phone"}

    options = ImportOptions("members", mapping, "card_no", create_customers=True)
    dry = run_import(store, source, ImportOptions(**{**options.__dict__, "dry_run": True}))
    assert dump(store) == before
    result = run_import(store, source, options)
    assert (dry.counts, dry.new_customers) == (result.counts, result.new_customers)
    assert result.counts["created"] == 3 and result.new_customers == 2
    assert "2 new customers" in result.summary()
    problems = {p.line: p.code for p in result.problems}
    assert problems == {5: "repeated", 6: "phone"}
    person = store.conn.execute("SELECT * FROM customers WHERE name = '曾小红'").fetchone()
    assert (person["kind"], person["phone"], person["lifecycle"]) == ("individual", "13911112222", "active")
    card = store.conn.execute("SELECT * FROM members WHERE card_no = 'VIP001'").fetchone()
    assert card["customer_id"] == person["id"] and card["points_balance"] == 800
    assert [h.name for h in search(store, "zengxiaohong")] == ["曾小红"]  # a person's reading
    assert search_index.problems(store.conn) == []

    # the phone finds them next time: the same file updates rather than creates
    again = run_import(store, source, options)
    assert again.new_customers == 0 and again.counts["created"] == 0
    # revert takes the members and the customers they brought (the history stays)
    revert_batch(store, result.batch_id)
    assert store.count("members") == 0 and store.count("points_moves") == 0
    assert [r["name"] for r in store.conn.execute("SELECT name FROM customers")] == ["明佳烟酒"]
    assert search_index.problems(store.conn) == []


def test_new_customers_that_look_like_one_on_file_are_flagged(store, tmp_path, mingjia) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ["N1", "明佳烟酒店", "0710-3212345", "北街商圈", "", "", "", ""],   # 明佳烟酒's phone
        ["N2", "明佳烟酒", "", "文博路商圈", "", "", "", ""],               # same name, same area
        ["N3", "明佳烟酒", "", "北街商圈", "", "", "", ""],                 # another area
    ])
    result = customers_import(store, path, dry_run=True)
    assert result.counts["created"] == 3 and result.possible_duplicates == 2
    flagged = {o.line: o.duplicate_of and (o.duplicate_of.reason, o.duplicate_of.name,
                                           o.duplicate_of.code, o.duplicate_of.choice)
               for o in result.outcomes}
    # each has its own new code: created, as the key says, and shown
    assert flagged == {2: ("phone", "明佳烟酒", "420381104741", "create"),
                       3: ("same_name", "明佳烟酒", "420381104741", "create"), 4: None}


def test_an_update_cannot_take_another_customers_code(store, tmp_path, mingjia, customers) -> None:
    customers.create({"code": "C2", "name": "乙店", "phone": "13800001111"})
    taking = write_csv(tmp_path / "c.csv", [["C2", "明佳烟酒", "0710-3212345", "", "", "", "", ""]])
    result = customers_import(store, taking, key="phone")
    assert [(p.line, p.code, p.params["other"]) for p in result.problems] == [(2, "duplicate", "乙店")]
    assert queries.customer_by_code(store, "C2")["name"] == "乙店"
    own = write_csv(tmp_path / "d.csv", [["420381104741", "明佳烟酒", "0710-3212345", "", "", "", "", ""]])
    assert customers_import(store, own, key="phone").counts["unchanged"] == 1  # its own code


def test_a_bad_byte_deep_in_the_file_stops_the_import_with_nothing_written(store, tmp_path,
                                                                          preparing) -> None:
    """Detection reads the first 256 KB; a line in another encoding further on is found while
    importing, named by its line, and the import writes nothing."""
    rows = [[f"D{i:06d}", f"明佳烟酒{i}", "", "", "", "", "", ""] for i in range(12000)]
    path = write_csv(tmp_path / "mixed.csv", rows, "utf-8")
    with open(path, "ab") as fh:
        fh.write("D999999,鑫源超市,,,,,,\n".encode("gbk"))
    before = dump(store)
    with pytest.raises(ReadProblem) as exc:
        customers_import(store, path)
    assert exc.value.code == "encoding" and "line 12002" in str(exc.value)
    assert dump(store) == before
    assert multiprocessing.active_children() == []  # the second process, if any, is gone


def test_excel_unicode_text_utf16_tab_separated(store, tmp_path) -> None:
    """What Excel's "Unicode text" saves: UTF-16 with a BOM, tab-separated."""
    path = tmp_path / "unicode.txt"
    path.write_bytes("客户代码\t店铺名称\t电话\r\nU1\t明佳烟酒\t13912348866\r\n".encode("utf-16"))
    source = open_source(path)
    assert (source.encoding, source.delimiter, source.headers) == ("utf-16", "\t", ["客户代码", "店铺名称", "电话"])
    result = customers_import(store, path)
    assert result.counts["created"] == 1 and row_of(store, "U1")["phone"] == "13912348866"


def test_a_big_file_sets_indexes_aside_and_every_index_is_back_after(store, tmp_path, monkeypatch) -> None:
    from desktop_crm.storage import importing as storage

    monkeypatch.setattr(storage, "BULK_ROWS", 100)  # "big" for this test
    schema = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    indexes = store.conn.execute(schema).fetchall()
    rows = [[f"I{i:05d}", f"兴隆超市{i}", "", "文博路商圈", "主力", "", "", ""] for i in range(300)]
    path = write_csv(tmp_path / "big.csv", rows)

    during = []

    def look_then_cancel(done: int, total: int) -> bool:
        during.append({name for name, _ in store.conn.execute(schema)})
        return done == 0

    with pytest.raises(ImportCancelled):  # set aside, then cancelled: they come back too
        customers_import(store, path, progress=look_then_cancel)
    assert "customers_list_area" not in during[0]
    assert {"customers_name", "customers_list_phone", "sqlite_autoindex_customers_1"} <= during[0]
    assert store.conn.execute(schema).fetchall() == indexes

    assert customers_import(store, path).counts["created"] == 300
    assert store.conn.execute(schema).fetchall() == indexes
    # the list reads through them: the area filter finds the new rows by its index
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM customers WHERE coalesce(area, '') = '文博路商圈' "
        "AND deleted_at IS NULL"))
    assert "customers_list_area" in plan
    assert store.count("customers", area="文博路商圈") == 300
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
