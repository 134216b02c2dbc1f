"""Encrypting a database with a passphrase, and removing the encryption again.

A file is converted in two steps, so that at every moment the database's own name holds a
whole, working database:

1. :func:`convert` copies the open database into a new file under a temporary name with
   SQLCipher's ``sqlcipher_export`` (encrypted with the new passphrase, or plain), then
   checks the copy: SQLite's integrity check and the same number of rows in every table.
   The open file is only read.
2. :func:`swap_in`, once every connection to the file is closed, puts the copy in its place
   with one atomic rename and removes the old file. An old *plain* file is overwritten with
   zeros before it is removed, so its customer data is not left on the disk for anyone
   who can read the raw blocks (on an SSD or a copy-on-write file system the drive may
   still keep old blocks: that is why new files are best encrypted from the start).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_crm.storage import errors, temporaries
from desktop_crm.storage.db import Store, keyed
from desktop_crm.storage.driver import is_encrypted, sqlite3
from desktop_crm.storage.lock import InstanceLock

MIN_PASSPHRASE = 8  # characters; shorter ones are refused, not merely discouraged
SIDE_FILES = temporaries.SIDECARS
WIPE_CHUNK = 1 << 20
Progress = Callable[[int, int], bool]


class ConversionCancelled(errors.StorageError):
    """The user stopped a conversion; the file was not changed."""


@dataclass(frozen=True)
class Converted:
    """A verified copy waiting beside the database (see :func:`swap_in`)."""

    source: Path  # the database it was made from
    path: Path  # the copy, under a temporary name
    passphrase: str | None  # the copy's; None when it is plain
    rows: dict[str, int]  # rows per table, the same in both
    held: ExitStack = field(repr=False)  # the copy's registration as a temporary file

    def discard(self) -> None:
        """Let the copy go: removed (wiped) unless :func:`swap_in` put it in place."""
        _wipe_with_side_files(self.path)
        self.held.close()


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` cannot be used, or None."""
    if len(passphrase) < MIN_PASSPHRASE:
        return f"A passphrase needs at least {MIN_PASSPHRASE} characters."
    if "\x00" in passphrase:
        return "A passphrase cannot contain a NUL character."
    return None


def convert(store: Store, passphrase: str | None, progress: Progress | None = None) -> Converted:
    """Copy the open database into a new file encrypted with ``passphrase`` (None: a plain
    file), and check the copy. The database is only read; the copy waits under a temporary
    name (registered, so a kill leaves nothing behind) for :func:`swap_in` or
    :meth:`Converted.discard`. Raises :class:`~desktop_crm.storage.errors.StorageError` (and
    leaves nothing behind) when the copy cannot be made or checked, when the file changes
    meanwhile, or (:class:`ConversionCancelled`) when ``progress`` returns False."""
    if store.read_only:
        raise errors.ReadOnlyError(store.path, store.read_only)
    if passphrase is not None and (problem := passphrase_problem(passphrase)):
        raise errors.StorageError(problem)
    if passphrase is None and store.passphrase is None:
        raise errors.StorageError(f"{store.path.name} is not encrypted.")
    held = ExitStack()
    target = held.enter_context(temporaries.hold(temporaries.temporary(store.path), store.path))
    try:
        rows = _export(store, target, passphrase, _Steps(progress))
    except BaseException:
        _wipe_with_side_files(target)  # it may be a plain (decrypted) copy
        held.close()
        raise
    return Converted(store.path, target, passphrase, rows, held)


def _export(store: Store, target: Path, passphrase: str | None, step: _Steps) -> dict[str, int]:
    conn = store.conn
    try:
        changes_before = _data_version(conn)
        conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), passphrase or ""))
        try:
            conn.set_progress_handler(step.interrupted, 10_000)
            conn.execute("BEGIN")  # one snapshot for the copy and for the counts
            try:
                step.next(1)
                conn.execute("SELECT sqlcipher_export('converted')")
                rows = _rows(conn, "main")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            finally:
                conn.set_progress_handler(None, 0)
        finally:
            conn.execute("DETACH DATABASE converted")
        if _data_version(conn) != changes_before:
            raise errors.StorageError(
                f"{store.path.name} was changed by another program while it was being "
                "converted; nothing was changed. Close the other program, then try again."
            )
        step.next(2)
        problem = _check_copy(target, passphrase, rows)
    except sqlite3.Error as exc:
        if "interrupted" in str(exc):
            raise ConversionCancelled(f"Cancelled; {store.path.name} was not changed.") from None
        raise errors.translate(exc, target) or errors.StorageError(
            f"{store.path.name} could not be converted ({exc}); it was not changed."
        ) from exc
    if problem:
        raise errors.StorageError(
            f"The converted copy failed its check ({problem}); {store.path.name} was not changed."
        )
    return rows


