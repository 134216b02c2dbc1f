"""m015: a file made by the release before it keeps every record's sync id, now held as a
kind number and the UUID's 16 bytes, and goes on giving, finding and sending them (a file
that was connected to a team: m023 forgets the ids of a file never connected, see
test_lean_ids.py).

``tests/fixtures/release-3b5ece8.sqlite3`` was made by the code at commit 3b5ece8 (main before
this change): ``build_demo(store, 12, seed=5, today=date(2026, 11, 1))``, then VACUUMed.
"""

from __future__ import annotations

import shutil
import sqlite3 as plain_sqlite3
import uuid
from pathlib import Path

import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.storage import sync_rows, sync_tables
from desktop_crm.storage.check import problems
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.sync_tables import KIND_CODES, KIND_NAMES

RELEASE = Path(__file__).parent.parent / "fixtures" / "release-3b5ece8.sqlite3"


def was_connected(path: Path) -> Path:
    """Make a copy of a release fixture a file that once synced with a team and was
    disconnected: one history entry pulled from another laptop names its machine. Such a
    file keeps its records' UUIDs (m023 forgets them only in a file never connected)."""
    conn = plain_sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE change_log SET machine = 'laptop-2' WHERE id = (SELECT min(id) FROM change_log)")
    conn.close()
    return path


@pytest.fixture
def release_file(tmp_path) -> Path:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(RELEASE, path)
    return was_connected(path)


def text_ids(path: Path) -> dict[tuple[str, int], tuple[str, int | None]]:
    """{(kind, local id): (UUID, version)} as the release wrote them (read without the app)."""
    conn = plain_sqlite3.connect(path)
    try:
        return {(k, i): (u, v) for k, i, u, v in conn.execute(
            "SELECT kind, local_id, uuid, version FROM sync_ids")}
    finally:
        conn.close()


def test_every_record_keeps_its_uuid_and_version(release_file) -> None:
    conn = plain_sqlite3.connect(release_file)
    with conn:  # a sync happened: some records carry the server's version
        conn.execute("UPDATE sync_ids SET version = local_id + 100 WHERE kind = 'customer'")
    conn.close()
    before = text_ids(release_file)
    assert len(before) > 250 and {k for k, _ in before} >= {"customer", "purchase", "history"}
    store = open_database(release_file)
    try:
        rows = store.conn.execute("SELECT kind, local_id, uuid, version FROM sync_ids").fetchall()
        assert {(type(k), type(u), len(u)) for k, _, u, _ in rows} == {(int, bytes, 16)}
        after = {(KIND_NAMES[k], i): (str(uuid.UUID(bytes=u)), v) for k, i, u, v in rows}
        made = {k for k in after if k[0] in ("address", "contact_way")}  # m019, m020 make these
        assert {k: v for k, v in after.items() if k not in made} == before
        some = next(k for k in before if k[0] == "customer")
        assert sync_rows.uuid_of(store.conn, *some) == before[some][0]
        assert sync_rows.local_id_of(store.conn, "customer", before[some][0]) == some[1]
        assert sync_rows.version_of(store.conn, "customer", before[some][0]) == some[1] + 100
        assert problems(store) == []
        # the old table's pages went back: the file was compacted after the move
        assert store.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        store.close()


