"""``person export`` and ``person erase``, as a shop owner runs them."""

from __future__ import annotations

import json

import pytest

from desktop_crm.storage.db import open_database


@pytest.fixture
def member(cli, db_path):
    open_database(db_path).close()
    assert cli("add", "name=欧阳灵珊", "kind=individual", "code=PR1", "phone=13977001122",
               "address=翠柳街八十八号")[0] == 0
    assert cli("member", "add", "PR1", "CARD77001")[0] == 0
    assert cli("member", "purchase", "CARD77001", "500")[0] == 0


def test_export_then_erase(cli, member, tmp_path, db_path):
    code, out, _ = cli("person", "export", "13977001122", "-o", str(tmp_path / "out"))
    assert code == 0
    (written,) = (tmp_path / "out").glob("person-*.json")
    (pdf,) = (tmp_path / "out").glob("person-*.pdf")
    assert str(written) in out and str(pdf) in out
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for seen in ("Copy of your personal data", "翠柳街八十八号", "CARD77001", "500.00"):
        assert seen in text, seen
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["customer"]["address"] == "翠柳街八十八号" and data["purchases"][0]["amount"] == 500

    code, _, err = cli("person", "erase", "CARD77001")
    assert code == 2 and "--yes" in err
    code, out, _ = cli("person", "erase", "CARD77001", "--yes", lang="zh")
    assert code == 0 and "已删除" in out
    assert "翠柳街八十八号".encode() not in db_path.read_bytes()
    assert cli("person", "export", "CARD77001", "-o", str(tmp_path))[0] == 3  # gone
    with open_database(db_path) as store:
        assert store.conn.execute("SELECT sum(amount) FROM transactions").fetchone()[0] == 500


def test_an_unknown_person(cli, member):
    code, _, err = cli("person", "erase", "NOPE", "--yes")
    assert code == 3 and "NOPE" in err
