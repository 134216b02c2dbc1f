from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop_crm.storage import errors
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import sqlite3  # the driver our code raises from
from desktop_crm.storage.schema import MIGRATION_SET, known_migrations, migrations


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_new_database_has_the_settings_we_rely_on(store) -> None:
    pragma = lambda name: store.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    applied = [r[0] for r in store.conn.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == known_migrations()


def test_whole_domain_is_in_the_schema(store) -> None:
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in (
        "customers", "contacts", "interactions", "interaction_contacts", "plans", "plan_points",
        "plan_actions", "plan_objectives", "plan_templates", "transactions", "metric_snapshots",
        "members", "staff", "campaigns", "campaign_targets", "message_templates", "score_runs",
        "score_rows", "custom_fields", "custom_values", "change_log", "import_batches",
        "import_batch_items", "customer_tags", "tiers", "audit_log", "settings",
    ):
        assert table in tables


def test_foreign_keys_are_enforced(store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.insert("contacts", {"customer_id": 999, "name": "nobody"})


def test_reopening_applies_nothing_and_keeps_data(db_path, store, customers) -> None:
    customers.create({"name": "明佳烟酒"})
    store.close()
    again = open_database(db_path)
    assert again.count("customers") == 1
    assert not [p for p in siblings(db_path) if ".before-" in p]
    from desktop_crm.storage import autobackup

    assert autobackup.listing(db_path) == []  # nothing to upgrade: no backup taken
    again.close()


def test_text_file_is_refused_and_left_untouched(tmp_path) -> None:
    path = tmp_path / "customers.sqlite3"
    path.write_text("客户名称,电话\n明佳烟酒,13912348866\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(errors.NotADatabaseError, match="not a SQLite database"):
        open_database(path)
    assert digest(path) == before
    assert siblings(path) == {"customers.sqlite3"}


def test_other_programs_database_is_refused_and_left_untouched(tmp_path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.NotADatabaseError, match="another program"):
        open_database(path)
    assert digest(path) == before
    assert siblings(path) == {"other.db"}


def test_schema_from_a_newer_version_is_refused_and_left_untouched(db_path, store) -> None:
    store.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        (MIGRATION_SET, "m999_from_the_future", "2030-01-01"),
    )
    store.close()
    before = digest(db_path)
    with pytest.raises(errors.SchemaTooNewError, match="newer version.*m999_from_the_future"):
        open_database(db_path)
    assert digest(db_path) == before


def test_missing_file_without_create(tmp_path) -> None:
    with pytest.raises(errors.StorageError, match="does not exist"):
        open_database(tmp_path / "nope.sqlite3", create=False)
    assert not (tmp_path / "nope.sqlite3").exists()


def test_old_schema_is_upgraded_after_a_backup(db_path) -> None:
    """A file at the first schema step gets the later ones, and a copy of it as it was."""
    db = Database(sqlite3.connect(db_path))  # the app's driver: its SQLite makes the index
    migrations.apply(db, stop_before=known_migrations()[1])
    db.execute(
        "INSERT INTO customers (code, name, phone, created_at, updated_at) "
        "VALUES ('420381104741', '明佳烟酒', '0710-3212345', '2024-01-01', '2024-01-01')"
    )
    db.conn.commit()
    db.close()

    store = open_database(db_path)
    from desktop_crm.domain.search import search

    assert [h.code for h in search(store, "mjyj")] == ["420381104741"]
    store.close()

    from desktop_crm.storage import autobackup

    backups = autobackup.listing(db_path)
    assert [b.reason for b in backups] == ["migration"]
    assert backups[0].path.name.startswith("crm-") and backups[0].customers() == 1
    old = sqlite3.connect(backups[0].path)
    applied = [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == known_migrations()[:1]
    assert old.execute("SELECT name FROM customers").fetchall() == [("明佳烟酒",)]
    old.close()


def test_failed_write_leaves_nothing_behind(store, customers) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction():
            customers.create({"name": "半途而废"})
            raise RuntimeError("power cut")
    assert store.count("customers") == 0
    assert store.count("change_log") == 0
    assert store.count("search_keys") == 0


def test_second_writer_waits_then_gets_a_clear_error(db_path, store) -> None:
    other = sqlite3.connect(db_path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store.conn.execute("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(errors.DatabaseBusyError, match="in use by another"):
            store.insert("staff", {"name": "王芳"})
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_insert_many_keeps_defaults_and_handles_link_tables(store, customers) -> None:
    cid = customers.create({"name": "明佳烟酒"})
    ids = store.insert_many(
        "contacts",
        [{"customer_id": cid, "name": "李娟", "is_primary": 1}, {"customer_id": cid, "name": "王明"}],
    )
    assert [store.get("contacts", i)["is_primary"] for i in ids] == [1, 0]  # default, not NULL
    visit = store.insert("interactions", {"customer_id": cid, "occurred_at": "2026-01-01", "channel": "visit"})
    assert store.insert_many("interaction_contacts", [{"interaction_id": visit, "contact_id": i} for i in ids]) == []
    assert store.conn.execute("SELECT count(*) FROM interaction_contacts").fetchone()[0] == 2


def test_step_names_match_the_registered_migrations() -> None:
    from desktop_crm.storage.steps import STEPS

    assert list(STEPS) == known_migrations()


def test_opening_an_up_to_date_file_does_not_load_the_migration_code(db_path, store) -> None:
    """Start-up stays fast: sqlite-utils (which imports pandas) loads only to migrate."""
    import subprocess
    import sys

    store.close()
    code = (
        "import sys\n"
        "from desktop_crm.storage.db import open_database\n"
        f"open_database({str(db_path)!r}).close()\n"
        "print('sqlite_utils' in sys.modules, 'pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_exists_and_find_one_read_one_row(store) -> None:
    assert not store.exists("customers")
    first = store.insert("customers", {"code": "C1", "name": "明佳烟酒"})
    store.insert("customers", {"code": "C2", "name": "明佳烟酒"})
    assert store.exists("customers") and store.exists("customers", name="明佳烟酒")
    assert not store.exists("customers", code="C3")
    assert store.find_one("customers", name="明佳烟酒")["id"] == first  # the first by id


def test_a_whole_transaction_takes_no_savepoints_and_is_undone_as_one(store) -> None:
    """What an import runs in: blocks nested inside join it without a savepoint (SQLite
    copies every page a savepoint touches to a sub-journal), and a failure undoes all."""
    made = iter(range(1000))

    def rows() -> list[dict[str, str]]:
        return [{"code": f"W{n}", "name": f"店{n}"} for n in (next(made), next(made))]

    def savepoints(block) -> bool:
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        try:
            block()
        finally:
            store.conn.set_trace_callback(None)
        return any(s.startswith("SAVEPOINT") for s in statements)

    def nested(whole: bool) -> None:
        with store.transaction(whole=whole), store.transaction():
            store.insert_many("customers", rows())

    assert savepoints(lambda: nested(whole=False))
    assert not savepoints(lambda: nested(whole=True))

    def failing() -> None:
        with pytest.raises(ValueError), store.transaction(whole=True):
            store.insert_many("customers", rows())
            raise ValueError("stop")

    assert not savepoints(failing)
    assert store.count("customers") == 4  # the two before; the failed one left nothing
    assert savepoints(lambda: nested(whole=False))  # and nesting takes savepoints again


def test_a_file_indexed_before_surname_readings_is_reindexed_where_they_change(
    db_path, monkeypatch
) -> None:
    """m009: entries written when 曾 read ceng in people's names too are redone on opening."""
    from desktop_crm.domain.search import search
    from desktop_crm.storage import search_index

    db = Database(sqlite3.connect(db_path))  # the app's driver, whose rows flush() reads
    migrations.apply(db, stop_before="m009_surname_pinyin")
    db.execute("INSERT INTO customers (code, name, kind, created_at, updated_at) VALUES "
               "('P1', '曾小红', 'individual', '2024-01-01', '2024-01-01'), "
               "('S1', '明佳烟酒', 'company', '2024-01-01', '2024-01-01')")
    db.execute("INSERT INTO contacts (customer_id, name, created_at, updated_at) "
               "VALUES (2, '单丽', '2024-01-01', '2024-01-01')")
    read_as_before = search_index.pinyin_keys
    with monkeypatch.context() as before:
        before.setattr(search_index, "pinyin_keys", lambda name, person=False: read_as_before(name))
        db.conn.row_factory = sqlite3.Row  # as the app's connection reads rows
        search_index.flush(db.conn)
    db.conn.commit()
    assert "cengxiaohong" in db.execute(
        "SELECT name_keys FROM search_keys WHERE customer_id = 1").fetchone()[0]
    db.close()

    store = open_database(db_path)
    assert [h.code for h in search(store, "zengxiaohong")] == ["P1"]
    assert [h.code for h in search(store, "shanli")] == ["S1"]
    assert search_index.problems(store.conn) == []
    store.close()


def test_an_index_merged_by_another_connection_is_not_taken_for_damage(db_path, store) -> None:
    """The window's connection searches, a worker's import merges the full-text indexes, then
    the window writes: its damage check before that write must not call the file damaged
    (SQLite 3.53's quick_check read FTS5's stale per-connection cache)."""
    from desktop_crm.domain.customers import CustomerService
    from desktop_crm.storage import search_index, search_query

    CustomerService(store, "谢斌").create_many(
        [{"name": f"明佳烟酒{i}号店", "phone": f"1391234{i:04d}"} for i in range(300)])
    window = open_database(db_path)
    try:
        assert search_query.search(window.conn, search_query.parse("明佳烟酒"))
        with store.transaction():  # the worker's import, merging as a bulk import does
            CustomerService(store, "谢斌").create_many(
                [{"name": f"新开便利{i}号店"} for i in range(2000)])
            for table in search_index.FULL_TEXT:
                store.conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        with window.transaction():  # the first write of the window's connection
            CustomerService(window, "谢斌").create({"name": "福满超市"})
        assert window.read_only is None
    finally:
        window.close()
