"""What the dossier screen reads and how it saves: header facts, plans, purchases, the
change history in words, and one save of a customer together with its custom fields."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_crm.domain import contact_ways, follow_ups, identifiers
from desktop_crm.domain.addresses import AddressService
from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.custom_fields import PREFIX, CustomFieldService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.fields import (
    ADDRESS_FIELDS,
    CONTACT_FIELDS,
    CUSTOMER_FIELDS,
    GROUPS,
    INTERACTION_FIELDS,
    MEMBER_FIELDS,
    YES_NO,
    Field,
    yes_no,
)
from desktop_crm.domain.plans.model import ACTION_STATUSES, PLAN_STATUSES
from desktop_crm.domain.service import column
from desktop_crm.domain.team_rights import may_see_resident_ids
from desktop_crm.domain.validation import ValidationError
from desktop_crm.storage import dossier as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

EVENTS = {"*created": "created", "*deleted": "deleted", "*restored": "restored"}
# What the history can say of a plan and its actions (the plan editor writes them).
_PLAN_FIELDS = (Field("status", "choice", "plan", "状态", "Status", choices=PLAN_STATUSES),)
_ACTION_FIELDS = (
    Field("status", "choice", "plan_action", "状态", "Status", choices=ACTION_STATUSES),
    Field("due_date", "date", "plan_action", "完成期限", "Due"),
    Field("result", "longtext", "plan_action", "结果", "Result"),
)
_ADDRESS_FIELDS = (*ADDRESS_FIELDS, Field("is_main", "choice", "address", "主地址", "Main address",
                                          choices=YES_NO))
_ENTITY_FIELDS = {
    "customer": CUSTOMER_FIELDS, "contact": CONTACT_FIELDS, "interaction": INTERACTION_FIELDS,
    "member": MEMBER_FIELDS, "plan": _PLAN_FIELDS, "plan_action": _ACTION_FIELDS,
    "address": _ADDRESS_FIELDS,
}
_ENTITY_GROUP = {"contact": "contact", "interaction": "visit", "member": "member",
                 "plan": "plan", "plan_action": "plan_action", "address": "address"}
# subjects that are not a group of the dossier's own fields
_OTHER_SUBJECTS = {"member": ("会员", "Member"), "plan": ("计划书", "Plan"),
                   "plan_action": ("计划行动", "Plan action"), "address": ("地址", "Address")}
_ENTITY_FIELDS[contact_ways.ENTITY] = contact_ways.WAY_FIELDS
_ENTITY_GROUP[contact_ways.ENTITY] = contact_ways.ENTITY
_OTHER_SUBJECTS[contact_ways.ENTITY] = ("联系方式", "Way to reach")


@dataclass(frozen=True)
class HeaderFacts:
    code: str
    name: str
    tier: str | None            # codes; labels come from the field registry
    lifecycle: str | None
    owner: str | None           # staff name
    phone: str | None
    area: str | None
    last_visit: str | None      # ISO timestamp
    open_follow_ups: int
    next_follow_up: str | None  # ISO date
    trashed: bool


@dataclass(frozen=True)
class PlanSummary:
    id: int
    version: int
    status: str
    plan_date: str
    title: str | None
    points: int
    actions: int
    open_actions: int


@dataclass(frozen=True)
class Purchase:
    id: int
    occurred_on: str
    product: str | None
    category: str | None
    quantity: float | None
    amount: float
    gross_profit: float | None
    points_earned: int
    points_redeemed: int


@dataclass(frozen=True)
class PurchaseTotals:
    count: int
    amount: float
    gross_profit: float
    quantity: float
    points_earned: int
    points_redeemed: int


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    actor: str | None
    entity: str              # customer, contact, interaction...
    subject: str             # '' for the customer itself, else e.g. "联系人 李娟"
    field: str               # the label of the field, '' for events
    old: str                 # values as a user reads them ('' when empty)
    new: str
    event: str | None        # 'created', 'deleted', 'restored', or None for a field change
    machine: str | None = None  # the computer it was made on, when not this one (the team's)


def visit_count(store: Store, customer_id: int) -> int:
    return sql.visit_count(store, customer_id)


def header(store: Store, customer_id: int) -> HeaderFacts:
    customer = CustomerService(store, "-").get(customer_id)
    promised = follow_ups.open_items(store, customer_id=customer_id)  # as the agenda counts
    owner = queries.staff_names(store).get(customer["owner_id"]) if customer["owner_id"] else None
    return HeaderFacts(
        code=customer["code"], name=customer["name"], tier=customer["tier"],
        lifecycle=customer["lifecycle"], owner=owner, phone=customer["phone"],
        area=customer["area"], last_visit=sql.last_visit(store, customer_id),
        open_follow_ups=len(promised),
        next_follow_up=promised[0]["follow_up_due"] if promised else None,
        trashed=customer["deleted_at"] is not None,
    )


def record(store: Store, customer_id: int, *, full: bool | None = None) -> dict[str, Any]:
    """The customer's values by field name, tags and custom fields (``custom:<key>``)
    included: what the dossier's forms show. The resident ID is masked unless ``full``
    (None: unless the user may see it, ``team_rights.may_see_resident_ids``)."""
    customer = CustomerService(store, "-").get(customer_id)
    values: dict[str, Any] = {f.name: customer.get(column(f)) for f in CUSTOMER_FIELDS}
    if full is None:
        full = may_see_resident_ids(store)
    values = identifiers.shown(values, full)
    values["tags"] = queries.tags_of(store, customer_id)
    for key, value in CustomFieldService(store, "-").values(customer_id).items():
        values[PREFIX + key] = value
    return values


def plans(store: Store, customer_id: int) -> list[PlanSummary]:
    return [PlanSummary(**dict(r)) for r in sql.plans_of(store, customer_id)]


def purchases(store: Store, customer_id: int) -> tuple[list[Purchase], PurchaseTotals]:
    rows = [Purchase(**dict(r)) for r in sql.transactions_of(store, customer_id)]
    return rows, PurchaseTotals(**dict(sql.transaction_totals(store, customer_id)))


def staff_choices(store: Store) -> list[tuple[int, str, bool]]:
    """``(id, name, active)`` of every staff member, active first."""
    return [(r["id"], r["name"], bool(r["active"])) for r in sql.staff_list(store)]


def common_tags(store: Store) -> list[str]:
    return sql.common_tags(store)


def history(store: Store, customer_id: int, language: str = "zh") -> list[HistoryEntry]:
    """The dossier's change history, newest first, in words of ``language``."""
    staff = queries.staff_names(store)
    contacts = sql.contact_names(store, customer_id)
    visits = sql.interaction_times(store, customer_id)
    member = store.find_one("members", customer_id=customer_id)
    names = {("member", member["id"]): member["card_no"]} if member else {}
    for plan in store.find("plans", customer_id=customer_id):
        names[("plan", plan["id"])] = f"v{plan['version']} {plan['plan_date'] or ''}".strip()
        for action in store.find("plan_actions", plan_id=plan["id"]):
            names[("plan_action", action["id"])] = action["text"][:30]
    for address in AddressService(store, "-").of_customer(customer_id):
        names[("address", address["id"])] = address["text"][:30]
    names.update(contact_ways.history_names(store, customer_id, language))
    custom = {f.name: f for f in CustomFieldService(store, "-").fields("customer")}
    custom.update({f.name: f for f in CustomFieldService(store, "-").fields("contact")})
    by_column = {
        entity: {column(f): f for f in fields} for entity, fields in _ENTITY_FIELDS.items()
    }
    out = []
    hide = not may_see_resident_ids(store)
    for row in queries.history(store, customer_id):
        entity, name = row["entity"], row["field"]
        if hide and name in ("resident_id", "tax_id"):
            row = {**dict(row), **{k: identifiers.mask(row[k]) for k in ("old_value", "new_value")
                                   if identifiers.personal(name, row[k])}}
        subject = ""
        if entity != "customer":
            group = _ENTITY_GROUP.get(entity)
            kind = _group_label(group, language) if group else entity
            detail = (
                contacts.get(row["entity_id"], "") if entity == "contact"
                else (visits.get(row["entity_id"]) or "")[:10] if entity == "interaction"
                else names.get((entity, row["entity_id"]), "")
            )
            subject = f"{kind} {detail}".strip()
        event = EVENTS.get(name)
        fld: Field | None = None
        label = ""
        if event is None:
            if name.startswith(PREFIX):
                fld = custom[name].as_field() if name in custom else None
                label = custom[name].label if name in custom else name.removeprefix(PREFIX)
            else:
                fld = by_column.get(entity, {}).get(name)
                label = fld.label(language) if fld else name
        out.append(HistoryEntry(
            at=row["at"], actor=row["actor"], entity=entity, subject=subject, field=label,
            old=shown(fld, row["old_value"], staff, language),
            new=shown(fld, row["new_value"], staff, language),
            event=event, machine=row["machine"],
        ))
    return out


