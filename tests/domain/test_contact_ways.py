"""Ways to reach a customer or contact (issue 18, part 3): the migration of a file made
before them, validation per type, the old columns kept as the preferred way, search by every
way, an import from another system's export, the person's export and erase. A real file."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3 as plain_sqlite3
from pathlib import Path

import pytest

from desktop_crm.domain.contact_ways import ContactWayService, check_way
from desktop_crm.domain.dossier import history
from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.domain.person_rights import Person, PersonRights
from desktop_crm.domain.search import search
from desktop_crm.domain.validation import FieldProblem, ValidationError
from desktop_crm.storage import search_index
from desktop_crm.storage.db import open_database
from desktop_crm.storage.sync_tables import WAS_CONNECTED

BEFORE = Path(__file__).parent.parent / "fixtures" / "before-ways-224254d.sqlite3"


def ways_of(store, customer_id):
    return [(w.contact_name, w.type, w.value, w.preferred)
            for w in ContactWayService(store, "t").of_dossier(customer_id)]


def test_a_file_made_before_ways_has_its_phones_wechat_and_emails_as_preferred_ways(tmp_path):
    # made by the code at 224254d (main before this branch): 明佳烟酒 with a mobile and a
    # contact holding mobile, landline, WeChat and email; 老街杂货 a landline; one without
    path = tmp_path / "old.sqlite3"
    shutil.copy(BEFORE, path)
    store = open_database(path)
    try:
        mingjia = store.find_one("customers", code="C000001")["id"]
        assert ways_of(store, mingjia) == [
            (None, "mobile", "13812345678", True),
            ("王丽娟", "mobile", "13987654321", True),
            ("王丽娟", "landline", "021-55556666", True),
            ("王丽娟", "wechat", "lijuan_w", True),
            ("王丽娟", "email", "lijuan@example.com", True),
        ]
        laojie = store.find_one("customers", code="C000002")["id"]
        assert (None, "landline", "010-62345678", True) in ways_of(store, laojie)
        assert ways_of(store, store.find_one("customers", code="C000003")["id"]) == []
        assert search_index.problems(store.conn) == []
        # the contact's email was not searchable before; now it is
        assert [h.code for h in search(store, "lijuan@example.com")] == ["C000001"]
    finally:
        store.close()


def test_two_laptops_upgrading_the_same_file_give_its_ways_the_same_ids(tmp_path):
    ids = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite3"
        shutil.copy(BEFORE, path)
        with plain_sqlite3.connect(path) as conn:  # a team's file: it was connected once
            conn.execute("INSERT INTO settings (key, value) VALUES (?, '1')", (WAS_CONNECTED,))
        conn.close()
        store = open_database(path)
        ids.append(sorted(r[0] for r in store.conn.execute(
            "SELECT hex(uuid) FROM sync_ids WHERE kind = 24")))
        store.close()
    assert len(ids[0]) == 7 and ids[0] == ids[1]


@pytest.mark.parametrize("type_, typed, kept", [
    ("mobile", "139 1234 8866", "13912348866"),
    ("mobile", "+86 139-1234-8866", "13912348866"),
    ("landline", "(0710)3212345", "0710-3212345"),
    ("landline", "13912348866", "13912348866"),     # a mobile noted as "the phone" is fine
    ("fax", "0710 3212346", "0710-3212346"),
    ("email", "Boss@Shop.CN", "boss@shop.cn"),
    ("qq", "12345678", "12345678"),
    ("wechat", "wang_xiao-1", "wang_xiao-1"),
    ("wechat", "13912348866", "13912348866"),       # WeChat opened with the mobile
    ("website", "www.mingjia.cn", "www.mingjia.cn"),
    ("website", "https://shop.example.com/about?x=1", "https://shop.example.com/about?x=1"),
])
def test_each_type_takes_its_values(type_, typed, kept):
    assert check_way(type_, typed) == kept


@pytest.mark.parametrize("type_, typed, code", [
    ("mobile", "0710-3212345", "mobile"),
    ("mobile", "12345", "phone"),
    ("landline", "hello", "phone"),
    ("email", "boss.shop.cn", "email"),
    ("qq", "0123456", "qq"),
    ("qq", "12ab45", "qq"),
    ("wechat", "1abc", "wechat"),
    ("website", "not a site", "website"),
    ("email", "   ", "required"),
])
def test_each_type_refuses_what_is_not_one(type_, typed, code):
    with pytest.raises(FieldProblem) as caught:
        check_way(type_, typed)
    assert caught.value.code == code


def test_the_preferred_way_is_the_old_column_and_follows_it(store, customers, contacts):
    cid = customers.create({"name": "明佳烟酒", "phone": "13812345678"})
    lijuan = contacts.create(cid, {"name": "王丽娟", "mobile": "13987654321"})
    ways = ContactWayService(store, "测试员")
    assert ways_of(store, cid) == [(None, "mobile", "13812345678", True),
                                   ("王丽娟", "mobile", "13987654321", True)]
    second = ways.add(cid, lijuan, {"type": "mobile", "value": "13700001111", "label": "老板私人"})
    assert not ways.get(second).preferred                      # the first stays preferred
    ways.make_preferred(second)
    assert store.get("contacts", lijuan)["mobile"] == "13700001111"
    assert [w[3] for w in ways_of(store, cid) if w[0] == "王丽娟"] == [True, False]
    with pytest.raises(ValidationError) as caught:
        ways.add(cid, lijuan, {"type": "mobile", "value": "137 0000 1111"})
    assert caught.value.errors[0].code == "way_twice"
    # the contact form changes the column: its way follows
    contacts.update(lijuan, {"mobile": "13600002222"})
    assert ("王丽娟", "mobile", "13600002222", True) in ways_of(store, cid)
    # deleting the preferred one makes the next preferred, in the column too
    ways.delete(next(w.id for w in ways.of_dossier(cid) if w.value == "13600002222"))
    assert store.get("contacts", lijuan)["mobile"] == "13987654321"
    # the customer's own: a landline added and made preferred is the customer's phone
    office = ways.add(cid, None, {"type": "landline", "value": "0710-3212345", "label": "办公室"})
    assert store.get("customers", cid)["phone"] == "13812345678"  # a mobile is still there
    ways.delete(next(w.id for w in ways.of_dossier(cid) if w.value == "13812345678"))
    assert store.get("customers", cid)["phone"] == "0710-3212345"
    ways.update(office, {"value": "0710-3212399"})
    assert store.get("customers", cid)["phone"] == "0710-3212399"
    said = [(h.subject, h.field, h.old, h.new) for h in history(store, cid, "en")]
    assert ("Way to reach Landline", "Number or address", "0710-3212345", "0710-3212399") in said
    assert ("Way to reach Landline", "Label", "", "办公室") in said
    assert ("Way to reach", "Number or address", "13600002222", "") in said  # deleted
    assert search_index.problems(store.conn) == []


def test_search_finds_a_second_phone_a_qq_an_email_and_a_wechat(store, customers, contacts):
    cid = customers.create({"name": "明佳烟酒", "phone": "13812345678"})
    other = customers.create({"name": "老街杂货", "phone": "13900001111"})
    lijuan = contacts.create(cid, {"name": "王丽娟"})
    ways = ContactWayService(store, "测试员")
    ways.add(cid, None, {"type": "mobile", "value": "13766668888"})
    ways.add(cid, lijuan, {"type": "qq", "value": "87654321"})
    ways.add(cid, lijuan, {"type": "email", "value": "lijuan@mingjia.cn"})
    ways.add(cid, lijuan, {"type": "wechat", "value": "mingjia_boss"})
    ways.add(cid, None, {"type": "fax", "value": "0710-3219999"})
    for term in ("13766668888", "87654321", "lijuan@mingjia.cn", "mingjia_boss", "3219999", "6668888"):
        assert [h.customer_id for h in search(store, term)] == [cid], term
    assert search(store, "13766668888")[0].match == "exact"
    assert [h.customer_id for h in search(store, "13900001111")] == [other]
    # a contact in the trash takes its ways out of the search
    contacts.delete(lijuan)
    assert search(store, "87654321") == []
    assert search_index.problems(store.conn) == []


def test_the_duplicate_warning_sees_another_customers_second_phone(store, customers):
    from desktop_crm.domain.duplicates import likely_duplicates

    cid = customers.create({"name": "明佳烟酒", "phone": "13812345678"})
    ContactWayService(store, "t").add(cid, None, {"type": "mobile", "value": "13766668888"})
    found = likely_duplicates(store, name="新店", phone="13766668888")
    # found through the search index's phones, as a contact's phone is (not the column)
    assert [(c.customer_id, c.reason) for c in found] == [(cid, "contact_phone")]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


def test_an_export_of_another_system_brings_its_qq_email_fax_site_and_second_phone(store, tmp_path):
    header = ["客户编号", "客户名称", "联系电话", "备用电话", "QQ号", "电子邮箱", "传真", "网址"]
    path = write_csv(tmp_path / "crm-export.csv", header, [
        ["K001", "明佳烟酒", "13812345678", "0710-3212345", "87654321", "Boss@MingJia.cn",
         "0710-3212346", "www.mingjia.cn"],
        ["K002", "老街杂货", "", "13900001111", "", "", "", ""],
        ["K003", "坏数据店", "13700002222", "", "QQ号没有", "", "", ""],
    ])
    source = open_source(path)
    mapping = suggest_mapping("customers", source.headers, store)
    assert mapping == {"客户编号": "code", "客户名称": "name", "联系电话": "phone",
                       "备用电话": "way_landline", "QQ号": "way_qq", "电子邮箱": "way_email",
                       "传真": "way_fax", "网址": "way_website"}
    result = run_import(store, source, ImportOptions("customers", mapping, "code"))
    assert (result.counts["created"], result.counts["rejected"]) == (2, 1)
    mingjia = store.find_one("customers", code="K001")["id"]
    assert ways_of(store, mingjia) == [
        (None, "mobile", "13812345678", True), (None, "landline", "0710-3212345", True),
        (None, "qq", "87654321", True), (None, "email", "boss@mingjia.cn", True),
        (None, "website", "www.mingjia.cn", True), (None, "fax", "0710-3212346", True)]
    laojie = store.find_one("customers", code="K002")
    assert laojie["phone"] == "13900001111"  # its only phone is its phone
    assert [h.code for h in search(store, "87654321")] == ["K001"]
    # not a QQ number: the row waits, with the reason (tests/domain/test_import_ways.py)
    assert [(p.line, p.column, p.code) for p in result.problems] == [(4, "QQ号", "qq")]
    assert search_index.problems(store.conn) == []


def test_a_persons_export_holds_their_ways_and_an_erase_removes_them(store, customers, contacts,
                                                                      tmp_path):
    cid = customers.create({"name": "李小红", "kind": "individual", "phone": "13812345678"})
    ContactWayService(store, "t").add(cid, None, {"type": "qq", "value": "87654321",
                                                  "label": "私人"})
    rights = PersonRights(store, "t")
    exported = json.loads(rights.export_json(Person(cid), tmp_path).read_text("utf-8"))
    assert {(w["type"], w["value"]) for w in exported["ways"]} == {
        ("mobile", "13812345678"), ("qq", "87654321")}
    rights.erase(Person(cid))
    assert store.conn.execute("SELECT count(*) FROM contact_ways WHERE customer_id = ?",
                              (cid,)).fetchone()[0] == 0
    assert search(store, "87654321") == []
    assert not any("87654321" in str(r[0]) + str(r[1]) for r in store.conn.execute(
        "SELECT old_value, new_value FROM change_log"))


def test_a_merge_brings_the_merged_customers_ways_along(store, customers, contacts):
    from desktop_crm.domain.merge import merge_customers

    keep = customers.create({"name": "明佳烟酒", "phone": "13812345678"})
    gone = customers.create({"name": "明佳烟酒店", "phone": "13900001111"})
    wang = contacts.create(gone, {"name": "王强", "mobile": "13600003333"})
    ways = ContactWayService(store, "t")
    ways.add(gone, None, {"type": "qq", "value": "87654321"})
    ways.add(gone, None, {"type": "mobile", "value": "13812345678"})  # the same as keep's
    merge_customers(store, keep, gone, actor="t")
    assert ways_of(store, keep) == [
        (None, "mobile", "13812345678", True), (None, "mobile", "13900001111", False),
        (None, "qq", "87654321", True), ("王强", "mobile", "13600003333", True)]
    assert store.get("contact_ways", next(
        w.id for w in ways.of_dossier(keep) if w.contact_id == wang))["customer_id"] == keep
    assert [h.customer_id for h in search(store, "87654321")] == [keep]
    assert search_index.problems(store.conn) == []


def test_an_export_with_the_ways_columns_imports_back(store, customers, tmp_path):
    from desktop_crm.domain.exporting import export_customers

    cid = customers.create({"name": "明佳烟酒", "code": "K001", "phone": "13812345678"})
    ways = ContactWayService(store, "t")
    ways.add(cid, None, {"type": "landline", "value": "0710-3212345"})
    ways.add(cid, None, {"type": "qq", "value": "87654321"})
    dest = tmp_path / "out.csv"
    export_customers(store, dest, [cid], ["code", "name", "phone", "way_landline", "way_qq",
                                          "way_email"], language="zh")
    lines = dest.read_text("utf-8-sig").splitlines()
    assert lines == ["客户代码,客户名称,电话,座机,QQ,邮箱", "K001,明佳烟酒,13812345678,0710-3212345,87654321,"]
    source = open_source(dest)
    assert suggest_mapping("customers", source.headers) == {
        "客户代码": "code", "客户名称": "name", "电话": "phone", "座机": "way_landline",
        "QQ": "way_qq", "邮箱": "way_email"}


def test_the_file_card_lists_the_ways_no_column_of_it_shows(store, customers, contacts) -> None:
    from desktop_crm.domain.plans.card import file_card

    cid = customers.create({"name": "明佳烟酒", "phone": "13812345678"})
    contacts.create(cid, {"name": "王丽娟", "mobile": "13987654321", "email": "lj@example.com"})
    ways = ContactWayService(store, "t")
    ways.add(cid, None, {"type": "qq", "value": "87654321", "label": "老板"})
    ways.add(cid, None, {"type": "landline", "value": "0710-3212345"})
    identity = dict(file_card(store, cid, "zh").groups)["基本信息"]
    assert [row for row in identity if row[0].startswith(("手机", "座机", "QQ", "邮箱", "微信"))] == [
        ("座机", "0710-3212345"), ("QQ", "87654321（老板）"), ("邮箱 · 王丽娟", "lj@example.com")]
