"""`desktop-crm publish`: a single-user file becomes the team's data; a second file is merged
in by code and by the duplicate rules, with a report; publishing again makes no duplicate."""

from __future__ import annotations

import sqlite3

import psycopg

from tests.sync.cli import address, crm, ok


def names_in(path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM customers")]
    finally:
        conn.close()
    assert len(names) == len(set(names)), f"a customer twice in {path.name}: {sorted(names)}"
    return set(names)


def server_customers(team) -> dict[str, dict]:
    with psycopg.connect(team.owner_url) as conn:
        rows = conn.execute("SELECT data FROM crm.records WHERE kind = 'customer' "
                            "AND NOT deleted").fetchall()
    names = [r[0]["name"] for r in rows]
    assert len(names) == len(set(names)), f"a customer twice on the server: {sorted(names)}"
    return {r[0]["name"]: r[0] for r in rows}


def test_publish_a_file_then_merge_a_second_one(tmp_path, team) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    ok(first, "add", "code=C001", "name=明佳烟酒", "phone=0710-3600001")
    ok(first, "add", "code=C002", "name=红旗超市")
    ok(first, "add", "name=张三便利店", "phone=13800000001")          # no code: C000001
    ok(first, "visit", "C001", "channel=visit", "purpose=例行拜访", "occurred_at=2026-12-01 10:00")

    done = crm(first, "publish", address(team, "wang"), "--user", "wang")
    assert done.code == 7 and "needs an administrator's login; wang is a rep" in done.err
    report = ok(first, "publish", address(team, "boss"), "--user", "boss", "--json").json()
    assert [a["name"] for a in report["added"]] == ["明佳烟酒", "红旗超市", "张三便利店"]
    assert report["matched_by_code"] == report["matched_by_rule"] == []
    assert report["sync"]["pushed"] >= 4
    assert set(server_customers(team)) == {"明佳烟酒", "红旗超市", "张三便利店"}

    # the same file again (disconnected first): every record is there already
    ok(first, "disconnect")
    report = ok(first, "publish", address(team, "boss"), "--user", "boss", "--json").json()
    assert report["published_before"] == 3 and report["added"] == []
    assert len(server_customers(team)) == 3

    # made-up codes count from the highest C-number: C001, C002, then C000003
    ok(second, "add", "code=C001", "name=明佳烟酒行", "address=襄阳市人民路1号")  # by code
    ok(second, "add", "name=张三 便利店", "phone=138 0000 0001")  # C000002; the phone says who
    ok(second, "add", "name=李四烟酒")          # C000003 too, but another shop: a new code
    ok(second, "add", "code=HQ-9", "name=红旗超市")           # the same name, another code
    ok(second, "add", "code=N01", "name=新华书店")
    ok(second, "visit", "C000002", "channel=visit", "purpose=送货", "occurred_at=2026-12-02 09:00")
    done = ok(second, "publish", address(team, "boss"), "--user", "boss")
    assert "1 customers matched by code:\n  C001 明佳烟酒行  =  C001 明佳烟酒\n" in done.out
    assert ("2 customers matched by the duplicate rules:\n  C000002 张三 便利店  =  C000003 张三便利店"
            "\n  HQ-9 红旗超市  =  C002 红旗超市\n") in done.out
    assert "2 customers added:\n  C000004 李四烟酒\n  N01 新华书店\n" in done.out
    assert "(李四烟酒: code C000003 is another customer's in the team, now C000004)" in done.out
    # what both files fill in differently waits for a decision (name_sort: see NOTES)
    differ = {(c["field"], c["mine"], c["theirs"])
              for c in ok(second, "conflicts", "list", "--json").json() if c["field"] != "name_sort"}
    assert differ == {("name", "明佳烟酒行", "明佳烟酒"), ("name", "张三 便利店", "张三便利店")}

    team_now = server_customers(team)
    assert set(team_now) == {"明佳烟酒", "红旗超市", "张三便利店", "李四烟酒", "新华书店"}
    assert team_now["明佳烟酒"]["address"] == "襄阳市人民路1号"  # filled in from the second file
    assert team_now["李四烟酒"]["code"] == "C000004"
    # the second file's matched customers now carry the team's codes, their visits follow
    card = ok(second, "show", "C000003", "--json").json()
    assert card["customer"]["name"] in ("张三便利店", "张三 便利店")
    assert [v["purpose"] for v in card["visits"]] == ["送货"]
    assert ok(second, "show", "C002", "--json").json()["customer"]["name"] == "红旗超市"
    # the first file receives the second one's customers and visits, no duplicates
    ok(first, "sync")
    assert names_in(first) == {"明佳烟酒", "红旗超市", "张三便利店", "李四烟酒", "新华书店"}
    visits = ok(first, "show", "C000003", "--json").json()["visits"]
    assert sorted(v["purpose"] for v in visits) == ["送货"]
