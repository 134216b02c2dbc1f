"""What a printed customer file card (客户资料卡) shows: every field group of the dossier with
labels in the reader's language, the other addresses and ways to reach, custom fields,
contacts, the last visits and the customer's current scores when scoring has run."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_crm.domain import dossier
from desktop_crm.domain.addresses import AddressService
from desktop_crm.domain.contact_ways import ContactWayService, type_label
from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.domain.money import money
from desktop_crm.domain.validation import beyond_limits
from desktop_crm.domain.fields import (
    ADDRESS_FIELDS, CHANNELS, CONTACT_FIELDS, CONTACT_ROLES, CUSTOMER_FIELDS, GROUPS, by_name,
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
    beyond_limits: list[str] = field(default_factory=list)  # fields to correct (printed cut)


def file_card(store: Store, customer_id: int, language: str = "zh") -> Card:
    values = dossier.record(store, customer_id)
    staff = queries.staff_names(store)
    zh = language.startswith("zh")
    card = Card(customer_id, values["code"], values["name"])
    card.beyond_limits = beyond_limits(CUSTOMER_FIELDS, values)
    by_group: dict[str, list[tuple[str, str]]] = {g: [] for g in GROUPS}
    for fld in CUSTOMER_FIELDS:
        value = values.get(fld.name)
        if fld.kind == "choice":
            shown = fld.choice_label(value, language) if value else ""
        elif fld.kind == "staff":
            shown = staff.get(value, "") if value else ""
        elif fld.kind == "tags":
            shown = "、".join(value or [])
        elif fld.unit and value is not None:
            shown = money(value, fld.unit, language)  # type: ignore[arg-type]
        elif fld.kind == "number" and isinstance(value, float) and value.is_integer():
            shown = f"{value:,.0f}"
        else:
            shown = "" if value is None else str(value)
        by_group[fld.group].append((fld.label(language), shown))
    by_group["identity"] += _other_addresses(store, customer_id, language)
    by_group["identity"] += _other_ways(store, customer_id, values.get("phone"), language)
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
    card.scores_as_of, card.scores = _scores(store, customer_id, language)
    return card


def _other_addresses(store: Store, customer_id: int, language: str) -> list[tuple[str, str]]:
    """The addresses besides the main one (the card's address), each labelled by its kind."""
    kinds = by_name(ADDRESS_FIELDS)["kind"]
    return [(kinds.choice_label(a["kind"], language), a["text"])
            for a in AddressService(store, "-").of_customer(customer_id) if not a["is_main"]]


def _other_ways(store: Store, customer_id: int, phone: str | None, language: str
                ) -> list[tuple[str, str]]:
    """The ways to reach that no column of the card shows (the phone; a contact's mobile and
    WeChat id): labelled by type, and by whose they are when a contact's."""
    shown = {(None, phone)} | {(c["id"], c[k]) for c in queries.contacts_of(store, customer_id)
                               for k in ("mobile", "wechat")}
    return [(" · ".join(filter(None, (type_label(w.type, language), w.contact_name))),
             w.value + (f"（{w.label}）" if w.label else ""))
            for w in ContactWayService(store, "-").of_dossier(customer_id)
            if (w.contact_id, w.value) not in shown]


# What the card shows of the customer's latest scoring run (issue 5's storage/scores.py),
# in this order: numbers, then segments worded by domain/scoring/segments.py.
_SCORE_NUMBERS = {
    "value": ("客户价值(AHP)", "Customer value (AHP)"),
    "current_value": ("当前价值", "Current value"),
    "potential_value": ("潜在价值", "Potential value"),
    "clv": ("客户终身价值", "Lifetime value (CLV)"),
    "satisfaction": ("满意度", "Satisfaction"),
    "nps": ("NPS", "NPS"),
    "completeness": ("档案完整度", "File completeness"),
}
_SCORE_SEGMENTS = ("value_quadrant", "volume_loyalty", "rfm_segment", "asset_grade",
                   "suggested_tier", "churn_level")


def _scores(store: Store, customer_id: int, language: str) -> tuple[str, list[tuple[str, str]]]:
    from desktop_crm.domain.scoring import segments  # only when printing a card
    from desktop_crm.storage import scores

    runs = scores.trend(store, customer_id)
    if not runs:
        return "", []
    row = scores.row(store, runs[-1]["run_id"], customer_id)
    zh = language.startswith("zh")
    out: list[tuple[str, str]] = []
    for column, (label_zh, label_en) in _SCORE_NUMBERS.items():
        value = row[column]
        if value is not None:
            shown = (f"{value:.0%}" if column == "completeness"
                     else f"{value:,.2f}".rstrip("0").rstrip("."))
            out.append((label_zh if zh else label_en, shown))
    for column in _SCORE_SEGMENTS:
        if row[column]:
            title = segments.DIMENSIONS.get(column, (column, column))
            extra = ""
            if column == "rfm_segment" and row["r_score"] is not None:
                extra = f"（R{row['r_score']:.0f} F{row['f_score']:.0f} M{row['m_score']:.0f}）"
            out.append((title[0] if zh else title[1],
                        segments.label(column, row[column], language) + extra))
    return runs[-1]["as_of"], out


def _choice(table: dict[str, tuple[str, str]], code: str | None, zh: bool) -> str:
    if not code:
        return ""
    pair = table.get(code, (code, code))
    return pair[0] if zh else pair[1]
