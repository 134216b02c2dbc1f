"""Automatic backups, as Anki takes them: a person who never clicks Back up still has copies.

They are taken on closing the app after changes, at the first opening of a day, and before
every import, import revert, merge, restore, upgrade of the file and permanent deletion;
each is verified where it lies, then the older ones are thinned (:func:`kept`). They live
in the backup folder, one sub-folder per database (its name and a short digest of its full
path, so two databases called the same never mix), private to the user (0700; files 0600),
and are named so a person can read them: ``NAME-YYYYMMDD-HHMMSS-REASON.sqlite3``.

Backups the person asked for without naming a file (reason ``manual``) go to the same
folder and are listed with the others, but are never thinned.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_crm import paths
from desktop_crm.storage import errors, temporaries
from desktop_crm.storage.backup import Progress, customer_count, snapshot, verify
from desktop_crm.storage.db import connect_read_only, keyed
from desktop_crm.storage.driver import is_encrypted, sqlite3

if TYPE_CHECKING:
    from desktop_crm.storage.db import Store

# Why a backup was taken, and how a sentence names the action it was taken before.
REASONS = {
    "close": "closing", "daily": "the day's work", "manual": "", "import": "the import",
    "revert": "the revert of the import", "merge": "the merge", "restore": "the restore",
    "migration": "the upgrade of the file", "purge": "the permanent deletion",
    "decrypt": "removing the encryption",
}
MANUAL = "manual"
KEEP_LAST = 10                     # the newest ten, whatever their age
DAILY_FOR = timedelta(days=7)      # then the newest of each day for a week,
WEEKLY_FOR = timedelta(days=31)    # of each week for a month,
MONTHLY_FOR = timedelta(days=365)  # and of each month for a year
NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)(?:-(?P<number>\d+))?\.sqlite3$"
)
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str
    size: int                     # bytes

    @property
    def encrypted(self) -> bool:
        return is_encrypted(self.path)

    def customers(self, passphrase: str | None = None) -> int | None:
        """Customers in this backup (not in the trash), read from the file; None if it
        cannot be read (an encrypted one without its ``passphrase``)."""
        if self.encrypted and not passphrase:
            return None
        try:
            conn = keyed(f"{self.path.as_uri()}?mode=ro", passphrase if self.encrypted else None,
                         uri=True)
            try:
                return customer_count(conn)
            finally:
                conn.close()
        except sqlite3.Error:
            return None


def folder(db_path: Path) -> Path:
    """The folder of ``db_path``'s automatic backups (it may not exist yet)."""
    resolved = os.path.normcase(str(Path(db_path).expanduser().resolve()))
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:8]
    return paths.backup_dir() / f"{Path(db_path).stem}-{digest}"


def make_folder(db_path: Path) -> Path:
    """The backup folder of ``db_path``, made if needed; it and the folder holding every
    database's backups are private to the user (0700)."""
    target = folder(db_path)
    try:
        for place in (target.parent, target):
            place.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix" and place.stat().st_mode & 0o077:
                place.chmod(0o700)
    except OSError as exc:
        raise errors.from_os_error(exc, target) from exc
    return target


def listing(db_path: Path) -> list[Backup]:
    """The backups of ``db_path`` in its backup folder, newest first."""
    found = []
    try:
        entries = list(folder(db_path).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = NAME.match(entry.name)
        if not match or match["reason"] not in REASONS:
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP)
            stat = entry.stat()
        except (ValueError, OSError):
            continue
        # within one second (the names' resolution) the file written last is the newest
        found.append((taken, stat.st_mtime_ns, Backup(entry, taken, match["reason"], stat.st_size)))
    return [b for _, _, b in sorted(found, key=lambda t: t[:2], reverse=True)]


# --- taking one ----------------------------------------------------------------------------

def take(store: Store, reason: str, *, when: datetime | None = None,
         progress: Progress | None = None) -> Path:
    """Back up the open database into its backup folder, verify the copy, thin the folder;
    returns the new backup. Raises ``StorageError`` (one sentence) when it cannot. The
    backup of an encrypted database is encrypted with its passphrase."""
    return take_from(store.conn, store.path, reason, when=when, progress=progress,
                     passphrase=store.passphrase)


def take_of_file(db_path: Path, reason: str, passphrase: str | None = None) -> Path:
    """:func:`take` for a database that is not open here (before a restore replaces it)."""
    try:
        conn = connect_read_only(db_path, passphrase)
    except sqlite3.Error as exc:
        if passphrase and "file is not a database" in str(exc):
            raise errors.WrongPassphrase(db_path) from None
        raise errors.translate(exc, db_path) or errors.StorageError(str(exc)) from exc
    try:
        return take_from(conn, db_path, reason, passphrase=passphrase)
    finally:
        conn.close()


