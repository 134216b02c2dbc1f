"""The command line speaks the user's language: Chinese under a Chinese locale (LANG), its
messages, headings, help and argparse's own words with it, and English otherwise."""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parent.parent / "desktop_crm" / "cli"


def run(db: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "desktop_crm", "--db", str(db), *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def shop(db_path: Path) -> Path:
    from desktop_crm.domain.customers import CustomerService
    from desktop_crm.domain.interactions import InteractionService
    from desktop_crm.storage.db import open_database

    with open_database(db_path) as store:
        cid = CustomerService(store, "测试员").create({"code": "420381104741", "name": "明佳烟酒"})
        InteractionService(store, "测试员").log_visit(cid, {
            "occurred_at": (date.today() - timedelta(days=10)).isoformat(),
            "channel": "visit", "purpose": "了解新品需求", "next_step": "回访",
            "follow_up_due": (date.today() - timedelta(days=3)).isoformat()})
    return db_path


def test_a_chinese_locale_gets_a_chinese_command_line(shop: Path) -> None:
    done = run(shop, "zh_CN.UTF-8", "--help")
    assert done.returncode == 0
    assert done.stdout.startswith("用法：desktop-crm")
    assert "显示此帮助并退出" in done.stdout and "按代码、名称、拼音、电话、地址……查找客户" in done.stdout

    agenda = run(shop, "zh_CN.UTF-8", "agenda").stdout
    assert agenda.splitlines()[0] == "已逾期 (1)" and "今天 (0)" in agenda and "Overdue" not in agenda

    show = run(shop, "zh_CN.UTF-8", "show", "420381104741").stdout
    assert "客户名称" in show and "拜访记录" in show

    assert run(shop, "zh_CN.UTF-8", "search", "不存在的店").stdout == "没有匹配的客户\n"
    refused = run(shop, "zh_CN.UTF-8", "trash", "restore")
    assert refused.stderr == "desktop-crm: trash restore 需要客户代码\n"
    missing = run(shop, "zh_CN.UTF-8", "search")
    assert missing.returncode == 2 and "缺少以下参数：query" in missing.stderr


def test_any_other_locale_gets_english(shop: Path) -> None:
    done = run(shop, "en_US.UTF-8", "--help")
    assert done.stdout.startswith("usage: desktop-crm") and "show this help message and exit" in done.stdout
    agenda = run(shop, "en_US.UTF-8", "agenda").stdout
    assert agenda.splitlines()[0] == "Overdue (1)"
    show = run(shop, "en_US.UTF-8", "show", "420381104741").stdout
    assert "Name" in show and "客户名称" not in show
    assert run(shop, "en_US.UTF-8", "search", "不存在的店").stdout == "no customer matches\n"


def test_lang_option_wins_over_the_locale(shop: Path) -> None:
    assert run(shop, "en_US.UTF-8", "--lang", "zh", "search", "无").stdout == "没有匹配的客户\n"
    assert run(shop, "zh_CN.UTF-8", "--lang", "en", "search", "无").stdout == "no customer matches\n"


SYNC = CLI.parent / "sync"
SENTENCES = ("ServerError", "PasswordNeeded", "Sentence")  # sync's sentences for the user


def calls(paths: list[Path], names: tuple[str, ...]) -> list[ast.Call]:
    return [node for path in paths
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in names and node.args]


def test_every_message_has_its_chinese() -> None:
    from desktop_crm.cli.zh_cn import WORDS

    said = [c.args[0].value for c in calls(sorted(CLI.glob("*.py")), ("_",))
            if isinstance(c.args[0], ast.Constant)]
    assert len(said) > 150
    described = [importlib.import_module(f"desktop_crm.cli.{path.stem}").__doc__.split("\n\n")[1]
                 for path in sorted(CLI.glob("*.py"))
                 if '_(__doc__.split("\\n\\n")[1])' in path.read_text(encoding="utf-8")]
    assert len(described) >= 3
    said += described
    below = calls(sorted(SYNC.glob("*.py")), SENTENCES)
    assert len(below) > 20
    said += [c.args[0].value for c in below if isinstance(c.args[0], ast.Constant)]
    assert sorted({text for text in said if text not in WORDS}) == []
    fields = {text: text.count("{") for text in said}
    assert [text for text in said if WORDS[text].count("{") != fields[text]] == []


def test_sync_writes_its_sentences_with_named_fields() -> None:
    """An f-string or a sum of strings cannot be looked up in cli/zh_cn.py: the command line
    would print it in English."""
    made = [ast.unparse(c.args[0]) for c in calls(sorted(SYNC.glob("*.py")), SENTENCES)
            if isinstance(c.args[0], (ast.JoinedStr, ast.BinOp))]
    assert made == []


def test_every_synced_kind_and_role_has_its_chinese() -> None:
    from desktop_crm.cli.zh_cn import TERMS
    from desktop_crm.storage.sync_tables import TABLES
    from desktop_crm.sync import ROLES

    assert [name for name in [t.kind for t in TABLES] + list(ROLES) if name not in TERMS] == []


def test_the_server_command_speaks_chinese(db_path: Path) -> None:
    helped = run(db_path, "zh_CN.UTF-8", "server", "--help").stdout
    assert "由团队的管理员运行" in helped
    assert "为某人开设团队服务器账号" in helped
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    refused = subprocess.run(
        [sys.executable, "-m", "desktop_crm", "--db", str(db_path), "server", "add-user", "li.na",
         "--url", "postgresql://nobody@127.0.0.1:1/crm", "--staff", "李娜", "--role", "rep"],
        capture_output=True, text=True, env={**env, "LANG": "zh_CN.UTF-8"}, stdin=subprocess.DEVNULL,
        timeout=120)
    assert refused.stderr == "desktop-crm: 没有可询问密码的终端：请用 --password-stdin 传入密码。\n"
