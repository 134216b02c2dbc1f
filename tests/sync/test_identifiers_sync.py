"""A customer's identifiers go to the team with the customer: the manager's laptop holds them,
finds the customer by them, and sees the resident ID in full; the rep who typed it sees it
masked once connected."""

from __future__ import annotations

from stdnum.cn import ric, uscc

from desktop_crm.domain.dossier import record
from desktop_crm.domain.search import search
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
