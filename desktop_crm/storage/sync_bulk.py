"""Many pulled records of one kind written at once: a first sync brings hundreds of thousands.

The same result as :func:`sync_rows.apply` record by record, in a few statements per batch:
the batch's UUIDs and references are looked up with one query per few hundred, new rows are
inserted with ``executemany`` under ids given here (the next rowids, as SQLite would give
them), so their ``sync_ids`` rows go in with one ``executemany`` too. Only kinds whose
references all point to earlier kinds qualify (the batch's own rows are not there yet);
link rows, natural keys and deletes keep the one-by-one path.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from desktop_crm.storage import days, importing, products, sync_conflicts, sync_rows
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.sync_rows import Record
from desktop_crm.storage.sync_tables import (
    BY_KIND,
    CUSTOM,
    KIND_CODES,
    ORDER,
    TABLES,
    Synced,
    as_bytes,
    columns,
)

_PARAMS = 500  # SQLite's bound parameters per statement stay well below its limit
# What a first sync loads most of: their other indexes are built once at the end.
_LOADED = ("customers", "interactions", "transactions")


def load_start(store: Store, kind: str | None = None) -> list[str]:
    """Before a first sync, which brings a whole file at once: set the loaded tables' other
    indexes aside, as a big import does (storage/importing.py). Inside the pull's
    transaction, so a failure brings all back. Returns what :func:`load_end` needs.

    A first pull commits in batches, each leaving the indexes built (:func:`load_end`);
    ``kind`` is where the next batch starts: tables whose kinds all come before it are
    complete and keep their indexes."""
    start = ORDER[kind] if kind in ORDER else 0
    return [statement for table in _LOADED
            if any(ORDER[t.kind] >= start for t in TABLES if t.table == table)
            for statement in importing.set_indexes_aside(store, table)]


def load_end(store: Store, statements: list[str]) -> None:
    """Build the indexes set aside and the customers' search entries (a chunk at a time, each
    full-text index in one statement per chunk)."""
    importing.restore_aside(store, statements)
    importing.restore_search(store)


def _bulkable(t: Synced) -> bool:
    return not t.link and not t.natural and all(ORDER[k] < ORDER[t.kind] for k in t.refs.values())


BATCH = 2000  # pulled records written together
BULK = frozenset(t.kind for t in TABLES if _bulkable(t))
REFERRED = frozenset(kind for t in TABLES for kind in t.refs.values())


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _PARAMS):
        yield items[start:start + _PARAMS]


def _ids(conn: sqlite3.Connection, kind: str, uuids: Iterable[str | None]) -> dict[str, tuple]:
    """{uuid: (local_id, version)} for those of ``uuids`` this file has."""
    wanted = sorted({u for u in uuids if u is not None})
    out: dict[str, tuple] = {}
    for part in _chunks(wanted):
        spelt = {as_bytes(u): u for u in part}  # as asked, whatever the case of its letters
        out.update((spelt[row[0]], (row[1], row[2])) for row in conn.execute(
            f"SELECT uuid, local_id, version FROM sync_ids WHERE kind = ? AND uuid IN "
            f"({', '.join('?' * len(part))})", (KIND_CODES[kind], *spelt)))
    return out


class Loader:
    """One pull's batches. Remembers the local ids it gave or found for kinds that others
    refer to, so a visit's customer costs no query; a kind this file had none of when the
    pull began needs no look-up of its own rows either (each one pulled is new)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.batch: list[Record] = []
        self.unique: set[tuple[str, Any]] = set()  # codes and identifiers of its customers
        self.fresh = {kind for kind in BULK if conn.execute(
            "SELECT 1 FROM sync_ids WHERE kind = ? LIMIT 1", (KIND_CODES[kind],)
        ).fetchone() is None}
        self.local: dict[str, dict[str, int]] = defaultdict(dict)

    def add(self, r: Record) -> None:
        """A pulled record of a :data:`BULK` kind that no local change touches, not deleted
        (the caller has muted the outbox)."""
        if self.batch and (self.batch[0].kind != r.kind or len(self.batch) >= BATCH):
            self.flush()
        self.batch.append(r)
        self.unique.update(sync_conflicts.unique_values(r))

    def flush(self) -> None:
        if self.batch:
            self._apply(self.batch[0].kind, self.batch)
            self.batch = []
            self.unique.clear()

    def forget(self, uuid: str) -> None:
        """Before a record is written one by one (changed here too, deleted, or of another
        kind): what came before it is written first, and its local id is looked up afresh
        afterwards. (A kind this file had none of stays so: such a record is never new.)"""
        self.flush()
        for ids in self.local.values():
            ids.pop(uuid, None)

    def _refs(self, kind: str, uuids: Iterable[str | None]) -> dict[str, int]:
        cache = self.local[kind]
        missing = [u for u in uuids if u is not None and u not in cache]
        cache.update((u, ids[0]) for u, ids in _ids(self.conn, kind, missing).items())
        return cache

    def _apply(self, kind: str, records: list[Record]) -> None:
        conn, t = self.conn, BY_KIND[kind]
        known = {} if kind in self.fresh else _ids(conn, kind, (r.uuid for r in records))
        refs = {column: self._refs(ref_kind, (r.data.get(column) for r in records))
                for column, ref_kind in t.refs.items()}
        if t.poly:  # the change history's entity_id, by its entity (as sync_rows.apply)
            column, kind_column = t.poly
            for entity in {r.data.get(kind_column) for r in records} & set(BY_KIND):
                refs[column + ":" + entity] = self._refs(entity, (
                    r.data.get(column) for r in records if r.data.get(kind_column) == entity))
        table_columns = set(columns(conn, t.table)) - {"id", *t.local}
        dated = days.column_types(conn, t.table)
        inserts: dict[tuple, list] = defaultdict(list)
        updates: dict[tuple, list] = defaultdict(list)
        versions = []
        names_of = products.Names(conn) if t.products else None
        for r in records:
            here = known.get(r.uuid)
            if here is not None and here[1] == r.version:
                continue  # unchanged since this laptop had it
            data = names_of.row(r.data) if names_of else r.data  # a product's texts: its number
            values = {c: v for c, v in data.items() if c in table_columns}
            if dated:
                values = days.encoded(dated, values)  # ISO dates as numbers
            for column, found in refs.items():
                if column in values:
                    values[column] = found.get(values[column])
            if t.poly and t.poly[0] in values:  # 0: a record this laptop does not have
                column, kind_column = t.poly
                found = refs.get(column + ":" + str(values.get(kind_column)), {})
                values[column] = found.get(r.data[column]) or 0
            names = tuple(values)
            if here is None:
                inserts[names].append((r, values))
            else:
                updates[names].append([*values.values(), here[0]])
                versions.append((r.version, KIND_CODES[kind], as_bytes(r.uuid)))
        given = _insert(conn, t, inserts)
        if kind in REFERRED:
            self.local[kind].update(given)
        for names, rows in updates.items():
            if names:
                conn.executemany(f"UPDATE {t.table} SET {', '.join(f'{c} = ?' for c in names)} "
                                 "WHERE rowid = ?", rows)
        if kind in CUSTOM:
            for r in records:
                if r.uuid in given:
                    sync_rows.write_custom(conn, kind, given[r.uuid], r.data, fresh=True)
                elif r.uuid in known and known[r.uuid][1] != r.version:
                    sync_rows.write_custom(conn, kind, known[r.uuid][0], r.data)
        conn.executemany("UPDATE sync_ids SET version = ? WHERE kind = ? AND uuid = ?", versions)


def _insert(conn: sqlite3.Connection, t: Synced, groups: dict[tuple, list]) -> dict[str, int]:
    """Insert new rows under the next rowids; {uuid: local id} of each."""
    if not groups:
        return {}
    next_id = conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {t.table}").fetchone()[0]
    ids, given = [], {}
    for names, items in groups.items():
        rows = []
        for r, values in items:
            rows.append([next_id, *values.values()])
            ids.append((KIND_CODES[t.kind], next_id, as_bytes(r.uuid), r.version))
            given[r.uuid] = next_id
            next_id += 1
        conn.executemany(f"INSERT INTO {t.table} (id, {', '.join(names)}) "
                         f"VALUES (?{', ?' * len(names)})", rows)
    conn.executemany("INSERT OR REPLACE INTO sync_ids (kind, local_id, uuid, version) "
                     "VALUES (?, ?, ?, ?)", ids)
    return given
