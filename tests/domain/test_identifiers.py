"""A customer's identifiers (issue 18 part 3): credit code, resident ID, tobacco retail licence
and tax ID, checked with python-stdnum (valid numbers made by computing their check
characters), unique among the customers not in the trash, found by search, masked for whoever
may not see a resident ID, kept by a person's export and cleared by their erasure; and the
step that adds them (m021) on a file the current version made."""

from __future__ import annotations

import json

import pytest
from sqlite_utils import Database
from stdnum.cn import ric, uscc

from desktop_crm.domain import identifiers
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.dossier import history, record
from desktop_crm.domain.exporting import export_customers
from desktop_crm.domain.fields import CUSTOMER_FIELDS, by_name
from desktop_crm.domain.person_rights import PersonRights, find
from desktop_crm.domain.search import search
from desktop_crm.domain.team_rights import SHOW_RESIDENT_IDS, may_see_resident_ids
from desktop_crm.domain.validation import ValidationError, check_value
from desktop_crm.storage.db import now, open_database
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.schema import migrations

F = by_name(CUSTOMER_FIELDS)


def credit_code(first17: str) -> str:
    return first17 + uscc.calc_check_digit(first17 + "0")


def resident_id(first17: str) -> str:
    return first17 + ric.calc_check_digit(first17 + "0")


USCC = credit_code("91350100M000100Y4")        # a company (工商), Fuzhou
USCC_2 = credit_code("92350102MA2Y7K3F0")      # an individual business
RID = resident_id("11010519491231002")         # Beijing Chaoyang, born 1949-12-31
RID_2 = resident_id("35010219800101123")


def wrong_last(number: str) -> str:
    return number[:-1] + ("1" if number[-1] != "1" else "2")


# --- what each identifier must look like ---------------------------------------------------

def test_valid_numbers_pass_and_are_stored_compact() -> None:
    assert USCC == "91350100M000100Y43" and RID == "11010519491231002X"
    assert check_value(F["uscc"], " 9135 0100-M000 100Y43 ") == USCC
    assert check_value(F["uscc"], USCC.lower()) == USCC
    assert check_value(F["resident_id"], RID.lower()) == RID
    assert check_value(F["licence_no"], "350102 100023") == "350102100023"
    assert check_value(F["tax_id"], "110105123456789") == "110105123456789"      # 15: the old
    assert check_value(F["tax_id"], RID + "01") == RID + "01"                    # 20: a person
    assert check_value(F["tax_id"], USCC) == USCC                                # 18: a USCC
    # the registration authority Y ("other"), which stdnum reads as a bad format
    other = credit_code("Y1350100M000100Y4")
    assert check_value(F["uscc"], other) == other


@pytest.mark.parametrize(("name", "value", "code", "words"), [
    ("uscc", wrong_last(USCC), "id_check", ("the check character of the credit code is wrong: "
                                           f"expected {USCC[-1]}")),
    ("uscc", USCC[:-1], "id_length", "a credit code has 18 characters; this has 17"),
    ("uscc", "91350100M000100O43", "id_format", "not I, O, S, V or Z"),
    ("resident_id", wrong_last(RID), "id_check", ("the check digit of the resident ID number is "
                                                 "wrong: expected X")),
    ("resident_id", resident_id("11010519490231002"), "id_birth", "(19490231) is not a possible"),
    ("resident_id", resident_id("99010519491231002"), "id_area", "(990105) are not an area code"),
    ("resident_id", "1101051949123100", "id_length", "18 characters; this has 16"),
    ("licence_no", "35010210002", "id_length", "12 digits; this has 11"),
    ("licence_no", "990102100023", "id_area", "99 is no province's"),
    ("licence_no", "3501021000AB", "id_format", "digits only"),
    ("tax_id", "1101051234567", "id_length", "15, 17, 18 or 20 characters; this has 13"),
    ("tax_id", wrong_last(USCC), "id_check", "tax ID (a credit code) is wrong"),
])
def test_a_wrong_number_is_one_clear_sentence(name, value, code, words) -> None:
    with pytest.raises(ValidationError) as caught:
        check_value(F[name], value)
    error = caught.value.errors[0]
    assert error.code == code and error.field == name
    assert words in error.message


def test_resident_id_masked_and_its_birth_date() -> None:
    assert identifiers.mask(RID) == "110105********002X"
    assert identifiers.birth_date(RID).isoformat() == "1949-12-31"


# --- unique where they must be ---------------------------------------------------------------

def test_unique_among_customers_not_in_the_trash(store) -> None:
    service = CustomerService(store)
    first = service.create({"name": "明佳烟酒", "uscc": USCC, "licence_no": "350102100023",
                            "resident_id": RID, "tax_id": USCC})
    with pytest.raises(ValidationError) as caught:
        service.create({"name": "鑫源烟酒", "uscc": USCC})
    assert caught.value.errors[0].code == "id_taken"
    assert str(caught.value) == ("uscc: credit code 91350100M000100Y43 is already used by "
                                 "明佳烟酒 (C000001)")
    second = service.create({"name": "鑫源烟酒", "uscc": USCC_2, "tax_id": USCC})  # tax IDs repeat
    with pytest.raises(ValidationError, match="resident ID number 110105\\*{8}002X is already "
                                              "used by 明佳烟酒"):
        service.update(second, {"resident_id": RID})
    with pytest.raises(ValidationError, match="licence number 350102100023"):
        service.create_many([{"name": "甲", "licence_no": "350102100024"},
                             {"name": "乙", "licence_no": "350102100023"}])
    with pytest.raises(ValidationError, match="appears twice"):
        service.create_many([{"name": "甲", "licence_no": "350102100024"},
                             {"name": "乙", "licence_no": "350102100024"}])
    # in the trash it holds nothing; back out of it, it may not take what another took since
    service.delete(first)
    service.update(second, {"uscc": USCC})
    with pytest.raises(ValidationError, match="already used by 鑫源烟酒"):
        service.restore(first)
    assert store.get("customers", first)["deleted_at"] is not None
    # the file's own rule too: the partial unique index
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE customers SET deleted_at = NULL WHERE id = ?", (first,))


