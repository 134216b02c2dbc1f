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
