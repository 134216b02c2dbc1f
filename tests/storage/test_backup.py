"""``backup`` never destroys what is at its destination, and is verified where it lies."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.storage import autobackup, errors
from desktop_crm.storage.backup import DestinationError, backup, integrity_problem, restore
from desktop_crm.storage.db import open_database
from desktop_crm.storage.lock import InstanceLock


def names(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_as_the_app_opens_it(path: Path) -> tuple[str, int]:
    """Integrity and customers of ``path`` opened as desktop-crm opens a file (WAL mode),
    which is when a stale WAL beside it is replayed into it."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return check, conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    finally:
        conn.close()


def killed_writer(path: Path, rows: int = 5000) -> None:
    """Another program writes a database at ``path`` in WAL mode and dies before SQLite can
    fold its WAL in: the -wal (and -shm) stay beside it, as after a crash."""
    code = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r})
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.executemany("INSERT INTO customers (name) VALUES (?)", [("x" * 50,)] * {rows})
        conn.commit()
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", code], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0


@pytest.fixture
def shops(customers) -> int:
    customers.create_many([{"name": f"客户{i:03d}"} for i in range(300)])
    return 300


def test_backup_then_restore_brings_back_the_data(tmp_path, db_path, store, customers) -> None:
    customers.create({"name": "明佳烟酒"})
    written = backup(store, tmp_path / "backups")
    copy = written.path
    assert copy.parent == tmp_path / "backups" and copy.suffix == ".sqlite3"
    assert (written.customers, written.replaced, written.audited) == (1, None, True)
    assert integrity_problem(copy) is None
    assert names(copy) == ["明佳烟酒"]

    customers.create({"name": "鑫源超市"})
    store.close()
    kept = restore(copy, db_path)

    assert names(db_path) == ["明佳烟酒"]
    assert names(kept) == ["明佳烟酒", "鑫源超市"]  # what was replaced is kept, as a backup
    assert [b.path for b in autobackup.listing(db_path)] == [kept]
    assert autobackup.listing(db_path)[0].reason == "restore"
    reopened = open_database(db_path)
    from desktop_crm.domain.search import search

    assert [h.name for h in search(reopened, "鑫源")] == []
    assert [h.name for h in search(reopened, "明佳")] == ["明佳烟酒"]
    reopened.close()


def test_backup_never_overwrites_its_source(db_path, store) -> None:
    with pytest.raises(errors.StorageError, match="cannot overwrite"):
        backup(store, db_path)
    with pytest.raises(errors.StorageError, match="cannot overwrite"):
        backup(store, Path(f"{db_path}-wal"))


def test_an_existing_file_is_refused_and_left_as_it_was(tmp_path, store, shops) -> None:
    report = tmp_path / "report.csv"
    report.write_text("客户,电话\n明佳烟酒,139\n", encoding="utf-8")
    before = set(tmp_path.iterdir())
    with pytest.raises(DestinationError, match="already exists.*never overwrites"):
        backup(store, report)
    assert report.read_text(encoding="utf-8") == "客户,电话\n明佳烟酒,139\n"
    assert set(tmp_path.iterdir()) == before


def test_replace_keeps_the_old_file_aside(tmp_path, store, shops) -> None:
    other = tmp_path / "other.sqlite3"
    theirs = open_database(other)
    CustomerService(theirs, "别人").create({"name": "别人的客户"})
    theirs.close()
    old = digest(other)

    written = backup(store, other, replace=True)

    assert written.path == other and written.customers == shops
    assert len(names(other)) == shops
    assert written.replaced.name.startswith("other.replaced-") and written.replaced.suffix == ".sqlite3"
    assert digest(written.replaced) == old and names(written.replaced) == ["别人的客户"]


def test_a_stale_wal_beside_the_destination_is_refused(tmp_path, store, shops) -> None:
    """The issue's case: a -wal left beside the destination by a crash was replayed into the
    new backup when it was opened (a backup of 300 customers showed another file's 5,000),
    while the command said "backup written"."""
    dest = tmp_path / "b.sqlite3"
    killed_writer(dest)
    dest.unlink()  # the file is gone; its WAL stayed
    with pytest.raises(DestinationError, match="b.sqlite3-wal beside it"):
        backup(store, dest)
    assert not dest.exists()
    assert {p.name for p in tmp_path.iterdir()} >= {"b.sqlite3-wal"}


