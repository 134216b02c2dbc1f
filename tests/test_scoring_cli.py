"""``desktop-crm score`` and ``score show CODE`` as a user runs them."""

from __future__ import annotations

import json

import pytest

from desktop_crm.storage.db import open_database


def test_score_then_show_explains_the_value(cli, db_path) -> None:
    assert cli("add", "code=420381104741", "name=明佳烟酒", "relationship=partner")[0] == 0
    assert cli("add", "code=420381104742", "name=鑫源超市")[0] == 0
    store = open_database(db_path)
    cid = store.find_one("customers", code="420381104741")["id"]
    for month in range(1, 7):
        store.insert("transactions", {"customer_id": cid, "occurred_on": f"2026-{month:02d}-05",
                                      "amount": 30_000.0, "gross_profit": 3_000.0})
    store.close()

    assert cli("score", "show", "420381104741") == (
        3, "", "desktop-crm: nothing is scored yet; run 'desktop-crm score' first\n")
    code, out, _ = cli("score", "--as-of", "2026-07-01")
    assert code == 0 and "2 customers scored as of 2026-07-01" in out

    code, out, _ = cli("score", "show", "420381104741", lang="zh")
    assert code == 0
    assert "明佳烟酒" in out and "2026-07-01" in out
    assert "高价值·加大投入" in out and "建议等级" in out and "主力" in out  # 180,000 a year
    assert "毛利额(近12月)" in out and "18,000" in out and "合计" in out

    code, out, _ = cli("score", "show", "420381104741", "--json")
    data = json.loads(out)
    total = sum(line["contribution"] for line in data["breakdown"])
    assert total == pytest.approx(data["scores"]["value"])
    assert [line["weight"] for line in data["breakdown"]][0] == pytest.approx(0.3251, abs=5e-5)


def test_score_errors_are_one_sentence(cli) -> None:
    assert cli("score", "--as-of", "2026-13-01")[0] == 2
    code, _, err = cli("score", "show")
    assert code == 2 and "needs a customer code" in err
    cli("add", "code=420381104741", "name=明佳烟酒")
    code, _, err = cli("score", "show", "999")
    assert code == 3
