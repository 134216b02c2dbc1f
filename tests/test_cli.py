"""The command line, as a user or a script drives it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop_crm.cli import main


def test_add_show_search_edit(cli) -> None:
    assert cli("add", "code=420381104741", "name=明佳烟酒", "phone=0710-3212345",
               "area=文博路商圈", "business_format=烟酒店")[0] == 0
    assert cli("contact", "420381104741", "name=李娟", "role=店主", "mobile=13912348866",
               "hobbies=下象棋")[0] == 0
    code, out, _ = cli("visit", "420381104741", "channel=visit", "purpose=了解新品需求",
                       "follow_up_due=2099-01-01", "--contact", "李娟")
    assert code == 0 and "visit" in out

    code, out, _ = cli("show", "420381104741", lang="zh")
    assert code == 0
    for text in ("明佳烟酒", "客户名称", "0710-3212345", "文博路商圈", "李娟", "店主", "上门拜访", "了解新品需求"):
        assert text in out

    code, out, _ = cli("search", "mjyj", "--json")
    assert code == 0
    assert [h["code"] for h in json.loads(out)] == ["420381104741"]

    code, out, _ = cli("edit", "420381104741", "tier=主力")
    assert (code, out.strip()) == (0, "1 field(s) changed")
    dossier = json.loads(cli("show", "420381104741", "--json")[1])
    assert dossier["customer"]["tier"] == "key"
    assert dossier["contacts"][0]["hobbies"] == "下象棋"
    assert dossier["open_follow_ups"][0]["follow_up_due"] == "2099-01-01"


def test_validation_error_exit_code_and_message(cli) -> None:
    code, out, err = cli("add", "name=明佳烟酒", "phone=12345")
    assert code == 4
    assert err.strip() == "desktop-crm: phone: '12345' is not a valid Chinese mobile or landline number"
    code, _, err = cli("add", "phone=13912348866")
    assert code == 4 and "Name is required" in err
    code, _, err = cli("add", "name")
    assert code == 2 and "is not FIELD=VALUE" in err


def test_not_found_exit_code(cli) -> None:
    cli("add", "name=明佳烟酒")
    code, _, err = cli("show", "NOPE")
    assert code == 3 and err.strip() == "desktop-crm: There is no customer with code NOPE."


def test_trash_cycle(cli) -> None:
    cli("add", "code=A1", "name=明佳烟酒")
    assert cli("delete", "A1")[0] == 0
    assert "明佳烟酒" not in cli("search", "明佳")[1]
    assert "A1" in cli("trash")[1]
    code, _, err = cli("trash", "purge", "A1")
    assert code == 2 and "--yes" in err
    assert cli("trash", "restore", "A1")[0] == 0
    assert "明佳烟酒" in cli("search", "明佳")[1]
    cli("delete", "A1")
    assert cli("trash", "purge", "A1", "--yes")[0] == 0
    assert cli("show", "A1")[0] == 3


def test_backup_restore_and_check(cli, tmp_path, db_path) -> None:
    cli("add", "code=A1", "name=明佳烟酒")
    code, out, _ = cli("backup", str(tmp_path / "saved"))
    assert code == 0
    saved = next((tmp_path / "saved").iterdir())
    assert str(saved) in out
    cli("add", "code=A2", "name=鑫源超市")
    code, out, _ = cli("restore", str(saved))
    assert code == 0 and "kept as" in out
    assert "鑫源超市" not in cli("search", "鑫源")[1]
    assert cli("check") == (0, f"{db_path}: ok\n", "")


def test_check_reports_problems_with_exit_code_5(cli, db_path) -> None:
    import sqlite3

    cli("add", "code=A1", "name=明佳烟酒")
    raw = sqlite3.connect(db_path)
    raw.execute("DROP TRIGGER customers_search_au")
    raw.execute("UPDATE customers SET name = '鑫源超市'")
    raw.commit()
    raw.close()
    code, out, _ = cli("check")
    assert code == 5
    assert "reindex" in out
    assert cli("reindex")[0] == 0
    assert cli("check")[0] == 0


def test_opening_a_text_file_fails_cleanly(tmp_path, capsys) -> None:
    text = tmp_path / "list.csv"
    text.write_text("a,b\n")
    code = main(["--db", str(text), "search", "x"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "not a SQLite database" in err
    assert text.read_text() == "a,b\n"


def test_database_from_environment(tmp_path, monkeypatch, capsys) -> None:
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("DESKTOP_CRM_DB", str(target))
    assert main(["add", "name=明佳烟酒"]) == 0
    assert target.exists()


def test_console_script_is_installed(tmp_path) -> None:
    # the script pip installed with this interpreter, not another one found on PATH
    exe = Path(sys.executable).parent / "desktop-crm"
    assert exe.exists(), f"{exe} is missing: install the package (pip install -e .)"
    command = [str(exe)]
    db = tmp_path / "x.sqlite3"
    result = subprocess.run(
        [*command, "--db", str(db), "add", "name=明佳烟酒"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run([*command, "--db", str(db), "search", "mjyj"], capture_output=True, text=True)
    assert "明佳烟酒" in result.stdout
