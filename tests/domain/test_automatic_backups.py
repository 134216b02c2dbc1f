"""Every action that changes much takes a verified backup first, of the file as it was; and
does not start when the backup cannot be written."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_crm.domain.bulk_edit import BulkEditService
from desktop_crm.domain.importing import revert_batch
from desktop_crm.domain.merge import merge_customers
from desktop_crm.storage import autobackup, errors
from desktop_crm.storage.backup import integrity_problem
from tests.domain.test_import import ROWS, customers_import, write_csv


def only_backup(db_path, reason: str):
    """The one backup of the database, taken for ``reason``; checked intact."""
    found = autobackup.listing(db_path)
    assert [b.reason for b in found] == [reason]
    assert integrity_problem(found[0].path) is None
    return found[0]


def names_in(path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM customers WHERE deleted_at IS NULL ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def two(customers) -> tuple[int, int]:
    return customers.create({"name": "明佳烟酒"}), customers.create({"name": "明佳烟酒店"})


def test_an_import_backs_up_first(tmp_path, db_path, store, two) -> None:
    result = customers_import(store, write_csv(tmp_path / "in.csv", ROWS))
    assert result.counts["created"] == 4
    backup = only_backup(db_path, "import")
    assert backup.customers() == 2 and names_in(backup.path) == ["明佳烟酒", "明佳烟酒店"]


def test_a_dry_run_takes_no_backup(tmp_path, db_path, store, two) -> None:
    customers_import(store, write_csv(tmp_path / "in.csv", ROWS), dry_run=True)
    assert autobackup.listing(db_path) == []


def test_reverting_an_import_backs_up_first(tmp_path, db_path, store, two) -> None:
    result = customers_import(store, write_csv(tmp_path / "in.csv", ROWS))
    revert_batch(store, result.batch_id, actor="导入员")
    reverted = [b for b in autobackup.listing(db_path) if b.reason == "revert"]
    assert len(reverted) == 1 and reverted[0].customers() == 6


def test_a_merge_backs_up_first(db_path, store, two) -> None:
    merge_customers(store, *two, actor="测试员")
    backup = only_backup(db_path, "merge")
    assert names_in(backup.path) == ["明佳烟酒", "明佳烟酒店"]
    assert store.count("customers", deleted_at=None) == 1


def test_purging_one_or_many_backs_up_once_first(db_path, store, customers, two) -> None:
    for cid in two:
        customers.delete(cid)
    BulkEditService(store, "测试员").purge(list(two))
    backup = only_backup(db_path, "purge")
    conn = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 2  # both, in the trash
    conn.close()
    assert store.count("customers") == 0

    third = customers.create({"name": "鑫源超市"})
    customers.delete(third)
    customers.purge(third)
    assert [b.reason for b in autobackup.listing(db_path)] == ["purge", "purge"]


def test_purging_what_is_not_in_the_trash_takes_no_backup(db_path, store, customers, two) -> None:
    with pytest.raises(Exception, match="trash before purging"):
        customers.purge(two[0])
    assert autobackup.listing(db_path) == []


def test_no_backup_no_import(read_only_folder, monkeypatch, tmp_path, store, two) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(read_only_folder(lambda folder: None)))
    source = write_csv(tmp_path / "in.csv", ROWS)
    with pytest.raises(errors.StorageError, match="so the import did not start"):
        customers_import(store, source)
    assert store.count("customers") == 2 and store.count("import_batches") == 0
    with pytest.raises(errors.StorageError, match="so the merge did not start"):
        merge_customers(store, *two, actor="测试员")
    assert store.count("customers", deleted_at=None) == 2
