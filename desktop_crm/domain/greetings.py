"""Greetings: message templates with placeholders, the personalised text for each person,
export for an SMS tool, and each greeting sent recorded as an interaction.

The app sends nothing itself (DOMAIN.md); a text counts as sent when the user exports or
copies it and says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain import care
from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.domain.fields import MESSAGE_TEMPLATE_FIELDS, SHOP_NAME, by_name
from desktop_crm.domain.members import level_label
from desktop_crm.domain.service import default_actor, fail
from desktop_crm.domain.validation import check_value
from desktop_crm.storage import care as care_sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

OCCASIONS = {
    "birthday": ("生日", "Birthday"),
    "festival": ("节日", "Festival"),
    "anniversary": ("入会周年", "Anniversary"),
    "season": ("换季关怀", "Season"),
    "thank_you": ("感谢", "Thank you"),
}
# What each occasion greets on the calendar.
_EVENT_KINDS = {"birthday": ("birthday",), "anniversary": ("anniversary",), "festival": ("festival",)}
PLACEHOLDERS = {
    "name": ("姓名", "Name"),
    "shop": ("店名", "Shop"),
    "card": ("会员卡号", "Card number"),
    "points": ("积分", "Points"),
    "level": ("会员等级", "Level"),
    "festival": ("节日", "Festival"),
    "years": ("年数", "Years"),
    "staff": ("专属店员", "Staff"),
    "date": ("日期", "Date"),
    "when": ("何时（今天/明天/3天后）", "When (today, tomorrow, in 3 days)"),
}
SHOP_KEY = "shop_name"
LOG_CHUNK = 5000  # greetings logged between progress reports


class LogCancelled(Cancelled):
    """The user cancelled logging the greetings; none was recorded."""


def occasion_labels(language: str) -> dict[str, str]:
    return {k: v[0 if language.startswith("zh") else 1] for k, v in OCCASIONS.items()}
_FIELD = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Template:
    id: int | None
    occasion: str
    name: str
    body: str
    language: str = "zh"


@dataclass(frozen=True)
class Greeting:
    """The text for one person on one occasion."""

    on: date
    occasion: str
    customer_id: int
    name: str
    phone: str | None
    text: str
    member_id: int | None = None
    staff_id: int | None = None
    contact_id: int | None = None  # the contact greeted, when it is a contact's birthday


class Greetings(list):
    """Greetings to send, and how many people were left out for want of their consent to
    marketing messages (``left_out``)."""

    left_out: int = 0


def with_consent(store: Store, greetings: Sequence[Greeting]) -> Greetings:
    """Of ``greetings``, those to people who agreed to marketing messages: a contact's own
    consent (a member's own contact card: the member's too), else the customer's."""
    from desktop_crm.storage import consent

    contacts = consent.consenting_contacts(store, [g.contact_id for g in greetings if g.contact_id])
    customers = consent.consenting_customers(
        store, [g.customer_id for g in greetings if not g.contact_id])
    out = Greetings(g for g in greetings
                    if (g.contact_id in contacts if g.contact_id else g.customer_id in customers))
    out.left_out = len(greetings) - len(out)
    return out


def when_text(on: date, today: date, language: str = "zh") -> str:
    """The day of an occasion as a greeting sent ``today`` says it: 今天, 明天, 3天后 —
    "today", "tomorrow", "in 3 days"; a day already past by its date (12月30日)."""
    days = (on - today).days
    zh = language.startswith("zh")
    if days == 0:
        return "今天" if zh else "today"
    if days == 1:
        return "明天" if zh else "tomorrow"
    if days > 1:
        return f"{days}天后" if zh else f"in {days} days"
    return f"{on.month}月{on.day}日" if zh else f"on {on.day} {on.strftime('%b')}"


def unknown_placeholders(body: str) -> list[str]:
    return [f for f in _FIELD.findall(body) if f not in PLACEHOLDERS]


_MEMBERSHIP = ("card", "points", "level")
_SENTENCE = re.compile(r"[^。！？!?.]*(?:[。！？!?]|\.(?=\s|$)|$)\s*")


