from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop_crm.storage import errors
from desktop_crm.storage.backup import backup, integrity_problem, restore
from desktop_crm.storage.db import open_database
from desktop_crm.storage.lock import InstanceLock


def names(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM customers ORDER BY id")]
    finally:
        conn.close()


def test_backup_then_restore_brings_back_the_data(tmp_path, db_path, store, customers) -> None:
    customers.create({"name": "明佳烟酒"})
    copy = backup(store, tmp_path / "backups")
    assert copy.parent == tmp_path / "backups" and copy.suffix == ".sqlite3"
    assert integrity_problem(copy) is None
    assert names(copy) == ["明佳烟酒"]

    customers.create({"name": "鑫源超市"})
    store.close()
    aside = restore(copy, db_path)

    assert names(db_path) == ["明佳烟酒"]
    assert names(aside) == ["明佳烟酒", "鑫源超市"]  # what was replaced is kept
    reopened = open_database(db_path)
    from desktop_crm.domain.search import search

    assert [h.name for h in search(reopened, "鑫源")] == []
    assert [h.name for h in search(reopened, "明佳")] == ["明佳烟酒"]
    reopened.close()


def test_backup_never_overwrites_its_source(db_path, store) -> None:
    with pytest.raises(errors.StorageError, match="cannot overwrite"):
        backup(store, db_path)


def test_corrupt_backup_is_refused_and_database_untouched(tmp_path, db_path, store, customers) -> None:
    customers.create({"name": "明佳烟酒"})
    copy = backup(store, tmp_path / "good.sqlite3")
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
    assert not [p for p in tmp_path.iterdir() if "replaced" in p.name or "restoring" in p.name]


def test_non_database_is_refused(tmp_path, db_path, store) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    store.close()
    with pytest.raises(errors.NotADatabaseError):
        restore(text, db_path)


def test_restore_refuses_while_the_app_has_the_file_open(tmp_path, db_path, store) -> None:
    copy = backup(store, tmp_path / "b.sqlite3")
    with InstanceLock(db_path.resolve()):
        with pytest.raises(errors.DatabaseBusyError, match="in use"):
            restore(copy, db_path)
