"""Turning a file's rows into checked values, without the database: each cell prepared for
its field and validated by the field registry, phones normalised, and for a new customer its
search entry (pinyin included) worked out.

That is most of an import's work in Python, and none of it needs the database, so a big file
is prepared in a second process while this one matches and writes (:func:`prepared`): on two
cores, 100,000 customers import in about half the time. Smaller files are prepared in line,
sparing the ~0.3 s a process takes to start, and so is every file when this process may use
one core only (a second process would take turns with it, and add the pickling of each row).
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import pickle
import queue
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import islice
from typing import Any

from desktop_crm.domain.importing.kinds import Kind, join_address, kind, prepare
from desktop_crm.domain.importing.phones import normalize_phone_fast
from desktop_crm.domain.importing.reading import Source
from desktop_crm.domain.importing.results import Problem
from desktop_crm.domain.fields import ADDRESS_PARTS, Field
from desktop_crm.domain.validation import (
    FieldProblem, StaffResolver, ValidationError, clean, convert,
)
from desktop_crm.storage.search_index import Entry, build_entry

CHUNK = 2000             # rows prepared, matched and written together
PARALLEL_ROWS = 20_000   # rows from which a file is prepared in a second process
AHEAD = 4                # chunks the second process may have ready (bounds memory)

MEMO = 20_000            # values remembered per column (see Preparer._convert)
_MISSING = object()


@dataclass(frozen=True)
class _Refused:
    """A value :func:`convert` refused, remembered: the problem to raise again."""

    code: str
    message: str
    params: dict[str, Any]


# The customer columns a search entry reads (see search_index.build_entry).
_ENTRY_COLUMNS = ("code", "name", "kind", "phone", "address", "area", "business_format", "notes",
                  "deleted_at", "uscc", "resident_id", "licence_no", "tax_id")


@dataclass(slots=True)
class Row:
    """One row of the file on its way in: its cells, the values read from them, and what the
    import decides for it."""

    line: int
    cells: list[Any]
    data: dict[str, Any]                  # field -> value prepared from the cell
    refs: dict[str, Any]                  # customer_code / customer_name the row refers to
    values: dict[str, Any] = field(default_factory=dict)   # field -> cleaned value
    problems: list[Problem] = field(default_factory=list)
    entry: Entry | None = None            # a customer's search entry, when it has a code
    customer_id: int | None = None
    new_customer: bool = False            # its customer is created with it (members)
    target: int | None = None
    action: str = ""
    duplicate: Any = None                 # a Likely (likely.py): who this new row may be
    new_staff: dict[str, str] = field(default_factory=dict)  # field -> a name not on staff

    def __reduce__(self) -> tuple[Any, ...]:
        # sent between processes as a plain tuple of what preparing made: half the cost
        return (Row, (self.line, self.cells, self.data, self.refs, self.values, self.problems,
                      self.entry, None, False, None, "", None, self.new_staff))


@dataclass(frozen=True)
class Preparer:
    """How the rows of one file become values: which column holds which field, and the staff
    names a column may refer to. Plain data, so it can go to another process."""

    kind_name: str
    mapped: dict[str, int]                # field -> index of its column
    headers: dict[str, str]               # field -> the file's header for it
    staff: dict[str, int]                 # staff name -> id
    entries: bool = True                  # work out new customers' search entries
    extra: tuple[Field, ...] = ()         # custom fields the file fills (custom:<key>)
    # a staff name not on file: kept aside in ``Row.new_staff`` for the import to create
    # the staff member or leave the field empty ("create", "empty"), or a problem ("reject")
    unknown_staff: str = "create"

    @property
    def spec(self) -> Kind:
        return kind(self.kind_name)

    @cached_property
    def _fields(self) -> dict[str, Field]:
        return {**{f.name: f for f in self.spec.columns}, **{f.name: f for f in self.extra}}

    @cached_property
    def _cells(self) -> list[tuple[str, int, Field, dict[str, Any]]]:
        """Each mapped field, its column and the cells of it prepared so far."""
        return [(name, index, self._fields[name], self._prepared[name])
                for name, index in self.mapped.items()]

    @cached_property
    def _staff_fields(self) -> tuple[str, ...]:
        return tuple(name for name in self.mapped if self._fields[name].kind == "staff")

    @cached_property
    def _today(self) -> date:  # what "not in the future" means, for the whole file
        return date.today()

    @cached_property
    def _own(self) -> tuple[Field, ...]:
        return (*self.spec.fields, *self.extra)

    def rows(self, raw: Iterable[tuple[int, list[Any]]]) -> list[Row]:
        spec = self.spec
        phone_fields = {f.name for f in spec.fields if f.kind == "phone"}
        out = self._read(list(raw))
        for row in out:
            self._validate(spec, phone_fields, row)
            self._check_references(spec, row)
            if "customer_phone" in row.refs:  # a reference, checked as the phone it is
                try:
                    row.refs["customer_phone"] = normalize_phone_fast(row.refs["customer_phone"])
                except FieldProblem as problem:
                    self.problem(row, "customer_phone", problem.code, problem.message, **problem.params)
        if self.entries and spec.name == "customers":
            for row in out:
                if row.values.get("code") and not row.problems:
                    row.entry = self.entry(row.values)
        return out

    def problem(self, row: Row, fld: str, code: str, message: str, /, **params: Any) -> None:
        row.problems.append(Problem(row.line, self.headers.get(fld), fld, code, message, params))

    @staticmethod
    def entry(values: dict[str, Any]) -> Entry:
        """The search entry of a new customer with these values, as the index would build it
        from the stored row (no contacts yet; tags in the order the index reads them). The
        columns it reads are stored under their fields' names."""
        customer = {c: values.get(c) for c in _ENTRY_COLUMNS}
        return build_entry(customer, [], sorted(set(values.get("tags") or ())))

    def _read(self, raw: list[tuple[int, list[Any]]]) -> list[Row]:
        """A chunk's cells prepared for their fields, a column at a time (a column's values
        repeat: each is prepared once), then gathered into each row's data."""
        columns = []
        for _, index, fld, memo in self._cells:
            column = []
            for _, cells in raw:
                cell = cells[index]
                value = memo.get(cell, _MISSING) if cell.__class__ is str else prepare(fld, cell)
                if value is _MISSING:
                    value = prepare(fld, cell)
                    if len(memo) < MEMO:
                        memo[cell] = value
                column.append(value)
            columns.append(column)
        names = [name for name, *_ in self._cells]
        joined = self.kind_name == "customers" and any(f.name in self.mapped for f in ADDRESS_PARTS)
        refs = [k for k in ("customer_code", "customer_name", "customer_phone") if k in self.mapped]
        out = []
        for (line, cells), values in zip(raw, zip(*columns)):
            data = {n: v for n, v in zip(names, values) if v != "" and v is not None}
            if joined:
                join_address(data)
            out.append(Row(line, cells, data, {k: str(data.pop(k)) for k in refs if k in data}))
        return out

    def _validate(self, spec: Kind, phone_fields: set[str], row: Row) -> None:
        """The registry's validation; phones through the same check, cached by shape."""
        phones: dict[str, str] = {}
        for name in phone_fields.intersection(row.data):
            try:
                phones[name] = normalize_phone_fast(str(row.data[name]))
            except FieldProblem as problem:
                self.problem(row, name, problem.code, problem.message, **problem.params)
        rest = {k: v for k, v in row.data.items() if k not in phone_fields}
        if self.unknown_staff != "reject":
            for name in self._staff_fields:
                if name in rest and self._resolve_staff(rest[name]) is None:
                    row.new_staff[name] = str(rest[name]).strip()
                    del rest[name]
        try:
            row.values = clean(self._own, rest, partial=True, resolve_staff=self._resolve_staff,
                               converter=self._convert, today=self._today)
        except ValidationError as exc:
            for err in exc.errors:
                self.problem(row, err.field, err.code, err.message, **err.params)
        row.values.update(phones)

    # A column of areas, dates or levels repeats a few hundred values over 100,000 rows:
    # each value met is prepared and converted once (a column whose values are all new,
    # codes or names, stops being remembered after MEMO of them).

    @cached_property
    def _prepared(self) -> dict[str, dict[str, Any]]:
        return {name: {} for name in self.mapped}

    @cached_property
    def _converted(self) -> dict[str, dict[Any, Any] | None]:
        return {}

    def _convert(self, fld: Field, raw: Any, *, resolve_staff: StaffResolver | None = None,
                 today: date | None = None) -> Any:
        """:func:`convert`, remembered per field and value (a problem as the problem)."""
        memo = self._converted.get(fld.name, _MISSING)
        if memo is None:  # a column of values all different: nothing to remember
            return convert(fld, raw, resolve_staff=resolve_staff, today=today)
        if memo is _MISSING:
            memo = self._converted[fld.name] = {}
        # 1, 1.0 and True are equal keys of different values: only text is the key itself
        key = raw if raw.__class__ is str else (raw.__class__, raw)
        found = memo.get(key, _MISSING)
        if found is _MISSING:
            try:
                found = convert(fld, raw, resolve_staff=resolve_staff, today=today)
            except FieldProblem as problem:
                found = _Refused(problem.code, problem.message, problem.params)
            if len(memo) >= MEMO:
                self._converted[fld.name] = None
            elif not isinstance(found, list):  # tags: a list of each row's own
                memo[key] = found
        if found.__class__ is _Refused:
            raise FieldProblem(found.code, found.message, **found.params)
        return found

    def _check_references(self, spec: Kind, row: Row) -> None:
        """The code and name a row names its customer by, held to the same limits as the
        customer's own (a member row may bring its customer with them)."""
        for name in ("customer_code", "customer_name"):
            if name in row.refs:
                try:
                    convert(spec.field(name), row.refs[name])
                except FieldProblem as problem:
                    self.problem(row, name, problem.code, problem.message, **problem.params)

    def _resolve_staff(self, value: Any) -> int | None:
        text = str(value).strip()
        if text in self.staff:
            return self.staff[text]
        if text.isascii() and text.isdigit() and int(text) in self.staff.values():
            return int(text)
        return None


