"""One sync of a laptop's file with the team server: pull, merge, push, in that order.

**Pull** reads, in one REPEATABLE READ snapshot, every record the login may see whose last
writing transaction is at or after the checkpoint, and keeps that snapshot's xmin as the next
checkpoint. A transaction still running when the snapshot was taken has an id at or above
its xmin, so the next pull reads what it wrote: a pull never misses a concurrent push, and
never sees half of one (a push is one transaction). Records read twice are recognised by
their version.

**Merge**: a pulled record this laptop changed too is merged field by field against the base
both started from (the outbox keeps the local row as it was before its first change): what
only one side changed is taken; the same field changed differently on both sides becomes a
conflict (both values kept, the record holds theirs until someone decides); an edit against
a delete is a conflict too.

**Push** sends the outbox in one server transaction, each record with the version it was
based on. When any record moved on the server since (someone else pushed), the transaction is
rolled back and the sync pulls again, merges and retries. A record the login may no longer
see (its customer was given to someone else) goes to ``crm.stray_edits`` for the new owner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from desktop_crm.storage import sync_conflicts as conflict_store
from desktop_crm.storage import sync_bulk, sync_rows, sync_tables
from desktop_crm.storage.audit import machine
from desktop_crm.storage.db import Store, now
from desktop_crm.storage.sync_bulk import BULK
from desktop_crm.storage.sync_rows import Pending, Record
from desktop_crm.storage.sync_tables import BY_KIND, STAMPS
from desktop_crm.sync import Sentence, audit, reassignment
from desktop_crm.sync.server import check_version

KINDS = [t.kind for t in sync_tables.TABLES]
ATTEMPTS = 5
PROGRESS_EVERY = 500  # records pulled between two progress reports

# Told how a sync goes: the phase ("pull" or "push") and the records done in it so far.
Progress = Callable[[str, int], None]


def _quiet(_phase: str, _count: int) -> None:
    pass


class Stale(Exception):
    """A record moved on the server after this laptop's last pull."""


@dataclass
class SyncResult:
    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    stray: int = 0
    removed: int = 0          # dossiers that left this login's view
    left: list[str] = field(default_factory=list)  # their customers' names, to tell the user
    refused: int = 0          # changes this login may not make for the team (kept as conflicts)
    audited: int = 0          # audit log rows sent up
    checkpoint: str | None = None
    notes: list[Sentence] = field(default_factory=list)


def sync(store: Store, conn: psycopg.Connection, progress: Progress = _quiet) -> SyncResult:
    """Bring the file and the server level; ``conn`` is the login's own connection."""
    check_version(conn)
    with store.transaction():  # records with a natural key made since the last sync
        sync_tables.give_ids(store.conn, natural_only=True)
    result = SyncResult()
    for _attempt in range(ATTEMPTS):
        pull(store, conn, result, progress)
        try:
            push(store, conn, result, progress)
        except Stale:
            continue
        result.removed += reassignment.remove_departed(store, conn, result.left)
        result.audited = audit.push(store, conn)
        reassignment.note_give_to(store, conn)
        conn.execute("SELECT crm.note_sync(%s)", (machine(),))
        return result
    raise psycopg.errors.SerializationFailure(
        "other laptops kept changing the same records; sync again in a moment")


# --- pull ------------------------------------------------------------------------------------

