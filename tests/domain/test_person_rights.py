"""A person's rights (PIPL): find by code, phone or card; export; erase, read back byte by
byte from the file, its log and its copies."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_crm.domain.addresses import AddressService
from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.greetings import Greeting, GreetingService
from desktop_crm.domain.members import MemberService
from desktop_crm.domain.person_rights import PersonRights, find
from desktop_crm.domain.validation import NotFoundError, ValidationError
from desktop_crm.domain.contact_ways import ContactWayService
from desktop_crm.storage import autobackup
from desktop_crm.storage.db import Store, now

# Distinctive values: found in the file before the erase, nowhere after it.
PERSONAL = ["欧阳灵珊", "13977001122", "13977009988", "翠柳街八十八号", "喜欢蓝色包装的奶粉",
            "CARD77001", "lingshan_wx77", "孕妈会员", "双胞胎待产", "2027-03-09", "2019-11-23",
            "胎教音乐爱好者", "欧阳先生在银行上班", "荷花池路六十六号", "七幢三单元",
            "330106199003076424", "77001234", "lingshan77@example.com"]


def connect(store: Store) -> None:
    """Make the file a connected one: its triggers fill the sync outbox from now on."""
    store.conn.execute("INSERT INTO sync_state (id, url, login, connected_at) VALUES "
                       "(1, 'postgresql://server/crm', 'li', ?)", (now(),))


@pytest.fixture(params=["alone", "connected"])
def person(request, store: Store) -> int:
    if request.param == "connected":
        connect(store)
    customers, contacts = CustomerService(store, "店长"), ContactService(store, "店长")
    other = customers.create({"code": "PR77000", "name": "别的会员", "kind": "individual",
                              "phone": "13500000000"})
    MemberService(store).enrol(other, "CARD77000")
    fields = CustomFieldService(store)
    fields.define("爱好", key="hobby")
    cid = customers.create({"code": "PR77001", "name": "欧阳灵珊", "kind": "individual",
                            "phone": "13977001122", "address": "翠柳街八十八号", "area": "城东",
                            "notes": "喜欢蓝色包装的奶粉", "tags": "孕妈会员",
                            "resident_id": "330106199003076424"})
    ways = ContactWayService(store, "店长")
    ways.add(cid, None, {"type": "qq", "value": "77001234"})
    ways.add(cid, None, {"type": "email", "value": "lingshan77@example.com", "label": "私人"})
    fields.set_values(cid, {"hobby": "胎教音乐爱好者"})
    AddressService(store, "店长").add(cid, {"kind": "home", "province": "浙江省", "city": "杭州市",
                                          "district": "西湖区", "street": "荷花池路六十六号",
                                          "building": "七幢三单元"})
    customers.update(cid, {"phone": "13977009988"})  # the old phone is in the history now
    contacts.create(cid, {"name": "欧阳灵珊", "role": "self", "mobile": "13977009988",
                          "wechat": "lingshan_wx77", "family": "欧阳先生在银行上班"})
    members = MemberService(store)
    mid = members.enrol(cid, "CARD77001", expected_due_date="2027-03-09",
                        household_notes="双胞胎待产")
    members.update(mid, {"children_birthdays": ["2019-11-23"]})
    members.purchase(mid, 1234.5, product="奶粉")
    members.purchase(mid, 100, product="尿不湿")
    greetings = GreetingService(store, "店长")
    greetings.log_sent([Greeting(customer_id=cid, contact_id=None, member_id=mid, name="欧阳灵珊",
                                 phone="13977009988", on=date.today(), occasion="birthday",
                                 text="欧阳灵珊您好！祝您生日快乐", staff_id=None)])
    return cid


def file_bytes(path: Path) -> bytes:
    """The database file and whatever of it is beside it (its log)."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_found_by_code_phone_and_card(store, person):
    assert find(store, "PR77001").customer_id == person
    assert find(store, "CARD77001").customer_id == person
    assert find(store, "139 7700 9988").customer_id == person  # the member's own contact card
    with pytest.raises(NotFoundError):
        find(store, "13600000000")


def test_a_contact_of_an_organisation_is_a_person_of_their_own(store):
    cid = CustomerService(store).create({"code": "ORG1", "name": "明佳烟酒", "phone": "0710-3212345"})
    contact = ContactService(store).create(cid, {"name": "李娟", "mobile": "13912348866"})
    found = find(store, "13912348866")
    assert (found.customer_id, found.contact_id) == (cid, contact)
    with pytest.raises(ValidationError, match="organisation"):
        find(store, "ORG1")


