"""What the visit screens read and do beyond :class:`InteractionService`: the list of all
visits by key pages, one customer's visits with their contacts, the follow-up agenda with
staff names and days overdue, and saving a visit with its contacts in one step."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from desktop_crm.domain import follow_ups
from desktop_crm.domain.fields import CHANNELS, INTERACTION_FIELDS, Field, by_name
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.storage import pinyin, queries, visit_list
from desktop_crm.storage.db import Store
from desktop_crm.storage.visit_list import VisitFilter, VisitKey

__all__ = [
    "AGENDA_GROUPS", "ChannelChoice", "VisitFilter", "VisitKey", "agenda", "channel_choices",
    "channel_keys", "complete_follow_up", "count_visits", "customer_name", "customer_visits",
    "get_visit", "interaction_fields", "overdue", "reschedule", "save_visit",
    "key_of", "staff_id_of", "staff_list", "trash_visit", "visit_contact_ids", "visit_key_at",
    "visit_page",
]

# The agenda's groups, in the order a user plans by (domain/follow_ups.py).
AGENDA_GROUPS = follow_ups.GROUPS

FIELDS = by_name(INTERACTION_FIELDS)


def interaction_fields() -> dict[str, Field]:
    """The visit fields of the registry by name, for labels and choices."""
    return FIELDS


# --- the list of all visits ------------------------------------------------------------

def count_visits(store: Store, f: VisitFilter) -> int:
    return visit_list.count_visits(store, f)


def visit_page(
    store: Store, f: VisitFilter, limit: int, *,
    after: VisitKey | None = None, before: VisitKey | None = None, oldest: bool = False,
) -> list[dict[str, Any]]:
    """A page of the list of all visits, newest first (see the storage function)."""
    return [
        dict(r)
        for r in visit_list.visit_page(store, f, limit, after=after, before=before, oldest=oldest)
    ]


key_of = visit_list.key_of


def visit_key_at(
    store: Store, f: VisitFilter, offset: int, *,
    after: VisitKey | None = None, before: VisitKey | None = None, oldest: bool = False,
) -> VisitKey | None:
    return visit_list.visit_key_at(store, f, offset, after=after, before=before, oldest=oldest)


# --- one customer ----------------------------------------------------------------------

def customer_visits(store: Store, customer_id: int, trashed: bool = False) -> list[dict[str, Any]]:
    """The customer's visits newest first (or those in the trash), each with
    ``contact_names`` and ``staff_name``."""
    names = visit_list.contact_names_by_visit(store, customer_id)
    return [
        {**dict(r), "contact_names": names.get(r["id"], [])}
        for r in queries.interactions_of(store, customer_id, trashed=trashed)
    ]


def customer_name(store: Store, customer_id: int) -> str:
    """For titles; a customer who is gone has no name to show."""
    row = store.get("customers", customer_id)
    return "" if row is None else row["name"]


def get_visit(store: Store, interaction_id: int) -> dict[str, Any]:
    """One visit as stored; raises NotFoundError."""
    return dict(InteractionService(store).row(interaction_id))


def visit_contact_ids(store: Store, interaction_id: int) -> list[int]:
    return queries.interaction_contact_ids(store, interaction_id)


def trash_visit(store: Store, actor: str, interaction_id: int) -> None:
    """Move a visit to the trash (it can be restored; the change is in the history)."""
    InteractionService(store, actor).delete(interaction_id)


def restore_visit(store: Store, actor: str, interaction_id: int) -> None:
    """Bring a visit back from the trash (the change is in the history)."""
    InteractionService(store, actor).restore(interaction_id)


def save_visit(
    store: Store,
    actor: str,
    customer_id: int,
    data: Mapping[str, Any],
    contact_ids: Sequence[int],
    interaction_id: int | None = None,
) -> int:
    """Log a new visit, or change an existing one and who took part, all or nothing.

    A new visit is credited to the actor when the actor is on the staff list and ``data``
    names no one else. Raises :class:`~desktop_crm.domain.validation.ValidationError`.
    """
    service = InteractionService(store, actor)
    if interaction_id is None:
        values = dict(data)
        if "staff" not in values and staff_id_of(store, actor) is not None:
            values["staff"] = actor
        return service.log_visit(customer_id, values, contact_ids)
    with store.transaction():
        service.update(interaction_id, data)
        service.set_contacts(interaction_id, contact_ids)
    return interaction_id


# --- channels --------------------------------------------------------------------------

@dataclass(frozen=True)
class ChannelChoice:
    code: str
    label: str


def channel_choices(language: str) -> list[ChannelChoice]:
    """The channels in registry order, labelled in ``language``."""
    return [
        ChannelChoice(code, FIELDS["channel"].choice_label(code, language)) for code in CHANNELS
    ]


@cache
def channel_keys() -> dict[str, str]:
    """code -> the lower-case letters a user may type to pick that channel: the code's
    first letter, the English label's, and the pinyin initial of the Chinese label (电话: d).

    Cached: the pinyin tables take a few hundred milliseconds to load the first time, so
    screens ask for this only when a letter is actually typed."""
    out = {}
    for code, (zh, en) in CHANNELS.items():
        syllables = pinyin.syllables(zh)
        keys = {code[0], en[0].lower()} | ({syllables[0][0]} if syllables else set())
        out[code] = "".join(sorted(keys))
    return out


# --- staff -------------------------------------------------------------------------------

def staff_list(store: Store) -> list[tuple[int, str]]:
    return visit_list.staff_list(store)


def staff_id_of(store: Store, name: str) -> int | None:
    """The staff member with exactly this name (the app's user, usually), or None."""
    return visit_list.staff_by_name(store, name)


# --- the follow-up agenda ----------------------------------------------------------------

def agenda(
    store: Store, today: date | None = None, staff_id: int | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Open follow-ups by group (see :data:`AGENDA_GROUPS`), earliest first, each with
    ``staff_name`` and ``days_overdue`` (0 unless overdue)."""
    today = today or date.today()
    groups = follow_ups.agenda(store, today, staff_id)
    names = queries.staff_names(store)
    for rows in groups.values():
        for row in rows:
            if row["kind"] == "visit":  # a plan action names its owner itself
                row["staff_name"] = names.get(row["staff_id"])
            row["days_overdue"] = max(0, (today - date.fromisoformat(row["follow_up_due"])).days)
    return groups


def overdue(store: Store, today: date | None = None,
            staff_id: int | None = None) -> follow_ups.Overdue:
    """Overdue items (follow-ups and plan actions) of everyone, or of one staff member."""
    return follow_ups.overdue(store, today, staff_id)


def complete_follow_up(store: Store, actor: str, interaction_id: int,
                       when: datetime | None = None) -> None:
    """Mark an agenda item done: a visit's follow-up, or (negative id) a plan action."""
    if interaction_id < 0:
        from desktop_crm.domain.plans import PlanService

        PlanService(store, actor).complete_action(-interaction_id)
        return
    InteractionService(store, actor).complete_follow_up(interaction_id, when)


def reschedule(store: Store, actor: str, interaction_id: int, due: date) -> None:
    """Move an agenda item: a visit's follow-up, or (negative id) a plan action."""
    if interaction_id < 0:
        from desktop_crm.domain.plans import PlanService

        PlanService(store, actor).reschedule_action(-interaction_id, due)
        return
    InteractionService(store, actor).reschedule(interaction_id, due)
