"""An erase on a connected laptop goes to the team like any edit: the server's records and
the manager's laptop no longer hold the person's data."""

from __future__ import annotations

import psycopg

from desktop_crm.domain.members import MemberService
from desktop_crm.domain.person_rights import PersonRights, find
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop

PERSONAL = ("欧阳灵珊", "13977001122", "翠柳街八十八号", "孕妈会员", "CARD77001", "lingshan_wx77",
            "双胞胎待产")


def test_an_erase_reaches_the_server_and_the_other_laptops(tmp_path, team) -> None:
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    try:
        for one in (wang, chen):
            one.sync()
        cid = wang.customers.create({"name": "欧阳灵珊", "code": "PR77001", "kind": "individual",
                                     "owner": "王敏", "phone": "13977001122",
                                     "address": "翠柳街八十八号", "tags": "孕妈会员"})
        wang.contacts.create(cid, {"name": "欧阳灵珊", "mobile": "13977001122",
                                   "wechat": "lingshan_wx77"})
        mid = MemberService(wang.store, "wang").enrol(cid, "CARD77001", household_notes="双胞胎待产")
        MemberService(wang.store, "wang").purchase(mid, 880, product="奶粉")
        wang.sync()
        chen.sync()
        assert "欧阳灵珊" in chen.names()

        PersonRights(wang.store, "wang").erase(find(wang.store, "CARD77001"))
        wang.sync()
        chen.sync()

        assert "欧阳灵珊" not in chen.names() and "[erased]" in chen.names()
        assert chen.store.count("contacts") == 0 and chen.store.count("customer_tags") == 0
        assert chen.store.conn.execute("SELECT sum(amount) FROM transactions").fetchone()[0] == 880
        with psycopg.connect(team.owner_url) as conn:
            live = conn.execute("SELECT string_agg(data::text, ' ') FROM crm.records "
                                "WHERE NOT deleted").fetchone()[0]
        for value in PERSONAL:
            assert value not in live, value
    finally:
        for one in (wang, chen):
            one.store.close()


def test_a_rep_removing_a_tag_syncs(tmp_path, team) -> None:
    """A removed link row names its dossier: the server refused a rep's removal of a tag
    (row-level security saw a record of no dossier, which only a manager may write)."""
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    try:
        wang.sync()
        cid = wang.customers.create({"name": "明佳烟酒", "code": "C1", "owner": "王敏",
                                     "tags": "重点户, 诚信户"})
        wang.sync()
        chen.sync()
        wang.customers.update(cid, {"tags": "诚信户"})
        assert wang.sync().pushed >= 1
        chen.sync()
        assert [r[0] for r in chen.store.conn.execute("SELECT tag FROM customer_tags")] == ["诚信户"]
    finally:
        for one in (wang, chen):
            one.store.close()