# --- search -----------------------------------------------------------------------------------

def test_search_finds_a_full_identifier_and_the_end_of_a_credit_code(store) -> None:
    service = CustomerService(store)
    cid = service.create({"name": "明佳烟酒", "uscc": USCC, "licence_no": "350102100023"})
    service.create({"name": "鑫源烟酒", "resident_id": RID})
    rid_owner = service.by_code("C000002")["id"]
    assert [h.customer_id for h in search(store, USCC)] == [cid]
    assert [h.customer_id for h in search(store, USCC.lower())] == [cid]
    assert [h.customer_id for h in search(store, USCC[-6:])] == [cid]          # its last six
    assert [h.customer_id for h in search(store, "350102100023")] == [cid]
    assert [h.customer_id for h in search(store, RID)] == [rid_owner]
    assert search(store, RID[-8:]) == []  # personal data: found only when typed in full
    service.update(cid, {"uscc": USCC_2})  # the entry follows an edit
    assert search(store, USCC) == []
    assert [h.customer_id for h in search(store, USCC_2)] == [cid]


# --- who sees a resident ID --------------------------------------------------------------------

def test_masked_unless_the_user_may_see_it(store, tmp_path) -> None:
    service = CustomerService(store, "店长")
    cid = service.create({"name": "欧阳灵珊", "kind": "individual", "phone": "13912348866"})
    service.update(cid, {"resident_id": RID})
    assert may_see_resident_ids(store)  # a file alone: its own user's
    assert record(store, cid)["resident_id"] == RID
    store.set_setting(SHOW_RESIDENT_IDS, "0")
    assert record(store, cid)["resident_id"] == "110105********002X"
    store.set_setting(SHOW_RESIDENT_IDS, None)
    # connected as a rep: masked in the dossier, its history and exports; a manager sees it
    store.conn.execute("INSERT INTO sync_state (id, url, login, role, connected_at) "
                       "VALUES (1, 'postgresql://server/crm', 'li', 'rep', ?)", (now(),))
    assert record(store, cid)["resident_id"] == "110105********002X"
    assert record(store, cid, full=True)["resident_id"] == RID
    assert [(e.old, e.new) for e in history(store, cid) if e.field == "居民身份证号"] == [
        ("", "110105********002X")]
    out = tmp_path / "customers.csv"
    export_customers(store, out, [cid], ["code", "name", "resident_id", "phone"])
    text = out.read_text(encoding="utf-8-sig")
    assert "110105********002X" in text and RID not in text
    # the person's own data holds it in full
    folder = tmp_path / "person"
    PersonRights(store, "店长").export_json(find(store, "C000001"), folder)
    data = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    assert data["customer"]["resident_id"] == RID
    store.conn.execute("UPDATE sync_state SET role = 'manager'")
    assert record(store, cid)["resident_id"] == RID


def test_erasing_a_person_clears_their_resident_id(store) -> None:
    cid = CustomerService(store).create({"name": "欧阳灵珊", "kind": "individual",
                                         "resident_id": RID})
    PersonRights(store, "店长").erase(find(store, "C000001"))
    assert store.get("customers", cid)["resident_id"] is None
    assert search(store, RID) == []


# --- the step that adds them ------------------------------------------------------------------

def test_a_file_of_the_current_version_gains_identifiers(db_path) -> None:
    db = Database(sqlite3.connect(db_path))
    migrations.apply(db, stop_before="m021_identifiers")  # the file as the current version makes it
    db.close()
    with open_database(db_path) as store:
        cid = CustomerService(store).create({"name": "明佳烟酒"})
        store.conn.execute("INSERT INTO sync_state (id, url, login, connected_at) "
                           "VALUES (1, 'postgresql://server/crm', 'li', ?)", (now(),))
        CustomerService(store, "店长").update(cid, {"uscc": USCC, "resident_id": RID})
        assert store.exists("change_log", customer_id=cid, field="uscc")
        base = store.conn.execute("SELECT base FROM sync_outbox WHERE kind = 'customer'").fetchone()[0]
        assert '"uscc":null' in base.replace(" ", "")  # the sync triggers name the new columns
        assert [h.customer_id for h in search(store, USCC)] == [cid]
        indexes = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customers'")}
        assert {"customers_uscc", "customers_resident_id", "customers_licence_no"} <= indexes
        assert "customers_tax_id" not in indexes


def test_a_merge_gives_the_survivor_the_merged_ones_identifiers_and_its_undo_takes_them_back(
        store) -> None:
    from desktop_crm.domain.merge import merge_customers, undo_merge

    service = CustomerService(store)
    survivor = service.create({"name": "明佳烟酒", "phone": "13912348866"})
    merged = service.create({"name": "明佳烟酒店", "uscc": USCC, "licence_no": "350102100023"})
    merge_id = merge_customers(store, survivor, merged)
    row = store.get("customers", survivor)
    assert (row["uscc"], row["licence_no"]) == (USCC, "350102100023")
    assert [h.customer_id for h in search(store, USCC)] == [survivor]
    undo_merge(store, merge_id)
    assert store.get("customers", survivor)["uscc"] is None
    assert store.get("customers", merged)["uscc"] == USCC
