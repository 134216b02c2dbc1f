"""Changing many customers at once — owner, tier, lifecycle, asset grade, tags — and undoing
exactly that change; moving many to the trash and back.

A bulk edit validates its value once, then writes in chunks inside one transaction, with a
change-history row per customer changed (as :meth:`RecordService.update` writes them). It
returns a :class:`BulkEdit` that remembers each changed customer's value before and after,
so :meth:`BulkEditService.undo` restores exactly those values of exactly those customers —
except customers someone changed again since, which it leaves alone and reports.

``progress(done, total)`` returning False cancels: the transaction rolls back and nothing
is kept (:class:`BulkCancelled` is raised).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.fields import CUSTOMER_FIELDS, Field, by_name
from desktop_crm.domain.service import default_actor, fail
from desktop_crm.storage import autobackup
from desktop_crm.storage import customer_list as listing
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store, now

Progress = Callable[[int, int], bool]

_F = by_name(CUSTOMER_FIELDS)
CHUNK = 500  # customers per step: progress reports and cancel checks between steps

# What a bulk edit can change: the field it validates against, and the column it writes.
OPERATIONS: dict[str, tuple[str, str]] = {
    "owner": ("owner", "owner_id"),
    "tier": ("tier", "tier"),
    "lifecycle": ("lifecycle", "lifecycle"),
    "asset_grade": ("asset_grade", "asset_grade"),
    "add_tags": ("tags", "tags"),
    "remove_tags": ("tags", "tags"),
}


class BulkCancelled(Cancelled):
    """The user cancelled; nothing of the bulk change was kept."""


@dataclass(frozen=True)
class BulkChange:
    """One change for many customers: ``operation`` (a key of :data:`OPERATIONS`) and the
    value as a user gives it (a code or label, a staff name or id, tags as text or a list;
    None or "" empties a field)."""

    operation: str
    value: Any

    @property
    def field(self) -> Field:
        return _F[OPERATIONS[self.operation][0]]


@dataclass
class BulkEdit:
    """What a bulk edit did: per customer changed, the value before and after (tags as
    tuples). Enough to undo it."""

    change: BulkChange
    column: str
    value: Any                         # the cleaned value written (tags: those added/removed)
    before: dict[int, Any] = field(default_factory=dict)
    after: dict[int, Any] = field(default_factory=dict)
    asked: int = 0                     # customers selected
    at: str = ""
    undone: bool = False

    @property
    def changed(self) -> list[int]:
        return list(self.before)


@dataclass(frozen=True)
class UndoResult:
    restored: list[int]
    skipped: list[int]                 # changed again since the edit: left as they are


class BulkEditService:
    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        self.actor = actor or default_actor(store)
        self._customers = CustomerService(store, self.actor)

    def clean(self, change: BulkChange) -> Any:
        """The value to write, validated as the dossier validates it; raises
        :class:`ValidationError` naming the field."""
        if change.operation not in OPERATIONS:
            raise fail("operation", "unknown", f"{change.operation!r} cannot be changed in bulk")
        name = OPERATIONS[change.operation][0]
        value = self._customers.clean({name: change.value}, partial=True)[name]
        if name == "tags" and not value:
            raise fail("tags", "required", "give at least one tag")
        return tuple(value) if name == "tags" else value

    def apply(
        self, ids: Sequence[int], change: BulkChange, progress: Progress | None = None
    ) -> BulkEdit:
        """Make ``change`` to the customers ``ids``, all in one transaction."""
        value = self.clean(change)
        column = OPERATIONS[change.operation][1]
        edit = BulkEdit(change, column, value, asked=len(ids), at=now())
        ids = list(dict.fromkeys(ids))
        with self.store.transaction():
            for done in range(0, len(ids), CHUNK):
                chunk = ids[done : done + CHUNK]
                if column == "tags":
                    old = listing.tags_by_customer(self.store, chunk)
                    new = {cid: _tags_after(change.operation, tags, value) for cid, tags in old.items()}
                else:
                    old = listing.column_values(self.store, chunk, column)
                    new = {cid: value for cid in old}
                self._write(column, {cid: (old[cid], new[cid]) for cid in old if old[cid] != new[cid]}, edit)
                _step(progress, done + len(chunk), len(ids))
        return edit

    def undo(self, edit: BulkEdit, progress: Progress | None = None) -> UndoResult:
        """Put back what ``edit`` changed, where the value is still what the edit wrote."""
        if edit.undone:
            raise fail("edit", "undone", "this change was already undone")
        ids = edit.changed
        restored: list[int] = []
        skipped: list[int] = []
        undo = BulkEdit(edit.change, edit.column, edit.value)
        with self.store.transaction():
            for done in range(0, len(ids), CHUNK):
                chunk = ids[done : done + CHUNK]
                if edit.column == "tags":
                    current = listing.tags_by_customer(self.store, chunk)
                else:
                    current = listing.column_values(self.store, chunk, edit.column)
                back = {}
                for cid in chunk:
                    if cid in current and current[cid] == edit.after[cid]:
                        back[cid] = (current[cid], edit.before[cid])
                    else:
                        skipped.append(cid)
                self._write(edit.column, back, undo)
                restored += back
                _step(progress, done + len(chunk), len(ids))
        edit.undone = True
        return UndoResult(restored, skipped)

    def _write(self, column: str, changes: dict[int, tuple[Any, Any]], edit: BulkEdit) -> None:
        """Write ``{id: (old, new)}`` and its history; remember it in ``edit``."""
        if not changes:
            return
        if column == "tags":
            listing.replace_tags(self.store, {cid: new for cid, (_, new) in changes.items()})
            history = [(cid, ", ".join(old) or None, ", ".join(new) or None) for cid, (old, new) in changes.items()]
        else:
            listing.set_column(self.store, {cid: new for cid, (_, new) in changes.items()}, column)
            history = [(cid, old, new) for cid, (old, new) in changes.items()]
        queries.log_changes(
            self.store,
            [("customer", cid, cid, column, old, new) for cid, old, new in history],
            self.actor,
        )
        for cid, (old, new) in changes.items():
            edit.before[cid] = old
            edit.after[cid] = new

    # --- the trash, for many -----------------------------------------------------------------

    def trash(self, ids: Sequence[int], progress: Progress | None = None) -> list[int]:
        """Move customers to the trash (those not there yet); returns those moved. Moving many
        at once is recorded in the audit log (one customer is in its history only)."""
        with self.store.transaction():
            moved = self._each(ids, self._customers.delete, in_trash=False, progress=progress)
            if len(moved) > 1:
                codes = [self.store.get("customers", cid)["code"] for cid in moved[:20]]
                queries.audit(self.store, self.actor, "trash",
                              f"{len(moved)} customers ({', '.join(codes)}"
                              f"{'…' if len(moved) > 20 else ''})")
        return moved

    def restore(self, ids: Sequence[int], progress: Progress | None = None) -> list[int]:
        """Bring customers back from the trash; returns those restored."""
        return self._each(ids, self._customers.restore, in_trash=True, progress=progress)

    def purge(self, ids: Sequence[int], progress: Progress | None = None) -> list[int]:
        """Delete customers in the trash for good, with everything attached to them, after
        one automatic backup (without which nothing is deleted)."""
        autobackup.before(self.store, "purge")
        return self._each(ids, self._customers.erase, in_trash=True, progress=progress)

    def _each(
        self, ids: Sequence[int], action: Callable[[int], None], *,
        in_trash: bool, progress: Progress | None,
    ) -> list[int]:
        """``action`` on each customer that is ``in_trash`` (or not), in one transaction."""
        ids = list(dict.fromkeys(ids))
        moved: list[int] = []
        with self.store.transaction():
            for done, cid in enumerate(ids, 1):
                row = self.store.get("customers", cid)
                if row is not None and (row["deleted_at"] is not None) == in_trash:
                    action(cid)
                    moved.append(cid)
                if done % CHUNK == 0 or done == len(ids):
                    _step(progress, done, len(ids))
        return moved


def _tags_after(operation: str, tags: tuple[str, ...], value: tuple[str, ...]) -> tuple[str, ...]:
    if operation == "add_tags":
        return tuple(sorted(set(tags) | set(value)))
    return tuple(t for t in tags if t not in value)


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise BulkCancelled()
