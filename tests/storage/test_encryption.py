"""Encrypted databases: nothing readable in the file or its copies, the passphrase asked for
and checked, conversions that keep every row and leave no plain copy behind."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3 as stdlib_sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.demo import build_demo
from desktop_crm.domain.search import search
from desktop_crm.storage import autobackup
from desktop_crm.storage import backup as backups
from desktop_crm.storage import encryption, errors
from desktop_crm.storage.check import problems
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import PLAIN_HEADER, is_encrypted, sqlite3
from desktop_crm.storage.recover import recover
from desktop_crm.storage.schema import known_migrations, migrations

KEY = "correct horse battery"
PHONE = b"13912348866"
NAME = "明佳烟酒".encode()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_mingjia(store) -> int:
    cid = CustomerService(store, actor="测试员").create(
        {"code": "420381104741", "name": "明佳烟酒", "phone": "0710-3212345", "address": "文博路18号"}
    )
    ContactService(store, actor="测试员").create(cid, {"name": "李娟", "mobile": "139 1234 8866"})
    return cid


def rows_per_table(path: Path, passphrase: str | None = None) -> dict[str, int]:
    with open_database(path, create=False, passphrase=passphrase) as store:
        names = [r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: store.conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def readable_anywhere(folder: Path, needle: bytes) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.fixture
def encrypted(tmp_path) -> Path:
    """A new encrypted database holding 明佳烟酒 and its owner's mobile, closed."""
    path = tmp_path / "secret.sqlite3"
    with open_database(path, passphrase=KEY) as store:
        add_mingjia(store)
    return path


