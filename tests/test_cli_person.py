"""``person export`` and ``person erase``, as a shop owner runs them."""

from __future__ import annotations

import json
import re

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


def _pdf_text(folder) -> str:
    from pypdf import PdfReader

    (pdf,) = folder.glob("person-*.pdf")
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


@pytest.fixture
def with_ways(cli, db_path):
    """A member with a contact card holding three ways (two mobiles, one of them preferred,
    and an email) and an organisation with a contact of its own; the member has a QQ too."""
    from desktop_crm.domain.contact_ways import ContactWayService
    from desktop_crm.domain.contacts import ContactService
    from desktop_crm.domain.customers import CustomerService

    with open_database(db_path) as store:
        member = CustomerService(store, "店长").create(
            {"code": "PR2", "name": "欧阳灵珊", "kind": "individual", "phone": "13977001122"})
        card = ContactService(store, "店长").create(
            member, {"name": "欧阳灵珊", "role": "self", "mobile": "13977003344", "is_primary": 1})
        ways = ContactWayService(store, "店长")
        ways.add(member, card, {"type": "mobile", "value": "13977005566", "label": "单位"})
        ways.add(member, card, {"type": "email", "value": "lingshan@example.com"})
        ways.add(member, None, {"type": "qq", "value": "77001122"})
        ways.make_preferred(ways.add(member, None, {"type": "mobile", "value": "13977007788"}))
        company = CustomerService(store, "店长").create({"code": "ORG2", "name": "明佳烟酒"})
        ContactService(store, "店长").create(company, {"name": "李娟", "mobile": "13912348866",
                                                     "wechat": "lijuan_88"})


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ways_and_flags_read_as_words(cli, with_ways, tmp_path, lang):
    """Each way to reach the person is a line of words — its type as the app names it, the
    value, its label and "preferred" — and a flag is yes or no: never the stored list of
    dicts nor a bare 1 (the JSON beside it keeps the stored values)."""
    assert cli("person", "export", "PR2", "-o", str(tmp_path / "m"), lang=lang)[0] == 0
    assert cli("person", "export", "13912348866", "-o", str(tmp_path / "c"), lang=lang)[0] == 0
    member, contact = _pdf_text(tmp_path / "m"), _pdf_text(tmp_path / "c")
    zh = lang == "zh"
    for text in (member, contact):
        for raw in ("[{", "{'", "'type'", "'value'", "'preferred'"):
            assert raw not in text, raw
        assert not re.search(r"\bways\b", text)  # the key, as a label
    want = [
        "联系方式" if zh else "Ways to reach",
        "手机 13977003344（首选）" if zh else "Mobile 13977003344 (preferred)",
        "手机 13977005566（单位）" if zh else "Mobile 13977005566 (单位)",
        "邮箱 lingshan@example.com（首选）" if zh else "Email lingshan@example.com (preferred)",
        # the member's own ways, which the copy did not list at all
        "手机 13977007788（首选）" if zh else "Mobile 13977007788 (preferred)",
        "QQ 77001122（首选）" if zh else "QQ 77001122 (preferred)",
        "主要联系人是" if zh else "Primary contactYes",
        # the change history names a way's fields as the dossier does, its flag as yes/no
        "首选否是" if zh else "PreferredNoYes",
    ]
    flat = member.replace("\n", "").replace(" ", "")
    for seen in want:
        assert seen.replace(" ", "") in flat, seen
    assert ("主要联系人1" if zh else "Primary contact1") not in flat
    # the contact of an organisation: their ways and "not the primary contact"
    flat = contact.replace("\n", "").replace(" ", "")
    for seen in ("手机 13912348866（首选）" if zh else "Mobile 13912348866 (preferred)",
                 "微信 lijuan_88（首选）" if zh else "WeChat lijuan_88 (preferred)",
                 "主要联系人否" if zh else "Primary contactNo"):
        assert seen.replace(" ", "") in flat, seen
    (written,) = (tmp_path / "m").glob("person-*.json")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["contacts"][0]["is_primary"] == 1
    assert {"type": "qq", "value": "77001122", "label": None, "preferred": 1} in data["ways"]