def test_new_records_get_a_random_uuid_and_a_delete_names_it_as_text(release_file) -> None:
    store = open_database(release_file)
    try:
        with store.transaction():  # connected again (as connection.connect does)
            sync_tables.give_ids(store.conn)
            sync_rows.save_state(store.conn, "host=x", "login", "admin", None, "2026-12-05")
        customers = CustomerService(store, actor="测试员")
        made = customers.create({"name": "明佳烟酒", "code": "N001"})
        visit = InteractionService(store, "测试员").log_visit(
            made, {"occurred_at": "2026-12-01 10:00", "channel": "visit", "purpose": "例行拜访"}, [])
        for kind, local_id in (("customer", made), ("interaction", visit)):
            raw = store.conn.execute("SELECT uuid FROM sync_ids WHERE kind = ? AND local_id = ?",
                                     (KIND_CODES[kind], local_id)).fetchone()[0]
            given = uuid.UUID(bytes=raw)
            assert given.version == 4 and given.variant == uuid.RFC_4122
            assert sync_rows.uuid_of(store.conn, kind, local_id) == str(given)
        old = store.conn.execute("SELECT id FROM customers WHERE code != 'N001' LIMIT 1").fetchone()[0]
        name = sync_rows.uuid_of(store.conn, "customer", old)
        customers.delete(old)  # connected: the outbox keeps a deleted record's UUID
        customers.purge(old)
        assert [tuple(r) for r in store.conn.execute(
            "SELECT uuid, deleted FROM sync_outbox WHERE kind = 'customer' AND uuid IS NOT NULL"
        )] == [(name, 1)]
        assert sync_rows.local_id_of(store.conn, "customer", name) is None
        assert problems(store) == []
    finally:
        store.close()


def test_a_new_file_is_lean_from_the_start(tmp_path) -> None:
    store = open_database(tmp_path / "new.sqlite3")
    try:
        types = {r[1]: r[2] for r in store.conn.execute("PRAGMA table_info(sync_ids)")}
        assert (types["kind"], types["uuid"]) == ("INTEGER", "BLOB")
        assert store.count("sync_ids") == 0  # a file alone: UUIDs come when it connects
        taken = uuid.uuid4().bytes
        store.conn.execute("INSERT INTO sync_ids (kind, local_id, uuid) VALUES (0, 1000, ?)", (taken,))
        with pytest.raises(sqlite3.IntegrityError):  # one record per UUID
            store.conn.execute("INSERT INTO sync_ids (kind, local_id, uuid) VALUES (8, 1000, ?)",
                               (taken,))
    finally:
        store.close()


def test_a_file_of_the_first_sync_ids_keeps_them_too(tmp_path) -> None:
    """A file at m012 (tests/storage/test_lean_search.py's fixture): m013 moves its ids to the
    new layout before giving the change history theirs."""
    path = tmp_path / "older.sqlite3"
    shutil.copyfile(RELEASE.parent / "release-182b916.sqlite3", path)
    conn = plain_sqlite3.connect(path)  # connected (at m012 the history has no machine yet)
    with conn:
        conn.execute("INSERT INTO sync_state (id, url, login, connected_at) "
                     "VALUES (1, 'host=x', 'boss', '2026-12-01')")
    conn.close()
    before = text_ids(path)
    store = open_database(path)
    try:
        after = {(KIND_NAMES[k], i): (str(uuid.UUID(bytes=u)), v) for k, i, u, v in
                 store.conn.execute("SELECT kind, local_id, uuid, version FROM sync_ids")
                 if KIND_NAMES[k] != "contact_way"}  # m020 makes these records
        assert {k: v for k, v in after.items() if k in before} == before
        assert {k for k in after if k not in before} == {
            ("history", i) for (i,) in store.conn.execute("SELECT id FROM change_log")} | {
            ("address", i) for (i,) in store.conn.execute("SELECT id FROM customer_addresses")}
        assert problems(store) == []
    finally:
        store.close()


def test_a_rescue_of_a_release_file_keeps_its_uuids(release_file, tmp_path) -> None:
    from desktop_crm.storage.recover import recover

    before = text_ids(release_file)
    new = tmp_path / "rescued.sqlite3"
    assert recover(release_file, new, "王伟").complete
    store = open_database(new)
    try:
        after = {(KIND_NAMES[k], i): (str(uuid.UUID(bytes=u)), v) for k, i, u, v in
                 store.conn.execute("SELECT kind, local_id, uuid, version FROM sync_ids")
                 if KIND_NAMES[k] != "contact_way"}  # m020 makes these records
        assert {k: v for k, v in after.items() if k in before} == before
        assert problems(store) == []
    finally:
        store.close()
