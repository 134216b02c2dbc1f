"""Phone numbers of a big file, checked as the registry checks them, at a fraction of the cost.

``normalize_phone`` (phonenumbers) costs ~100 µs a number: 10 s for a file of 100,000. Whether
a Chinese number is valid, and where its area code ends, is decided by its leading digits
and its length: for numbers of 10 to 12 digits phonenumbers' patterns for China never
constrain the last four digits, and for mobiles (11 digits from a 1) nothing after the fifth
(``tests/domain/test_phones.py`` compares both ways on random numbers). So the answer for one
number holds for every number that shares those leading digits and its length: numbers are
checked once per (leading digits, length) and formatted the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_crm.domain.validation import FieldProblem, normalize_phone

_SEPARATORS = re.compile(r"[\s\-()（）]")
_TAIL = 4          # digits that never matter
_MOBILE_HEAD = 5   # digits of a mobile that do


def normalize_phone_fast(text: str) -> str:
    """What :func:`normalize_phone` returns for ``text``, or the same :class:`FieldProblem`."""
    plain = _SEPARATORS.sub("", text)
    plain = plain.removeprefix("+86")
    if (not plain.isdigit() or not plain.isascii() or not 10 <= len(plain) <= 12
            or plain.startswith("00")):
        # short numbers (their patterns reach the last digits), international calls,
        # extensions, letters: the full check
        return normalize_phone(text)
    head = plain[:_MOBILE_HEAD] if len(plain) == 11 and plain[0] == "1" else plain[:-_TAIL]
    shape = _shape(head, len(plain))
    if shape == _OTHER:
        return normalize_phone(text)
    if shape is None:
        raise FieldProblem(
            "phone", f"{text!r} is not a valid Chinese mobile or landline number", value=text
        )
    skip, dash = shape  # type: ignore[misc]
    digits = plain[skip:]
    return digits if dash is None else f"{digits[:dash]}-{digits[dash:]}"


_OTHER = (-1, None)  # written unlike its digits (a trunk 0 added, E.164...): check each one


@lru_cache(maxsize=65_536)
def _shape(head: str, length: int) -> tuple[int, int | None] | None:
    """How numbers starting with ``head`` of ``length`` digits are written: digits dropped in
    front (a trunk prefix) and where the dash goes; None when they are not valid."""
    probe = head + "0" * (length - len(head))
    try:
        formatted = normalize_phone(probe)
    except FieldProblem:
        return None
    digits = formatted.replace("-", "")
    skip = len(probe) - len(digits)
    if skip < 0 or not probe.endswith(digits):
        return _OTHER
    return skip, (formatted.index("-") if "-" in formatted else None)