def test_a_file_with_a_stale_wal_is_refused_even_to_replace(tmp_path, store, shops) -> None:
    dest = tmp_path / "b.sqlite3"
    killed_writer(dest)
    before = digest(dest)
    with pytest.raises(DestinationError, match="wal beside it"):
        backup(store, dest, replace=True)
    assert digest(dest) == before
    assert count_as_the_app_opens_it(dest) == ("ok", 5000)  # their file, with its WAL, intact


def test_a_destination_open_in_another_program_is_refused(tmp_path, store, shops) -> None:
    dest = tmp_path / "open.sqlite3"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({str(dest)!r})
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('在用')")
        conn.commit()
        print("ready", flush=True)
        sys.stdin.read()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DestinationError, match="open in another program"):
            backup(store, dest, replace=True)
    finally:
        holder.communicate("", timeout=10)
    assert names(dest) == ["在用"]


def test_a_destination_open_in_a_desktop_crm_window_is_refused(tmp_path, store, shops) -> None:
    dest = tmp_path / "window.sqlite3"
    other = open_database(dest)
    other.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    other.close()  # no journal beside it: only the window's lock says it is open
    with InstanceLock(dest):
        with pytest.raises(DestinationError, match="open in another desktop-crm window"):
            backup(store, dest, replace=True)


def test_the_backup_is_verified_where_it_lies(tmp_path, store, shops) -> None:
    """A WAL that appears beside the destination while the copy is written (another program
    opened that name meanwhile) is caught: the copy under its temporary name was sound, the
    file in place would not be. It is removed and the file it replaced goes back."""
    stale = tmp_path / "stale"
    stale.mkdir()
    killed_writer(stale / "x.sqlite3")
    dest = tmp_path / "b.sqlite3"
    dest.write_text("their notes")

    def meanwhile(done: int, total: int) -> bool:
        (tmp_path / "b.sqlite3-wal").write_bytes((stale / "x.sqlite3-wal").read_bytes())
        return True

    with pytest.raises(errors.StorageError, match="could not be verified.*b.sqlite3-wal appeared"):
        backup(store, dest, replace=True, progress=meanwhile)
    assert dest.read_text() == "their notes"
    assert not [p for p in tmp_path.iterdir() if "replaced" in p.name or "tmp" in p.name]


def test_a_backup_is_audited_and_private(tmp_path, store, shops) -> None:
    written = backup(store, tmp_path / "copy.sqlite3", actor="李娟")
    rows = store.find("audit_log", action="backup")
    assert [(r["actor"], str(written.path) in r["detail"]) for r in rows] == [("李娟", True)]
    if os.name == "posix":
        assert written.path.stat().st_mode & 0o777 == 0o600


def test_a_read_only_database_is_backed_up_without_an_audit_row(tmp_path, db_path, store, shops) -> None:
    store.close()
    read_only = open_database(db_path, read_only=True)
    try:
        written = backup(read_only, tmp_path / "copy.sqlite3")
    finally:
        read_only.close()
    assert (written.customers, written.audited) == (shops, False)
    assert len(names(written.path)) == shops


def test_corrupt_backup_is_refused_and_database_untouched(tmp_path, db_path, store, customers) -> None:
    customers.create({"name": "明佳烟酒"})
    copy = backup(store, tmp_path / "good.sqlite3").path
    store.close()
    data = bytearray(copy.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), 7):  # scribble over every page but the header
        data[offset] = 0x5A
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(bytes(data))
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    with pytest.raises(errors.StorageError, match="damaged|not a SQLite"):
        restore(bad, db_path)

    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert names(db_path) == ["明佳烟酒"]
    assert not [p for p in tmp_path.iterdir() if "replaced" in p.name or "tmp" in p.name]
    assert autobackup.listing(db_path) == []


def test_non_database_is_refused(tmp_path, db_path, store) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    store.close()
    with pytest.raises(errors.NotADatabaseError):
        restore(text, db_path)


def test_restore_refuses_while_the_app_has_the_file_open(tmp_path, db_path, store) -> None:
    copy = backup(store, tmp_path / "b.sqlite3").path
    with InstanceLock(db_path.resolve()):
        with pytest.raises(errors.DatabaseBusyError, match="in use"):
            restore(copy, db_path)


def test_restore_over_a_damaged_database_keeps_it_aside_as_it_was(tmp_path, db_path, store, shops) -> None:
    copy = backup(store, tmp_path / "good.sqlite3").path
    store.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(4096 * 3, len(data), 5):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    damaged = digest(db_path)

    kept = restore(copy, db_path)

    assert kept.name.startswith("crm.replaced-") and kept.parent == db_path.parent
    assert digest(kept) == damaged
    assert len(names(db_path)) == shops and integrity_problem(db_path) is None
