from __future__ import annotations

from desktop_crm.domain.money import grouped, money, unit_name


def test_amounts_read_with_thousands_and_their_unit() -> None:
    assert money(978800) == "¥978,800"
    assert money(978800.0, language="en") == "¥978,800"
    assert money(1234.5) == "¥1,234.50"
    assert money(-20) == "-¥20"
    assert money(12.345, decimals=2) == "¥12.35"
    assert money(97.88, "wan") == "97.88 万元"
    assert money(97.88, "wan", "en") == "¥978,800"
    assert money(None) == "–" and money(None, empty="") == "" and money(float("nan")) == "–"
    assert grouped(978800.0) == "978,800"
    assert unit_name("yuan") == "元" and unit_name("wan") == "万元" and unit_name("yuan", "en") == "¥"


def test_amounts_are_rounded_half_up_as_people_round_money() -> None:
    # a half is rounded up (四舍五入), where Python's own rounding goes to the even neighbour
    assert money(1834.5, decimals=0) == "¥1,835" and f"{1834.5:,.0f}" == "1,834"
    assert money(458.625) == "¥458.63"
    assert money(2.675) == "¥2.68"  # the float is 2.67499…; people typed 2.675
    assert money(-1834.5, decimals=0) == "-¥1,835"
    assert money(-0.004) == "¥0"  # nothing left to owe: no minus sign
    assert money(97.885, "wan") == "97.89 万元"
