"""Backups and restores, always through SQLite's backup API, never by copying a live file.

A backup never overwrites a file desktop-crm did not make: an existing destination is
refused (or, asked to replace it, kept aside first), and so is one that is open elsewhere.
The copy is written under a temporary name, made visible with its audit row, and verified
where it finally lies — opened as a desktop-crm database, intact, with the customers of
the snapshot it was taken from. The copy of an encrypted database is encrypted with the
same passphrase (``passphrase`` below: the database's, None for a plain one).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_crm.storage import audit, errors, temporaries
from desktop_crm.storage.db import Store, inspect, keyed
from desktop_crm.storage.driver import is_encrypted, sqlite3
from desktop_crm.storage.lock import InstanceLock

STEP_PAGES = 4096  # pages copied between progress reports (16 MB at 4 KB a page)
Progress = Callable[[int, int], bool]


class DestinationError(errors.StorageError):
    """The destination of a backup exists or is in use; nothing was written."""


class BackupCancelled(Exception):
    """The person stopped a backup (``progress`` returned False); nothing was written."""


@dataclass(frozen=True)
class Written:
    path: Path                  # the verified backup
    customers: int              # customers in it (not in the trash)
    replaced: Path | None       # where the file that was at ``path`` was kept
    audited: bool               # False only for a database open read-only (no row can be written)


def default_backup_name(db_path: Path, when: datetime | None = None) -> str:
    return f"{db_path.stem}-{(when or datetime.now()).strftime('%Y%m%d-%H%M%S')}.sqlite3"


def backup(
    store: Store, dest: Path, *, replace: bool = False, actor: str = "",
    progress: Progress | None = None,
) -> Written:
    """Write a consistent copy of the open database to ``dest``: a file, or a folder (one
    that exists, or a path without a file extension) to put a dated file in.

    An existing ``dest`` raises :class:`DestinationError` unless ``replace`` is true; then
    it is kept aside as ``NAME.replaced-TIMESTAMP.EXT`` before the new file takes its name.
    A ``dest`` open elsewhere (its lock held, or SQLite's journal files beside it) is
    always refused. The audit row ("backup") is written before the file appears.
    """
    dest = _destination(store, dest)
    if dest.exists() and not replace:
        raise DestinationError(
            f"{dest} already exists, and a backup never overwrites a file: choose another "
            "name, or ask to replace it (--replace on the command line), which keeps the file "
            "there now aside. Nothing was written."
        )
    problem = in_use(dest)
    if problem:
        raise DestinationError(f"{dest} {problem}; close it there or choose another name. Nothing was written.")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.from_os_error(exc, dest) from exc
    detail = f"{store.path.name} to {dest}"
    tmp = temporaries.temporary(dest)
    replaced = None
    try:
        with temporaries.hold(tmp):
            if store.read_only:  # nothing can be recorded in a file we may not write
                customers = snapshot(store.conn, tmp, progress, store.passphrase)
                replaced = _keep_aside(dest)
                os.replace(tmp, dest)
            else:
                with audit.publish(store, dest, actor, "backup", detail) as target:
                    customers = snapshot(store.conn, target, progress, store.passphrase)
                    replaced = _keep_aside(dest)  # the row is written as the block ends
        _sync_folder(dest.parent)
    except BaseException:
        if replaced is not None and not dest.exists():
            os.replace(replaced, dest)  # the rename did not happen: the old file goes back
        elif replaced is not None:
            replaced.unlink(missing_ok=True)  # only a second name of the file at dest
        raise
    try:
        verify(dest, customers, passphrase=store.passphrase)
    except errors.StorageError as exc:
        dest.unlink(missing_ok=True)
        if replaced is not None:
            os.replace(replaced, dest)
        raise errors.StorageError(f"{exc} It was removed; nothing was written.") from exc
    return Written(dest, customers, replaced, audited=not store.read_only)


def _destination(store: Store, dest: Path) -> Path:
    dest = Path(dest).expanduser()
    if dest.is_dir() or not dest.suffix:
        dest = dest / default_backup_name(store.path)
    dest = dest.resolve()
    own = {store.path.name + s for s in ("", ".lock", *temporaries.SIDECARS)}
    if dest.parent == store.path.parent and dest.name in own:
        raise errors.StorageError("A backup cannot overwrite the database it copies; choose another file.")
    return dest


def in_use(path: Path) -> str | None:
    """Why ``path`` may not be replaced now — open in desktop-crm, or SQLite's journal files
    beside it (open in another program, or left by a crash, which SQLite would replay into
    whatever file takes the name) — or None."""
    found = temporaries.sidecars(path)
    if found:
        return (f"has {found[0].name} beside it: it is open in another program, or was not "
                "closed properly (open it once and close it to tidy it up)")
    lock = InstanceLock(path)
    if lock.path.exists():
        try:
            lock.acquire()
        except errors.StorageError:
            return "is open in another desktop-crm window"
        lock.release()
    return None


def _keep_aside(dest: Path) -> Path | None:
    """Give the file at ``dest`` a second name, ``NAME.replaced-TIMESTAMP.EXT``, so that the
    rename that follows leaves it there (a copy where the disk cannot link); None when
    there is no file at ``dest``."""
    if not dest.exists():
        return None
    aside = _free_name(dest.with_name(
        f"{dest.stem}.replaced-{datetime.now().strftime('%Y%m%d-%H%M%S')}{dest.suffix}"
    ))
    try:
        os.link(dest, aside)
    except OSError:
        shutil.copy2(dest, aside)
    return aside


def _free_name(path: Path) -> Path:
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


# --- restore ---------------------------------------------------------------------------------

def restore(src: Path, target: Path, *, progress: Progress | None = None,
            passphrase: str | None = None) -> Path:
    """Replace the database at ``target`` with the backup ``src``; returns where the replaced
    database was kept (an automatic backup, or — when that cannot be written, e.g. the
    database is damaged — the file itself renamed ``NAME.replaced-TIMESTAMP.sqlite3``), or
    ``target`` when there was none.

    ``src`` is checked first (a SQLite file, intact, a desktop-crm database no newer than this
    version); if it fails, nothing changes. The swap itself is an atomic rename, done only
    while no one else has the file open; the result is verified where it lies. An encrypted
    backup needs its ``passphrase`` and stays encrypted; an encrypted ``target`` is kept
    (backed up) with the same passphrase.
    """
    from desktop_crm.storage import autobackup  # it builds on this module

    src, target = Path(src).expanduser().resolve(), Path(target).expanduser().resolve()
    if not src.is_file():
        raise errors.StorageError(f"{src} does not exist; choose a backup file.")
    if src == target:
        raise errors.StorageError(f"{src} is the database itself; choose a backup file.")
    src_key = passphrase if is_encrypted(src) else None
    target_key = passphrase if target.is_file() and is_encrypted(target) else None
    inspect(src, src_key)
    problem = integrity_problem(src, passphrase=src_key)
    if problem:
        raise errors.StorageError(
            f"{src} is damaged ({problem}); it was not restored and your database is unchanged."
        )
    with InstanceLock(target):
        incoming = temporaries.temporary(target)
        with temporaries.hold(incoming):
            try:
                source = keyed(f"{src.as_uri()}?mode=ro", src_key, uri=True)
                try:
                    customers = snapshot(source, incoming, progress, src_key)
                finally:
                    source.close()
                kept = target
                if target.exists() and target.stat().st_size > 0:
                    try:
                        kept = autobackup.take_of_file(target, "restore", target_key)
                    except errors.StorageError:  # damaged, no room, its passphrase unknown
                        kept = _rename_aside(target)
                    else:
                        _close_journal(target, target_key)
                os.replace(incoming, target)
            except sqlite3.Error as exc:
                raise errors.translate(exc, target) or errors.StorageError(f"Restore failed: {exc}.") from exc
            finally:
                incoming.unlink(missing_ok=True)
        for stale in temporaries.sidecars(target):  # none unless someone opened it meanwhile
            stale.unlink(missing_ok=True)
        _sync_folder(target.parent)
        try:
            verify(target, customers, passphrase=src_key)
        except errors.StorageError as exc:
            raise errors.StorageError(
                f"{exc} The database it replaced is kept as {kept}: restore that one."
            ) from exc
    return kept


def record_restore(store: Store, actor: str, src: Path, kept: Path) -> None:
    """The restore's row in the audit trail of the database it brought back."""
    audit.record(store, actor, "restore",
                 f"{store.path.name} restored from {src}; the database it replaced was kept as {kept}")


def _close_journal(path: Path, passphrase: str | None = None) -> None:
    """Fold the WAL into the file and leave rollback mode, so no journal is left beside it
    to meet the file that takes its name. Fails (busy) while another program has it open."""
    conn = keyed(path, passphrase, timeout=1, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() != "delete":
            raise errors.DatabaseBusyError(path)
    except sqlite3.OperationalError as exc:
        raise errors.DatabaseBusyError(path) from exc
    finally:
        conn.close()


def _rename_aside(path: Path) -> Path:
    """Move a database that cannot be copied (damaged, or no room for a copy) aside, with its
    WAL, unchanged: ``NAME.replaced-TIMESTAMP.sqlite3`` beside it."""
    aside = _free_name(path.with_name(
        f"{path.stem}.replaced-{datetime.now().strftime('%Y%m%d-%H%M%S')}{path.suffix or '.sqlite3'}"
    ))
    try:
        os.replace(path, aside)
        for suffix in ("-wal", "-journal"):
            if Path(f"{path}{suffix}").exists():
                os.replace(f"{path}{suffix}", f"{aside}{suffix}")
        Path(f"{path}-shm").unlink(missing_ok=True)
    except OSError as exc:
        raise errors.from_os_error(exc, path) from exc
    return aside


# --- copying and checking --------------------------------------------------------------------

def snapshot(source: sqlite3.Connection, dest: Path, progress: Progress | None = None,
             passphrase: str | None = None) -> int:
    """Copy the database of ``source`` into the (empty) file ``dest`` with the backup API,
    inside one read transaction, and return that snapshot's customer count. The copy is a
    self-contained file in rollback-journal mode. ``progress(done, total)`` (pages) may
    return False to stop; the copy then raises :class:`BackupCancelled`. An encrypted
    source needs its ``passphrase``: SQLCipher copies only between files of the same key."""
    if source.in_transaction:
        raise RuntimeError("a backup is taken between transactions, never inside one")
    target = keyed(dest, passphrase, isolation_level=None)
    try:
        source.execute("BEGIN")
        try:
            customers = customer_count(source)

            def report(status: int, remaining: int, total: int) -> None:
                if progress is not None and not progress(total - remaining, total):
                    raise BackupCancelled("the backup was cancelled; nothing was written")

            source.backup(target, pages=STEP_PAGES, progress=report)
        finally:
            source.execute("COMMIT")
        target.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    except sqlite3.Error as exc:
        raise errors.translate(exc, dest) or errors.StorageError(f"The backup failed: {exc}.") from exc
    finally:
        target.close()
    return customers


def customer_count(conn: sqlite3.Connection) -> int:
    """Customers not in the trash: what a person counts, and what a backup is checked by."""
    return conn.execute("SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone()[0]


def verify(path: Path, customers: int, *, thorough: bool = True,
           passphrase: str | None = None) -> None:
    """Check the file at ``path`` as it lies: no journal beside it, intact, a desktop-crm
    database, holding ``customers`` customers. Raises ``StorageError`` saying what is wrong.

    ``thorough=False`` runs SQLite's quick check instead of the full integrity check: every
    page and b-tree of the copy is still checked, but not each index against its table (a
    page-for-page copy cannot differ there from its source). On 100,000 customers it takes
    about 1 s instead of 7, which is what an automatic backup on closing can afford."""
    def failed(why: str) -> errors.StorageError:
        return errors.StorageError(f"The copy at {path} could not be verified ({why}).")

    found = temporaries.sidecars(path)
    if found:
        raise failed(f"{found[0].name} appeared beside it")
    problem = integrity_problem(path, quick=not thorough, passphrase=passphrase)
    if problem:
        raise failed(problem)
    try:
        inspect(path, passphrase)
        conn = keyed(f"{path.as_uri()}?mode=ro", passphrase, uri=True)
        try:
            found_customers = customer_count(conn)
        finally:
            conn.close()
    except (errors.StorageError, sqlite3.Error) as exc:
        raise failed(str(exc)) from exc
    if found_customers != customers:
        raise failed(f"{found_customers} customers instead of {customers}")


def integrity_problem(path: Path, *, quick: bool = False,
                      passphrase: str | None = None) -> str | None:
    """None when SQLite's integrity check (or its quick check) passes on ``path``, else what
    it reported."""
    try:
        conn = keyed(f"{path.as_uri()}?mode=ro", passphrase, uri=True)
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
