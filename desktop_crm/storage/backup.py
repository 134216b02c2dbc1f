"""Backups and restores, always through SQLite's backup API, never by copying a live file."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from desktop_crm.storage import errors
from desktop_crm.storage.db import Store, inspect, keyed
from desktop_crm.storage.driver import is_encrypted, sqlite3
from desktop_crm.storage.lock import InstanceLock


def default_backup_name(db_path: Path) -> str:
    return f"{db_path.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.sqlite3"


def backup(store: Store, dest: Path) -> Path:
    """Write a consistent copy of the open database to ``dest``: a file, or a folder (one
    that exists, or a path without a file extension) to put a dated file in.

    The copy is written beside its destination under a temporary name, checked, then moved
    into place, so a full disk or a crash never leaves a half-written backup. The backup of
    an encrypted file is encrypted with the same passphrase.
    """
    dest = Path(dest).expanduser()
    if dest.is_dir() or not dest.suffix:
        dest = dest / default_backup_name(store.path)
    dest = dest.resolve()
    if dest == store.path:
        raise errors.StorageError("A backup cannot overwrite the database it copies; choose another file.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        _copy(store.conn, tmp, store.passphrase)
        problem = integrity_problem(tmp, store.passphrase)
        if problem:
            raise errors.StorageError(f"The backup could not be verified ({problem}); nothing was written.")
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise errors.translate(exc, dest) or errors.StorageError(f"Backup failed: {exc}.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def restore(src: Path, target: Path, passphrase: str | None = None) -> Path:
    """Replace the database at ``target`` with the backup ``src``; returns where the replaced
    database was kept aside.

    ``src`` is checked first (a SQLite file, intact, a desktop-crm database no newer than this
    version); if it fails, nothing changes. The swap itself is an atomic rename. An encrypted
    backup needs its ``passphrase``, and stays encrypted; so does an encrypted ``target``'s
    copy kept aside (with the same passphrase).
    """
    src, target = Path(src).expanduser().resolve(), Path(target).expanduser().resolve()
    if not src.is_file():
        raise errors.StorageError(f"{src} does not exist; choose a backup file.")
    src_key = passphrase if is_encrypted(src) else None
    inspect(src, src_key)
    problem = integrity_problem(src, src_key)
    if problem:
        raise errors.StorageError(
            f"{src} is damaged ({problem}); it was not restored and your database is unchanged."
        )
    with InstanceLock(target):
        incoming = target.with_name(target.name + ".restoring")
        try:
            source = keyed(f"{src.as_uri()}?mode=ro", src_key, uri=True)
            try:
                _copy(source, incoming, src_key)
            finally:
                source.close()
            aside = None
            if target.exists():
                aside = target.with_name(
                    f"{target.stem}.replaced-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
                    f"{target.suffix or '.sqlite3'}"
                )
                target_key = passphrase if is_encrypted(target) else None
                current = keyed(target, target_key)
                try:
                    _copy(current, aside, target_key)
                finally:
                    current.close()
            os.replace(incoming, target)
            for suffix in ("-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
        except sqlite3.Error as exc:
            raise errors.translate(exc, target) or errors.StorageError(f"Restore failed: {exc}.") from exc
        finally:
            incoming.unlink(missing_ok=True)
    return aside or target


def integrity_problem(path: Path, passphrase: str | None = None) -> str | None:
    """None when SQLite's integrity check passes on ``path``, else what it reported."""
    try:
        conn = keyed(f"{path.as_uri()}?mode=ro", passphrase, uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def _copy(source: sqlite3.Connection, dest_path: Path, passphrase: str | None = None) -> None:
    dest_path.unlink(missing_ok=True)
    dest = keyed(dest_path, passphrase)  # SQLCipher copies between files of the same key
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        dest.close()
