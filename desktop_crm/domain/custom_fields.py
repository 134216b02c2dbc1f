"""Fields users add themselves, without code: define, rename, delete, and their values.

A custom field belongs to customers (or contacts), has a ``key`` (stable, ASCII, derived from
the label's pinyin when not given) and a ``label`` shown in the dossier, and a type: text,
number, date, or a choice among a list. Values are stored as text in a canonical form
(``12.5``, ``2024-05-03``) and checked by type before they are written. Every change of a
value is kept in the dossier's history under the field name ``custom:<key>``; defining,
renaming and deleting fields are recorded in the audit log.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_crm.domain.fields import CUSTOM_FIELD_FIELDS, Field, by_name
from desktop_crm.domain.service import default_actor, fail
from desktop_crm.domain.validation import (
    FieldError, FieldProblem, NotFoundError, ValidationError, convert,
)
from desktop_crm.storage import custom_fields as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store
from desktop_crm.storage.pinyin import syllables

TYPES = {
    "text": ("文本", "Text"),
    "number": ("数字", "Number"),
    "date": ("日期", "Date"),
    "choice": ("选项", "Choice"),
}
ENTITIES = ("customer", "contact")
PREFIX = "custom:"
_DEFINITION = by_name(CUSTOM_FIELD_FIELDS)
MAX_LABEL = _DEFINITION["label"].limit
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_NOT_KEY = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class CustomField:
    id: int
    entity: str
    key: str
    label: str
    type: str
    choices: tuple[str, ...] = ()
    position: int = 0

    @property
    def name(self) -> str:
        """The name its values and errors go by: ``custom:<key>``."""
        return PREFIX + self.key

    def as_field(self) -> Field:
        """The field as the registry describes fields, so forms and validation treat it
        like any other (the user's label serves both languages)."""
        return Field(
            self.name, self.type, "custom", self.label, self.label,  # type: ignore[arg-type]
            choices={c: (c, c) for c in self.choices},
        )


def type_label(type_: str, language: str = "zh") -> str:
    zh, en = TYPES.get(type_, (type_, type_))
    return zh if language.startswith("zh") else en


def make_key(label: str) -> str:
    """An ASCII key for a label: its pinyin for Chinese (开户银行 → kai_hu_yin_hang)."""
    parts: list[str] = []
    for chunk in re.split(r"([\u3400-\u9fff]+)", label):
        if re.fullmatch(r"[\u3400-\u9fff]+", chunk):
            parts += syllables(chunk)
        else:
            parts += [p for p in _NOT_KEY.split(chunk.lower()) if p]
    key = "_".join(parts)[:40].strip("_") or "field"
    return key if key[0].isalpha() else f"f_{key}"[:40]


class CustomFieldService:
    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        self.actor = actor or default_actor(store)

    # --- definitions ------------------------------------------------------------------------

    def fields(self, entity: str = "customer") -> list[CustomField]:
        return [_from_row(r) for r in sql.fields(self.store, entity)]

    def field(self, field_id: int) -> CustomField:
        row = self.store.get("custom_fields", field_id)
        if row is None:
            raise NotFoundError(f"There is no custom field with id {field_id}.")
        return _from_row(row)

    def define(
        self,
        label: str,
        type: str = "text",
        choices: Iterable[str] = (),
        key: str | None = None,
        entity: str = "customer",
    ) -> CustomField:
        """Add a field; raises :class:`ValidationError` naming ``label``, ``key``, ``type``
        or ``choices``."""
        if entity not in ENTITIES:
            raise fail("entity", "choice", f"custom fields belong to {' or '.join(ENTITIES)}")
        errors: list[FieldError] = []
        label = self.check_label(label, entity, None, errors)
        if type not in TYPES:
            errors.append(
                FieldError("type", "choice", f"{type!r} is not one of: {', '.join(TYPES)}")
            )
        clean_choices = _check_choices(choices, errors) if type == "choice" else ()
        if key is not None and key.strip():
            key = key.strip()
            if not _KEY.match(key):
                errors.append(FieldError(
                    "key", "key", "use lower-case letters, digits and _, starting with a letter"
                ))
            elif sql.field_by_key(self.store, entity, key) is not None:
                errors.append(
                    FieldError("key", "duplicate", f"a field with key {key} exists", {"key": key})
                )
        elif label:
            key = self._free_key(make_key(label), entity)
        if errors:
            raise ValidationError(errors)
        with self.store.transaction():
            field_id = self.store.insert("custom_fields", {
                "entity": entity, "key": key, "label": label, "type": type,
                "choices": _json(clean_choices) if clean_choices else None,
                "position": sql.next_position(self.store, entity),
            })
            queries.audit(
                self.store, self.actor, "custom_field_define", f"{entity} {key} {label} ({type})"
            )
        return self.field(field_id)

    def rename(self, field_id: int, label: str) -> None:
        current = self.field(field_id)
        errors: list[FieldError] = []
        label = self.check_label(label, current.entity, field_id, errors)
        if errors:
            raise ValidationError(errors)
        if label != current.label:
            with self.store.transaction():
                self.store.update("custom_fields", field_id, {"label": label})
                queries.audit(
                    self.store, self.actor, "custom_field_rename",
                    f"{current.entity} {current.key}: {current.label} -> {label}",
                )

    def set_choices(self, field_id: int, choices: Iterable[str]) -> None:
        """Change the list of a choice field; values already stored stay as they are."""
        current = self.field(field_id)
        if current.type != "choice":
            raise fail("choices", "type", "only a choice field has choices")
        errors: list[FieldError] = []
        clean_choices = _check_choices(choices, errors)
        if errors:
            raise ValidationError(errors)
        self.store.update("custom_fields", field_id, {"choices": _json(clean_choices)})

    def value_count(self, field_id: int) -> int:
        """How many records have a value in this field (what deleting it would lose)."""
        return sql.count_values(self.store, field_id)

    def delete(self, field_id: int) -> int:
        """Delete the field and all its values; returns how many values went with it.

        Each lost value is written to its dossier's history, so what was there can be seen.
        """
        current = self.field(field_id)
        lost = sql.values_of_field(self.store, field_id)
        owners = self._customers_of(current.entity, [r["entity_id"] for r in lost])
        with self.store.transaction():
            queries.log_changes(
                self.store,
                [
                    (current.entity, r["entity_id"], owners.get(r["entity_id"]), current.name,
                     r["value"], None)
                    for r in lost
                ],
                self.actor,
            )
            self.store.delete("custom_fields", field_id)  # values go by ON DELETE CASCADE
            queries.audit(
                self.store, self.actor, "custom_field_delete",
                f"{current.entity} {current.key} {current.label} ({len(lost)} values)",
            )
        return len(lost)

    # --- values -----------------------------------------------------------------------------

    def values(self, entity_id: int, entity: str = "customer") -> dict[str, str]:
        """Stored values of one record by field key, as text."""
        return sql.values_of(self.store, entity, entity_id)

    def clean_values(
        self, values: Mapping[str, Any], entity: str = "customer"
    ) -> dict[str, str | None]:
        """Check values given by key (or ``custom:<key>``) and return their stored text;
        raises :class:`ValidationError` with fields named ``custom:<key>``."""
        spec = {f.key: f for f in self.fields(entity)}
        out: dict[str, str | None] = {}
        errors: list[FieldError] = []
        for given, value in values.items():
            key = given.removeprefix(PREFIX)
            fld = spec.get(key)
            if fld is None:
                errors.append(FieldError(PREFIX + key, "unknown", "is not a custom field"))
                continue
            try:
                out[key] = stored_text(fld.type, convert(fld.as_field(), value))
            except FieldProblem as problem:
                errors.append(FieldError(fld.name, problem.code, problem.message, problem.params))
        if errors:
            raise ValidationError(errors)
        return out

    def set_values(
        self, entity_id: int, values: Mapping[str, Any], entity: str = "customer"
    ) -> list[tuple[str, object, object]]:
        """Set (or, with None or '', clear) values by key; returns ``(custom:<key>, old, new)``
        for what changed. All are checked before any is written."""
        table = "customers" if entity == "customer" else "contacts"
        if self.store.get(table, entity_id) is None:
            raise fail("entity_id", "missing", f"there is no {entity} with id {entity_id}")
        cleaned = self.clean_values(values, entity)
        spec = {f.key: f for f in self.fields(entity)}
        old = self.values(entity_id, entity)
        diff = [(key, old.get(key), new) for key, new in cleaned.items() if old.get(key) != new]
        if not diff:
            return []
        customer_id = self._customers_of(entity, [entity_id]).get(entity_id)
        with self.store.transaction():
            sql.set_values(self.store, [(spec[k].id, entity_id, new) for k, _, new in diff])
            queries.log_changes(
                self.store,
                [(entity, entity_id, customer_id, PREFIX + k, o, n) for k, o, n in diff],
                self.actor,
            )
        return [(PREFIX + k, o, n) for k, o, n in diff]

    # --- helpers ----------------------------------------------------------------------------

    def check_label(
        self, label: str, entity: str, field_id: int | None, errors: list[FieldError]
    ) -> str:
        try:
            label = convert(_DEFINITION["label"], label) or ""
        except FieldProblem as problem:
            errors.append(FieldError("label", problem.code, problem.message, problem.params))
            return (label or "").strip()
        if not label:
            errors.append(FieldError("label", "required", "a field needs a label"))
        elif any(f.label == label and f.id != field_id for f in self.fields(entity)):
            errors.append(FieldError("label", "duplicate", f"a field called {label} exists",
                                     {"label": label}))
        return label

    def _free_key(self, key: str, entity: str) -> str:
        candidate, n = key, 1
        while sql.field_by_key(self.store, entity, candidate) is not None:
            n += 1
            candidate = f"{key[:36]}_{n}"
        return candidate

    def _customers_of(self, entity: str, ids: list[int]) -> dict[int, int]:
        if entity == "customer":
            return {i: i for i in ids}
        return sql.contact_customers(self.store, ids)


def _check_choices(choices: Iterable[str], errors: list[FieldError]) -> tuple[str, ...]:
    items = []
    for choice in choices:
        try:
            item = convert(_DEFINITION["choices"], str(choice))
        except FieldProblem as problem:
            errors.append(FieldError("choices", problem.code, problem.message, problem.params))
            return ()
        if item:
            items.append(item)
    if not items:
        errors.append(FieldError("choices", "required", "a choice field needs at least one choice"))
    elif len(set(items)) != len(items):
        twice = next(c for c in items if items.count(c) > 1)
        errors.append(
            FieldError("choices", "duplicate", f"{twice} is listed twice", {"choice": twice})
        )
    return tuple(items)


def _json(choices: tuple[str, ...]) -> str:
    return json.dumps(list(choices), ensure_ascii=False)


def stored_text(type_: str, value: Any) -> str | None:
    """The canonical text of a clean value: numbers without a useless ``.0``."""
    if value is None:
        return None
    if type_ == "number":
        number = float(value)
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    return str(value)


def _from_row(row) -> CustomField:
    return CustomField(
        id=row["id"], entity=row["entity"], key=row["key"], label=row["label"], type=row["type"],
        choices=tuple(json.loads(row["choices"])) if row["choices"] else (),
        position=row["position"],
    )
