from __future__ import annotations

from datetime import date

import pytest

from desktop_crm.domain.fields import CONTACT_FIELDS, CUSTOMER_FIELDS, INTERACTION_FIELDS
from desktop_crm.domain.validation import ValidationError, clean, normalize_phone, FieldProblem


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13912348866", "13912348866"),
        ("139 1234 8866", "13912348866"),
        ("+86 139-1234-8866", "13912348866"),
        ("0710-3212345", "0710-3212345"),
        ("07103212345", "0710-3212345"),
        ("(010) 6234 5678", "010-62345678"),
        ("021-12345678", "021-12345678"),
    ],
)
def test_chinese_phone_numbers_are_stored_one_way(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "1391234886", "139123488661", "电话", "0000-1234567"])
def test_invalid_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(FieldProblem, match="not a valid Chinese mobile or landline"):
        normalize_phone(typed)


def test_errors_name_every_bad_field() -> None:
    with pytest.raises(ValidationError) as caught:
        clean(
            CUSTOMER_FIELDS,
            {"phone": "12345", "founded_on": "2024-13-40", "assets": "-5", "tier": "gold", "colour": "red"},
        )
    err = caught.value
    assert {e.field for e in err.errors} == {"name", "phone", "founded_on", "assets", "tier", "colour"}
    assert err.for_field("name")[0].code == "required"
    assert "not a date" in err.for_field("founded_on")[0].message
    assert "at least 0" in err.for_field("assets")[0].message
    assert "key, regular, occasional" in err.for_field("tier")[0].message
    assert err.for_field("colour")[0].code == "unknown"


def test_values_are_cleaned() -> None:
    values = clean(
        CUSTOMER_FIELDS,
        {
            "name": "  明佳烟酒 ", "founded_on": "2015年3月8日", "assets": "1,200,000",
            "tier": "主力", "lifecycle": "Active", "tags": "重点户，诚信户 重点户", "notes": "",
        },
    )
    assert values == {
        "name": "明佳烟酒", "founded_on": "2015-03-08", "assets": 1200000.0, "tier": "key",
        "lifecycle": "active", "tags": ["诚信户", "重点户"], "notes": None,
    }


def test_dates_in_the_future_are_refused_where_they_cannot_be() -> None:
    with pytest.raises(ValidationError, match="in the future"):
        clean(CONTACT_FIELDS, {"name": "李娟", "birthday": "2099-01-01"}, today=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="in the future"):
        clean(INTERACTION_FIELDS, {"occurred_at": "2030-05-01 10:00", "channel": "visit"},
              today=date(2026, 1, 1))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("satisfaction", "6", "at most 5"),
        ("satisfaction", "0", "at least 1"),
        ("nps", "11", "at most 10"),
        ("nps", "7.5", "not a whole number"),
        ("channel", "carrier pigeon", "not one of"),
    ],
)
def test_visit_ranges(field: str, value: str, message: str) -> None:
    data = {"occurred_at": "2024-05-25 10:00", "channel": "survey", field: value}
    with pytest.raises(ValidationError, match=message):
        clean(INTERACTION_FIELDS, data)


def test_partial_update_checks_only_given_fields_but_keeps_required_ones_filled() -> None:
    assert clean(CUSTOMER_FIELDS, {"area": "火车站商圈"}, partial=True) == {"area": "火车站商圈"}
    with pytest.raises(ValidationError, match="Name is required"):
        clean(CUSTOMER_FIELDS, {"name": "  "}, partial=True)


def test_email_and_age() -> None:
    with pytest.raises(ValidationError, match="not an email"):
        clean(CONTACT_FIELDS, {"name": "李娟", "email": "lijuan@"})
    with pytest.raises(ValidationError, match="at most 130"):
        clean(CONTACT_FIELDS, {"name": "李娟", "age": 200})
    assert clean(CONTACT_FIELDS, {"name": "李娟", "email": "LiJuan@Example.com"})["email"] == "lijuan@example.com"