def test_a_new_encrypted_file_hides_names_and_phones_and_is_migrated_by_sqlite_utils(
        encrypted) -> None:
    assert is_encrypted(encrypted)
    assert encrypted.read_bytes()[:16] != PLAIN_HEADER
    assert readable_anywhere(encrypted.parent, PHONE) == []
    assert readable_anywhere(encrypted.parent, NAME) == []
    with open_database(encrypted, passphrase=KEY) as store:
        applied = [r[0] for r in store.conn.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == known_migrations()  # sqlite-utils' Migrations ran on the keyed connection
        db = Database(store.conn)
        assert db.supports_strict and db.supports_on_conflict  # its feature probes pass
        assert db["customers"].count == 1
        assert [h.name for h in search(store, "明佳烟")] == ["明佳烟酒"]  # FTS5 trigram
        assert [h.name for h in search(store, "mjyj")] == ["明佳烟酒"]
        assert [h.name for h in search(store, "8866")] == ["明佳烟酒"]
        assert problems(store) == []


def test_one_driver_family_for_every_error(store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.insert("contacts", {"customer_id": 999, "name": "nobody"})
    assert sqlite3 is not stdlib_sqlite3 and type(store.conn).__module__.startswith("sqlcipher3")


def test_without_a_passphrase_or_with_a_wrong_one_the_file_is_not_touched(encrypted) -> None:
    before = digest(encrypted)
    with pytest.raises(errors.PassphraseNeeded, match="is encrypted"):
        open_database(encrypted)
    with pytest.raises(errors.WrongPassphrase) as wrong:
        open_database(encrypted, passphrase="not the passphrase")
    assert str(wrong.value).startswith("The passphrase is wrong; secret.sqlite3 was not changed")
    assert str(wrong.value).count(". ") == 0  # one sentence
    assert digest(encrypted) == before
    assert sorted(p.name for p in encrypted.parent.iterdir()) == ["secret.sqlite3"]


def test_a_plain_file_ignores_a_passphrase(db_path, store) -> None:
    add_mingjia(store)
    store.close()
    with open_database(db_path, passphrase=KEY) as again:
        assert again.passphrase is None and again.count("customers") == 1
    assert db_path.read_bytes()[:16] == PLAIN_HEADER


def test_a_text_file_is_still_not_a_database(tmp_path) -> None:
    path = tmp_path / "customers.sqlite3"
    path.write_text("客户名称,电话\n明佳烟酒,13912348866\n", encoding="utf-8")
    assert not is_encrypted(path)
    with pytest.raises(errors.NotADatabaseError):
        open_database(path, passphrase=KEY)


def test_encrypt_then_decrypt_keeps_every_row_and_wipes_the_plain_original(tmp_path) -> None:
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as store:
        build_demo(store, 120, seed=4)
        add_mingjia(store)
    before = rows_per_table(path)
    # another name for the same file, as a user's hard link would be: after the conversion
    # it shows what became of the old file's bytes on the disk
    other_name = tmp_path / "same-inode"
    os.link(path, other_name)

    with open_database(path) as store:
        converted = encryption.convert(store, KEY)
        assert converted.path.exists() and converted.rows["customers"] == 121
    assert encryption.swap_in(converted) is None

    assert is_encrypted(path)
    assert set(p.name for p in tmp_path.iterdir()) <= {"crm.sqlite3", "crm.sqlite3.lock", "same-inode"}
    assert other_name.read_bytes().count(0) == other_name.stat().st_size  # overwritten with zeros
    other_name.unlink()
    assert readable_anywhere(tmp_path, PHONE) == []
    assert rows_per_table(path, KEY) == before

    with open_database(path, passphrase=KEY) as store:
        assert [h.name for h in search(store, "明佳烟")] == ["明佳烟酒"]
        converted = encryption.convert(store, None)
    encryption.swap_in(converted)
    assert path.read_bytes()[:16] == PLAIN_HEADER
    assert rows_per_table(path) == before
    raw = stdlib_sqlite3.connect(path)  # any SQLite tool reads it again
    assert raw.execute("SELECT name FROM customers WHERE code = '420381104741'").fetchone() == ("明佳烟酒",)
    raw.close()


def test_keep_old_keeps_the_plain_file_beside_it(db_path, store) -> None:
    add_mingjia(store)
    converted = encryption.convert(store, KEY)
    store.close()
    kept = encryption.swap_in(converted, keep_old=True)
    assert kept is not None and kept.read_bytes()[:16] == PLAIN_HEADER and PHONE not in db_path.read_bytes()


def test_short_passphrases_are_refused(store) -> None:
    with pytest.raises(errors.StorageError, match="at least 8 characters"):
        encryption.convert(store, "short")
    assert [p.name for p in store.path.parent.iterdir() if "tmp" in p.name] == []


def test_a_write_by_another_program_during_the_conversion_stops_it(db_path, store) -> None:
    add_mingjia(store)

    def meanwhile(done: int, total: int) -> bool:
        other = sqlite3.connect(db_path)
        other.execute("UPDATE customers SET notes = 'changed elsewhere'")
        other.commit()
        other.close()
        return True

    with pytest.raises(errors.StorageError, match="changed by another program"):
        encryption.convert(store, KEY, meanwhile)
    assert not is_encrypted(db_path)
    assert [p.name for p in db_path.parent.iterdir() if "tmp" in p.name] == []


def test_a_cancelled_conversion_leaves_nothing(db_path, store) -> None:
    build_demo(store, 60, seed=1)
    with pytest.raises(encryption.ConversionCancelled):
        encryption.convert(store, KEY, lambda done, total: False)
    assert [p.name for p in db_path.parent.iterdir() if "tmp" in p.name] == []
    assert not is_encrypted(db_path)


def test_the_swap_waits_for_other_connections_to_close(db_path, store) -> None:
    add_mingjia(store)
    converted = encryption.convert(store, KEY)
    with pytest.raises(errors.DatabaseBusyError):
        encryption.swap_in(converted)  # the store is still open, with its WAL
    assert not is_encrypted(db_path) and not converted.path.exists()


def test_backups_of_an_encrypted_file_are_encrypted_and_restore(encrypted, tmp_path) -> None:
    with open_database(encrypted, passphrase=KEY) as store:
        saved = backups.backup(store, tmp_path / "backups").path
        CustomerService(store, actor="测试员").create({"name": "鑫源超市"})
    assert is_encrypted(saved) and PHONE not in saved.read_bytes()
    with pytest.raises(errors.PassphraseNeeded):
        backups.restore(saved, encrypted)
    with pytest.raises(errors.WrongPassphrase):
        backups.restore(saved, encrypted, passphrase="not the passphrase")
    aside = backups.restore(saved, encrypted, passphrase=KEY)  # the current file's backup
    assert is_encrypted(aside) and is_encrypted(encrypted)
    assert readable_anywhere(tmp_path, PHONE) == [] and PHONE not in aside.read_bytes()
    with open_database(encrypted, passphrase=KEY) as store:
        assert [r["name"] for r in store.find("customers")] == ["明佳烟酒"]
    with open_database(aside, passphrase=KEY) as store:
        assert store.count("customers") == 2


def test_an_old_encrypted_file_is_upgraded_after_an_encrypted_copy(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA key = '{KEY}'")
    migrations.apply(Database(conn), stop_before=known_migrations()[1])
    conn.execute("INSERT INTO customers (code, name, phone, created_at, updated_at) "
                 "VALUES ('420381104741', '明佳烟酒', '13912348866', '2024-01-01', '2024-01-01')")
    conn.commit()
    conn.close()
    with open_database(path, passphrase=KEY) as store:
        assert [h.code for h in search(store, "mjyj")] == ["420381104741"]
    copies = autobackup.listing(path)
    assert [b.reason for b in copies] == ["migration"] and copies[0].encrypted
    assert PHONE not in copies[0].path.read_bytes() and readable_anywhere(tmp_path, PHONE) == []
    assert copies[0].customers() is None and copies[0].customers(KEY) == 1


def test_recover_reads_a_damaged_encrypted_file_into_an_encrypted_one(tmp_path) -> None:
    path = tmp_path / "damaged.sqlite3"
    with open_database(path, passphrase=KEY) as store:
        build_demo(store, 300, seed=2)
        customers = store.count("customers")
    pages = path.stat().st_size // 4096
    rng = random.Random(3)
    with path.open("r+b") as fh:  # noise in a few pages of the second half
        for page in sorted(rng.sample(range(pages // 2, pages), 4)):
            fh.seek(page * 4096 + 100)
            fh.write(bytes(rng.randrange(256) for _ in range(500)))
    before = digest(path)
    new = tmp_path / "rescued.sqlite3"
    with pytest.raises(errors.WrongPassphrase):
        recover(path, new, passphrase="not the passphrase")
    rescue = recover(path, new, passphrase=KEY)
    assert digest(path) == before
    assert is_encrypted(new)
    saved = {t.table: t.saved for t in rescue.tables}
    assert 0 < saved["customers"] <= customers
    with open_database(new, passphrase=KEY) as store:
        assert problems(store) == []
