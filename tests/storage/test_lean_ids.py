"""m023: a file never connected to a team holds no sync ids; its records get their UUIDs when
it connects (or is published), new records theirs only while it is connected. A file that was
connected keeps everything (tests/storage/test_lean_file.py).

``tests/fixtures/release-224254d.sqlite3`` was made by the code at commit 224254d (main before
this change, schema at m018): ``build_demo(store, 12, seed=5, today=date(2026, 11, 1))``, then
VACUUMed; every record has its UUID there.
"""

from __future__ import annotations

import shutil
import sqlite3 as plain_sqlite3
import uuid
from pathlib import Path

import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.domain.person_rights import PersonRights, find
from desktop_crm.storage import staff, sync_rows, sync_tables
from desktop_crm.storage.check import problems
from desktop_crm.storage.db import open_database
from desktop_crm.storage.sync_tables import KIND_CODES, TABLES

CURRENT = Path(__file__).parent.parent / "fixtures" / "release-224254d.sqlite3"
MONTH = ("2026-10-01", "2026-10-31")
MONTH_SALES = ("SELECT staff_id, sum(amount), count(*) FROM transactions WHERE occurred_on "
               f"BETWEEN '{MONTH[0]}' AND '{MONTH[1]}' AND staff_id IS NOT NULL GROUP BY staff_id")
BIG = ("customers", "contacts", "interactions", "transactions", "members", "change_log")


@pytest.fixture
def current_file(tmp_path) -> Path:
    path = tmp_path / "current.sqlite3"
    shutil.copyfile(CURRENT, path)
    return path


def ids(store) -> set[tuple[int, int]]:
    return {(k, i) for k, i in store.conn.execute("SELECT kind, local_id FROM sync_ids")}


def records(store) -> set[tuple[int, int]]:
    """(kind, local id) of every record that has an id of its own."""
    return {(KIND_CODES[t.kind], i) for t in TABLES if not t.link
            for (i,) in store.conn.execute(f"SELECT rowid FROM {t.table}{' WHERE ' + t.only.format(row=t.table) if t.only else ''}")}


def connect(store) -> None:
    """What connection.connect does to the file once the server said yes."""
    with store.transaction():
        sync_tables.give_ids(store.conn)
        sync_rows.save_state(store.conn, "host=x", "boss", "admin", None, "2026-12-05")
        sync_rows.mark_all_unsent(store.conn)


def test_a_file_never_connected_forgets_its_ids_and_is_compacted(current_file) -> None:
    conn = plain_sqlite3.connect(current_file)
    had = conn.execute("SELECT count(*) FROM sync_ids").fetchone()[0]
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in BIG}
    month = conn.execute(MONTH_SALES).fetchall()
    conn.close()
    assert had > 250 and month
    store = open_database(current_file)
    try:
        assert store.count("sync_ids") == 0
        assert {t: store.count(t) for t in BIG} == counts  # nothing else goes
        # the purchases' date index is gone; the staff statistics' month reads the same
        assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                                  "'transactions_date'").fetchone()[0] == 0
        stats = {r["id"]: (r["revenue"], r["sales"]) for r in staff.stats(store, *MONTH)}
        assert {i: v for i, v in stats.items() if v[1]} == {r[0]: (r[1], r[2]) for r in month}
        assert store.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert problems(store) == []
        # new records get no UUID either while the file works alone
        customers = CustomerService(store, actor="测试员")
        made = customers.create({"name": "明佳烟酒", "code": "N001"})
        InteractionService(store, "测试员").log_visit(
            made, {"occurred_at": "2026-12-01 10:00", "channel": "visit", "purpose": "例行拜访"}, [])
        customers.delete(made)
        assert store.count("sync_ids") == 0 and store.count("sync_outbox") == 0
    finally:
        store.close()
    # compacted (freelist empty above); the file's size also holds m019–m022's new tables