# --- in line, or in a second process -------------------------------------------------------

@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off during an import: preparing 100,000 rows makes millions
    of short-lived objects, none of them in cycles, and the collector's passes over them
    cost ~1 s (a tenth of the import)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _chunks(source: Source) -> Iterator[list[tuple[int, list[Any]]]]:
    rows = source.rows()
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


@contextmanager
def prepared(source: Source, preparer: Preparer,
             parallel: bool | None = None) -> Iterator[Iterator[list[Row]]]:
    """The file's rows prepared, a chunk at a time, in the file's order: in a second process
    when ``parallel`` says so, or (None) when the file has ``PARALLEL_ROWS`` rows or more
    and this process may run on more than one core (on one, a second process only adds its
    start and the pickling of every row: ~10 % more work). Leaving the block early (a
    cancel, an error) stops the second process, if one was started."""
    if parallel is None:
        parallel = (source.total or 0) >= PARALLEL_ROWS and _cores() > 1
    if not parallel:
        yield (preparer.rows(raw) for raw in _chunks(source))
        return
    context = multiprocessing.get_context("spawn")  # fork is unsafe in a process with Qt threads
    # A pipe, not a multiprocessing queue: only the second process holds the sending end,
    # so its death ends the pipe (EOFError) instead of leaving this one waiting for the
    # rest of a message.
    receiving, sending = context.Pipe(duplex=False)
    worker = context.Process(target=_prepare_elsewhere, args=(source, preparer, sending),
                             name="desktop-crm import", daemon=True)
    worker.start()
    sending.close()
    try:
        yield _received(receiving, worker)
    finally:
        receiving.close()
        if worker.is_alive():
            worker.terminate()
        worker.join()


