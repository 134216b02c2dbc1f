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


@dataclass
class RowOutcome:
    line: int
    action: str                          # one of ACTIONS
    label: str                           # what the row is about, for the preview
    target: int | None = None            # the record matched or created
    problems: list[Problem] = field(default_factory=list)
    # a new customer that may already be on file: (reason, name, code) of the existing one,
    # reason 'phone' or 'same_name' (the duplicate matcher's words); imported all the same
    duplicate_of: tuple[str, str, str] | None = None


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
    possible_duplicates: int = 0         # new customers that may already be on file
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