def pull(store: Store, conn: psycopg.Connection, result: SyncResult,
         progress: Progress = _quiet) -> None:
    """Apply what changed on the server since the checkpoint; note the customers that left
    this login's view since then.

    **A first pull** (no checkpoint yet) may bring hundreds of thousands of records, so it is
    kept in batches: every :data:`COMMIT_EVERY` records the file commits what it has, with a
    resume marker (``sync_rows.first_pull``): C0, the xmin of the snapshot the first pull
    began with, and the last record written, by the first pull's order (kind position,
    ``changed_xid``, uuid). That order is total and each record has one place in it; the
    server sorts the first pull's rows anyway (no new index: the continuation reads the same
    rows, less those before the marker). Each committed batch leaves the file whole: the
    indexes set aside are built again, the search index is flushed, the outbox unmuted.

    A pull cut short (Cancel, a dropped connection) loses only its last, uncommitted batch.
    The next sync continues after the marker in a new snapshot S1, keeping C0 as the
    checkpoint it will store, and then pulls again from C0 before it pushes. Nothing is
    missed: a record is either unchanged since C0's snapshot (its place is fixed; it was
    written before the marker or is read after it), or it was written by a transaction at
    or after C0 (``changed_xid >= C0``), which the pull from C0 reads, whatever its place.
    A record read twice (before the cut and again) is recognised by its version, as in any
    pull; records the laptop edited in between are in the outbox and merged like any other.
    A record read after the marker whose dossier came after C0 (a customer made since, its
    kind before the marker) finds no dossier and is skipped; the pull from C0 brings both.
    Stray edits and departures are read from the beginning in the last batch, as an
    uninterrupted first pull reads them. The checkpoint is stored only when the first pull
    is complete, so until then the app counts it a first sync (no push, no timers), and
    local edits wait in the outbox."""
    state = sync_rows.state(store.conn)
    since = state[4] if state and state[4] else "0"
    resume = sync_rows.first_pull(store.conn) if since == "0" else None
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    with conn.transaction():
        checkpoint = conn.execute(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()[0]
        marker = None
        if since == "0":
            marker = resume or {"checkpoint": checkpoint, "after": [0, "0", _NO_UUID],
                                "done": 0}
            checkpoint = marker["checkpoint"]
            marker["total"] = marker["done"] + conn.execute(
                "SELECT count(*) FROM crm.records WHERE (array_position(%s::text[], "
                "kind), changed_xid, uuid) > (%s, %s::xid8, %s::uuid)",
                (KINDS, *marker["after"])).fetchone()[0]
            progress("total", marker["total"])
        with conn.cursor(name="pull") as cursor:
            cursor.itersize = 5000
            if marker is None:
                cursor.execute(
                    "SELECT uuid::text, kind, customer::text, data, deleted, version, "
                    "changed_by, changed_at FROM crm.records WHERE changed_xid >= %s::xid8 "
                    "ORDER BY array_position(%s::text[], kind), changed_xid", (since, KINDS))
            else:
                cursor.execute(
                    "SELECT uuid::text, kind, customer::text, data, deleted, version, "
                    "changed_by, changed_at, array_position(%s::text[], kind), "
                    "changed_xid::text FROM crm.records WHERE (array_position(%s::text[], "
                    "kind), changed_xid, uuid) > (%s, %s::xid8, %s::uuid) "
                    "ORDER BY array_position(%s::text[], kind), changed_xid, uuid",
                    (KINDS, KINDS, *marker["after"], KINDS))
            rows = iter(cursor)
            while not _receive(store, conn, rows, since, checkpoint, marker, result,
                               progress):
                pass
    conn.isolation_level = None
    result.checkpoint = checkpoint
    if resume is not None:  # what changed on the server while the first pull was cut short
        pull(store, conn, result, progress)


_NO_UUID = "00000000-0000-0000-0000-000000000000"
COMMIT_EVERY = 50_000  # records of a first pull kept in the file together


def _receive(store: Store, conn: psycopg.Connection, rows: Any, since: str, checkpoint: str,
             marker: dict | None, result: SyncResult, progress: Progress) -> bool:
    """Apply pulled rows in one local transaction: all of them (True), or, in a first pull,
    the next :data:`COMMIT_EVERY` with the resume marker (False: more may follow)."""
    done = marker["done"] if marker else 0
    with store.transaction(whole=True):
        sync_rows.mute(store.conn, True)
        try:
            aside = (sync_bulk.load_start(store, KINDS[marker["after"][0] - 1]
                                          if marker["after"][0] else None)
                     if marker is not None else None)
            dirty = _dirty_by_uuid(store)
            touched: list[str] = []
            loader = sync_bulk.Loader(store.conn)
            count = 0
            for row in rows:
                count += 1
                if marker is not None:
                    marker["after"] = [row[8], row[9], row[0]]
                if row[1] in BY_KIND:  # else a kind a newer app version knows
                    _receive_one(store, row, dirty, loader, touched, result)
                    if (done + count) % PROGRESS_EVERY == 0:
                        progress("pull", done + count)
                if marker is not None and count >= COMMIT_EVERY:
                    loader.flush()
                    sync_bulk.load_end(store, aside)
                    sync_rows.recount_points(store.conn, touched)
                    marker["done"] = done + count
                    sync_rows.set_first_pull(store.conn, marker)
                    return False
            loader.flush()
            if aside is not None:
                sync_bulk.load_end(store, aside)
            sync_rows.recount_points(store.conn, touched)
            stray = conn.execute(
                "SELECT record::text, kind, base, data, deleted, pushed_by, pushed_at "
                "FROM crm.stray_edits WHERE changed_xid >= %s::xid8 "
                "AND pushed_by <> session_user", (since,)).fetchall()
            for s in stray:
                result.conflicts += conflict_store.from_stray(store, *s)
            # kept with the checkpoint: removed after the push, however many tries
            sync_rows.note_departures(store.conn, [r[0] for r in conn.execute(
                "SELECT DISTINCT customer::text FROM crm.departures "
                "WHERE changed_xid >= %s::xid8", (since,))])
            sync_rows.set_checkpoint(store.conn, checkpoint, now())
            sync_rows.set_first_pull(store.conn, None)
            progress("pull", done + count)
        finally:
            sync_rows.mute(store.conn, False)
    return True


def _receive_one(store: Store, row: tuple, dirty: dict[str, Pending],
                 loader: sync_bulk.Loader, touched: list[str], result: SyncResult) -> None:
    theirs = Record(row[1], row[0], row[2], row[3], row[4], row[5])
    if loader.batch and loader.batch[0].kind != theirs.kind:
        loader.flush()  # a record's dossier is written before it is sought
    if theirs.kind == "customer" and not theirs.deleted:
        if loader.unique.intersection(conflict_store.unique_values(theirs)):
            loader.flush()  # one code (or identifier) twice in the team: the second gives way
        result.conflicts += conflict_store.give_way(store, theirs, row[6:8])
    touched.append(theirs.customer or "")
    result.pulled += 1
    if _homeless(store, theirs, dirty, (row[6], row[7]), result):
        return
    if row[0] not in dirty and not theirs.deleted and row[1] in BULK:
        loader.add(theirs)
        return
    loader.forget(theirs.uuid)
    _take(store, theirs, dirty.get(row[0]), (row[6], row[7]), result)


def _dirty_by_uuid(store: Store) -> dict[str, Pending]:
    out = {}
    for p in sync_rows.pending(store.conn):
        t = BY_KIND[p.kind]
        if p.uuid:
            out[p.uuid] = p
        elif not t.link:
            uuid = sync_rows.uuid_of(store.conn, p.kind, int(p.local_key))
            if uuid:
                out[uuid] = p
    return out


def _homeless(store: Store, theirs: Record, dirty: dict[str, Pending], who: tuple[str, Any],
              result: SyncResult) -> bool:
    """Deletes of a dossier that crossed additions to it: True when ``theirs`` was handled.

    A customer deleted by the team takes this laptop's unsent edits of what hangs off it
    along: each becomes a conflict (an edit against a delete) before the cascade removes it.
    A record the team added to a dossier this laptop deleted meanwhile has no home here:
    it becomes a conflict, and the delete, once sent, removes it for the team."""
    conn = store.conn
    if theirs.kind == "customer":
        if theirs.deleted and sync_rows.local_id_of(conn, "customer", theirs.uuid) is not None:
            for uuid, p in list(dirty.items()):
                t = BY_KIND[p.kind]
                if p.deleted or p.kind == "customer" or t.link or t.append_only:
                    continue
                mine = sync_rows.record(conn, p)
                if mine is not None and mine.customer == theirs.uuid:
                    result.conflicts += conflict_store.record_level(
                        store, Record(p.kind, uuid, theirs.uuid, {}, deleted=True),
                        mine=mine.data, mine_deleted=False, who=who)
                    sync_rows.drop_pending(conn, p)
                    del dirty[uuid]
        return False
    if (theirs.deleted or theirs.customer is None or BY_KIND[theirs.kind].link
            or theirs.uuid in dirty):
        return False
    if sync_rows.local_id_of(conn, "customer", theirs.customer) is not None:
        return False
    if dirty.get(theirs.customer) is not None and dirty[theirs.customer].deleted:
        result.conflicts += conflict_store.record_level(store, theirs, mine=None,
                                                        mine_deleted=True, who=who)
    return True  # its dossier is not here (deleted here, or never visible)


def _take(store: Store, theirs: Record, mine: Pending | None, who: tuple[str, Any],
          result: SyncResult) -> None:
    conn = store.conn
    t = BY_KIND[theirs.kind]
    if mine is None and t.one_per and (adopted := sync_rows.adopt(conn, theirs)) is not None:
        mine = sync_rows.pending_of(conn, theirs.kind, str(adopted))  # enrolled on two tills
    if mine is None or t.link or t.append_only:
        if mine is not None and t.append_only:
            return  # an entry made here, which the team has already: nothing to merge
        if t.link or sync_rows.version_of(conn, theirs.kind, theirs.uuid) != theirs.version:
            sync_rows.apply(conn, theirs)
        return
    based_on = mine.version if mine.deleted else sync_rows.version_of(conn, theirs.kind, theirs.uuid)
    if based_on == theirs.version:
        return  # unchanged since this laptop had it: our own push coming back, or read twice
    base = sync_rows.to_server(conn, t, mine.base) if mine.base else None
    current = None if mine.deleted else sync_rows.current(conn, theirs.kind, theirs.uuid)
    if mine.deleted or theirs.deleted:
        if mine.deleted and theirs.deleted:
            sync_rows.apply(conn, theirs)
            sync_rows.drop_pending(conn, mine)
            return
        result.conflicts += conflict_store.record_level(
            store, theirs, mine=current if not mine.deleted else base,
            mine_deleted=mine.deleted, who=who)
        sync_rows.apply(conn, theirs)  # the record as the team has it, until decided
        sync_rows.drop_pending(conn, mine)
        return
    if base is None or current is None:  # made here and there with one natural key
        base = {}
    merged, clashes = merge(base, current, theirs.data)
    sync_rows.apply(conn, theirs)
    new_base = sync_rows.current(conn, theirs.kind, theirs.uuid)
    for name, (b, m, th) in clashes.items():
        if not conflict_store.mirrored(store, theirs, current, name):
            result.conflicts += conflict_store.field_level(store, theirs, name, b, m, th, who)
    mine_only = {k: v for k, v in merged.items() if theirs.data.get(k) != v}
    if mine_only:
        sync_rows.apply(conn, Record(theirs.kind, theirs.uuid, theirs.customer,
                                     {**theirs.data, **mine_only}, version=theirs.version))
        sync_rows.replace_base(conn, mine, _local_image(store, theirs.kind, theirs.uuid, new_base))
    else:
        sync_rows.drop_pending(conn, mine)


def _local_image(store: Store, kind: str, uuid: str, server_image: dict | None) -> dict:
    """The base a later merge compares with, in local terms (local ids for references)."""
    t = BY_KIND[kind]
    image = dict(server_image or {})
    for column, ref_kind in t.refs.items():
        if column in image:
            image[column] = sync_rows.local_id_of(store.conn, ref_kind, image[column])
    return image


def merge(base: dict, mine: dict, theirs: dict) -> tuple[dict, dict]:
    """Three-way merge by field: (merged, {field: (base, mine, theirs)} for clashes). The merged
    record holds theirs where both changed a field differently."""
    merged, clashes = dict(theirs), {}
    for name in set(mine) | set(theirs):
        b, m, th = base.get(name), mine.get(name), theirs.get(name)
        if name in STAMPS:
            merged[name] = max((v for v in (m, th) if v is not None), default=None)
            continue
        if _same(m, th) or _same(m, b):
            continue
        if _same(th, b):
            merged[name] = m
        else:
            clashes[name] = (b, m, th)
    return merged, clashes


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return a == b


# --- push ------------------------------------------------------------------------------------

def push(store: Store, conn: psycopg.Connection, result: SyncResult,
         progress: Progress = _quiet) -> None:
    entries = sync_rows.pending(store.conn)
    progress("push", 0)
    if not entries:
        return
    role = sync_rows.state(store.conn)[2]
    sent: list[tuple[Pending, Record, int | None]] = []
    with store.conn:  # a read snapshot of the outbox and the rows it names
        records = [(p, sync_rows.record(store.conn, p)) for p in entries]
    seen: dict[str, bool] = {}  # dossiers this login may still see, asked once per push
    refused: list[tuple[Pending, Record, Record | None]] = []  # (entry, mine, the team's)
    owners: list[str] = []  # whom this login may give a customer to, asked once
    going: list[tuple[Pending, Record]] = []
    with conn.transaction():
        for p, r in records:
            if r is None:
                sent.append((p, r, None))
                continue
            if (BY_KIND[r.kind].shared and role == "rep") or _not_ours(conn, r, role, owners):
                there = conn.execute("SELECT data, deleted, version FROM crm.records "
                                     "WHERE uuid = %s", (r.uuid,)).fetchone()
                theirs = (None if there is None or there[1] else
                          Record(r.kind, r.uuid, r.customer, there[0], version=there[2]))
                if theirs is None or theirs.data != r.data or r.deleted:
                    refused.append((p, r, theirs))
                else:  # nothing changed
                    sent.append((p, None, None))
                continue
            going.append((p, r))
        _find_homes(conn, going, seen)
        sent += _send_many(conn, going, seen)
    with store.transaction():
        for p, r, version in sent:
            if r is not None and version is not None:
                sync_rows.set_version(store.conn, r.kind, r.uuid, version)
        for _p, r, theirs in refused:  # kept where the user reviews conflicts, not dropped;
            conflict_store.refused(store, r, theirs.data if theirs else None)
            _hold_theirs(store, r, theirs)  # the record as the team has it meanwhile
        sync_rows.forget_sent(store.conn, [p for p, _r, _v in sent] + [p for p, *_ in refused])
    result.pushed += sum(1 for _p, r, v in sent  # the history entries travel along
                         if r is not None and v is not None and r.kind != "history")
    progress("push", result.pushed)
    result.stray += sum(1 for _p, r, v in sent
                        if r is not None and v is None and not BY_KIND[r.kind].append_only)
    if refused:
        result.refused += len(refused)
        result.notes.append(Sentence(
            "{n} changes were not sent, as only managers make them (shared settings, giving a "
            "customer to someone else); they wait under conflicts", n=len(refused)))


def _hold_theirs(store: Store, mine: Record, theirs: Record | None) -> None:
    """After a refusal the file holds the team's record, as after a conflict: shared data as
    everyone has it (a new shared record made here goes), a customer with its owner. A new
    customer stays: what hangs off it is nowhere else."""
    if theirs is None and not BY_KIND[mine.kind].shared:
        return
    sync_rows.mute(store.conn, True)
    try:
        if theirs is None:
            sync_rows.remove(store.conn, mine.kind, mine.uuid)
        else:
            sync_rows.apply(store.conn, theirs)
    finally:
        sync_rows.mute(store.conn, False)


def _not_ours(conn: psycopg.Connection, r: Record, role: str, owners: list[str]) -> bool:
    """A customer given to someone the login may not give it to (a rep to another rep, a
    manager outside the team): the server would refuse the whole push, every time."""
    if r.kind != "customer" or r.deleted or role == "admin":
        return False
    if not owners:
        owners.extend(str(row[0]) for row in conn.execute(
            "SELECT unnest(crm.visible_owners())"))
    return r.data.get("owner_id") not in owners



_INSERT = ("INSERT INTO crm.records (uuid, kind, customer, data, deleted) "
           "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (uuid) DO NOTHING RETURNING version")
_UPDATE = ("UPDATE crm.records SET data = %s, deleted = false, customer = %s "
           "WHERE uuid = %s AND version = %s RETURNING version")
_DELETE = ("UPDATE crm.records SET deleted = true WHERE uuid = %s AND version = %s "
           "RETURNING version")


def _find_homes(conn: psycopg.Connection, going: list[tuple[Pending, Record]],
                seen: dict[str, bool]) -> None:
    """Whether the dossiers that records made here hang off are still this login's, asked in
    one query (one given away meanwhile makes its new records strays, see :func:`_send`)."""
    arriving = {r.uuid for _p, r in going if r.kind == "customer" and r.version is None}
    seen.update((u, True) for u in arriving)  # sent in this push, before what hangs off them
    wanted = sorted({r.customer for _p, r in going if r.version is None and r.customer
                     and r.kind != "customer" and r.customer not in arriving})
    if wanted:
        found = {row[0] for row in conn.execute(
            "SELECT uuid::text FROM crm.records WHERE uuid = ANY(%s::uuid[])", (wanted,))}
        seen.update((u, u in found) for u in wanted)


def _one_by_one(r: Record, seen: dict[str, bool]) -> bool:
    """Records :func:`_send` writes itself: a customer's delete (what hangs off it goes too)
    and a new record of a dossier given away meanwhile."""
    return ((r.kind == "customer" and r.deleted) or
            (r.version is None and r.customer is not None and r.kind != "customer"
             and not seen.get(r.customer, True)))


def _send_many(conn: psycopg.Connection, items: list[tuple[Pending, Record]],
               seen: dict[str, bool]) -> list[tuple[Pending, Record, int | None]]:
    """Write records kind by kind: a dossier before what hangs off it."""
    out: list[tuple[Pending, Record, int | None]] = []
    for _kind, group in groupby(items, key=lambda item: item[1].kind):
        out += _send_kind(conn, list(group), seen)
    return out


def _send_kind(conn: psycopg.Connection, group: list[tuple[Pending, Record]],
               seen: dict[str, bool]) -> list[tuple[Pending, Record, int | None]]:
    """Records of one kind in a few pipelined statements; a record that did not simply go
    through (moved on the server, out of this login's view, a link made elsewhere) then goes
    through :func:`_send`."""
    statements: dict[str, list[tuple[int, tuple]]] = {_INSERT: [], _UPDATE: [], _DELETE: []}
    for n, (_p, r) in enumerate(group):
        if _one_by_one(r, seen):
            continue
        if r.version is None:
            statements[_INSERT].append((n, (r.uuid, r.kind, r.customer, Jsonb(r.data),
                                            r.deleted)))
        elif r.deleted:
            statements[_DELETE].append((n, (r.uuid, r.version)))
        else:
            statements[_UPDATE].append((n, (Jsonb(r.data), r.customer, r.uuid, r.version)))
    versions: dict[int, int] = {}
    with conn.cursor() as cursor:
        for query, rows in statements.items():
            if not rows:
                continue
            cursor.executemany(query, [params for _n, params in rows], returning=True)
            for n, _params in rows:
                found = cursor.fetchone()
                if found is not None:
                    versions[n] = found[0]
                cursor.nextset()
    return [(p, r, versions[n] if n in versions else _send(conn, r, p, seen))
            for n, (p, r) in enumerate(group)]


def _send(conn: psycopg.Connection, r: Record, p: Pending, seen: dict[str, bool]) -> int | None:
    """Write one record; its new version, or None when it went to the stray edits."""
    data = Jsonb(r.data)
    if r.version is None and r.customer and r.kind != "customer":
        if r.customer not in seen:  # made here after its customer was given away
            seen[r.customer] = conn.execute("SELECT 1 FROM crm.records WHERE uuid = %s",
                                            (r.customer,)).fetchone() is not None
        if not seen[r.customer]:  # a history entry of it goes nowhere: its edit is a stray
            return None if BY_KIND[r.kind].append_only else _stray(conn, r, p)
    if r.version is None:
        row = conn.execute(
            "INSERT INTO crm.records (uuid, kind, customer, data, deleted) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (uuid) DO NOTHING RETURNING version",
            (r.uuid, r.kind, r.customer, data, r.deleted)).fetchone()
        if row:
            return row[0]
        there = conn.execute("SELECT version, data, deleted FROM crm.records WHERE uuid = %s",
                             (r.uuid,)).fetchone()
        if there is None:
            return _stray(conn, r, p)
        if BY_KIND[r.kind].link:  # linked on two laptops, or unlinked: the same link
            if there[2] != r.deleted:
                return conn.execute("UPDATE crm.records SET deleted = %s WHERE uuid = %s "
                                    "RETURNING version", (r.deleted, r.uuid)).fetchone()[0]
            return there[0]
        if there[1] == r.data and there[2] == r.deleted:
            return there[0]  # sent before, its answer lost with the connection
        raise Stale(r.uuid)
    if r.deleted:
        row = conn.execute("UPDATE crm.records SET deleted = true WHERE uuid = %s AND version = %s "
                           "RETURNING version", (r.uuid, r.version)).fetchone()
        if row is None:  # deleted already: with its customer, just before, or by someone else
            row = conn.execute("SELECT version FROM crm.records WHERE uuid = %s AND deleted",
                               (r.uuid,)).fetchone()
        elif r.kind == "customer":  # what hangs off it goes with it, as on the laptop
            conn.execute("UPDATE crm.records SET deleted = true WHERE customer = %s "
                         "AND uuid <> %s AND NOT deleted", (r.uuid, r.uuid))
    else:
        row = conn.execute(
            "UPDATE crm.records SET data = %s, deleted = false, customer = %s "
            "WHERE uuid = %s AND version = %s RETURNING version",
            (data, r.customer, r.uuid, r.version)).fetchone()
    if row:
        return row[0]
    if conn.execute("SELECT 1 FROM crm.records WHERE uuid = %s", (r.uuid,)).fetchone():
        raise Stale(r.uuid)
    return _stray(conn, r, p)


def _stray(conn: psycopg.Connection, r: Record, p: Pending) -> None:
    conn.execute(
        "INSERT INTO crm.stray_edits (record, kind, customer, base_version, base, data, deleted) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (r.uuid, r.kind, r.customer, r.version, Jsonb(r.base) if r.base else None,
         Jsonb(r.data), r.deleted))
    return None