def _cores() -> int:
    """The cores this process may run on (``taskset``, a container's CPU set)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _prepare_elsewhere(source: Source, preparer: Preparer, sending: Any) -> None:
    """The second process: prepare every chunk, then 'end' (or the error met). A thread
    sends what is ready, so preparing goes on while the other process is busy, up to
    ``AHEAD`` chunks ahead."""
    gc.disable()
    _exit_with_parent()
    outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=AHEAD)

    def send_all() -> None:
        try:
            while (message := outbox.get()) is not None:
                sending.send_bytes(message)
        except (OSError, ValueError):  # the import stopped reading: nobody wants the rest
            os._exit(1)

    sender = threading.Thread(target=send_all, daemon=True)
    sender.start()
    try:
        for raw in _chunks(source):
            outbox.put(pickle.dumps(("rows", preparer.rows(raw)), pickle.HIGHEST_PROTOCOL))
        outbox.put(pickle.dumps(("end", None)))
    except Exception as exc:  # noqa: BLE001 (every error goes back to be raised there)
        try:
            message = pickle.dumps(("error", exc))
            pickle.loads(message)
        except Exception:  # noqa: BLE001
            message = pickle.dumps(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
        outbox.put(message)
    finally:
        outbox.put(None)
        sender.join()


def _exit_with_parent() -> None:
    """This second process never outlives the import: killed or crashed, its parent takes
    it along (a thread waits on the parent's process handle; works on every OS)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parent watch", daemon=True).start()


def _received(receiving: Any, worker: Any) -> Iterator[list[Row]]:
    while True:
        try:
            what, payload = receiving.recv()
        except (EOFError, OSError):  # gone, perhaps in the middle of a message
            worker.join()
            raise RuntimeError(
                f"the process reading the file stopped (exit code {worker.exitcode}); "
                "nothing was imported — try again, or import the file in parts"
            ) from None
        if what == "end":
            return
        if what == "error":
            raise payload
        yield payload
