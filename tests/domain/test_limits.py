"""Limits at the door: every text field's length, control characters in codes and names
(refused) and elsewhere (removed), dates within 1900–2100 — through the registry's one
validation path, and through the services that check their values one at a time."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain import fields as registry
from desktop_crm.domain.campaigns import CampaignService, save_filter
from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.domain.greetings import GreetingService, Template
from desktop_crm.domain.importing.kinds import KINDS
from desktop_crm.domain.members import MemberService
from desktop_crm.domain.plans import Action, Objective, PlanService
from desktop_crm.domain.staff import StaffService
from desktop_crm.domain.validation import (
    FieldProblem, ValidationError, beyond_limits, clean, convert,
)

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
CONTROLS = [chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))]
# Everything the registry declares, and what each import kind maps columns to.
ALL_FIELDS = {
    f"{group}.{f.name}": f
    for group, fields in {
        "customer": registry.CUSTOMER_FIELDS, "contact": registry.CONTACT_FIELDS,
        "visit": registry.INTERACTION_FIELDS, "member": registry.MEMBER_FIELDS,
        "staff": registry.STAFF_FIELDS, "counter": registry.COUNTER_FIELDS,
        "plan": registry.PLAN_FIELDS, "custom_field": registry.CUSTOM_FIELD_FIELDS,
        "campaign": registry.CAMPAIGN_FIELDS, "template": registry.MESSAGE_TEMPLATE_FIELDS,
        "filter": (registry.SAVED_FILTER_NAME, registry.SHOP_NAME),
        **{f"import_{k.name}": k.columns for k in KINDS.values()},
    }.items()
    for f in fields
}
TEXTS = {k: f for k, f in ALL_FIELDS.items() if f.kind in ("text", "longtext", "code")}
DATES = {k: f for k, f in ALL_FIELDS.items() if f.kind in ("date", "datetime")}
# characters a text of any field may hold: Chinese, letters, digits, an emoji
SAFE = st.sampled_from(list("明佳烟酒文博路商圈abcXYZ019-_") + ["😀"])
ANY_UNICODE = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


def test_every_text_field_has_a_limit_fitting_its_use() -> None:
    limits = {name: f.limit for name, f in ALL_FIELDS.items()
              if f.kind in ("text", "longtext", "code", "phone", "email", "tags")}
    assert None not in limits.values()
    assert limits["customer.code"] == limits["member.card_no"] == 32
    assert limits["customer.name"] == limits["contact.name"] == limits["staff.name"] == 100
    assert limits["customer.address"] == limits["customer.area"] == 200
    assert limits["customer.phone"] == 40 and limits["contact.email"] == 254
    assert limits["customer.notes"] == limits["visit.purpose"] == 10_000
    assert limits["plan.actions"] == limits["plan.points"] == 1_000
    assert limits["customer.tags"] == 40
    # names are what people find records by: they refuse control characters
    assert {n for n, f in ALL_FIELDS.items() if f.refuses_controls} >= {
        "customer.code", "customer.name", "contact.name", "staff.name", "member.card_no",
        "campaign.name", "custom_field.label", "import_contacts.customer_name"}


@pytest.mark.parametrize("name", sorted(TEXTS))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(data=st.data())
def test_texts_at_below_and_above_their_limit(name: str, data) -> None:
    fld = TEXTS[name]
    limit = fld.limit
    length = data.draw(st.sampled_from([1, limit - 1, limit, limit + 1, limit * 4])
                       | st.integers(1, limit + 5), label="length")
    unit = data.draw(st.text(SAFE, min_size=1, max_size=30), label="text")
    value = (unit * (length // len(unit) + 1))[:length]
    if length <= limit:
        assert convert(fld, value) == value
    else:
        with pytest.raises(FieldProblem) as caught:
            convert(fld, value)
        assert caught.value.code == "too_long"
        assert caught.value.params == {"maximum": limit, "length": length}


@pytest.mark.parametrize("name", sorted(TEXTS))
@settings(max_examples=25, deadline=None)
@given(value=ANY_UNICODE, hidden=st.sampled_from(BIDI + CONTROLS + ["\u200b", "\ufeff"]),
       at=st.integers(0, 60))
def test_random_unicode_with_bidi_and_controls(name: str, value: str, hidden: str, at: int) -> None:
    """Codes and names refuse an invisible or control character wherever it is; other texts
    come out without it (a long text keeps its tabs and line breaks)."""
    fld = TEXTS[name]
    value = value[:at] + hidden + value[at:]
    try:
        cleaned = convert(fld, value)
    except FieldProblem as problem:
        if problem.code == "control":
            assert fld.refuses_controls and problem.params["char"].startswith("U+")
        else:
            assert problem.code == "too_long" and problem.params["length"] > fld.limit
        return
    assert not (fld.refuses_controls and hidden in value.strip()), "a control character got in"
    kept = "\t\n" if fld.kind == "longtext" and not fld.refuses_controls else ""
    unwanted = [ch for ch in BIDI + CONTROLS + ["\u200b", "\ufeff"] if ch not in kept]
    assert cleaned is None or not any(ch in cleaned for ch in unwanted)
    assert cleaned is None or len(cleaned) <= fld.limit


@pytest.mark.parametrize("name", sorted(DATES))
def test_dates_within_1900_to_2100(name: str) -> None:
    fld = DATES[name]
    for fine in ("1900-01-01", "2000-02-29", "2025-12-31"):
        assert str(convert(fld, fine, today=date(2026, 1, 1))).startswith(fine)
    if not fld.not_future:
        assert convert(fld, "2100-12-31").startswith("2100-12-31")
    for far in ("1899-12-31", "2101-01-01", "9999-12-31", date(1, 1, 1)):
        with pytest.raises(FieldProblem) as caught:
            convert(fld, far)
        assert caught.value.code == "date_range"
        assert caught.value.params["minimum"] == "1900-01-01"


def test_clean_names_every_field_beyond_its_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        clean(registry.CUSTOMER_FIELDS, {
            "code": "C" * 33, "name": "明" * 40_000, "address": "路" * 201, "notes": "记" * 10_001,
            "phone": "1" * 41, "tags": "好" * 41, "founded_on": "1899-12-31",
        })
    problems = {e.field: e.code for e in caught.value.errors}
    assert problems == {"code": "too_long", "name": "too_long", "address": "too_long",
                        "notes": "too_long", "phone": "too_long", "tags": "too_long",
                        "founded_on": "date_range"}
    assert str(caught.value).startswith("code: is 33 characters long; use at most 32")


def test_what_free_texts_lose_and_keep() -> None:
    values = clean(registry.CUSTOMER_FIELDS, {
        "name": "明佳烟酒", "address": "文博路\t18号\r\n二楼\u202e",
        "notes": "第一行\r\n\t第二行\u200b\x00",
    })
    assert values["address"] == "文博路 18号  二楼"
    assert values["notes"] == "第一行\n\t第二行"
    contact = clean(registry.CONTACT_FIELDS, {"name": "李娟", "email": "\ufeffLi@Example.com\u202c"})
    assert contact["email"] == "li@example.com"
    # emoji keep their joiners in names; codes refuse them
    assert clean(registry.CUSTOMER_FIELDS, {"name": "店👨\u200d👩\u200d👧"})["name"] == "店👨\u200d👩\u200d👧"
    with pytest.raises(ValidationError, match="U\\+200D"):
        clean(registry.CUSTOMER_FIELDS, {"name": "店", "code": "A\u200dB"})
    with pytest.raises(ValidationError, match="U\\+202E"):
        clean(registry.CUSTOMER_FIELDS, {"name": "ABC\u202etxt.exe"})


def test_beyond_limits_names_what_an_old_file_holds() -> None:
    old = {"code": "X" * 300, "name": "明" * 40_000, "notes": "短", "founded_on": "9999-12-31",
           "trading_since": "2020-01-01", "address": None}
    assert beyond_limits(registry.CUSTOMER_FIELDS, old) == ["code", "name", "founded_on"]


# --- services that check values one at a time ------------------------------------------------

def test_staff_names_and_phones(store) -> None:
    staff = StaffService(store, "测试")
    with pytest.raises(ValidationError) as caught:
        staff.save({"name": "王" * 101})
    assert caught.value.errors[0].field == "name" and caught.value.errors[0].code == "too_long"
    with pytest.raises(ValidationError, match="U\\+202E"):
        staff.save({"name": "王\u202e伟"})
    assert store.count("staff") == 0
    sid = staff.save({"name": "王" * 100, "phone": "\u202a139 1234 8866\u202c"})
    assert store.get("staff", sid)["phone"] == "139 1234 8866"


def test_plans_name_the_item_beyond_its_limit(store, mingjia) -> None:
    service = PlanService(store, "测试")
    plan = service.new_plan(mingjia)
    plan.actions = [Action("走访"), Action("行" * 1_001)]
    plan.objectives = [Objective("目标", "指" * 201)]
    plan.signed_on = "9999-12-31"
    with pytest.raises(ValidationError) as caught:
        service.save(plan)
    found = {(e.field, e.code, e.params.get("number")) for e in caught.value.errors}
    assert found == {("actions", "too_long", 2), ("objective_target", "too_long", 1),
                     ("signed_on", "date_range", None)}
    assert store.count("plans") == 0


def test_a_new_plan_prefilled_from_long_texts_can_be_saved(store, customers) -> None:
    """Two full long texts joined would pass the limit: the prefill is cut to it."""
    cid = customers.create({"name": "明佳烟酒", "sales_capability": "区" * 10_000,
                            "traits": "特" * 10_000, "strengths": "好" * 5_000})
    service = PlanService(store, "测试")
    plan = service.new_plan(cid)
    assert len(plan.business_format_analysis) == 10_000 and plan.business_format_analysis[-1] == "…"
    assert service.save(plan)


def test_custom_fields_campaigns_filters_templates_and_members(store, mingjia) -> None:
    custom = CustomFieldService(store, "测试")
    with pytest.raises(ValidationError, match="at most 40"):
        custom.define("字" * 41)
    with pytest.raises(ValidationError) as caught:
        custom.define("开户银行", "choice", ["工商银行", "行" * 101])
    assert caught.value.errors[0].field == "choices"
    bank = custom.define("开户银行")
    with pytest.raises(ValidationError, match="at most 200"):
        custom.set_values(mingjia, {bank.key: "行" * 201})
    with pytest.raises(ValidationError, match="U\\+202E"):
        CampaignService(store, "测试").create({"name": "回访\u202e", "starts_on": "2026-01-01",
                                               "ends_on": "2026-02-01"})
    with pytest.raises(ValidationError, match="not between 1900-01-01 and 2100-12-31"):
        CampaignService(store, "测试").create({"name": "回访", "starts_on": "2026-01-01",
                                               "ends_on": "9999-12-31"})
    with pytest.raises(ValidationError, match="at most 100"):
        save_filter(store, "筛" * 101, CustomerFilter())
    with pytest.raises(ValidationError, match="at most 1,000"):
        GreetingService(store, "测试").save_template(Template(None, "birthday", "生日", "祝" * 1_001, "zh"))
    members = MemberService(store, "测试")
    with pytest.raises(ValidationError) as caught:
        members.enrol(mingjia, "M0001", household_notes="家" * 10_001)
    assert caught.value.errors[0].field == "household_notes"
    with pytest.raises(ValidationError, match="not between"):
        members.enrol(mingjia, "M0001", expected_due_date="9999-01-01")
    assert store.count("members") == 0 and store.count("campaigns") == 0
