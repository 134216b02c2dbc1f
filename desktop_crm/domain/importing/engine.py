"""Running an import: each row mapped and validated by the field registry (``prepare``, in a
second process for big files), matched on a key and given an action; then all accepted rows
written in one transaction with a batch that can be reverted — or, as a dry run, only
counted.

Rows are read and handled in chunks, so memory stays bounded whatever the file's size:
only counts, the first outcomes and problems (for the screen) and a spool file of the
rejected rows (for "save rejected rows") are kept. ``progress(done, total)`` returning
False cancels; inside the transaction that means nothing at all is written.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_crm.domain.addresses import follow_customer
from desktop_crm.domain.importing import customer_refs, extras, ways
from desktop_crm.domain.importing import identifiers as id_check
from desktop_crm.domain.importing.columns import settle_new_fields
from desktop_crm.domain.importing.kinds import (
    Kind,
    custom_columns,
    kind,
    missing_columns,
    remember_mapping,
)
from desktop_crm.domain.importing.likely import DuplicateCheck
from desktop_crm.domain.importing.prepare import Preparer, Row, collector_paused, prepared
from desktop_crm.domain.importing.reading import Source
from desktop_crm.domain.importing.seen import Seen
from desktop_crm.domain.importing.results import (
    STAFF_CHOICES,
    ImportCancelled,
    ImportOptions,
    ImportResult,
    MappingProblem,
    RowOutcome,
)
from desktop_crm.domain.service import column, default_actor
from desktop_crm.domain.validation import ValidationError
from desktop_crm.storage import addresses, autobackup, contact_ways
from desktop_crm.storage import importing as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

Progress = Callable[[int, int], bool]
KEEP = 500            # outcomes and problems kept for the screen; the rest are only counted
KEEP_LIKELY = 5000    # likely duplicates kept for the screen (each has a choice to make)


def run_import(
    store: Store, source: Source, options: ImportOptions, *,
    actor: str | None = None, progress: Progress | None = None,
) -> ImportResult:
    """Import ``source`` as ``options`` say; see the module's docstring. A real (not dry)
    run takes an automatic backup first, and does not start when it cannot."""
    spec = kind(options.kind)
    actor = actor or default_actor(store)
    with collector_paused():
        if options.dry_run:
            settled, new, _ = settle_new_fields(store, options, source.headers, actor, define=False)
            run = _Run(store, spec, source, settled, actor, progress, new)
            run.run()
        else:
            autobackup.before(store, "import")
            with store.transaction(whole=True):
                settled, new, ids = settle_new_fields(store, options, source.headers, actor,
                                                      define=True)
                run = _Run(store, spec, source, settled, actor, progress, new)
                if ids:
                    sql.add_items(store, run._batch(), "custom_field", ids, "created")
                run.run()
                remember_mapping(store, spec.name, settled.mapping, source.headers)
    run.result.new_fields = [f.label_zh for f in new]
    return run.result


class _Run:
    def __init__(self, store: Store, spec: Kind, source: Source, options: ImportOptions,
                 actor: str, progress: Progress | None, new: list | None = None) -> None:
        self.store, self.spec, self.source, self.options = store, spec, source, options
        self.actor, self.progress = actor, progress
        self.table, self.customer_column = sql.TABLES[spec.name]
        self.entity = sql.ENTITIES[spec.name]
        custom = {f.name: f for f in (*custom_columns(store, spec.name), *(new or []))}
        names = {f.name for f in spec.columns} | set(custom)
        self.mapped: dict[str, int] = {}
        self.headers: dict[str, str] = {}
        for header, name in options.mapping.items():
            if not name:
                continue
            if name not in names:
                raise MappingProblem("unknown_field", f"{name!r} is not a column of {spec.name}",
                                     field=name)
            if header not in source.headers:
                raise MappingProblem("unknown_header", f"the file has no column {header!r}",
                                     header=header)
            if name in self.mapped:
                raise MappingProblem("mapped_twice", f"two columns are mapped to {name}", field=name)
            self.mapped[name] = source.headers.index(header)
            self.headers[name] = header
        if options.on_match not in ("update", "create", "skip"):
            raise MappingProblem("on_match", f"{options.on_match!r} is not update, create or skip")
        if options.key is not None and options.key not in self.mapped:
            raise MappingProblem("key", f"the key {options.key} is not one of the mapped columns",
                                 field=options.key)
        missing = missing_columns(spec.name, set(self.mapped), options.key, options.on_match)
        if missing:
            labels = ", ".join(f"{f.label_zh} ({f.label_en})" for f in missing)
            raise MappingProblem("required_missing",
                                 f"the file has no column for {labels}; add it or map a column to it",
                                 fields=labels)
        if options.unknown_staff not in STAFF_CHOICES:
            raise MappingProblem("unknown_staff", f"{options.unknown_staff!r} is not one of "
                                 f"{', '.join(STAFF_CHOICES)}")
        self.custom = extras.CustomValues(store, [custom[n] for n in self.mapped if n in custom],
                                          self.spec.name)
        self.prep = Preparer(spec.name, self.mapped, self.headers, sql.staff_by_name(store),
                             entries=not options.dry_run, extra=tuple(self.custom.fields),
                             unknown_staff=options.unknown_staff)
        self.staff = extras.NewStaff(store, self.actor, spec.name)
        self.likely = DuplicateCheck(store, options) if spec.name == "customers" else None
        self.seen = Seen(store)
        self.codes_taken: set[str] = set()
        self.ids_taken: id_check.Taken = {}
        self.result = ImportResult(spec.name, source.path.name, options.dry_run, source.headers)
        self._spool: Any = None
        self._writer: Any = None
        self.search_aside = False  # the import indexes what it creates in bulk
        self.ways_aside = False    # ...and makes their phones ways in bulk

    # --- driving ----------------------------------------------------------------------------

    def run(self) -> None:
        done = 0
        total = self.source.total or 0
        writing = not self.options.dry_run
        sql.seen_start(self.store)
        # a big load: indexes built once at the end rather than kept in step row by row
        big = writing and total >= sql.BULK_ROWS
        aside = sql.set_indexes_aside(self.store, self.table) if big else []
        ways_aside = sql.set_ways_aside(self.store) if big else []
        self.ways_aside = bool(ways_aside)
        aside += ways_aside + (sql.set_sync_aside(self.store) if big else [])
        self.search_aside = writing and sql.set_search_aside(self.store, total)
        try:
            with prepared(self.source, self.prep, self.options.parallel) as chunks:
                for rows in chunks:
                    done += self._chunk(rows)
                    self._step(done, max(total, done))
            self._step(done, max(done, 1))
        finally:
            sql.seen_end(self.store)
            if self._spool is not None:
                self._spool.close()
        sql.restore_aside(self.store, aside)
        self.result.staff_created = list(self.staff.created)
        if self.search_aside:
            sql.restore_search(self.store)
        if self.result.batch_id is not None:
            summary = {**self.result.counts, "source": self.source.path.name,
                       "key": self.options.key, "on_match": self.options.on_match}
            sql.finish_batch(self.store, self.result.batch_id, "done", summary)
            queries.audit(self.store, self.actor, "import",
                          f"batch {self.result.batch_id}: {self.spec.name} from "
                          f"{self.source.path.name}: {self.result.summary()}")

    def _step(self, done: int, total: int) -> None:
        if self.progress is not None and not self.progress(done, total):
            raise ImportCancelled()

    def _chunk(self, rows: list[Row]) -> int:
        if self.spec.per_customer:
            customer_refs.resolve(self.store, rows, self.spec.name == "members",
                                  self.options.create_customers, self._problem)
        if self.spec.name == "customers":  # one query a chunk, not one a row
            given = [str(r.values["code"]) for r in rows if r.values.get("code")]
            self.codes_taken = set(queries.existing_codes(self.store, given))
            self.ids_taken = id_check.load(self.store, self.seen, [r for r in rows if not r.problems])
        self._match([r for r in rows if not r.problems])
        ok = [r for r in rows if not r.problems]
        self.seen.load("key", [m for m in map(self._key_marker, ok) if m])
        if self.options.key != "code":  # else the key's own check finds codes repeated
            self.seen.load("code", [str(r.values["code"]) for r in ok if r.values.get("code")])
        self.seen.load("member", [m for m in map(_member_marker, ok) if m])
        for row in ok:
            self._decide(row)
        self.seen.end_chunk()
        if self.likely is not None:
            self.likely.check([r for r in ok if r.action == "created" and not r.problems])
        if not self.options.dry_run:
            if self.options.unknown_staff == "create":
                self.staff.create(self._batch, [r for r in rows if not r.problems and r.new_staff
                                                and r.action in ("created", "updated")],
                                  self._problem)
            self._write([r for r in rows if not r.problems])
        else:
            self.custom.preview([r for r in rows if not r.problems and r.action == "updated"],
                                self._owner)
        for row in rows:
            self._record(row)
        return len(rows)

    def _owner(self, row: Row) -> int | None:
        """The customer whose custom fields a row fills."""
        return row.target if self.spec.name == "customers" else row.customer_id

    # --- reading and checking ---------------------------------------------------------------

    def _problem(self, row: Row, fld: str, code: str, message: str, /, **params: Any) -> None:
        self.prep.problem(row, fld, code, message, **params)

    def _match(self, rows: list[Row]) -> None:
        key = self.options.key
        if key is None:
            return
        keyed = [r for r in rows if r.values.get(key) not in (None, "")]
        if self.spec.name == "customers":
            found = sql.customers_by(self.store, column(self.spec.field(key)),
                                     [str(r.values[key]) for r in keyed])
            for row in keyed:
                ids = found.get(str(row.values[key]), [])
                if len(ids) > 1:
                    self._problem(row, key, "key_ambiguous",
                                  f"{len(ids)} customers have {row.values[key]}; use a key that is unique",
                                  value=row.values[key], count=len(ids))
                elif ids:
                    row.target = ids[0]
            return
        scope = None if key == "card_no" else self.customer_column
        pairs = [(row.customer_id, str(row.values[key])) for row in keyed]
        found = sql.rows_by_key(self.store, self.table, column(self.spec.field(key)), pairs, scope)
        for row in keyed:
            owner = None if scope is None else row.customer_id
            row.target = found.get((owner, str(row.values[key])))

    def _key_marker(self, row: Row) -> str | None:
        """The row's key as compared within the file (per customer where keys are)."""
        key = self.options.key
        value = row.values.get(key) if key else None
        if value in (None, ""):
            return None
        scope = "" if key == "card_no" or not self.spec.per_customer else f"{row.customer_id}:"
        return f"{scope}{value}"

    def _decide(self, row: Row) -> None:
        if self.spec.name in ("customers", "contacts"):
            ways.check(row, self._problem)
            if row.problems:
                return
        key = self.options.key
        value = row.values.get(key) if key else None
        marker = self._key_marker(row)
        if marker is not None:
            first = self.seen.first("key", marker)
            if first is not None:
                self._problem(row, key, "repeated",
                              f"{value} appears again in this file (first at line {first}); "
                              "keep one of the rows", value=str(value), first=first)
                return
            self.seen.add("key", marker, row.line)
        if row.target is not None and self.options.on_match != "create":
            if self.options.on_match == "skip":
                row.action = "skipped"
                return
            row.action = "updated"
            if self.spec.name == "customers":
                self._check_customers(row)
            if self.spec.name == "members" and row.customer_id is not None:
                owner = sql.current_value(self.store, "members", row.target, "customer_id")
                if owner != row.customer_id:
                    self._problem(row, "card_no", "card_elsewhere",
                                  f"card {value} belongs to another customer", value=str(value))
            return
        row.target = None
        row.action = "created"
        for fld in self.spec.fields:
            if fld.required and row.values.get(fld.name) in (None, "", []):
                self._problem(row, fld.name, "required", f"{fld.label_en} is required")
        if row.problems:
            return
        checker = getattr(self, f"_check_{self.spec.name}", None)
        if checker is not None:
            checker(row)

    def _check_customers(self, row: Row) -> None:
        id_check.check(row, self.ids_taken, self.seen, self._problem)
        code = row.values.get("code")
        if not code:
            return
        if self.options.key != "code":
            first = self.seen.first("code", str(code))
            if first is not None:
                self._problem(row, "code", "repeated",
                              f"customer code {code} appears again in this file (first at line {first}); "
                              "keep one of the rows", value=code, first=first)
                return
            self.seen.add("code", str(code), row.line)
        existing = queries.customer_by_code(self.store, code) if code in self.codes_taken else None
        if existing is not None and existing["id"] != row.target:  # an update may keep its own
            trash = " (in the trash: restore or purge it first)" if existing["deleted_at"] else ""
            self._problem(row, "code", "duplicate",
                          f"customer code {code} is already used by {existing['name']}{trash}",
                          code=code, other=existing["name"])

    def _check_visits(self, row: Row) -> None:
        from desktop_crm.domain.interactions import InteractionService

        try:
            InteractionService(self.store, self.actor).check(row.values, None)
        except ValidationError as exc:
            for err in exc.errors:
                self._problem(row, err.field, err.code, err.message, **err.params)

    def _check_members(self, row: Row) -> None:
        marker = _member_marker(row)
        first = self.seen.first("member", marker)
        if first is not None:
            self._problem(row, "customer_code", "repeated",
                          f"this customer already has a card in this file (line {first})",
                          first=first)
            return
        self.seen.add("member", marker, row.line)
        if row.new_customer:
            return
        existing = sql.rows_by_key(self.store, "members", "customer_id",
                                   [(None, str(row.customer_id))], None)
        if existing:
            self._problem(row, "card_no", "already_member",
                          "this customer is already a member with another card; update that card instead")

    # --- writing ----------------------------------------------------------------------------

    def _batch(self) -> int:
        if self.result.batch_id is None:
            self.result.batch_id = sql.create_batch(self.store, self.spec.name,
                                                    self.source.path.name, self.actor)
        return self.result.batch_id

    def _write(self, rows: list[Row]) -> None:
        creates = [r for r in rows if r.action == "created"]
        updates = [r for r in rows if r.action == "updated"]
        if creates:
            self._create(creates)
        if updates:
            self._update(updates)
        if self.custom.fields:
            self.custom.write(self._batch, [r for r in rows if r.action != "skipped"], self._owner,
                              self.actor)
        if self.spec.name in ("customers", "contacts"):  # QQ, 邮箱, 传真… columns
            kept = [r for r in rows if r.action in ("created", "updated", "unchanged")]
            new = ways.new_ways(self.store, [self._way_owner(r) for r in kept])
            ways.write(self.store, new, self._batch, self.actor)
            for row in kept:  # a row that only brings a way updates its dossier
                if row.action == "unchanged" and self._way_owner(row)[:2] in {w[:2] for w in new}:
                    row.action = "updated"

    def _way_owner(self, row: Row) -> tuple[int, int | None, dict[str, Any]]:
        if self.spec.name == "customers":
            return row.target, None, row.values
        return row.customer_id, row.target, row.values

    def _create(self, rows: list[Row]) -> None:
        batch = self._batch()
        if self.spec.name == "customers":
            for row, cid in zip(rows, self._add_customers(batch, rows)):
                row.target = cid
            return
        people = [r for r in rows if r.new_customer]  # members bringing their customer
        if people:
            persons = [Row(r.line, r.cells, {}, r.refs, values=_person(r.refs)) for r in people]
            for row, cid in zip(people, self._add_customers(batch, persons)):
                row.customer_id = cid
        records = []
        for row in rows:
            record = self.spec.stored(row.values)
            record[self.customer_column] = row.customer_id
            records.append(record)
        ids = self.store.insert_many(self.table, records)
        for row, rid in zip(rows, ids):
            row.target = rid
        queries.log_changes(
            self.store,
            [(self.entity, rid, r.customer_id, "*created", None, _label(r)) for rid, r in zip(ids, rows)],
            self.actor, batch,
        )
        sql.add_items(self.store, batch, self.entity, ids, "created")
        if self.spec.name == "members":
            self._points_moves(batch, {rid: r.values.get("points_balance") or 0 for rid, r in zip(ids, rows)})
        elif self.spec.name == "transactions":
            self._member_balances(batch, rows)

    def _add_customers(self, batch: int, rows: list[Row]) -> list[int]:
        """Create a customer for each row (its ``values`` are the customer's) with its tags,
        search entry, history and place in the batch; returns their ids."""
        fresh = iter(queries.next_codes(self.store, sum(1 for r in rows if not r.values.get("code"))))
        records = []
        for row in rows:
            row.values.setdefault("lifecycle", "prospect")
            if not row.values.get("code"):
                row.values["code"] = next(fresh)
            if row.entry is None:  # given its code just now
                row.entry = Preparer.entry(row.values)
            # the sort key the search index gives it: written now, with the row (the index's
            # write for new customers leaves name_sort alone, search_index.write)
            records.append({**kind("customers").stored(row.values), "name_sort": row.entry.sort_key})
        ids = self.store.insert_many("customers", records)
        if self.ways_aside:
            contact_ways.add_missing(self.store.conn, ids)
        if self.likely is not None:
            self.likely.created.update(ids)
        queries.add_tags_many(self.store, [(cid, t) for cid, r in zip(ids, rows)
                                           for t in r.values.get("tags", [])])
        sql.index_created(self.store, {cid: r.entry for cid, r in zip(ids, rows)},
                          bulk=self.search_aside)
        queries.log_changes(self.store, [("customer", cid, cid, "*created", None, _label(r))
                                         for cid, r in zip(ids, rows)], self.actor, batch)
        addresses.fill_missing(self.store.conn, ids)  # the address line: the main address
        sql.add_items(self.store, batch, "customer", ids, "created")
        return ids

    def _update(self, rows: list[Row]) -> None:
        existing = sql.rows_by_id(self.store, self.table, [r.target for r in rows])
        changes: dict[int, dict[str, Any]] = {}
        history: list[tuple[str, int, int, str, object, object]] = []
        for row in rows:
            old = existing[row.target]
            owner = row.target if self.spec.name == "customers" else old[self.customer_column]
            diff = {c: v for c, v in self.spec.stored(row.values).items() if old[c] != v}
            if diff:
                changes[row.target] = diff
                history += [(self.entity, row.target, owner, c, old[c], v) for c, v in diff.items()]
            if "tags" in row.values:
                before = queries.tags_of(self.store, row.target)
                if before != row.values["tags"]:
                    queries.set_tags(self.store, row.target, row.values["tags"])
                    history.append((self.entity, row.target, owner, "tags",
                                    ", ".join(before) or None, ", ".join(row.values["tags"]) or None))
                    changes.setdefault(row.target, {})
            if row.target not in changes:
                row.action = "unchanged"
        if not changes:
            return
        batch = self._batch()
        sql.update_rows(self.store, self.table, {k: v for k, v in changes.items() if v})
        if self.spec.name == "customers":  # a new line or area: the main address follows
            for cid, diff in changes.items():
                follow_customer(self.store, cid, diff)
        queries.log_changes(self.store, history, self.actor, batch)
        sql.add_items(self.store, batch, self.entity, list(changes), "updated")
        if self.spec.name == "members":
            self._points_moves(batch, {
                rid: diff["points_balance"] - (existing[rid]["points_balance"] or 0)
                for rid, diff in changes.items() if "points_balance" in diff
            })

    # A member's balance is the sum of its purchases' points and its points moves (see
    # storage/members.py): an imported balance is recorded as an adjustment, and imported
    # purchases move the balance of the member who made them.

    def _points_moves(self, batch: int, points: dict[int, int]) -> None:
        moves = {mid: p for mid, p in points.items() if p}
        if moves:
            ids = sql.add_points_moves(self.store, moves, note="import")
            sql.add_items(self.store, batch, "points_move", ids, "created")

    def _member_balances(self, batch: int, rows: list[Row]) -> None:
        delta: dict[int, int] = {}
        for row in rows:
            moved = (row.values.get("points_earned") or 0) - (row.values.get("points_redeemed") or 0)
            if moved:
                delta[row.customer_id] = delta.get(row.customer_id, 0) + moved
        if not delta:
            return
        members = sql.members_of(self.store, list(delta))
        changes = {m["id"]: {"points_balance": m["points_balance"] + delta[m["customer_id"]]}
                   for m in members}
        if changes:
            sql.update_rows(self.store, "members", changes)
            queries.log_changes(self.store, [
                ("member", m["id"], m["customer_id"], "points_balance", m["points_balance"],
                 changes[m["id"]]["points_balance"]) for m in members
            ], self.actor, batch)
            sql.add_items(self.store, batch, "member", list(changes), "updated")

    # --- results ----------------------------------------------------------------------------

    def _record(self, row: Row) -> None:
        result = self.result
        if row.problems:
            row.action = "rejected"
            self._spool_rejected(row)
            room = KEEP - len(result.problems)
            if room > 0:
                result.problems += row.problems[:room]
        elif self.options.dry_run and row.action == "updated":
            self._preview_update(row)
        result.counts[row.action] += 1
        result.new_customers += row.new_customer and row.action == "created"
        duplicate = row.duplicate if row.action != "rejected" else None
        result.possible_duplicates += duplicate is not None
        if row.action != "rejected":
            for name in row.new_staff.values():
                result.unknown_staff[name] = result.unknown_staff.get(name, 0) + 1
        if len(result.outcomes) < KEEP or (duplicate is not None and
                                           result.possible_duplicates <= KEEP_LIKELY):
            result.outcomes.append(RowOutcome(row.line, row.action, _label(row), row.target,
                                              row.problems, duplicate,
                                              tuple(dict.fromkeys(row.new_staff.values()))))

    def _preview_update(self, row: Row) -> None:
        """A dry run tells updates that change nothing from real ones, as the run would."""
        old = self.store.get(self.table, row.target)
        changed = any(old[c] != v for c, v in self.spec.stored(row.values).items())
        if "tags" in row.values:
            changed = changed or queries.tags_of(self.store, row.target) != row.values["tags"]
        changed = changed or self.custom.changes(row)
        if self.spec.name in ("customers", "contacts"):
            changed = changed or bool(ways.new_ways(self.store, [self._way_owner(row)]))
        if not changed:
            row.action = "unchanged"

    def _spool_rejected(self, row: Row) -> None:
        if self._spool is None:
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (open for the whole run)
                "w", encoding="utf-8", newline="", prefix="desktop-crm-rejected-", suffix=".csv",
                delete=False,
            )
            self._spool, self._writer = handle, csv.writer(handle)
            self.result.rejects = Path(handle.name)
        problems = json.dumps([p.__dict__ for p in row.problems], ensure_ascii=False, default=str)
        self._writer.writerow([row.line, problems, *(_cell_text(c) for c in row.cells)])


def _person(refs: dict[str, Any]) -> dict[str, Any]:
    """The customer a member row brings: a person with the row's name, phone and code."""
    person = {"name": refs["customer_name"], "kind": "individual", "lifecycle": "active"}
    if refs.get("customer_phone"):
        person["phone"] = refs["customer_phone"]
    if refs.get("customer_code"):
        person["code"] = refs["customer_code"]
    return person


def _member_marker(row: Row) -> str | None:
    """Who a member row is about, as compared within the file: a customer on file by id, a
    customer the file brings by its phone or name."""
    if row.new_customer:
        return f"new:{row.refs.get('customer_phone') or row.refs['customer_name']}"
    return None if row.customer_id is None else str(row.customer_id)


def _label(row: Row) -> str:
    v = {**row.data, **row.values}
    for name in ("name", "card_no", "code", "occurred_at", "occurred_on"):
        if v.get(name):
            return str(v[name])
    return next(iter(row.refs.values()), "")


def _cell_text(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)

