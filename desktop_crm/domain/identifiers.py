"""A customer's official identifiers: what each must look like, and how a resident ID shows.

* ``uscc`` 统一社会信用代码: 18 characters, its last a check character (GB 32100-2015),
  checked by python-stdnum's ``cn.uscc``. stdnum wants the first eight to be digits; the
  registration authority ``Y`` ("other") and the letters of GB 32100's second place are
  real too, so such a code is checked with stdnum's check character alone.
* ``resident_id`` 居民身份证号: 18 characters, a birth date in places 7–14 and a check digit
  (GB 11643-1999), checked by ``cn.ric``, and its area code by stdnum's table of them (at any
  time, see :func:`_known_area`). Personal data: shown masked (:func:`mask`) to whoever may
  not see it.
* ``licence_no`` 烟草专卖零售许可证号: 12 digits, the first six the administrative area code
  of the issuing office (the seventh says individual business or company, the last five
  a serial). No check digit exists, so only the shape and the province are checked.
* ``tax_id`` 纳税人识别号: 15 characters (the old area code + organisation code), 17 or 20
  (an individual's ID number + 2 digits), or 18 — then it is a credit code, checked as one.

Each is stored compact and upper-case. :func:`check` raises the validation's
``FieldProblem``; its code says what is wrong (``id_length``, ``id_format``, ``id_check``,
``id_birth``, ``id_area``) for a screen to say in the user's language.
"""

from __future__ import annotations

import re
from datetime import date

FIELDS = ("uscc", "resident_id", "licence_no", "tax_id")
UNIQUE = ("uscc", "resident_id", "licence_no")  # one customer each, among those not trashed
NOUNS = {"uscc": "credit code", "resident_id": "resident ID number",
         "licence_no": "tobacco retail licence number", "tax_id": "tax ID"}