def swap_in(converted: Converted, *, keep_old: bool = False) -> Path | None:
    """Put a verified copy in place of its database; every connection to the database must
    be closed. The old file is removed (overwritten with zeros first when it was plain), or
    with ``keep_old`` kept beside it under a dated name, which is returned.

    The rename is atomic: a crash at any moment leaves either the old or the new database
    under the database's name, never neither."""
    path = converted.source
    try:
        with InstanceLock(path):
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise errors.DatabaseBusyError(path)
            old_was_plain = not is_encrypted(path)
            with temporaries.tracked(path.with_name(f"{path.name}.old")) as old:
                try:
                    _fsync(converted.path)
                    old.unlink()
                    try:
                        os.link(path, old)  # the old file keeps a name, to be wiped after
                        os.replace(converted.path, path)
                    except OSError:  # no hard links here (FAT): two renames instead of one
                        os.replace(path, old)
                        os.replace(converted.path, path)
                    _fsync_folder(path.parent)
                except OSError as exc:
                    raise errors.from_os_error(exc, path) from exc
                for suffix in SIDE_FILES:  # the old file's; the new one has none yet
                    wipe(Path(f"{path}{suffix}"))
                if keep_old:
                    kept = path.with_name(
                        f"{path.stem}.{'plain' if old_was_plain else 'encrypted'}-"
                        f"{datetime.now().strftime('%Y%m%d-%H%M%S')}{path.suffix or '.sqlite3'}"
                    )
                    os.replace(old, kept)
                    return kept
                if old_was_plain:
                    wipe(old)
        return None
    finally:
        converted.discard()


def plain_backups(db_path: Path) -> list[Path]:
    """The backups of ``db_path`` that are not encrypted: taken before it was, they still
    hold its data readable."""
    from desktop_crm.storage import autobackup  # it builds on the backup module, as we do not

    return [b.path for b in autobackup.listing(db_path) if not b.encrypted]


def wipe(path: Path) -> None:
    """Overwrite ``path`` with zeros, flush it to the disk, then remove it."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            zeros = bytes(WIPE_CHUNK)
            left = size
            while left > 0:
                fh.write(zeros[: min(left, WIPE_CHUNK)])
                left -= WIPE_CHUNK
            fh.flush()
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


class _Steps:
    """Progress through the two steps (copy, check); the copy's SQLite progress handler
    asks it whether the user has cancelled."""

    TOTAL = 2

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done = 0

    def next(self, done: int) -> None:
        self.done = done
        if self.progress is not None and not self.progress(done - 1, self.TOTAL):
            raise ConversionCancelled("Cancelled; the file was not changed.")

    def interrupted(self) -> int:
        """SQLite's progress handler: non-zero stops the statement."""
        if self.progress is not None and not self.progress(self.done - 1, self.TOTAL):
            return 1
        return 0


def _rows(conn: sqlite3.Connection, schema: str) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    )]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _check_copy(path: Path, passphrase: str | None, rows: dict[str, int]) -> str | None:
    """What is wrong with the copy, opened afresh with its own key; None when it is sound."""
    conn = keyed(f"{path.as_uri()}?mode=ro", passphrase, uri=True)
    try:
        found = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if found != ["ok"]:
            return "; ".join(found[:3])
        theirs = _rows(conn, "main")
    finally:
        conn.close()
    differ = [t for t in rows if theirs.get(t) != rows[t]] + [t for t in theirs if t not in rows]
    if differ:
        return "rows differ in " + ", ".join(sorted(differ)[:5])
    return None


def _data_version(conn: sqlite3.Connection) -> int:
    """Changes by other connections show as a new value (our own do not)."""
    return conn.execute("PRAGMA main.data_version").fetchone()[0]


def _wipe_with_side_files(path: Path) -> None:
    """Remove a copy that will not be used, wiped: it may be a plain (decrypted) one."""
    for p in (path, *(Path(f"{path}{s}") for s in SIDE_FILES)):
        wipe(p)


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
