"""Turning what a user typed into clean values, or errors that name the field and the problem.

Each error carries a ``code`` and ``params`` besides its English message, so a screen can
show it in the user's language.

Texts are held to the registry's limits here (see the table in ``fields.py``): their length,
and the control characters codes and names refuse and other texts lose; dates to 1900–2100.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


from desktop_crm.domain.fields import FIRST_DATE, LAST_DATE, Field

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TAG_SPLIT = re.compile(r"[,，;；、\s]+")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日")
_DATETIME_FORMATS = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M")

# Characters that are not seen yet change what is seen, or end a line where none may end.
_CONTROLS = "\x00-\x1f\x7f-\x9f"                  # C0, DEL, C1 (tab and newlines among them)
_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"  # overrides, isolates, marks
_INVISIBLE = "\u200b\u2060\ufeff\u2028\u2029"        # zero-width space, word joiner, BOM, separators
_JOINERS = "\u200c\u200d"                            # zero-width (non-)joiner: emoji, scripts
_REFUSED_IN_CODES = re.compile(f"[{_CONTROLS}{_BIDI}{_INVISIBLE}{_JOINERS}]")
_REFUSED_IN_NAMES = re.compile(f"[{_CONTROLS}{_BIDI}{_INVISIBLE}]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_BREAKS_AND_TABS = re.compile("[\t\n\r\u2028\u2029\x85]")
_REMOVED = re.compile(f"[{_CONTROLS}{_BIDI}{_INVISIBLE}]")
_REMOVED_MULTILINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{_INVISIBLE}]")


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """One or more fields are wrong; ``errors`` says which and why."""

    def __init__(self, errors: Iterable[FieldError], row: int | None = None) -> None:
        self.errors = list(errors)
        self.row = row
        where = f"row {row}: " if row is not None else ""
        super().__init__(where + "; ".join(str(e) for e in self.errors))

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]


class NotFoundError(LookupError):
    """The record asked for does not exist."""


StaffResolver = Callable[[Any], int | None]


def clean(
    fields: Iterable[Field],
    data: Mapping[str, Any],
    *,
    partial: bool = False,
    resolve_staff: StaffResolver | None = None,
    today: date | None = None,
    converter: Callable[..., Any] | None = None,
) -> dict[str, Any]:
    """Validate ``data`` against ``fields``; returns the cleaned values of the keys given.

    With ``partial=False`` (creating), required fields must be present and filled; with
    ``partial=True`` (updating), only the keys given are checked, and a required field may
    not be emptied. ``converter`` stands for :func:`convert` (an import's remembers the
    values met before).
    """
    converter = converter or convert
    spec, position, required = _spec(fields)
    errors = [FieldError(key, "unknown", "is not a field of this record") for key in data if key not in spec]
    found: list[tuple[int, FieldError]] = []  # reported in the fields' order
    out: dict[str, Any] = {}
    today = today or date.today()
    for name, raw in data.items():
        fld = spec.get(name)
        if fld is None:
            continue
        try:
            value = converter(fld, raw, resolve_staff=resolve_staff, today=today)
        except FieldProblem as problem:
            found.append((position[name], FieldError(name, problem.code, problem.message, problem.params)))
            continue
        if value in (None, "", []) and fld.required:
            found.append((position[name], FieldError(name, "required", f"{fld.label_en} is required")))
            continue
        out[name] = value
    if not partial:
        found += [(position[f.name], FieldError(f.name, "required", f"{f.label_en} is required"))
                  for f in required if f.name not in data]
    if errors or found:
        raise ValidationError(errors + [error for _, error in sorted(found, key=lambda e: e[0])])
    return out


_SPECS: dict[int, tuple[tuple[Field, ...], dict[str, Field], dict[str, int], list[Field]]] = {}


def _spec(fields: Iterable[Field]) -> tuple[dict[str, Field], dict[str, int], list[Field]]:
    """Fields by name, their positions and the required ones; kept for the registry's tuples
    (an import cleans 100,000 rows against the same 40 fields)."""
    if isinstance(fields, tuple) and (hit := _SPECS.get(id(fields))) and hit[0] is fields:
        return hit[1], hit[2], hit[3]
    spec = {f.name: f for f in fields}
    made = (spec, {name: i for i, name in enumerate(spec)}, [f for f in spec.values() if f.required])
    if isinstance(fields, tuple):
        _SPECS[id(fields)] = (fields, *made)
    return made


class FieldProblem(ValueError):
    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.params = code, message, params


def convert(
    fld: Field, value: Any, *, resolve_staff: StaffResolver | None = None, today: date | None = None
) -> Any:
    """One value, cleaned for ``fld``; raises :class:`FieldProblem`."""
    if isinstance(value, str):
        value = value.strip()
        if value and fld.kind in _TEXT_KINDS and not fld.refuses_controls:
            value = tidy(value, multiline=fld.kind == "longtext")
    if value is None or value == "":
        return [] if fld.kind == "tags" else None
    kind = fld.kind
    if kind in ("text", "longtext", "code"):
        return _checked_text(fld, str(value))
    if kind == "date":
        result = parse_date(value)
        if fld.not_future and result > (today or date.today()):
            raise FieldProblem("future", f"{result.isoformat()} is in the future", value=result.isoformat())
        return result.isoformat()
    if kind == "datetime":
        moment = parse_datetime(value)
        if fld.not_future and moment.date() > (today or date.today()):
            raise FieldProblem("future", f"{moment:%Y-%m-%d} is in the future", value=f"{moment:%Y-%m-%d}")
        return moment.isoformat(timespec="seconds")
    if kind in ("int", "number"):
        number = _number(value, integer=kind == "int")
        if fld.minimum is not None and number < fld.minimum:
            raise FieldProblem("range", f"must be at least {fld.minimum:g}", minimum=fld.minimum)
        if fld.maximum is not None and number > fld.maximum:
            raise FieldProblem("range", f"must be at most {fld.maximum:g}", maximum=fld.maximum)
        return number
    if kind == "phone":
        return normalize_phone(_checked_text(fld, str(value)))
    if kind == "email":
        _checked_text(fld, str(value))
        if not _EMAIL.match(str(value)):
            raise FieldProblem("email", f"{value!r} is not an email address", value=value)
        return str(value).lower()
    if kind == "identifier":
        from desktop_crm.domain import identifiers

        return identifiers.check(fld.name, _checked_text(fld, str(value)))
    if kind == "choice":
        return _choice(fld, str(value))
    if kind == "tags":
        items = value if isinstance(value, (list, tuple, set)) else _TAG_SPLIT.split(str(value))
        return sorted({_checked_text(fld, str(t).strip()) for t in items if str(t).strip()})
    if kind == "staff":
        if resolve_staff is None:
            raise FieldProblem("staff", "staff cannot be set here")
        staff_id = resolve_staff(value)
        if staff_id is None:
            raise FieldProblem("staff", f"no staff member {value!r}; add them first", value=value)
        return staff_id
    raise AssertionError(f"unhandled kind {kind}")


_TEXT_KINDS = frozenset(("text", "longtext", "code", "phone", "email", "tags", "identifier"))


def check_value(fld: Field, value: Any, *, name: str | None = None) -> Any:
    """``value`` cleaned for ``fld``, for a service that checks its values one at a time;
    a problem is raised as a :class:`ValidationError` naming ``name`` (default the field)."""
    try:
        return convert(fld, value)
    except FieldProblem as problem:
        raise ValidationError([FieldError(name or fld.name, problem.code, problem.message,
                                          problem.params)]) from None


def tidy(text: str, *, multiline: bool = False) -> str:
    """``text`` without the control and invisible characters a free text loses (see
    ``fields.py``): a multi-line text keeps its tabs and line breaks (as ``\\n``), a
    one-line text has them as spaces."""
    # one look finds anything to do (line breaks and tabs are among the controls): the
    # usual text, with nothing to take out, costs no more than that
    if multiline:
        if _REMOVED_MULTILINE.search(text) is not None:
            text = _REMOVED_MULTILINE.sub("", _LINE_BREAKS.sub("\n", text))
    elif _REMOVED.search(text) is not None:
        text = _REMOVED.sub("", _BREAKS_AND_TABS.sub(" ", text))
    return text.strip()


def _checked_text(fld: Field, text: str) -> str:
    """``text`` if it is within ``fld``'s length and, for codes and names, free of control
    characters; else the :class:`FieldProblem` saying which."""
    if fld.refuses_controls:
        pattern = _REFUSED_IN_CODES if fld.kind == "code" else _REFUSED_IN_NAMES
        found = pattern.search(text)
        if found is not None:
            char = f"U+{ord(found.group()):04X}"
            raise FieldProblem(
                "control", f"contains an invisible or control character ({char}); remove it",
                char=char)
    limit = fld.limit
    if limit is not None and len(text) > limit:
        raise FieldProblem("too_long", f"is {len(text):,} characters long; use at most {limit:,}",
                           maximum=limit, length=len(text))
    return text


def beyond_limits(fields: Iterable[Field], values: Mapping[str, Any]) -> list[str]:
    """The fields whose stored value lies beyond the limits: text longer than its field's
    limit, or a date outside 1900–2100. Files written before the limits may hold such
    values; they are shown, exported and printed (cut where they cannot fit), and this
    says which ones a user should correct."""
    out = []
    for fld in fields:
        value = values.get(fld.name)
        if value is None or fld.kind == "tags":
            continue
        if fld.kind in ("date", "datetime"):
            try:
                day = date.fromisoformat(str(value)[:10])
            except ValueError:
                continue  # not a date at all: nothing a limit says
            if not FIRST_DATE <= day <= LAST_DATE:
                out.append(fld.name)
        elif fld.limit is not None and len(str(value)) > fld.limit:
            out.append(fld.name)
    return out


def _in_range(day: date) -> date:
    if not FIRST_DATE <= day <= LAST_DATE:
        raise FieldProblem(
            "date_range", f"{day.isoformat()} is not between {FIRST_DATE} and {LAST_DATE}",
            value=day.isoformat(), minimum=FIRST_DATE.isoformat(), maximum=LAST_DATE.isoformat())
    return day


def parse_date(value: Any) -> date:
    """A date typed or given by a user, within 1900–2100; raises :class:`FieldProblem`."""
    if isinstance(value, datetime):
        return _in_range(value.date())
    if isinstance(value, date):
        return _in_range(value)
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            day = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return _in_range(day)
    raise FieldProblem("date", f"{text!r} is not a date (use YYYY-MM-DD)", value=text)


def parse_datetime(value: Any) -> datetime:
    """A date and time typed or given by a user, within 1900–2100."""
    if isinstance(value, datetime):
        _in_range(value.date())
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(_in_range(value), datetime.min.time())
    text = str(value).strip()
    for fmt in _DATETIME_FORMATS:
        try:
            moment = datetime.strptime(text, fmt)
        except ValueError:
            continue
        _in_range(moment.date())
        return moment
    try:
        return datetime.combine(parse_date(text), datetime.min.time())
    except FieldProblem as problem:
        if problem.code == "date_range":
            raise
        raise FieldProblem(
            "datetime", f"{text!r} is not a date and time (use YYYY-MM-DD HH:MM)", value=text
        ) from None


def normalize_phone(text: str) -> str:
    """A Chinese mobile as 11 digits, a landline as ``0AREA-NUMBER``; raises if invalid."""
    import phonenumbers  # ~30 ms to load: paid on the first phone, not at every start-up

    try:
        number = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise FieldProblem(
            "phone", f"{text!r} is not a valid Chinese mobile or landline number", value=text
        )
    if number.country_code != 86:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = str(number.national_number)
    if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
        return national
    area = phonenumbers.length_of_geographical_area_code(number)
    if area:
        return f"0{national[:area]}-{national[area:]}"
    return national


def _number(value: Any, *, integer: bool) -> int | float:
    if isinstance(value, bool):
        raise FieldProblem("number", "is not a number", value=value)
    if isinstance(value, (int, float)):
        number: float = value
    else:
        text = str(value).replace(",", "").replace("，", "")
        try:
            number = float(text)
        except ValueError:
            raise FieldProblem("number", f"{value!r} is not a number", value=value) from None
    if integer:
        if number != int(number):
            raise FieldProblem("integer", f"{value!r} is not a whole number", value=value)
        return int(number)
    return float(number)


def _choice(fld: Field, text: str) -> str:
    if text in fld.choices:
        return text
    code = fld.choice_codes.get(text.casefold())
    if code is not None:
        return code
    allowed = ", ".join(fld.choices)
    raise FieldProblem("choice", f"{text!r} is not one of: {allowed}", value=text, allowed=allowed)
