"""The import's quick phone check gives exactly what the registry's full check gives."""

from __future__ import annotations

import random

import pytest

from desktop_crm.domain.importing.phones import normalize_phone_fast
from desktop_crm.domain.validation import FieldProblem, normalize_phone


def _either(check, text: str) -> str:
    try:
        return check(text)
    except FieldProblem as problem:
        return f"problem: {problem.code}"


def _numbers(rng: random.Random) -> list[str]:
    out = []
    for _ in range(4000):
        shape = rng.randrange(6)
        if shape == 0:    # mobiles, any prefix
            out.append(f"1{rng.randrange(10**10):010d}")
        elif shape == 1:  # landlines with a trunk 0, written with or without a dash
            area = rng.choice(["10", "20", "21", "710", "27", "755", "371", "9", "851", "0"])
            number = f"{rng.randrange(10**8):08d}"[: rng.choice([7, 8])]
            out.append(f"0{area}{rng.choice(['-', '', ' '])}{number}")
        elif shape == 2:  # with the country code
            out.append(f"+86 {rng.randrange(10**10):010d}"[: rng.choice([13, 14, 15])])
        elif shape == 3:  # of any length from 5 to 13 digits
            out.append(str(rng.randrange(10 ** rng.randrange(5, 14))))
        elif shape == 4:  # spaced as people write them
            digits = f"1{rng.randrange(10**10):010d}"
            out.append(f"{digits[:3]} {digits[3:7]} {digits[7:]}")
        else:             # 10 to 12 digits from any leading digit
            out.append(f"{rng.randrange(10**12):012d}"[: rng.choice([10, 11, 12])])
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_quick_check_agrees_with_the_registry_on_random_numbers(seed) -> None:
    numbers = _numbers(random.Random(seed))
    differ = [(n, _either(normalize_phone_fast, n), _either(normalize_phone, n)) for n in numbers
              if _either(normalize_phone_fast, n) != _either(normalize_phone, n)]
    assert differ == []
    # and the sample holds both kinds of answer, so the comparison means something
    answers = {_either(normalize_phone, n).startswith("problem") for n in numbers}
    assert answers == {True, False}


def test_mobiles_sharing_five_leading_digits_share_one_check() -> None:
    from desktop_crm.domain.importing import phones

    phones._shape.cache_clear()
    for tail in range(200):
        normalize_phone_fast(f"139123{tail:05d}")
    assert phones._shape.cache_info().misses == 1
