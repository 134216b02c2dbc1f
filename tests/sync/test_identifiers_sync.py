"""A customer's identifiers go to the team with the customer: the manager's laptop holds them,
finds the customer by them, and sees the resident ID in full; the rep who typed it sees it
masked once connected."""

from __future__ import annotations

import pytest
from stdnum.cn import ric, uscc

from desktop_crm.domain.conflicts import decide
from desktop_crm.domain.dossier import record
from desktop_crm.domain.search import search
from desktop_crm.storage import sync_conflicts
from desktop_crm.storage.driver import sqlite3
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop

USCC = "91350100M000100Y4" + uscc.calc_check_digit("91350100M000100Y40")
RID = "11010519491231002" + ric.calc_check_digit("110105194912310020")


def test_identifiers_travel_between_laptops(tmp_path, team) -> None:
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    try:
        for one in (wang, chen):
            one.sync()
        cid = wang.customers.create({"name": "明佳烟酒", "code": "ID1", "owner": "王敏",
                                     "uscc": USCC, "resident_id": RID,
                                     "licence_no": "350102100023", "tax_id": USCC})
        wang.sync()
        chen.sync()
        theirs = chen.store.conn.execute(
            "SELECT id, uscc, resident_id, licence_no, tax_id FROM customers WHERE code = 'ID1'"
        ).fetchone()
        assert tuple(theirs)[1:] == (USCC, RID, "350102100023", USCC)
        assert [h.code for h in search(chen.store, USCC)] == ["ID1"]
        assert record(chen.store, theirs["id"])["resident_id"] == RID        # a manager
        assert record(wang.store, cid)["resident_id"] == "110105********002X"  # a rep
        # an edit on the manager's laptop comes back to the rep's
        chen.customers.update(theirs["id"], {"licence_no": "350102100024"})
        chen.sync()
        wang.sync()
        assert wang.store.get("customers", cid)["licence_no"] == "350102100024"
        assert [h.code for h in search(wang.store, "350102100024")] == ["ID1"]
    finally:
        for one in (wang, chen):
            one.store.close()


def test_two_laptops_giving_one_credit_code_to_two_customers_keep_both(tmp_path, team) -> None:
    """A credit code is unique in every file, as a customer code is: the customer arriving
    from the team keeps it, the one made here gives it up, and a conflict on that field says
    so (keep mine is refused while the other holds it; merge them if they are one)."""
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    try:
        for one in (wang, chen):
            one.sync()
        wang.customers.create({"name": "明佳烟酒", "code": "ID1", "owner": "王敏", "uscc": USCC,
                               "licence_no": "350102100023"})
        mine = chen.customers.create({"name": "华联超市", "code": "ID2", "owner": "王敏",
                                      "uscc": USCC, "licence_no": "350102100099"})
        wang.sync()
        assert chen.sync().conflicts == 1
        (conflict,) = sync_conflicts.open_conflicts(chen.store)
        assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("uscc", USCC, None)
        held = dict(chen.store.conn.execute("SELECT code, uscc FROM customers"))
        assert held == {"ID1": USCC, "ID2": None}
        assert chen.store.get("customers", mine)["licence_no"] == "350102100099"  # the rest stays
        with pytest.raises(sqlite3.IntegrityError):
            decide(chen.store, "陈静", conflict["id"], "mine")
        chen.sync()
        wang.sync()
        for one in (wang, chen):
            assert dict(one.store.conn.execute("SELECT code, uscc FROM customers")) == held
    finally:
        for one in (wang, chen):
            one.store.close()


def test_a_first_sync_takes_two_team_customers_with_one_licence(tmp_path, team) -> None:
    """Two reps who typed the same licence number: the manager's first sync (the bulk path)
    keeps both customers, the first to arrive gives the number up, with a conflict."""
    wang, li = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "li"))
    try:
        for one in (wang, li):
            one.sync()
        wang.customers.create({"name": "明佳烟酒", "code": "A1", "owner": "王敏",
                               "licence_no": "350102100023"})
        li.customers.create({"name": "华联超市", "code": "A2", "owner": "李强",
                             "licence_no": "350102100023"})
        for one in (wang, li):
            one.sync()
        chen = laptop(tmp_path, team, "chen", PASSWORD)
        try:
            assert chen.sync().conflicts == 1
            held = [v for (v,) in chen.store.conn.execute("SELECT licence_no FROM customers")]
            assert sorted(held, key=str) == ["350102100023", None]
            (conflict,) = sync_conflicts.open_conflicts(chen.store)
            assert (conflict["field"], conflict["mine"]) == ("licence_no", "350102100023")
        finally:
            chen.store.close()
    finally:
        for one in (wang, li):
            one.store.close()