def save_dossier(
    store: Store,
    actor: str,
    customer_id: int | None,
    changes: Mapping[str, Any],
    custom_changes: Mapping[str, Any] = {},
) -> int:
    """Create (``customer_id`` None) or update a customer and its custom field values in one
    transaction; returns the customer's id. Errors of both are reported together, and then
    nothing is written."""
    customers = CustomerService(store, actor)
    return _save_with_custom(store, actor, "customer", customer_id, customers.create,
                             customers.update, changes, custom_changes)


def save_contact(
    store: Store,
    actor: str,
    customer_id: int,
    contact_id: int | None,
    changes: Mapping[str, Any],
    custom_changes: Mapping[str, Any] = {},
) -> int:
    """:func:`save_dossier` for one of the customer's contacts."""
    contacts = ContactService(store, actor)
    return _save_with_custom(store, actor, "contact", contact_id,
                             lambda values: contacts.create(customer_id, values),
                             contacts.update, changes, custom_changes)


def _save_with_custom(
    store: Store, actor: str, entity: str, record_id: int | None,
    create: Callable[[dict[str, Any]], int], update: Callable[[int, Mapping[str, Any]], Any],
    changes: Mapping[str, Any], custom_changes: Mapping[str, Any],
) -> int:
    custom = CustomFieldService(store, actor)
    errors = []
    try:
        custom.clean_values(custom_changes, entity)
    except ValidationError as exc:
        errors += exc.errors
    with store.transaction():
        try:
            if record_id is None:
                record_id = create({k: v for k, v in changes.items() if v not in (None, "", [])})
            elif changes:
                update(record_id, changes)
        except ValidationError as exc:
            errors = exc.errors + errors
        if errors:
            raise ValidationError(errors)
        if custom_changes:
            custom.set_values(record_id, custom_changes, entity)
    return record_id


def shown(fld: Field | None, value: str | None, staff: dict[int, str], language: str) -> str:
    if value is None:
        return ""
    if fld is None:
        return value
    if fld.flag:  # 主要联系人, a way's 首选: 是/否, not 1/0
        return yes_no(value, language)
    if fld.kind == "choice":
        return fld.choice_label(value, language)
    if fld.kind == "staff" and value.isdigit():
        return staff.get(int(value), value)
    if fld.kind == "number" and value.endswith(".0"):
        return value[:-2]
    return value


def field_of(entity: str, name: str) -> Field | None:
    """The dossier's field a column of ``entity`` holds (a history row's or a conflict's)."""
    return next((f for f in _ENTITY_FIELDS.get(entity, ()) if column(f) == name), None)


def _group_label(group: str, language: str) -> str:
    zh, en = GROUPS.get(group) or _OTHER_SUBJECTS[group]
    return zh if language.startswith("zh") else en
