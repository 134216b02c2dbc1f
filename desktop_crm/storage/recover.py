"""Rescuing what can still be read from a damaged database into a new file.

A new database is made with the current schema, and every table's rows are copied into it
from the damaged file, read in rowid order: where a damaged page stops the read, the copy
steps past it and goes on, so one bad page costs the rows on it, not the rest of the table.
The search index is rebuilt from the rescued customers, the new file is checked, and only
then is it given its name. The damaged file is only ever read.

(SQLite's shell has a ``.recover`` that also reads orphaned pages, but the shell is not on
every computer we run on, and the one in Debian 12 fails on every file; this needs nothing
but Python's sqlite3.)
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_crm.storage import days, errors, search_index, sync_tables
from desktop_crm.storage.audit import record
from desktop_crm.storage.temporaries import remove, tracked
from desktop_crm.storage.db import Store, connect_read_only, keyed, open_database
from desktop_crm.storage.driver import is_encrypted, sqlite3

# Not copied: SQLite's own tables, the migrations' bookkeeping (the new file has its own)
# the search index (rebuilt from the customers) and the sync triggers' off switch.
_NOT_COPIED = ("sqlite_", "_sqlite_", "customers_search", "search_", "sync_mute")
_LAST_ROWID = 2**63 - 1
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class TableRescue:
    table: str
    before: int | None  # rows the damaged file still counts (None: it cannot count them)
    saved: int


@dataclass
class Rescue:
    """What :func:`recover` saved, per table, against what the damaged file says it had."""

    path: Path
    tables: list[TableRescue] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return all(t.before is not None and t.saved >= t.before for t in self.tables)


def recover(damaged: Path, new: Path, actor: str | None = None,
            progress: Progress | None = None, passphrase: str | None = None) -> Rescue:
    """Rebuild a new database at ``new`` from what can be read of ``damaged``; recorded in
    the new file's audit log as ``actor`` (by default the user the damaged file names).
    An encrypted ``damaged`` file needs its ``passphrase``; the new file is encrypted with it.

    ``new`` must not exist: recovery never overwrites a file. Raises
    :class:`~desktop_crm.storage.errors.StorageError` with one sentence when nothing can be
    rescued; the damaged file is left as it was either way.
    """
    damaged, new = Path(damaged).expanduser().resolve(), Path(new).expanduser().resolve()
    if not damaged.is_file():
        raise errors.StorageError(f"{damaged} does not exist; choose the damaged database file.")
    if new.exists() or new == damaged:
        raise errors.StorageError(
            f"{new} already exists; recovery writes a new file and never overwrites one. "
            "Choose another name."
        )
    if not is_encrypted(damaged):
        passphrase = None
    elif not passphrase:
        raise errors.PassphraseNeeded(damaged)
    with tracked(new) as scratch:
        return _recover_into(damaged, new, scratch, actor, progress, passphrase)


def _recover_into(damaged: Path, new: Path, scratch: Path, actor: str | None,
                  progress: Progress | None, passphrase: str | None) -> Rescue:
    remove(scratch)
    try:
        source = _open_damaged(damaged, passphrase)
    except (errors.StorageError, sqlite3.Error) as exc:
        if passphrase and "file is not a database" in str(exc):
            raise errors.WrongPassphrase(damaged) from None
        raise errors.StorageError(f"{damaged.name} cannot be read at all ({exc})") from exc
    if passphrase and not _key_fits(source):
        source.close()
        raise errors.WrongPassphrase(damaged)
    try:
        tables = _tables(source)
        if not tables:
            raise errors.StorageError(
                f"The table list of {damaged.name} is lost, so nothing can be rescued from it. "
                "Restore a backup instead (File ▸ Backups)."
            )
        store = open_database(scratch, passphrase=passphrase)
        try:
            rescue = _copy(source, store, tables, new, progress)
            _drop_orphans(store.conn, rescue)
            search_index.rebuild(store.conn)
            record(store, actor or _user_of(source), "recover", f"{damaged} -> {new.name}")
            problem = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
            if problem != "ok":
                raise errors.StorageError(f"The rebuilt file failed SQLite's check ({problem}).")
            store.conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            store.close()
        os.replace(scratch, new)
        return rescue
    except OSError as exc:
        raise errors.from_os_error(exc, new) from exc
    finally:
        source.close()


def _open_damaged(path: Path, passphrase: str | None) -> sqlite3.Connection:
    """Read-only, and without SQLite's side files unless its WAL holds recent changes (then
    the WAL must be read, which needs them)."""
    if Path(f"{path}-wal").exists():
        return connect_read_only(path, passphrase)
    return keyed(f"{path.as_uri()}?mode=ro&immutable=1", passphrase, uri=True)


def _key_fits(source: sqlite3.Connection) -> bool:
    """Whether the first page decrypts: a wrong passphrase reads as a file that is not a
    database at all, and rescuing nothing from a sound file would be the wrong answer."""
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return "file is not a database" not in str(exc)
    return True


def _copy(source: sqlite3.Connection, store: Store, tables: list[str], new: Path,
          progress: Progress | None) -> Rescue:
    rescue = Rescue(new)
    target_tables = set(_tables(store.conn))
    store.conn.execute("PRAGMA foreign_keys = OFF")  # rows arrive in table order, not link order
    with store.transaction(whole=True):
        # the records keep the UUIDs the damaged file gave them: no new ones while copying,
        # and only rows whose sync_ids were lost get new ones afterwards
        store.conn.execute("INSERT INTO sync_mute VALUES (1)")
        store.conn.execute("DELETE FROM sync_ids")  # the new file's seeded rows make way
        for done, table in enumerate(tables):
            if progress is not None and not progress(done, len(tables)):
                raise errors.StorageError("Recovery was cancelled; nothing was written.")
            if table not in target_tables:
                continue  # a table this version no longer has
            if table == "sync_ids" and sync_tables.never_connected(store.conn):
                continue  # copied last: a file alone holds no UUIDs (m023), none are lost
            columns = _common_columns(source, store.conn, table)
            saved = _copy_rows(source, store.conn, table, columns) if columns else 0
            rescue.tables.append(TableRescue(table, _count(source, table), saved))
        store.conn.execute("DELETE FROM sync_mute")
        sync_tables.repair_ids(store.conn)
    store.conn.execute("PRAGMA foreign_keys = ON")
    return rescue


def _copy_rows(source: sqlite3.Connection, target: sqlite3.Connection, table: str,
               columns: list[str]) -> int:
    """Copy ``table``'s rows in rowid order, stepping past pages that cannot be read (ever
    further while they keep failing). Rows the new file already has (seeded by its schema)
    are replaced by the user's. Tables without rowids are read until the first bad page."""
    names = ", ".join(f'"{c}"' for c in columns)
    insert = (f'INSERT OR REPLACE INTO "{table}" ({names}) '
              f"VALUES ({', '.join('?' * len(columns))})")
    dated = _dated(target, table, columns)
    if not _has_rowid(source, table):
        saved = 0
        try:
            for row in source.execute(f'SELECT {names} FROM "{table}"'):
                try:
                    target.execute(insert, dated(tuple(row), 0))
                    saved += 1
                except ValueError:  # a date column holding what is no date: a damaged row
                    pass
        except sqlite3.DatabaseError:
            pass
        return saved
    select = f'SELECT rowid, {names} FROM "{table}" WHERE rowid >= ? ORDER BY rowid'
    # rowids kept: the records' UUIDs (sync_ids) name them by rowid
    insert = (f'INSERT OR REPLACE INTO "{table}" (rowid, {names}) '
              f"VALUES ({', '.join('?' * (len(columns) + 1))})")
    saved, next_id, step = 0, -_LAST_ROWID, 1
    while next_id <= _LAST_ROWID:
        try:
            for row in source.execute(select, (next_id,)):
                try:
                    target.execute(insert, dated(tuple(row), 1))
                    saved += 1
                except ValueError:  # a date column holding what is no date: a damaged row
                    pass
                next_id, step = row[0] + 1, 1
            return saved
        except sqlite3.DatabaseError:
            if next_id < 0:
                next_id = 0  # rowids below zero are not ours; the damage is further on
            next_id += step
            step *= 2
    return saved


