"""What the customer, contact and interaction services share: validation against the field
registry, change history, and the trash."""

from __future__ import annotations

import getpass
from collections.abc import Mapping
from typing import Any

from desktop_crm.domain.fields import Field
from desktop_crm.domain.validation import FieldError, NotFoundError, ValidationError, clean
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store, now
from desktop_crm.storage.driver import sqlite3


USER_SETTING = "user_name"


def current_user(store: Store) -> str | None:
    """The person chosen as this file's user at the first start (``staff.set_current_user``),
    or None. The one place that setting is read: history, audit rows and print footers."""
    return store.setting(USER_SETTING) or None


def default_actor(store: Store) -> str:
    """Who is acting: the file's user (:func:`current_user`), else the login name."""
    name = current_user(store)
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def column(fld: Field) -> str:
    """The column a field is stored in (staff references are stored as ids)."""
    return f"{fld.name}_id" if fld.kind == "staff" else fld.name


class RecordService:
    """Create, update, trash and restore rows of one table, recording each change."""

    table: str
    entity: str
    fields: tuple[Field, ...]

    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        self.actor = actor or default_actor(store)

    # -- helpers for subclasses --

    def clean(self, data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
        return clean(
            self.fields,
            data,
            partial=partial,
            resolve_staff=lambda v: queries.staff_id(self.store, v),
        )

    def to_columns(self, values: Mapping[str, Any]) -> dict[str, Any]:
        spec = {f.name: f for f in self.fields}
        return {column(spec[k]): v for k, v in values.items() if spec[k].kind != "tags"}

    def row(self, record_id: int) -> sqlite3.Row:
        row = self.store.get(self.table, record_id)
        if row is None:
            raise NotFoundError(f"There is no {self.entity} with id {record_id}.")
        return row

    def customer_of(self, row: sqlite3.Row) -> int:
        return row["customer_id"]

    def log(self, record_id: int, customer_id: int, changes: list[tuple[str, object, object]]) -> None:
        if changes:
            queries.log_changes(
                self.store,
                [(self.entity, record_id, customer_id, *change) for change in changes],
                self.actor,
            )

    # -- the common operations --

    def update(self, record_id: int, changes: Mapping[str, Any]) -> list[tuple[str, object, object]]:
        """Apply ``changes`` (field -> value); returns ``(field, old, new)`` of what changed."""
        old = self.row(record_id)
        values = self.check(self.clean(changes, partial=True), record_id)
        columns = self.to_columns(values)
        diff = [(c, old[c], v) for c, v in columns.items() if old[c] != v]
        with self.store.transaction():
            if diff:
                self.store.update(self.table, record_id, {c: v for c, _, v in diff})
            diff += self.after_save(record_id, values)
            self.log(record_id, self.customer_of(old), diff)
        return diff

    def delete(self, record_id: int) -> None:
        """Move to the trash; :meth:`restore` brings it back."""
        row = self.row(record_id)
        if row["deleted_at"] is None:
            with self.store.transaction():
                self.store.update(self.table, record_id, {"deleted_at": now()})
                self.log(record_id, self.customer_of(row), [("*deleted", None, None)])

    def restore(self, record_id: int) -> None:
        row = self.row(record_id)
        if row["deleted_at"] is not None:
            with self.store.transaction():
                self.store.update(self.table, record_id, {"deleted_at": None})
                self.log(record_id, self.customer_of(row), [("*restored", None, None)])

    # -- hooks --

    def check(self, values: dict[str, Any], record_id: int | None) -> dict[str, Any]:
        """Rules across fields or records, after each field is valid on its own."""
        return values

    def after_save(self, record_id: int, values: Mapping[str, Any]) -> list[tuple[str, object, object]]:
        """Store what lives outside the row; return the changes it made."""
        return []


def fail(field: str, code: str, message: str, /, **params: Any) -> ValidationError:
    return ValidationError([FieldError(field, code, message, params)])