def take_from(conn: sqlite3.Connection, db_path: Path, reason: str, *,
              when: datetime | None = None, progress: Progress | None = None,
              passphrase: str | None = None) -> Path:
    """:func:`take` from a connection: the one :func:`open_database` has before it
    migrates a file, when there is no ``Store`` yet."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    when = when or datetime.now()
    dest = _free_name(make_folder(db_path), f"{db_path.stem}-{when.strftime(STAMP)}-{reason}")
    tmp = temporaries.temporary(dest)
    with temporaries.hold(tmp):
        try:
            customers = snapshot(conn, tmp, progress, passphrase)
            os.replace(tmp, dest)
        except OSError as exc:
            raise errors.from_os_error(exc, dest) from exc
        finally:
            temporaries.remove(tmp)
    try:
        verify(dest, customers, thorough=False, passphrase=passphrase)  # see verify: 1 s, not 7, at 100k customers
    except errors.StorageError:
        temporaries.remove(dest)
        raise
    thin(db_path, when)
    return dest


def before(store: Store, reason: str) -> Path | None:
    """The backup taken before an action that changes much (``reason`` names it). None for
    a file open read-only: the action itself will refuse. When the backup cannot be
    written, the error says the action did not start: run it only after this returns."""
    if store.read_only:
        return None
    return _before(reason, lambda: take(store, reason))


def before_migration(conn: sqlite3.Connection, db_path: Path,
                     passphrase: str | None = None) -> Path:
    """:func:`before` an upgrade of the file, from the connection that will migrate it."""
    return _before("migration", lambda: take_from(conn, db_path, "migration",
                                                  passphrase=passphrase))


def _before(reason: str, taking: Callable[[], Path]) -> Path:
    try:
        return taking()
    except errors.StorageError as exc:
        action = REASONS[reason]
        text = str(exc)
        raise errors.StorageError(
            f"The automatic backup before {action} could not be written, so {action} did not "
            f"start: {text[:1].lower()}{text[1:]}"
        ) from exc


def manual_destination(db_path: Path, when: datetime | None = None) -> Path:
    """Where a backup the person asked for goes when they name no file: the backup folder,
    named like the automatic ones (reason ``manual``), so it is listed with them."""
    stamp = (when or datetime.now()).strftime(STAMP)
    return _free_name(make_folder(db_path), f"{Path(db_path).stem}-{stamp}-{MANUAL}")


def _free_name(place: Path, stem: str) -> Path:
    candidate, number = place / f"{stem}.sqlite3", 1
    while candidate.exists() or temporaries.temporary(candidate).exists():
        number += 1
        candidate = place / f"{stem}-{number}.sqlite3"
    return candidate


# --- when, and how many ----------------------------------------------------------------------

def daily_due(db_path: Path, today: date | None = None) -> bool:
    """Whether today's backup is still to be taken (no backup of ``db_path`` is dated today)."""
    today = today or date.today()
    return not any(b.taken.date() == today for b in listing(db_path))


def kept(stamps: Sequence[datetime], now: datetime) -> set[int]:
    """Which of the backups taken at ``stamps`` to keep at ``now`` (their indexes): the
    newest :data:`KEEP_LAST`; and, of the others, the newest of each day for a week, of
    each week for a month, and of each month for a year. Everything older goes."""
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    keep = set(order[:KEEP_LAST])
    buckets: set[tuple] = set()
    for index in order:
        stamp = stamps[index]
        age = now - stamp
        if age < DAILY_FOR:
            bucket: tuple = ("day", stamp.date())
        elif age < WEEKLY_FOR:
            bucket = ("week", *stamp.isocalendar()[:2])
        elif age < MONTHLY_FOR:
            bucket = ("month", stamp.year, stamp.month)
        else:
            continue
        if bucket not in buckets:
            buckets.add(bucket)
            keep.add(index)
    return keep


def thin(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Remove the automatic backups of ``db_path`` that :func:`kept` lets go; returns them."""
    automatic = [b for b in listing(db_path) if b.reason != MANUAL]
    keep = kept([b.taken for b in automatic], now or datetime.now())
    removed = []
    for index, old in enumerate(automatic):
        if index not in keep:
            try:
                temporaries.remove(old.path)
            except OSError:
                continue  # tried again after the next backup
            removed.append(old.path)
    return removed


class ChangeWatch:
    """Whether anything was committed to a database since the watch began — by this app's
    connections or another program. SQLite's ``data_version`` changes for a connection
    whenever another connection commits, so the watch reads it on a connection of its own
    that never writes."""

    def __init__(self, db_path: Path, passphrase: str | None = None) -> None:
        self.conn = connect_read_only(db_path, passphrase)
        self.start = self._version()

    def _version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def changed(self) -> bool:
        return self._version() != self.start

    def close(self) -> None:
        self.conn.close()