def _drop_orphans(conn: sqlite3.Connection, rescue: Rescue) -> None:
    """Rows whose parent was on a lost page: a link set to NULL where the schema says so
    (ON DELETE SET NULL), else the row goes too (a visit of a lost customer cannot be shown);
    the counts in ``rescue`` are brought in line."""
    for table in {r[0] for r in conn.execute("PRAGMA foreign_key_check")}:
        for link in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
            parent, child_col, parent_col, on_delete = link[2], link[3], link[4] or "rowid", link[6]
            orphan = (f'"{child_col}" IS NOT NULL AND "{child_col}" NOT IN '
                      f'(SELECT "{parent_col}" FROM "{parent}")')
            if on_delete == "SET NULL":
                conn.execute(f'UPDATE "{table}" SET "{child_col}" = NULL WHERE {orphan}')
            else:
                conn.execute(f'DELETE FROM "{table}" WHERE {orphan}')
    rescue.tables = [TableRescue(t.table, t.before, _count(conn, t.table) or 0) for t in rescue.tables]


def _tables(conn: sqlite3.Connection) -> list[str]:
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
            "ORDER BY name"
        )]
    except sqlite3.DatabaseError:
        return []
    # the records' UUIDs last: copying a record replaces the new file's seeded one, whose
    # delete trigger forgets the UUID
    return sorted((n for n in names if not n.startswith(_NOT_COPIED)), key=lambda n: n == "sync_ids")


def _common_columns(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> list[str]:
    try:
        theirs = [r[1] for r in source.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.DatabaseError:
        return []
    ours = {r[1] for r in target.execute(f'PRAGMA table_info("{table}")')}
    return [c for c in theirs if c in ours]


def _dated(target: sqlite3.Connection, table: str, columns: list[str]):  # noqa: ANN202
    """A row's values with the dates of the new file's DAY and STAMP columns as numbers
    (storage/days.py: the damaged file reads them as ISO text, or held text before m024);
    ``skip`` values come first (the rowid). ValueError for a date that is none."""
    types = days.column_types(target, table)
    if not types:
        return lambda row, skip: row
    return lambda row, skip: (
        *row[:skip], *days.encoded(types, dict(zip(columns, row[skip:]))).values())


def _has_rowid(conn: sqlite3.Connection, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    return "WITHOUT ROWID" not in sql.upper()


def _user_of(source: sqlite3.Connection) -> str:
    try:
        row = source.execute("SELECT value FROM settings WHERE key = 'user_name'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    if row and row[0]:
        return row[0]
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def _count(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    except sqlite3.DatabaseError:
        return None
