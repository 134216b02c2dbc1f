"""What an import is asked to do and what it reports: options, problems by line and column,
row outcomes, counts, the batch, and the spooled rejected rows (to save with a reason)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.storage.db import Store

ACTIONS = ("created", "updated", "unchanged", "skipped", "rejected")
CHOICES = ("update", "create", "skip")   # what a likely duplicate does
STAFF_CHOICES = ("create", "empty", "reject")  # what a staff name not on file does


class ImportCancelled(Cancelled):
    """The user cancelled; nothing of the import was written."""


class MappingProblem(ValueError):
    """The mapping cannot work (a required column is missing...); nothing was read or written."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.params = code, message, params


@dataclass
class ImportOptions:
    kind: str
    mapping: dict[str, str]              # header -> field name; other headers are ignored
    key: str | None = None               # the field rows are matched on; None: always create
    on_match: str = "update"             # what a matched row does: update, create or skip
    dry_run: bool = False
    # members only: a member whose customer is not on file brings a new customer (a person
    # with the row's name, phone and code) instead of being rejected
    create_customers: bool = False
    # columns that become new custom fields (header -> NewField, see columns.py)
    new_fields: dict[str, Any] = field(default_factory=dict)
    # a staff name not on file (负责人): create the staff member, leave the field empty, or
    # reject the row (STAFF_CHOICES)
    unknown_staff: str = "create"
    # a new row that is likely a customer on file or an earlier row: what it does, by line
    # (CHOICES), else ``on_duplicate`` for all, else ("auto") the row's Likely.default
    duplicates: dict[int, str] = field(default_factory=dict)
    on_duplicate: str = "auto"
    # rows read and checked in a second process: None decides by the file's size (from
    # prepare.PARALLEL_ROWS rows), True always (the self-test's way of trying it on a small
    # file), False never
    parallel: bool | None = None


@dataclass
class Problem:
    line: int                            # row of the file (1-based, as a spreadsheet shows)
    column: str | None                   # the header of the column concerned
    field: str
    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        where = f"{self.column}: " if self.column else ""
        return f"line {self.line}: {where}{self.message}"


@dataclass(frozen=True)
class Likely:
    """Who a new row probably is: a customer on file, or a row earlier in the file."""

    reason: str                          # phone, same_name or same_pinyin (duplicates.REASONS)
    name: str
    code: str                            # the customer's code ('' for a row of the file)
    customer_id: int | None = None       # on file
    line: int | None = None              # earlier in the file
    default: str = "create"              # the choice when the user makes none
    choice: str = "create"               # the choice applied

    @property
    def choices(self) -> tuple[str, ...]:
        """Update works on a customer on file; an earlier row is created or skipped."""
        return CHOICES if self.customer_id is not None else ("create", "skip")


@dataclass
class RowOutcome:
    line: int
    action: str                          # one of ACTIONS
    label: str                           # what the row is about, for the preview
    target: int | None = None            # the record matched or created
    problems: list[Problem] = field(default_factory=list)
    # a new row that may be a customer on file or an earlier row, and what it does
    duplicate_of: Likely | None = None
    new_staff: tuple[str, ...] = ()      # staff names not on file in this row


@dataclass
class ImportResult:
    kind: str
    source: str
    dry_run: bool
    headers: list[str]
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ACTIONS, 0))
    batch_id: int | None = None
    outcomes: list[RowOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rejects: Path | None = None          # spool of rejected rows: line, problems, cells
    possible_duplicates: int = 0         # new rows that may be a customer on file, or repeat a row
    unknown_staff: dict[str, int] = field(default_factory=dict)  # name -> rows naming them
    staff_created: list[str] = field(default_factory=list)      # staff members created
    new_fields: list[str] = field(default_factory=list)         # custom fields (to be) created
    new_customers: int = 0               # customers a members file brings (create_customers)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        c = self.counts
        text = (f"{c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged, "
                f"{c['skipped']} skipped, {c['rejected']} rejected")
        if self.new_customers:
            text += f"; {self.new_customers} new customers"
        return ("dry run, nothing written: " + text) if self.dry_run else text

    def rejected_rows(self) -> Iterator[tuple[int, list[Problem], list[str]]]:
        if self.rejects is None:
            return
        with open(self.rejects, encoding="utf-8", newline="") as fh:
            for line, problems, *cells in csv.reader(fh):
                yield int(line), [Problem(**p) for p in json.loads(problems)], cells

    def save_rejected(self, store: Store, dest: str | Path,
                      describe: Callable[[Problem], str] | None = None,
                      reason_header: str = "reason", actor: str | None = None) -> int:
        """Write the rejected rows with a reason column first, to fix and import again
        (``.xlsx`` by the suffix, else CSV in UTF-8 with BOM, which Excel opens right); an
        export like any other, recorded in the audit log of ``store``."""
        from desktop_crm.domain.exporting import publish_table

        describe = describe or (lambda p: f"{p.column}: {p.message}" if p.column else p.message)
        rows = ([ "; ".join(describe(p) for p in problems), *cells]
                for _, problems, cells in self.rejected_rows())
        return publish_table(store, dest, [reason_header, *self.headers], rows, actor=actor,
                             action="export", what="rejected import rows")
