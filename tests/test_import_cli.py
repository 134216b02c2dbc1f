"""The import, export and dedupe commands, as a script drives them."""

from __future__ import annotations

import json

import openpyxl
import pytest


@pytest.fixture
def gbk_file(tmp_path):
    path = tmp_path / "客户.csv"
    path.write_bytes("客户代码,店铺名称,联系电话,商圈\n"
                     "420381104741,明佳烟酒,13912348866,文博路商圈\n"
                     "420381104742,鑫源超市,12345,火车站商圈\n"
                     "420381104743,明佳烟酒店,13912348866,文博路商圈\n".encode("gbk"))
    return path


def test_import_dry_run_then_real_then_revert(cli, gbk_file, tmp_path) -> None:
    cli("add", "name=占位")  # creates the database
    code, out, _ = cli("import", str(gbk_file), "--kind", "customers", "--dry-run")
    assert code == 4 and "dry run, nothing written: 2 created" in out and "line 3: 联系电话" in out
    code, out, _ = cli("import", str(gbk_file), "--key", "客户代码", "--rejected", str(tmp_path / "bad.xlsx"))
    assert code == 4 and "2 created" in out and "batch 1" in out
    rows = list(openpyxl.load_workbook(tmp_path / "bad.xlsx").active.values)
    assert rows[0] == ("reason", "客户代码", "店铺名称", "联系电话", "商圈") and rows[1][1] == "420381104742"
    code, out, _ = cli("search", "明佳", "--json")
    assert {h["name"] for h in json.loads(out)} == {"明佳烟酒", "明佳烟酒店"}

    code, out, _ = cli("dedupe", "scan", "--json")
    assert code == 0 and json.loads(out)[0]["codes"] == ["420381104741", "420381104743"]
    code, out, _ = cli("dedupe", "merge", "420381104741", "420381104743")
    assert code == 0 and "merge 1" in out
    code, out, _ = cli("dedupe", "undo", "1")
    assert code == 0 and "undone" in out

    code, out, _ = cli("import", "batches")
    assert "customers" in out and "done" in out
    code, out, _ = cli("import", "revert", "1")
    assert code == 0 and "removed 2 customers" in out
    code, _, err = cli("import", "revert", "1")
    assert code == 4 and "already reverted" in err


def test_import_members_bringing_their_customers(cli, tmp_path) -> None:
    cli("add", "name=占位")
    path = tmp_path / "会员.csv"
    path.write_text("会员卡号,姓名,手机,入会日期\nVIP001,曾小红,13911112222,2023-01-02\n", encoding="utf-8")
    code, out, _ = cli("import", str(path), "--kind", "members")
    assert code == 4 and "0 created" in out and "there is no customer with phone 13911112222" in out
    code, out, _ = cli("import", str(path), "--kind", "members", "--create-customers", "--json")
    assert code == 0 and (json.loads(out)["created"], json.loads(out)["new_customers"]) == (1, 1)
    code, out, _ = cli("search", "zengxiaohong", "--json")
    assert [h["name"] for h in json.loads(out)] == ["曾小红"]


def test_import_errors_are_one_sentence(cli, tmp_path) -> None:
    cli("add", "name=占位")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = cli("import", str(empty))
    assert code == 4 and "empty" in err and err.count("\n") == 1
    no_name = tmp_path / "n.csv"
    no_name.write_text("电话\n13912348866\n", encoding="utf-8")
    code, _, err = cli("import", str(no_name), "--no-key")
    assert code == 4 and "客户名称" in err


def test_export_commands(cli, tmp_path) -> None:
    cli("add", "code=A1", "name==cmd|' /C calc'!A0", "tier=主力", "tags=重点户")
    code, out, _ = cli("export", "customers", str(tmp_path / "a.csv"), "--columns", "code,name,tier", "--tier", "key",
                       lang="zh")
    assert code == 0 and "1 customers" in out
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1] == "A1,'=cmd|' /C calc'!A0,主力"
    code, _, err = cli("export", "customers", str(tmp_path / "a.pdf"))
    assert code == 2 and ".csv or .xlsx" in err


def test_export_of_a_saved_filter(cli, store, tmp_path) -> None:
    from desktop_crm.domain.campaigns import save_filter
    from desktop_crm.domain.customer_list import CustomerFilter

    cli("add", "code=A1", "name=甲", "tier=主力")
    cli("add", "code=A2", "name=乙", "tier=一般")
    save_filter(store, "主力户", CustomerFilter(tier="key"))
    code, out, _ = cli("export", "call-list", str(tmp_path / "c.csv"), "--saved", "主力户")
    assert code == 0 and "1 customers to call" in out
    code, _, err = cli("export", "call-list", str(tmp_path / "c.csv"), "--saved", "没有")
    assert code == 2 and "no saved filter" in err
