"""What a printed customer file card (客户资料卡) shows: every field group of the dossier with
labels in the reader's language, custom fields, contacts, the last visits and the customer's
current scores when scoring has run."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.domain import dossier
from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.domain.fields import (
    CHANNELS, CONTACT_FIELDS, CONTACT_ROLES, CUSTOMER_FIELDS, GROUPS, by_name,
)
from desktop_crm.storage import plans as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

LAST_VISITS = 8
_CONTACT = by_name(CONTACT_FIELDS)
_CONTACT_COLUMNS = ("name", "role", "mobile", "wechat", "birthday", "personality", "hobbies")


@dataclass
class Card:
    customer_id: int
    code: str
    name: str
    groups: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    contact_headers: list[str] = field(default_factory=list)
    contacts: list[list[str]] = field(default_factory=list)
    visits: list[dict[str, str]] = field(default_factory=list)
    scores_as_of: str = ""
    scores: list[tuple[str, str]] = field(default_factory=list)


def file_card(store: Store, customer_id: int, language: str = "zh") -> Card:
    values = dossier.record(store, customer_id)
    staff = queries.staff_names(store)
    zh = language.startswith("zh")
    card = Card(customer_id, values["code"], values["name"])
    by_group: dict[str, list[tuple[str, str]]] = {g: [] for g in GROUPS}
    for fld in CUSTOMER_FIELDS:
        value = values.get(fld.name)
        if fld.kind == "choice":
            shown = fld.choice_label(value, language) if value else ""
        elif fld.kind == "staff":
            shown = staff.get(value, "") if value else ""
        elif fld.kind == "tags":
            shown = "、".join(value or [])
        elif fld.kind == "number" and isinstance(value, float) and value.is_integer():
            shown = f"{value:,.0f}"
        else:
            shown = "" if value is None else str(value)
        by_group[fld.group].append((fld.label(language), shown))
    custom = CustomFieldService(store, "-").fields("customer")
    if custom:
        by_group["custom"] = [(f.label, str(values.get(f.name) or "")) for f in custom]
    titles = {**{g: (zh_, en) for g, (zh_, en) in GROUPS.items()}, "custom": ("自定义字段", "Custom fields")}
    card.groups = [(titles[g][0 if zh else 1], rows) for g, rows in by_group.items() if rows]
    card.contact_headers = [_CONTACT[c].label(language) for c in _CONTACT_COLUMNS]
    for c in queries.contacts_of(store, customer_id):
        card.contacts.append([
            _choice(CONTACT_ROLES, c[col], zh) if col == "role" else (c[col] or "")
            for col in _CONTACT_COLUMNS
        ])
    for v in sql.last_visits(store, customer_id, LAST_VISITS):
        card.visits.append({
            "when": (v["occurred_at"] or "")[:10], "channel": _choice(CHANNELS, v["channel"], zh),
            "staff": v["staff_name"] or "", "purpose": v["purpose"] or "",
            "outcome": v["outcome"] or "", "next": v["next_step"] or "",
            "due": v["follow_up_due"] or "",
        })
    scores = sql.latest_scores(store, customer_id)
    if scores:
        card.scores_as_of = scores[0]["as_of"]
        card.scores = [(s["metric"], _score(s["value"], s["label"])) for s in scores]
    return card


def _choice(table: dict[str, tuple[str, str]], code: str | None, zh: bool) -> str:
    if not code:
        return ""
    pair = table.get(code, (code, code))
    return pair[0] if zh else pair[1]


def _score(value: float | None, label: str | None) -> str:
    number = "" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{number}（{label}）" if label and number else (label or number)
