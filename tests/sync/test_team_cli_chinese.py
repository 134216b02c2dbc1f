"""The team commands under a Chinese locale (LANG=zh_CN.UTF-8): their own sentences, table
headings and help, and the sentences the team server's errors make below the command line,
all in Chinese; no English sentence left."""

from __future__ import annotations

import re

import psycopg

from tests.sync.cli import address, crm, ok
from desktop_crm.sync.server import SCHEMA_VERSION as N  # the app's server schema

ZH = "zh_CN.UTF-8"


def english(text: str) -> list[str]:
    """Runs of two or more English words, commands in `backticks` left out."""
    return re.findall(r"[A-Za-z]{2,}(?: [A-Za-z]{2,})+", re.sub(r"`[^`]*`", "", text))


def zh(path, *args: str, **kw):
    done = crm(path, *args, locale=ZH, **kw)
    assert english(done.out) == [] and english(done.err) == [], (done.out, done.err)
    return done


def test_the_team_commands_speak_chinese(tmp_path, team, pg_cluster) -> None:
    wang, chen = tmp_path / "wang.sqlite3", tmp_path / "chen.sqlite3"
    dead = f"postgresql://wang@127.0.0.1:{pg_cluster.port + 1}/{team.dbname}?connect_timeout=3"
    done = crm(wang, "connect", dead, "--user", "wang", locale=ZH)
    assert done.code == 7 and done.err.startswith(
        "desktop-crm: 无法连接到团队服务器；请检查地址和网络后重试（")  # libpq's own words follow
    assert "Could not" not in done.err
    done = zh(wang, "connect", address(team, "wang"), "--user", "wang", password="wrong one")
    assert (done.code, done.err) == (7, "desktop-crm: 服务器拒绝了账号或密码；请与管理员核对。\n")

    done = zh(wang, "connect", address(team, "wang"), "--user", "wang")
    assert done.out.startswith(f"此文件已连接到 wang@127.0.0.1:{pg_cluster.port}/{team.dbname}"
                               "（客户经理）。请运行 `desktop-crm sync`")
    ok(chen, "connect", address(team, "chen"), "--user", "chen")
    ok(wang, "sync")
    ok(wang, "add", "code=C001", "name=明佳烟酒", "owner=王敏", "phone=0710-3600001")
    assert "已与 wang@" in zh(wang, "sync").out
    ok(chen, "sync")
    ok(wang, "edit", "C001", "phone=0710-3600002")
    ok(chen, "edit", "C001", "phone=0710-3600003")
    ok(wang, "sync")
    assert "有 1 个新冲突等待您决定：`desktop-crm conflicts list`。" in zh(chen, "sync").out

    ok(chen, "add", "code=C002", "name=红旗超市", "owner=陈经理")  # waits for the next sync
    status = zh(chen, "sync", "status").out.splitlines()
    assert status[0] == f"服务器      chen@127.0.0.1:{pg_cluster.port}/{team.dbname}"
    assert status[1] == "账号        chen（主管）"
    assert status[2].startswith("上次同步    20") and "（检查点 " in status[2]
    assert status[3:] == ["待同步      1 项更改：客户 1 项", "冲突        1 个待决定"]

    listed = zh(chen, "conflicts", "list").out.splitlines()
    assert listed[0].split() == ["编号", "记录", "字段", "本机的值", "团队的值", "修改人"]
    assert listed[1].split()[1:] == ["客户", "C001", "明佳烟酒", "电话", "0710-3600003",
                                     "0710-3600002", "wang"]
    conflict = listed[1].split()[0]
    shown = zh(chen, "conflicts", "show", conflict).out
    assert "字段       电话" in shown and "团队       0710-3600002（wang 修改于 " in shown
    done = zh(chen, "conflicts", "resolve", conflict, "--theirs")
    assert done.out.startswith(f"冲突 {conflict} 已决定：保留团队的值。")
    assert zh(chen, "conflicts", "list").out == "没有等待决定的冲突。\n"

    with psycopg.connect(team.owner_url) as conn:
        conn.execute("UPDATE crm.schema_version SET version = %s", (N + 1,))
    done = zh(chen, "sync")
    assert (done.code, done.err) == (7, f"desktop-crm: 团队服务器的数据库结构是版本 {N + 1}，比本程序所知的"
                                        f"（{N}）更新：请安装团队使用的新版 desktop-crm。\n")


def test_the_team_commands_help_in_chinese(tmp_path) -> None:
    alone = tmp_path / "alone.sqlite3"
    helped = crm(alone, "connect", "--help", locale=ZH).out
    assert "没有终端时，与所有 libpq 工具一样，取自 PGPASSWORD" in helped
    assert "您在服务器上的账号" in helped
    assert "等待决定的冲突" in crm(alone, "conflicts", "--help", locale=ZH).out
    assert "需管理员账号" in crm(alone, "--help", locale=ZH).out
    ok(alone, "add", "code=C001", "name=明佳烟酒")
    assert zh(alone, "sync", "status").out == "此文件没有连接团队服务器（独立使用）。\n"
    done = zh(alone, "sync")
    assert (done.code, done.err) == (
        2, "desktop-crm: 此文件没有连接团队服务器：请先运行 `desktop-crm connect 地址 --user 账号`。\n")