def test_export_holds_everything(store, person, tmp_path):
    rights = PersonRights(store, "店长")
    dest = rights.export_json(find(store, "CARD77001"), tmp_path / "out")
    data = json.loads(dest.read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    for value in PERSONAL:
        assert value in text, value
    assert [p["amount"] for p in data["purchases"]] == [1234.5, 100]
    assert [(a["kind"], a["is_main"]) for a in data["addresses"]] == [("business", 1), ("home", 0)]
    assert data["member"]["points_balance"] > 0 and data["tags"] == ["孕妈会员"]
    assert any("生日快乐" in (i["outcome"] or "") for i in data["interactions"])
    assert any(h["old_value"] == "13977001122" for h in data["history"])
    row = store.conn.execute("SELECT action, detail FROM audit_log ORDER BY id DESC").fetchone()
    assert row["action"] == "export_person" and "欧阳" not in row["detail"]


def test_erase_leaves_no_byte_of_the_person(store, person, db_path):
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = file_bytes(db_path)
    for value in PERSONAL:  # the test can fail: every value is in the file to begin with
        assert value.encode() in before, value
    connected = store.exists("sync_state")
    if connected:
        assert store.count("sync_outbox") > 0
    old_backup = autobackup.take(store, "manual")
    totals = store.conn.execute("SELECT sum(amount), count(*) FROM transactions").fetchone()
    points = store.conn.execute("SELECT points_balance FROM members WHERE customer_id = ?",
                                (person,)).fetchone()[0]

    result = PersonRights(store, "店长").erase(find(store, "13977009988"))

    after = file_bytes(db_path)
    for value in PERSONAL:
        assert value.encode() not in after, value
    # what else is in the file is still there
    assert "别的会员".encode() in after and b"CARD77000" in after
    # reports add up: the purchases and points stay, as anonymous amounts
    assert tuple(store.conn.execute("SELECT sum(amount), count(*) FROM transactions").fetchone()) == tuple(totals)
    assert store.conn.execute("SELECT points_balance FROM members WHERE customer_id = ?",
                              (person,)).fetchone()[0] == points
    assert store.count("interactions", customer_id=person) == 1  # the greeting, without its text
    assert store.count("customer_addresses", customer_id=person) == 0
    # the search finds the person no more, and still finds the other member
    for table, term in (("search_words", '"13977009988"'), ("search_fts", '"7700112"')):
        assert store.conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?",
                                  (term,)).fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        find(store, "CARD77001")
    assert find(store, "CARD77000")
    # the audit log says what, when, by whom, without the values
    row = store.conn.execute("SELECT actor, action, detail FROM audit_log ORDER BY id DESC").fetchone()
    assert (row["actor"], row["action"]) == ("店长", "erase_person")
    assert "customer " in row["detail"] and "contacts 1" in row["detail"]
    # the backup taken before still holds the person, and says until when at the latest
    assert [b.path for b in result.backups] == [old_backup]
    assert result.backups[0].expires is None  # made by hand: never thinned
    assert "欧阳灵珊".encode() in old_backup.read_bytes()
    if connected:  # the erase travels like any edit
        kinds = {r[0] for r in store.conn.execute("SELECT kind FROM sync_outbox")}
        assert {"customer", "contact", "member", "history"} <= kinds
        assert store.conn.execute("SELECT count(*) FROM sync_outbox WHERE kind = 'contact' "
                                  "AND deleted = 1").fetchone()[0] == 1
    assert result.log_emptied


def test_erasing_a_contact_keeps_the_organisation(store, db_path):
    customers, contacts = CustomerService(store), ContactService(store)
    cid = customers.create({"code": "ORG1", "name": "明佳烟酒", "phone": "0710-3212345"})
    contacts.create(cid, {"name": "上官婉清", "mobile": "13912348866", "wechat": "wanqing_sg"})
    contacts.create(cid, {"name": "店员甲", "mobile": "13811110000"})
    store.insert("interactions", {"customer_id": cid, "occurred_at": now(), "channel": "visit",
                                  "customer_said": "上官婉清说下月进货"})
    PersonRights(store).erase(find(store, "139-1234-8866"))
    after = file_bytes(db_path)
    for value in ("上官婉清", "13912348866", "wanqing_sg"):
        assert value.encode() not in after
    assert "明佳烟酒".encode() in after and b"13811110000" in after
    said = store.conn.execute("SELECT customer_said FROM interactions").fetchone()[0]
    assert said == "[erased]说下月进货"


def test_automatic_backups_say_when_they_go(store, db_path):
    from desktop_crm.domain.person_rights import backups_holding

    taken = autobackup.take(store, "daily")
    held = backups_holding(db_path)
    assert [b.path for b in held] == [taken]
    assert (held[0].expires - held[0].taken).days == 365
