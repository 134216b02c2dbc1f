"""Columns that match no field: offered as new custom fields, each with its type detected
from the values (a date, a number, a choice among a few values, or text), and checked like
any field when imported. Nothing in a file is dropped unless the user says so."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from typing import Any

from desktop_crm.domain.custom_fields import PREFIX, make_key
from desktop_crm.domain.fields import Field
from desktop_crm.domain.importing.kinds import CUSTOM_KINDS, custom_columns, prepare
from desktop_crm.domain.importing.reading import Source
from desktop_crm.domain.validation import FieldProblem, convert

SAMPLE = 5000          # rows read to detect the type of a column
MAX_CHOICES = 12       # distinct values from which a column is text, not a choice
MAX_CHOICE_LENGTH = 20
_IDENTIFIER = re.compile(r"^0\d+$|^\d{8,}$")  # codes, licences, phones: text, not numbers
_NEW = "new:"


@dataclass(frozen=True)
class NewField:
    """A custom field a column would become: the header as its label, a detected type."""

    label: str
    type: str                                    # text, number, date or choice
    choices: tuple[str, ...] = field(default=())

    def as_field(self, key: str | None = None) -> Field:
        """The field its values are checked against (before it exists: a provisional key)."""
        return Field(PREFIX + (key or make_key(self.label)), self.type, "custom",  # type: ignore[arg-type]
                     self.label, self.label, choices={c: (c, c) for c in self.choices})


def is_new(name: str | None) -> bool:
    return bool(name) and name.startswith(_NEW)  # type: ignore[union-attr]


def new_marker(spec: NewField) -> str:
    """What a mapping holds for a column to become a new field (the wizard's and CLI's)."""
    return f"{_NEW}{spec.type}"


def unmatched(mapping: dict[str, str], headers: list[str]) -> list[str]:
    """Headers no field was suggested or chosen for (not those the user chose to leave out)."""
    return [h for h in headers if h not in mapping]


def detect(label: str, values: list[Any]) -> NewField:
    """The type a column's values fit, checked the way the import will check them."""
    label = label.strip()
    filled = [v for v in values if v not in ("", None)]
    if not filled:
        return NewField(label, "text")
    texts = [v for v in filled if isinstance(v, str)]
    if all(_fits(v, "date") for v in filled) and any(
            isinstance(v, date) or not _number(v) for v in filled):
        return NewField(label, "date")
    if not any(_IDENTIFIER.match(t.strip()) for t in texts) and all(_number(v) for v in filled):
        return NewField(label, "number")
    distinct = list(dict.fromkeys(str(v).strip() for v in filled))
    if (len(distinct) <= MAX_CHOICES and len(filled) >= 2 * len(distinct)
            and all(len(d) <= MAX_CHOICE_LENGTH for d in distinct)):
        return NewField(label, "choice", tuple(sorted(distinct)))
    return NewField(label, "text")


def detect_columns(source: Source, headers: list[str]) -> dict[str, NewField]:
    """Each of ``headers`` as the new field it would become, from the first rows."""
    index = {h: source.headers.index(h) for h in headers}
    values: dict[str, list[Any]] = {h: [] for h in headers}
    for _, cells in islice(source.rows(), SAMPLE):
        for header, position in index.items():
            values[header].append(cells[position])
    return {h: detect(h, values[h]) for h in headers}


def offered(kind_name: str) -> bool:
    """Whether this kind's columns can become custom fields (customers' fields: customers
    and members)."""
    return kind_name in CUSTOM_KINDS


def existing(store: Any, kind_name: str) -> list[Field]:
    return custom_columns(store, kind_name)


def _fits(value: Any, type_: str) -> bool:
    fld = Field("x", type_, "custom", "x", "x")  # type: ignore[arg-type]
    try:
        convert(fld, prepare(fld, value))
    except FieldProblem:
        return False
    return True


def _number(value: Any) -> bool:
    return not isinstance(value, date) and _fits(value, "number")


def settle_new_fields(store: Any, options: Any, headers: list[str], actor: str,
                      define: bool) -> tuple[Any, list[Field], list[int]]:
    """The options with each new field's column mapped to it: created now (``define``,
    inside the import's transaction), or for a dry run given the key it would get. Returns
    ``(options, fields, ids of the fields created)``; a label that cannot be a field raises
    :class:`MappingProblem` with one sentence."""
    from dataclasses import replace

    from desktop_crm.domain.custom_fields import CustomFieldService
    from desktop_crm.domain.importing.results import MappingProblem
    from desktop_crm.domain.validation import FieldError, ValidationError

    if not options.new_fields:
        return options, [], []
    if not offered(options.kind):
        raise MappingProblem("new_fields", f"{options.kind} cannot bring new fields; "
                             "only customers and members can")
    service = CustomFieldService(store, actor)
    keys = {f.key for f in service.fields("customer")}
    mapping, made, ids = dict(options.mapping), [], []
    for header, spec in options.new_fields.items():
        if header not in headers:
            raise MappingProblem("unknown_header", f"the file has no column {header!r}",
                                 header=header)
        try:
            if define:
                created = service.define(spec.label, spec.type, spec.choices)
                fld, ids = created.as_field(), [*ids, created.id]
            else:
                errors: list[FieldError] = []
                service.check_label(spec.label, "customer", None, errors)
                if any(f.label_zh == spec.label for f in made):
                    errors.append(FieldError("label", "duplicate", f"a field called {spec.label} exists",
                                             {"label": spec.label}))
                if errors:
                    raise ValidationError(errors)
                key, n = make_key(spec.label), 1
                while key in keys:
                    n += 1
                    key = f"{make_key(spec.label)[:36]}_{n}"
                fld = spec.as_field(key)
        except ValidationError as exc:
            raise MappingProblem("new_field", f"column {header} cannot become a new field: "
                                 f"{exc.errors[0].message}", header=header) from None
        keys.add(fld.name.removeprefix(PREFIX))
        mapping[header] = fld.name
        made.append(fld)
    return replace(options, mapping=mapping, new_fields={}), made, ids