def test_connecting_gives_every_record_its_uuid_and_new_ones_theirs(current_file) -> None:
    store = open_database(current_file)
    try:
        customers = CustomerService(store, actor="测试员")
        alone = customers.create({"name": "明佳烟酒", "code": "N001"})
        connect(store)
        assert ids(store) == records(store)
        uuids = [uuid.UUID(bytes=u) for (u,) in store.conn.execute("SELECT uuid FROM sync_ids")]
        assert len(set(uuids)) == len(uuids)
        assert {u.version for u in uuids if u.version is not None} <= {4, 5}
        # everything is in the outbox, the customer made alone too
        assert store.conn.execute("SELECT count(*) FROM sync_outbox WHERE kind = 'customer' "
                                  "AND local_key = ?", (str(alone),)).fetchone()[0] == 1
        made = customers.create({"name": "永兴超市", "code": "N002"})
        given = uuid.UUID(sync_rows.uuid_of(store.conn, "customer", made))
        assert given.version == 4 and sync_rows.local_id_of(store.conn, "customer", str(given)) == made
        customers.delete(made)
        customers.purge(made)  # a delete while connected names the UUID in the outbox
        assert [tuple(r) for r in store.conn.execute(
            "SELECT uuid, deleted FROM sync_outbox WHERE kind = 'customer' AND uuid IS NOT NULL"
        )] == [(str(given), 1)]
        assert problems(store) == []
    finally:
        store.close()


def test_a_disconnected_file_keeps_its_ids_and_gives_new_records_theirs_on_reconnecting(
        current_file) -> None:
    store = open_database(current_file)
    try:
        connect(store)
        kept = {(k, i): u for k, i, u in store.conn.execute(
            "SELECT kind, local_id, uuid FROM sync_ids")}
        with store.transaction():
            sync_rows.clear_state(store.conn)  # connection.disconnect
        made = CustomerService(store, actor="测试员").create({"name": "明佳烟酒", "code": "N001"})
        assert sync_rows.uuid_of(store.conn, "customer", made) is None
        assert not sync_tables.never_connected(store.conn)
        with store.transaction():  # a rescue of the file (recover.py) keeps them too
            sync_tables.repair_ids(store.conn)
        assert store.count("sync_ids") == len(kept)
        connect(store)
        after = {(k, i): u for k, i, u in store.conn.execute(
            "SELECT kind, local_id, uuid FROM sync_ids")}
        assert {k: after[k] for k in kept} == kept
        assert (KIND_CODES["customer"], made) in after
    finally:
        store.close()


def test_a_file_that_pulled_from_a_team_keeps_its_ids(current_file) -> None:
    conn = plain_sqlite3.connect(current_file)
    with conn:  # a history entry made on another laptop: the file synced once
        conn.execute("UPDATE change_log SET machine = 'laptop-2' WHERE id = 1")
    before = set(conn.execute("SELECT kind, local_id, uuid FROM sync_ids"))
    conn.close()
    store = open_database(current_file)
    try:
        after = set(map(tuple, store.conn.execute("SELECT kind, local_id, uuid FROM sync_ids")))
        made = {KIND_CODES["address"], KIND_CODES["contact_way"]}  # m019, m020 make these records
        assert {r for r in after if r[0] not in made} == before
        assert {r[0] for r in after} >= made
    finally:
        store.close()


def test_the_audit_log_names_a_person_by_a_uuid_the_record_keeps(current_file, tmp_path) -> None:
    store = open_database(current_file)
    try:
        code = store.conn.execute("SELECT code FROM customers WHERE kind = 'individual' "
                                  "ORDER BY id LIMIT 1").fetchone()[0]
        person = find(store, code)
        PersonRights(store, "王伟").export_json(person, tmp_path / "out")
        detail = store.conn.execute("SELECT detail FROM audit_log WHERE action = 'export_person'"
                                    ).fetchone()[0]
        named = uuid.UUID(detail.split()[3])
        assert named.version == 4 and store.count("sync_ids") == 1
        connect(store)  # the record keeps the UUID the audit log named
        assert sync_rows.uuid_of(store.conn, "customer", person.customer_id) == str(named)
    finally:
        store.close()


def test_a_rescue_of_a_file_alone_gives_no_ids(current_file, tmp_path) -> None:
    from desktop_crm.storage.recover import recover

    new = tmp_path / "rescued.sqlite3"
    assert recover(current_file, new, "王伟").complete
    store = open_database(new)
    try:
        assert store.count("sync_ids") == 0 and problems(store) == []
    finally:
        store.close()