# The provinces' codes (GB/T 2260), the first two digits of an area code.
PROVINCES = frozenset((
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82"))
_SEPARATORS = re.compile(r"[\s\-_.·]+")
_USCC_CHARS = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{18}$")  # GB 32100: no I, O, S, V, Z
_TAX = re.compile(r"^[0-9A-Z]+$")


def compact(text: str) -> str:
    """The identifier without spaces or separators, in capitals (full-width folded)."""
    import unicodedata

    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()


def check(name: str, text: str) -> str:
    """``text`` as stored for identifier ``name``; raises ``FieldProblem`` when it is not one."""
    number = compact(text)
    if name == "uscc":
        return _uscc(number, "uscc")
    if name == "resident_id":
        return _resident_id(number)
    if name == "licence_no":
        return _licence(number)
    if name == "tax_id":
        if len(number) == 18:
            return _uscc(number, "tax_id")
        if len(number) not in (15, 17, 20):
            raise _problem("id_length", f"a tax ID has 15, 17, 18 or 20 characters; this has "
                                        f"{len(number)}", length=len(number))
        if not _TAX.match(number):
            raise _problem("id_format", "a tax ID has only digits and capital letters")
        return number
    raise AssertionError(f"no identifier {name}")


def _problem(code: str, message: str, **params: object):
    from desktop_crm.domain.validation import FieldProblem

    return FieldProblem(code, message, **params)


def _uscc(number: str, name: str) -> str:
    from stdnum import exceptions
    from stdnum.cn import uscc

    noun = NOUNS["uscc"] if name == "uscc" else "tax ID (a credit code)"
    if len(number) != 18:
        raise _problem("id_length", f"a {noun} has 18 characters; this has {len(number)}",
                       length=len(number))
    try:
        return uscc.validate(number)
    except exceptions.InvalidChecksum:
        pass
    except exceptions.ValidationError:
        if not (_USCC_CHARS.match(number) and number[2:8].isdigit()):
            raise _problem("id_format", f"a {noun} has 18 digits and capital letters (not I, O, "
                                        "S, V or Z), places 3 to 8 an area code") from None
        if number[-1] == uscc.calc_check_digit(number):
            return number  # authority Y or a lettered second place: stdnum wants digits
    expected = uscc.calc_check_digit(number)
    raise _problem("id_check", f"the check character of the {noun} is wrong: expected "
                               f"{expected}", expected=expected)


def _resident_id(number: str) -> str:
    from stdnum import exceptions
    from stdnum.cn import ric

    if len(number) != 18:
        raise _problem("id_length", f"a resident ID number has 18 characters; this has "
                                    f"{len(number)}", length=len(number))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise _problem("id_format", "a resident ID number has 17 digits and a digit or X last")
    expected = ric.calc_check_digit(number)
    if number[-1] != expected:
        raise _problem("id_check", f"the check digit of the resident ID number is wrong: "
                                   f"expected {expected}", expected=expected)
    try:
        born = ric.get_birth_date(number)
    except exceptions.ValidationError:
        born = None
    if born is None or not date(1900, 1, 1) <= born <= date.today():
        raise _problem("id_birth", f"the birth date in the resident ID number ({number[6:14]}) "
                                   "is not a possible date", birth=number[6:14])
    if not _known_area(number[:6]):
        raise _problem("id_area", f"the resident ID number's first six digits ({number[:6]}) "
                                  "are not an area code", area=number[:6])
    return number


def _known_area(code: str) -> bool:
    """Whether ``code`` is a county's area code at any time. stdnum's ``ric.validate`` wants
    it assigned in the birth year, and refuses real numbers: a number is given where the
    person registers, later than birth (350102 鼓楼区 dates from 1983; its people born in
    1980 have it)."""
    from stdnum import numdb

    results = numdb.get("cn/loc").info(code)
    return any("county" in props for part, props in results if part == code[2:])


def _licence(number: str) -> str:
    noun = NOUNS["licence_no"]
    if not number.isdigit():
        raise _problem("id_format", f"a {noun} has digits only")
    if len(number) != 12:
        raise _problem("id_length", f"a {noun} has 12 digits; this has {len(number)}",
                       length=len(number))
    if number[:2] not in PROVINCES:
        raise _problem("id_area", f"a {noun} starts with the area code of the office that "
                                  f"issued it; {number[:2]} is no province's", area=number[:6])
    return number


def birth_date(resident_id: str | None) -> date | None:
    """The birth date a (valid) resident ID number holds, else None."""
    if not resident_id or len(resident_id) != 18:
        return None
    try:
        return date(int(resident_id[6:10]), int(resident_id[10:12]), int(resident_id[12:14]))
    except ValueError:
        return None


def mask(value: str | None) -> str | None:
    """A resident ID as whoever may not see it sees it: the area code and the last four,
    ``110101********123X``; anything short is starred whole."""
    if not value:
        return value
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def personal(name: str, value: str | None) -> bool:
    """Whether an identifier's value is personal data: a resident ID, and a tax ID of 17 or
    20 characters (an individual's: their ID number and two digits)."""
    return bool(value) and (name == "resident_id" or (name == "tax_id" and len(value) in (17, 20)))


def shown(values: dict, may_see: bool) -> dict:
    """``values`` (a customer's) with the personal identifiers masked unless ``may_see``."""
    if may_see:
        return values
    hidden = {n: mask(values[n]) for n in ("resident_id", "tax_id") if personal(n, values.get(n))}
    return {**values, **hidden} if hidden else values


def taken(store, values: dict, record_id: int | None = None):
    """The :class:`ValidationError` naming the other customer (not in the trash) that holds
    one of ``values``' unique identifiers already, else None."""
    from desktop_crm.domain.validation import FieldError, ValidationError
    from desktop_crm.storage import identifiers as sql

    errors = []
    for name in UNIQUE:
        value = values.get(name)
        if not value:
            continue
        other = sql.holders(store, name, [value]).get(value)
        if other is not None and other["id"] != record_id:
            errors.append(FieldError(name, "id_taken", clash_message(name, value, other["name"],
                                                                     other["code"]),
                                     {"other": other["name"], "other_code": other["code"]}))
    return ValidationError(errors) if errors else None


def clash_message(name: str, value: str, other: str, other_code: str) -> str:
    shown_value = mask(value) if personal(name, value) else value
    return f"{NOUNS[name]} {shown_value} is already used by {other} ({other_code})"


def check_batch(store, rows: list[dict]) -> None:
    """New customers' unique identifiers: none twice among ``rows``, none already another
    customer's; raises the :class:`ValidationError` of the first row that breaks it."""
    from desktop_crm.domain.validation import FieldError, ValidationError

    seen: dict[tuple[str, str], int] = {}
    for index, values in enumerate(rows):
        for name in UNIQUE:
            value = values.get(name)
            if not value:
                continue
            if (name, value) in seen:
                shown_value = mask(value) if personal(name, value) else value
                raise ValidationError([FieldError(
                    name, "duplicate_in_batch", f"{NOUNS[name]} {shown_value} appears twice "
                    f"(rows {seen[name, value]} and {index})")], row=index)
            seen[name, value] = index
        clash = taken(store, values) if any(values.get(n) for n in UNIQUE) else None
        if clash is not None:
            raise ValidationError(clash.errors, row=index)
