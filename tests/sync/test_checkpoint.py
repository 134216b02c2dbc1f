"""The pull checkpoint never misses a push that commits while a pull runs, and never shows
half of one: two pushers and a puller, interleaved by hand."""

from __future__ import annotations

import uuid

import psycopg
from psycopg.types.json import Jsonb

from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


def customer(conn: psycopg.Connection, name: str, code: str, owner: str) -> None:
    new = str(uuid.uuid4())
    conn.execute("INSERT INTO crm.records (uuid, kind, customer, data) VALUES (%s, 'customer', %s, %s)",
                 (new, new, Jsonb({"name": name, "code": code, "owner_id": owner, "kind": "company",
                                   "lifecycle": "prospect", "created_at": "2026-12-01T10:00:00",
                                   "updated_at": "2026-12-01T10:00:00"})))


def test_a_push_committing_during_a_pull_arrives_with_the_next_pull(tmp_path, team) -> None:
    chen = laptop(tmp_path, team, "chen", PASSWORD)
    chen.sync()
    with psycopg.connect(team.url("wang")) as first, psycopg.connect(team.url("li")) as second:
        wang = first.execute("SELECT crm.my_staff()::text").fetchone()[0]
        li = second.execute("SELECT crm.my_staff()::text").fetchone()[0]
        # the first pusher writes two records and has not committed yet (its xid is older)
        customer(first, "明佳烟酒", "C001", wang)
        customer(first, "明佳二店", "C002", wang)
        # the second starts later and commits first: its xid is newer than the first's
        customer(second, "鑫源超市", "C003", li)
        second.commit()
        chen.sync()
        assert chen.names() == {"鑫源超市"}  # none of the first push's half-done work
        first.commit()
    chen.sync()
    assert chen.names() == {"鑫源超市", "明佳烟酒", "明佳二店"}
    again = chen.sync()  # nothing new: records read twice are recognised, not re-applied
    assert chen.names() == {"鑫源超市", "明佳烟酒", "明佳二店"} and again.conflicts == 0
