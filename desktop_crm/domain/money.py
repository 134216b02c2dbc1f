"""Amounts as people read them: thousands grouped, with their unit.

One formatter for every amount the program shows (lists, the dossier, analytics, charts and
PDFs), so 978800 reads ``¥978,800`` everywhere. A field says its unit (``Field.unit``):
``yuan`` (the default for money) or ``wan`` (values kept in 万元, read ``97.88 万元`` in
Chinese and, in English, as the yuan they are: ``¥978,800``).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

Unit = Literal["yuan", "wan"]
EMPTY = "–"


def money(
    value: float | int | None,
    unit: Unit = "yuan",
    language: str = "zh",
    *,
    decimals: int | None = None,
    empty: str = EMPTY,
) -> str:
    """``value`` as ``¥1,234.50`` (yuan) or ``97.88 万元`` (wan; English: ``¥978,800``).

    ``decimals``: None shows cents only when there are any (``¥978,800``, ``¥12.50``).
    ``empty`` stands for a missing value (None or not a number).
    """
    if value is None or isinstance(value, bool):
        return empty
    try:
        number = float(value)
    except (TypeError, ValueError):
        return empty
    if math.isnan(number) or math.isinf(number):
        return empty
    if unit == "wan":
        if language.startswith("zh"):
            places = 2 if decimals is None else decimals
            return f"{_grouped(number, places, trim=decimals is None)} 万元"
        number *= 10_000
    text = _grouped(abs(number), decimals)
    sign = "-" if number < 0 and text.strip("0.,") else ""  # no "-¥0"
    return f"{sign}¥{text}"


def _grouped(number: float, decimals: int | None, trim: bool = False) -> str:
    if decimals is None:
        decimals = 0 if round(number, 2).is_integer() else 2
    # 四舍五入 as people round money (¥1,834.50 → ¥1,835), on the shortest decimal that
    # reads back as this float (2.675 → 2.68), not Python's round-half-even of its binary value
    rounded = Decimal(repr(number)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def grouped(value: float | int) -> str:
    """A number with its thousands grouped, cents only when there are any: ``978,800``."""
    return _grouped(float(value), None)


def unit_name(unit: str | None, language: str = "zh") -> str:
    """What a label puts after a field's name: ``元`` / ``万元`` (English ``¥`` / ``¥10k``)."""
    if not unit:
        return ""
    zh = language.startswith("zh")
    if unit == "wan":
        return "万元" if zh else "¥10k"
    return "元" if zh else "¥"
