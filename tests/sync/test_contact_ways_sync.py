"""Ways to reach travel between laptops (issue 18, part 3): a second phone and a QQ added on
one laptop arrive on the other, findable there; the preferred one changed there comes back
with the contact's column; a deleted way goes on both. The suite's PostgreSQL cluster."""

from __future__ import annotations

import pytest

from desktop_crm.domain.contact_ways import ContactWayService
from desktop_crm.domain.search import search
from desktop_crm.storage import search_index
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


@pytest.fixture
def pair(tmp_path, team):
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    for one in (wang, chen):
        one.sync()
    yield wang, chen
    for one in (wang, chen):
        one.store.close()


def ways(lap, customer_id):
    return sorted(((w.contact_name or "", w.type, w.value, w.label or "", w.preferred)
                   for w in ContactWayService(lap.store, lap.login).of_dossier(customer_id)))


def test_a_way_travels_and_its_preferred_mark_comes_back(pair) -> None:
    wang, chen = pair
    cid = wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏",
                                 "phone": "13812345678"})
    lijuan = wang.contacts.create(cid, {"name": "李娟", "mobile": "13987654321"})
    mine = ContactWayService(wang.store, wang.login)
    second = mine.add(cid, lijuan, {"type": "mobile", "value": "13700001111", "label": "私人"})
    mine.add(cid, None, {"type": "qq", "value": "87654321"})
    wang.sync()
    chen.sync()
    there = chen.id_of("明佳烟酒")
    assert ways(chen, there) == ways(wang, cid) == [
        ("", "mobile", "13812345678", "", True), ("", "qq", "87654321", "", True),
        ("李娟", "mobile", "13700001111", "私人", False),
        ("李娟", "mobile", "13987654321", "", True)]
    assert [h.customer_id for h in search(chen.store, "87654321")] == [there]
    assert [h.customer_id for h in search(chen.store, "13700001111")] == [there]
    assert search_index.problems(chen.store.conn) == []

    # Chen makes the second mobile preferred: the mark and the contact's column come back
    theirs = ContactWayService(chen.store, chen.login)
    their_second = next(w.id for w in theirs.of_dossier(there) if w.value == "13700001111")
    theirs.make_preferred(their_second)
    assert chen.sync().conflicts == 0
    assert wang.sync().conflicts == 0
    assert wang.store.get("contacts", lijuan)["mobile"] == "13700001111"
    assert ("李娟", "mobile", "13700001111", "私人", True) in ways(wang, cid)
    assert ways(wang, cid) == ways(chen, there)

    # a delete goes on both
    mine.delete(second)
    wang.sync()
    chen.sync()
    assert ways(wang, cid) == ways(chen, there)
    assert "13700001111" not in {w[2] for w in ways(chen, there)}
    assert chen.store.get("contacts", chen.store.find_one("contacts", name="李娟")["id"])[
        "mobile"] == "13987654321"
    assert search(chen.store, "13700001111") == []