def render(body: str, values: dict[str, object]) -> str:
    """Fill ``{placeholders}``; one without a value becomes empty, an unknown one stays. A
    sentence about a membership (card, points, level) is left out for someone who has none
    (a customer's contact), rather than sent with a gap."""
    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in PLACEHOLDERS:
            return match.group(0)
        value = values.get(key)
        return "" if value is None else str(value)

    def missing(sentence: str) -> bool:
        return any(k in _MEMBERSHIP and values.get(k) in (None, "") for k in _FIELD.findall(sentence))

    kept = [s for s in _SENTENCE.findall(body) if s and not missing(s)]
    return _FIELD.sub(fill, "".join(kept)).strip()


class GreetingService:
    def __init__(self, store: Store, actor: str | None = None, language: str = "zh") -> None:
        self.store = store
        self.actor = actor or default_actor(store)
        self.language = language

    # --- templates ----------------------------------------------------------------------------

    def templates(self, occasion: str | None = None) -> list[Template]:
        """The templates, those in the user's language first (the first is the default)."""
        where = {"occasion": occasion} if occasion else {}
        found = [Template(r["id"], r["occasion"], r["name"], r["body"], r["language"])
                 for r in self.store.find("message_templates", **where)]
        return sorted(found, key=lambda t: t.language != self.language)

    def template_for(self, occasion: str) -> Template:
        """The first template of ``occasion`` in the user's language, else any."""
        found = self.templates(occasion)
        if not found:
            raise fail("occasion", "no_template", f"there is no {occasion} template; add one first",
                       occasion=occasion)
        return found[0]

    def save_template(self, template: Template) -> int:
        if template.occasion not in OCCASIONS:
            raise fail("occasion", "choice", f"{template.occasion!r} is not an occasion")
        texts = by_name(MESSAGE_TEMPLATE_FIELDS)
        name = check_value(texts["name"], template.name)
        body = check_value(texts["body"], template.body)
        if not name:
            raise fail("name", "required", "the template needs a name")
        if not body:
            raise fail("body", "required", "the template has no text")
        unknown = unknown_placeholders(body)
        if unknown:
            raise fail("body", "placeholder", f"unknown placeholder {{{unknown[0]}}}",
                       placeholder=unknown[0])
        row = {"occasion": template.occasion, "name": name, "body": body,
               "language": template.language}
        if template.id is None:
            return self.store.insert("message_templates", row)
        self.store.update("message_templates", template.id, row)
        return template.id

    def delete_template(self, template_id: int) -> None:
        self.store.delete("message_templates", template_id)

    def shop_name(self) -> str:
        return self.store.setting(SHOP_KEY) or ""

    def set_shop_name(self, name: str) -> None:
        self.store.set_setting(SHOP_KEY, check_value(SHOP_NAME, name) or "")

    # --- texts --------------------------------------------------------------------------------

    def greetings(self, occasion: str, first: date, days: int,
                  template: Template | None = None, audience: CustomerFilter | None = None,
                  today: date | None = None) -> list[Greeting]:
        """A text for each person to greet on ``occasion`` in the window: birthdays and
        anniversaries on their day; for festivals, on each festival's day, every member — or
        the customers of ``audience`` (a saved filter: outlet owners at Spring Festival), each
        through their primary contact."""
        if occasion not in _EVENT_KINDS:
            raise fail("occasion", "choice", "greetings are for birthdays, anniversaries or festivals")
        template = template or self.template_for(occasion)
        events = care.upcoming(self.store, first, days, _EVENT_KINDS[occasion])
        if occasion == "festival":
            if audience is None:
                people = care_sql.member_people(self.store)
            else:
                from desktop_crm.domain.campaigns import matching_ids  # the customer list's filter

                people = care_sql.customer_people(self.store, matching_ids(self.store, audience))
            events = [
                care.Event(e.on, "festival", p["name"], p["customer_id"], p["member_id"],
                           p["contact_id"] if "contact_id" in p.keys() else None,
                           p["phone"], p["staff_id"], festival=e.festival)
                for e in events for p in people
            ]
        return with_consent(self.store, self.personalise(events, template, today))

    def personalise(self, events: Sequence[care.Event], template: Template,
                    today: date | None = None) -> list[Greeting]:
        """Each event's text; ``{when}`` says the day relative to ``today`` (the day the
        texts are made, by default)."""
        today = today or date.today()
        facts = care_sql.member_facts(self.store, {e.member_id for e in events if e.member_id})
        shop = self.shop_name()
        staff = queries.staff_names(self.store)
        out = []
        for e in events:
            f = facts.get(e.member_id) if e.member_id else None
            values: dict[str, object] = {
                "name": e.name, "shop": shop, "date": e.on.isoformat(), "years": e.years,
                "when": when_text(e.on, today, template.language),
                "festival": care.festival_label(e.festival, self.language) if e.festival else None,
                "staff": (f["staff_name"] if f else None) or staff.get(e.staff_id or 0),
                "card": f["card_no"] if f else None,
                "points": f["points_balance"] if f else None,
                "level": level_label(f["level"], self.language) if f else None,
            }
            out.append(Greeting(e.on, template.occasion, e.customer_id or 0, e.name, e.phone,
                                render(template.body, values), e.member_id, e.staff_id,
                                e.contact_id))
        return out

    def with_text(self, greeting: Greeting, text: str) -> Greeting:
        """A greeting the user edited by hand before sending."""
        return replace(greeting, text=text)

    # --- export and sent log -----------------------------------------------------------------

    def export_csv(self, greetings: Iterable[Greeting], path: Path | str, *, log_sent: bool = False,
                   progress: Callable[[int, int], bool] | None = None) -> int:
        """Write ``date, name, mobile, text`` rows for an SMS tool: CSV in UTF-8 with a BOM
        (or XLSX by the file's suffix), published through the audit log (written beside the
        file, recorded, moved into place); cells a spreadsheet would run as a formula are
        neutralised (the export module's rules). With ``log_sent`` the greetings are logged
        as sent in the same transaction as the audit row: the file and the log go together."""
        from desktop_crm.domain.exporting import publish_table  # loaded when exporting

        rows = list(greetings)
        together = (lambda: self.log_sent(rows, progress=progress)) if log_sent else None
        return publish_table(self.store, path, ["date", "name", "mobile", "text"],
                             ([g.on.isoformat(), g.name, g.phone or "", g.text] for g in rows),
                             actor=self.actor, action="export_greetings", what="greetings",
                             together=together)

    def copied(self, greetings: Sequence[Greeting]) -> None:
        """Record greetings copied to the clipboard (names, phones and texts leave the app);
        called before the copy, which does not happen if this fails."""
        queries.audit(self.store, self.actor, "copy_greetings",
                      f"{len(greetings)} greetings to the clipboard")

    def log_sent(self, greetings: Sequence[Greeting], staff_id: int | None = None,
                 channel: str = "sms", progress: Callable[[int, int], bool] | None = None) -> int:
        """Record each greeting as an interaction with the customer; returns how many. All or
        nothing: when ``progress(done, total)`` returns False, :class:`LogCancelled` is raised
        and nothing is recorded."""
        stamp = datetime.now().isoformat(timespec="seconds")
        sent = [g for g in greetings if g.customer_id]
        purpose = occasion_labels(self.language)
        with self.store.transaction():
            for start in range(0, len(sent), LOG_CHUNK):
                if progress is not None and not progress(start, len(sent)):
                    raise LogCancelled()
                chunk = sent[start:start + LOG_CHUNK]
                rows = [{
                    "customer_id": g.customer_id, "occurred_at": stamp, "channel": channel,
                    "staff_id": staff_id if staff_id is not None else g.staff_id,
                    "purpose": purpose[g.occasion], "outcome": g.text,
                } for g in chunk]
                ids = self.store.insert_many("interactions", rows)
                self.store.insert_many("interaction_contacts", [
                    {"interaction_id": i, "contact_id": g.contact_id}
                    for i, g in zip(ids, chunk) if g.contact_id
                ])
                queries.log_changes(self.store, [
                    ("interaction", i, r["customer_id"], "*created", None, channel)
                    for i, r in zip(ids, rows)
                ], self.actor)
        return len(sent)

