"""Import that keeps every column and never doubles the file (issue 14, item 2): headers
recognised by meaning, unmatched columns as new custom fields, unknown staff kept, likely
duplicates with a choice per row. Real CSV files written here, a real SQLite file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.domain.importing import (
    ImportOptions,
    MappingProblem,
    open_source,
    revert_batch,
    run_import,
    suggest_mapping,
)
from desktop_crm.domain.importing.columns import detect_columns, unmatched
from desktop_crm.storage import queries


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


@pytest.mark.parametrize("header, field", [
    ("客户编码", "code"), ("客户代码", "code"), ("编号", "code"), ("ＣＯＤＥ", "code"),
    ("Customer Code", "code"), ("customer_code", "code"),
    ("名称", "name"), ("店名：", "name"), ("零售户名称", "name"), ("姓名", "name"), ("Name*", "name"),
    ("手机号", "phone"), ("联系电话", "phone"), ("Mobile", "phone"), ("电话 (必填)", "phone"),
    ("经营地址", "address"), ("零售户经营地址", "address"), ("Address", "address"),
    ("建档日期", "trading_since"), ("开户日期", "trading_since"), ("Created", "trading_since"),
    ("负责人", "owner"), ("客户经理", "owner"), ("业务员", "owner"), ("Owner:", "owner"),
    ("业态", "business_format"), ("备注", "notes"), ("Remarks", "notes"),
])
def test_a_header_real_exports_use_finds_its_field(header, field) -> None:
    assert suggest_mapping("customers", [header]) == {header: field}


@pytest.mark.parametrize("kind_name, header, field", [
    ("members", "会员卡号", "card_no"), ("members", "入会日期", "joined_on"),
    ("members", "会员姓名", "customer_name"), ("members", "积分", "points_balance"),
    ("transactions", "金额(元)", "amount"), ("transactions", "销售额（万元）", "amount"),
    ("transactions", "Amount (CNY)", "amount"), ("transactions", "消费日期", "occurred_on"),
])
def test_units_in_brackets_and_full_width_forms_do_not_hide_a_header(kind_name, header, field) -> None:
    assert suggest_mapping(kind_name, [header]) == {header: field}


def test_of_two_code_like_columns_the_customer_code_is_the_code() -> None:
    headers = ["专卖许可证号", "客户编码", "会员卡号", "客户名称"]
    mapping = suggest_mapping("customers", headers)
    assert mapping == {"客户编码": "code", "客户名称": "name", "专卖许可证号": "licence_no"}
    assert unmatched(mapping, headers) == ["会员卡号"]


def test_unmatched_columns_become_new_fields_of_the_type_their_values_have(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", ["客户编码", "客户名称", "年销售额(万元)", "档位", "建档", "许可证"], [
        ["C1", "明佳烟酒", "12.5", "8档", "2023/5/6", "420381104741"],
        ["C2", "鑫源超市", "1,200", "8档", "2023/6/1", "420381104742"],
        ["C3", "华联超市", "3", "12档", "2024-01-02", "420381104743"],
        ["C4", "好又多", "", "12档", "", "420381104744"],
    ])
    source = open_source(path)
    mapping = suggest_mapping("customers", source.headers, store)
    new = detect_columns(source, unmatched(mapping, source.headers))
    assert {h: (f.type, f.choices) for h, f in new.items()} == {
        "年销售额(万元)": ("number", ()), "档位": ("choice", ("12档", "8档")),
        "建档": ("date", ()), "许可证": ("text", ())}
    result = run_import(store, source, ImportOptions("customers", mapping, "code", new_fields=new))
    assert result.counts["created"] == 4 and result.new_fields == list(new)
    fields = {f.label: f for f in CustomFieldService(store).fields()}
    assert set(fields) == set(new)
    mingjia = queries.customer_by_code(store, "C1")["id"]
    assert CustomFieldService(store).values(mingjia) == {
        fields["年销售额(万元)"].key: "12.5", fields["档位"].key: "8档",
        fields["建档"].key: "2023-05-06", fields["许可证"].key: "420381104741"}
    # the same file again: recognised, nothing new, nothing changed
    again = suggest_mapping("customers", source.headers, store)
    assert unmatched(again, source.headers) == []
    second = run_import(store, source, ImportOptions("customers", again, "code"))
    assert second.counts["unchanged"] == 4 and second.batch_id is None
    assert len(CustomFieldService(store).fields()) == 4
    # reverting the first import takes its fields away too
    revert_batch(store, result.batch_id)
    assert CustomFieldService(store).fields() == [] and store.count("customers") == 0


def test_a_value_that_does_not_fit_its_new_field_rejects_the_row_by_name(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", ["客户编码", "客户名称", "年销售额"],
                     [["C1", "明佳烟酒", "12"], ["C2", "鑫源超市", "很多"]])
    source = open_source(path)
    from desktop_crm.domain.importing.columns import NewField

    result = run_import(store, source, ImportOptions(
        "customers", suggest_mapping("customers", source.headers), "code",
        new_fields={"年销售额": NewField("年销售额", "number")}, dry_run=True))
    assert result.counts == {"created": 1, "updated": 0, "unchanged": 0, "skipped": 0, "rejected": 1}
    assert [(p.line, p.column, p.code) for p in result.problems] == [(3, "年销售额", "number")]


def test_a_new_field_cannot_take_the_label_of_one_on_file(store, tmp_path) -> None:
    CustomFieldService(store).define("档位", "text")
    path = write_csv(tmp_path / "c.csv", ["客户编码", "客户名称", "档位"], [["C1", "明佳烟酒", "8档"]])
    source = open_source(path)
    # recognised as the field on file
    assert suggest_mapping("customers", source.headers, store)["档位"] == "custom:dang_wei"
    from desktop_crm.domain.importing.columns import NewField

    with pytest.raises(MappingProblem, match="档位"):
        run_import(store, source, ImportOptions("customers", {"客户编码": "code", "客户名称": "name"},
                                                "code", new_fields={"档位": NewField("档位", "text")}))


def test_an_unknown_staff_name_is_created_by_default_not_a_rejected_row(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", ["客户编码", "客户名称", "负责人"],
                     [["C1", "明佳烟酒", "张伟"], ["C2", "鑫源超市", "张伟"], ["C3", "华联超市", "李娜"]])
    source = open_source(path)
    mapping = suggest_mapping("customers", source.headers, store)
    dry = run_import(store, source, ImportOptions("customers", mapping, "code", dry_run=True))
    assert dry.counts["created"] == 3 and dry.counts["rejected"] == 0
    assert dry.unknown_staff == {"张伟": 2, "李娜": 1}
    assert dry.outcomes[0].new_staff == ("张伟",)
    result = run_import(store, source, ImportOptions("customers", mapping, "code"))
    assert result.staff_created == ["张伟", "李娜"]
    zhang = store.find_one("staff", name="张伟")["id"]
    assert queries.customer_by_code(store, "C2")["owner_id"] == zhang
    again = run_import(store, source, ImportOptions("customers", mapping, "code"))
    assert again.counts["unchanged"] == 3 and again.unknown_staff == {}
    revert_batch(store, result.batch_id)
    assert store.count("staff") == 0


def test_an_unknown_staff_name_can_leave_the_owner_empty_or_reject_the_row(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", ["客户编码", "客户名称", "负责人"], [["C1", "明佳烟酒", "张伟"]])
    source = open_source(path)
    mapping = suggest_mapping("customers", source.headers, store)
    result = run_import(store, source, ImportOptions("customers", mapping, "code", unknown_staff="empty"))
    assert result.counts["created"] == 1 and store.count("staff") == 0
    assert queries.customer_by_code(store, "C1")["owner_id"] is None
    strict = run_import(store, source, ImportOptions("customers", mapping, "code", unknown_staff="reject",
                                                     dry_run=True))
    assert [p.code for p in strict.problems] == ["staff"]


NO_CODE = ["客户名称", "联系电话", "经营地址"]
NO_CODE_ROWS = [
    ["明佳烟酒", "13912348866", "文博路18号"],
    ["鑫源超市", "0710-3212345", "火车站路2号"],
    ["华联超市", "", "北街9号"],
]


def test_a_file_without_codes_imported_twice_offers_duplicates_and_does_not_double(store, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", NO_CODE, NO_CODE_ROWS)
    source = open_source(path)
    mapping = suggest_mapping("customers", source.headers, store)
    assert mapping == {"客户名称": "name", "联系电话": "phone", "经营地址": "address"}
    first = run_import(store, source, ImportOptions("customers", mapping))
    assert first.counts["created"] == 3
    dry = run_import(store, source, ImportOptions("customers", mapping, dry_run=True))
    offered = {o.line: o.duplicate_of for o in dry.outcomes}
    assert {line: (d.reason, d.name, d.default, d.choices) for line, d in offered.items()} == {
        2: ("phone", "明佳烟酒", "update", ("update", "create", "skip")),
        3: ("phone", "鑫源超市", "update", ("update", "create", "skip")),
        4: ("same_name", "华联超市", "update", ("update", "create", "skip"))}
    assert offered[2].code == queries.customer_by_code(store, offered[2].code)["code"]
    assert dry.counts["unchanged"] == 3 and dry.possible_duplicates == 3
    second = run_import(store, source, ImportOptions("customers", mapping))
    assert store.count("customers") == 3 and second.counts["unchanged"] == 3
    # a choice per row: create this one anyway, skip that one; or one choice for all
    third = run_import(store, source, ImportOptions("customers", mapping, duplicates={2: "create", 3: "skip"}))
    assert (third.counts["created"], third.counts["skipped"], third.counts["unchanged"]) == (1, 1, 1)
    assert store.count("customers") == 4
    skip_all = run_import(store, source, ImportOptions("customers", mapping, on_duplicate="skip", dry_run=True))
    assert skip_all.counts["skipped"] == 3


def test_likely_duplicates_follow_the_new_customer_forms_rules(store, tmp_path, customers) -> None:
    customers.create({"code": "K1", "name": "明佳烟酒", "phone": "13912348866", "area": "文博路商圈"})
    customers.create({"code": "K2", "name": "王芳", "kind": "individual", "phone": "13800001111"})
    path = write_csv(tmp_path / "c.csv", ["客户名称", "联系电话", "商圈"], [
        ["名家烟酒", "", "文博路商圈"],         # reads the same (mingjia yanjiu): shown, created
        ["王芳", "13700002222", ""],            # same name, another phone: another person
        ["新店", "13912348866", ""],            # 明佳烟酒's phone under another name: shown
        ["鑫源超市", "13500003333", ""],        # new
        ["鑫源超市", "13500003333", ""],        # the row above again: skipped
        ["明佳烟酒", "", "北街商圈"],           # same name in another area: a chain, new
    ])
    source = open_source(path)
    result = run_import(store, source, ImportOptions(
        "customers", suggest_mapping("customers", source.headers, store), dry_run=True))
    seen = {o.line: o.duplicate_of and (o.duplicate_of.reason, o.duplicate_of.line or o.duplicate_of.code,
                                         o.duplicate_of.choice) for o in result.outcomes}
    assert seen == {2: ("same_pinyin", "K1", "create"), 3: None, 4: ("phone", "K1", "create"),
                    5: None, 6: ("phone", 5, "skip"), 7: None}


def test_the_duplicate_check_reads_many_rows_with_few_queries(store, tmp_path, customers) -> None:
    """Indexed by phone, name and reading, a chunk at a time: the statements run do not
    grow with the rows (a per-row lookup would run thousands)."""
    for i in range(50):
        customers.create({"name": f"老店{i}号", "phone": f"1391234{i:04d}"})
    rows = [[f"老店{i}号", f"1391234{i:04d}", ""] for i in range(1500)]
    path = write_csv(tmp_path / "c.csv", NO_CODE, rows)
    source = open_source(path)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    result = run_import(store, source, ImportOptions(
        "customers", suggest_mapping("customers", source.headers, store), dry_run=True))
    store.conn.set_trace_callback(None)
    assert result.counts["unchanged"] == 50 and result.counts["created"] == 1450
    assert len(statements) < 100, len(statements)
