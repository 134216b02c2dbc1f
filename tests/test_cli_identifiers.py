"""Identifiers through the command line: listed by `fields`, set by `add` and `edit`, shown
by `show` (the resident ID masked for a rep's login), found by `search`, and imported from a
CSV another system exported (GBK, its own headers), a clash rejected as a row problem that
names the other customer."""

from __future__ import annotations

import csv
import json

from stdnum.cn import ric, uscc

from desktop_crm.storage.db import now, now_number, open_database


def credit_code(first17: str) -> str:
    return first17 + uscc.calc_check_digit(first17 + "0")


def resident_id(first17: str) -> str:
    return first17 + ric.calc_check_digit(first17 + "0")


USCC = credit_code("91350100M000100Y4")
USCC_2 = credit_code("92350102MA2Y7K3F0")
USCC_3 = credit_code("93350103MA2Y7K3F1")
RID = resident_id("35010219800101123")


def test_fields_add_edit_show_search(cli, db_path) -> None:
    code, out, _ = cli("fields")
    assert code == 0
    for name, label in (("uscc", "Unified social credit code"), ("resident_id", "Resident ID number"),
                        ("licence_no", "Tobacco retail licence number"), ("tax_id", "Tax ID")):
        assert any(line.split()[:1] == [name] and label in line for line in out.splitlines())
    code, out, _ = cli("fields", lang="zh")
    assert "统一社会信用代码" in out and "居民身份证号" in out and "烟草专卖零售许可证号" in out

    assert cli("add", "code=C1", "name=明佳烟酒", f"uscc={USCC.lower()}",
               "licence_no=350102100023")[0] == 0
    code, _, err = cli("add", "code=C2", "name=鑫源烟酒", f"uscc={USCC}")
    assert code == 4
    assert err.strip() == (f"desktop-crm: uscc: credit code {USCC} is already used by 明佳烟酒 (C1)")
    code, _, err = cli("add", "code=C2", "name=鑫源烟酒", f"uscc={USCC[:-1]}0")
    assert code == 4 and f"the check character of the credit code is wrong: expected {USCC[-1]}" in err
    assert cli("add", "code=C2", "name=鑫源烟酒", "kind=individual")[0] == 0
    code, out, _ = cli("edit", "C2", f"resident_id={RID}", "tax_id=" + RID + "01")
    assert (code, out.strip()) == (0, "2 field(s) changed")

    code, out, _ = cli("show", "C1")
    assert USCC in out and "350102100023" in out
    shown = json.loads(cli("show", "C2", "--json")[1])
    assert shown["customer"]["resident_id"] == RID  # the file's own user
    code, out, _ = cli("search", USCC, "--json")
    assert [h["code"] for h in json.loads(out)] == ["C1"]
    code, out, _ = cli("search", RID, "--json")
    assert [h["code"] for h in json.loads(out)] == ["C2"]

    with open_database(db_path) as store:  # the file connected as a rep's
        store.conn.execute("INSERT INTO sync_state (id, url, login, role, connected_at) "
                           "VALUES (1, 'postgresql://server/crm', 'li', 'rep', ?)", (now(),))
    code, out, _ = cli("show", "C2")
    assert "350102********1233"[:6] in out and RID not in out
    assert json.loads(cli("show", "C2", "--json")[1])["customer"]["resident_id"] == (
        RID[:6] + "*" * 8 + RID[-4:])


def test_import_of_another_systems_export(cli, store, tmp_path) -> None:
    store.conn.execute("INSERT INTO customers (code, name, uscc, created_at, updated_at) "
                       "VALUES ('C9', '老客户', ?, ?, ?)", (USCC, now_number(), now_number()))
    path = tmp_path / "零售户信息.csv"
    rows = [
        ["序号", "客户名称", "联系电话", "经营地址", "统一社会信用代码", "身份证号码", "许可证号", "税号"],
        ["1", "福旺便利店", "13912348866", "福州市鼓楼区杨桥路1号", USCC_2, RID, "350102100011", ""],
        ["2", "鑫源烟酒", "13912348867", "福州市台江区", USCC, "", "350103200012", ""],
        ["3", "福旺二店", "13912348868", "", USCC_2.lower(), "", "", ""],
        ["4", "坏码店", "13912348869", "", USCC_3[:-1] + "0", "", "", ""],
        ["5", "好码店", "13912348870", "", f"{USCC_3[:9]} {USCC_3[9:]}", "", "350104 1 00013",
         "110105123456789"],
    ]
    with path.open("w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows(rows)
    code, out, _ = cli("import", str(path), "--json")
    result = json.loads(out)
    assert (result["created"], result["rejected"]) == (2, 3), out
    problems = {p["line"]: p["message"] for p in result["problems"]}
    assert problems == {
        3: f"credit code {USCC} is already used by 老客户 (C9)",
        4: f"credit code {USCC_2} appears again in this file (first at line 2); keep one of the rows",
        5: f"the check character of the credit code is wrong: expected {USCC_3[-1]}",
    }
    got = {r["name"]: tuple(r)[1:] for r in store.conn.execute(
        "SELECT name, uscc, resident_id, licence_no, tax_id FROM customers WHERE code != 'C9'")}
    assert got == {"福旺便利店": (USCC_2, RID, "350102100011", None),
                   "好码店": (USCC_3, None, "350104100013", "110105123456789")}
    # the same file again, matched on the credit code: the customers are updated, not clashed
    code, out, _ = cli("import", str(path), "--key", "uscc", "--json")
    again = json.loads(out)
    assert (code, again["rejected"]) == (4, 2)  # the repeat and the bad check character again
    assert (again["created"], again["updated"] + again["unchanged"]) == (0, 3), out
