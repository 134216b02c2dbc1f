"""Members of a shop: cards, purchases at the counter, points and levels.

The rules (points per yuan, level thresholds on spend over a window, points expiry) are one
JSON setting, so an owner changes them without code. A purchase earns points by the rules
and may move the member up a level at once; :meth:`MemberService.refresh_levels` moves
everyone (up or down) as the spend window rolls on, and :meth:`MemberService.expire_points`
lets points lapse, oldest first.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from desktop_crm.domain.fields import COUNTER_FIELDS, MEMBER_FIELDS, MEMBER_LEVELS, by_name
from desktop_crm.domain.search import search
from desktop_crm.domain.service import default_actor, fail
from desktop_crm.domain.validation import FieldProblem, NotFoundError, check_value, parse_date
from desktop_crm.storage import members as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

RULES_KEY = "member_rules"
_CARD = re.compile(r"^[A-Za-z0-9-]{4,20}$")
_TEXTS = {**by_name(MEMBER_FIELDS), **by_name(COUNTER_FIELDS)}


@dataclass(frozen=True)
class PointsRules:
    """How members earn points and reach levels.

    ``levels`` are ``(level code, least spend)`` lowest first; the spend counted is the
    member's purchases in the last ``level_window_days``. Points earned more than
    ``expiry_months`` ago and not used lapse (0: never).
    """

    points_per_yuan: float = 1.0
    level_window_days: int = 730
    levels: tuple[tuple[str, float], ...] = (
        ("normal", 0.0), ("silver", 1500.0), ("gold", 6000.0), ("diamond", 15000.0),
    )
    expiry_months: int = 24

    def points_for(self, amount: float) -> int:
        """Whole points for a purchase: fractions are not given (a 99.9 yuan sale earns 99)."""
        return max(0, math.floor(amount * self.points_per_yuan + 1e-9))

    def level_for(self, spend: float) -> str:
        level = self.levels[0][0]
        for code, least in self.levels:
            if spend >= least:
                level = code
        return level

    def check(self) -> PointsRules:
        if not (0 <= self.points_per_yuan <= 100):
            raise fail("points_per_yuan", "range", "points per yuan must be between 0 and 100",
                       maximum=100)
        if not (1 <= self.level_window_days <= 3660):
            raise fail("level_window_days", "range", "the level window must be 1 to 3660 days",
                       minimum=1)
        if not (0 <= self.expiry_months <= 120):
            raise fail("expiry_months", "range", "expiry must be 0 to 120 months", maximum=120)
        codes = [c for c, _ in self.levels]
        if not codes or any(c not in MEMBER_LEVELS for c in codes) or len(set(codes)) != len(codes):
            raise fail("levels", "choice", "levels must be distinct member levels")
        limits = [v for _, v in self.levels]
        if limits[0] != 0 or any(b <= a for a, b in zip(limits, limits[1:])):
            raise fail("levels", "order",
                       "level thresholds must start at 0 and rise from one level to the next")
        return self

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | None) -> PointsRules:
        if not text:
            return cls()
        data = json.loads(text)
        data["levels"] = tuple((c, float(v)) for c, v in data.get("levels", cls.levels))
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Member:
    id: int
    customer_id: int
    card_no: str
    name: str
    phone: str | None
    level: str | None
    points_balance: int
    joined_on: str
    staff_id: int | None
    staff_name: str | None
    referred_by: int | None
    referrer_name: str | None
    expected_due_date: str | None
    children_birthdays: list[str] = field(default_factory=list)
    household_notes: str | None = None

    @classmethod
    def of(cls, row: Any) -> Member:
        return cls(
            id=row["id"], customer_id=row["customer_id"], card_no=row["card_no"],
            name=row["name"], phone=row["phone"], level=row["level"],
            points_balance=row["points_balance"], joined_on=row["joined_on"],
            staff_id=row["staff_id"], staff_name=row["staff_name"],
            referred_by=row["referred_by"], referrer_name=row["referrer_name"],
            expected_due_date=row["expected_due_date"],
            children_birthdays=json.loads(row["children_birthdays"] or "[]"),
            household_notes=row["household_notes"],
        )


@dataclass(frozen=True)
class PurchaseResult:
    transaction_id: int
    points_earned: int
    points_redeemed: int
    balance: int
    old_level: str | None
    new_level: str | None

    @property
    def level_changed(self) -> bool:
        return self.old_level != self.new_level


@dataclass(frozen=True)
class HistoryRow:
    kind: str          # purchase, redeem, expire, adjust
    on: str
    amount: float | None
    product: str | None
    points: int
    note: str | None


def level_label(code: str | None, language: str = "zh") -> str:
    if not code:
        return ""
    zh, en = MEMBER_LEVELS.get(code, (code, code))
    return zh if language.startswith("zh") else en


class MemberService:
    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        self.actor = actor or default_actor(store)

    # --- rules -------------------------------------------------------------------------------

    def rules(self) -> PointsRules:
        return PointsRules.from_json(self.store.setting(RULES_KEY))

    def set_rules(self, rules: PointsRules) -> None:
        self.store.set_setting(RULES_KEY, rules.check().to_json())
        queries.audit(self.store, self.actor, "member_rules", rules.to_json())

    # --- reading -----------------------------------------------------------------------------

    def get(self, member_id: int) -> Member:
        row = sql.member(self.store, member_id)
        if row is None:
            raise NotFoundError(f"There is no member with id {member_id}.")
        return Member.of(row)

    def of_customer(self, customer_id: int) -> Member | None:
        row = sql.member_of_customer(self.store, customer_id)
        return Member.of(row) if row else None

    def find(self, text: str, limit: int = 20) -> list[Member]:
        """Members whose card number is ``text`` exactly, else members matching it as the
        one search box does (name, pinyin or initials, phone)."""
        text = text.strip()
        if not text:
            return []
        row = sql.by_card(self.store, text)
        if row is not None:
            return [Member.of(row)]
        hits = search(self.store, text, limit=200)
        return [Member.of(r) for r in sql.of_customers(self.store, [h.customer_id for h in hits])][:limit]

    def history(self, member_id: int) -> list[HistoryRow]:
        m = self.get(member_id)
        return [
            HistoryRow(r["kind"], r["occurred_on"], r["amount"], r["product"] or r["category"],
                       r["points"], r["note"])
            for r in sql.history(self.store, m.id, m.customer_id)
        ]

    # --- enrol -------------------------------------------------------------------------------

    def enrol(self, customer_id: int, card_no: str, *, joined_on: date | str | None = None,
              staff_id: int | None = None, referred_by: int | None = None,
              expected_due_date: str | None = None, children_birthdays: Sequence[str] = (),
              household_notes: str | None = None) -> int:
        """Make an existing customer a member with card ``card_no``."""
        card_no = card_no.strip()
        if not _CARD.match(card_no):
            raise fail("card_no", "card", "a card number is 4 to 20 letters or digits")
        if self.store.find_one("members", card_no=card_no):
            raise fail("card_no", "duplicate_card", f"card {card_no} is already issued",
                       card=card_no)
        customer = self.store.get("customers", customer_id)
        if customer is None or customer["deleted_at"] is not None:
            raise fail("customer_id", "missing", f"there is no customer with id {customer_id}")
        if self.store.find_one("members", customer_id=customer_id):
            raise fail("customer_id", "already_member", "this customer is already a member")
        kids = [_date(v, "children_birthdays") for v in children_birthdays if str(v).strip()]
        values = {
            "customer_id": customer_id, "card_no": card_no,
            "joined_on": _date(joined_on or date.today(), "joined_on"),
            "level": self.rules().levels[0][0], "points_balance": 0, "staff_id": staff_id,
            "referred_by": referred_by,
            "expected_due_date": _date(expected_due_date, "expected_due_date") if expected_due_date else None,
            "children_birthdays": json.dumps(sorted(kids)) if kids else None,
            "household_notes": check_value(_TEXTS["household_notes"], household_notes),
        }
        with self.store.transaction():
            member_id = sql.insert_member(self.store, values)
            queries.log_changes(self.store, [("member", member_id, customer_id, "*created", None, card_no)],
                                self.actor)
        return member_id

    def update(self, member_id: int, changes: dict[str, Any]) -> list[tuple[str, object, object]]:
        """Change a member's card, staff, referrer (a member id), household facts; each
        change goes into the customer's history. Returns ``(field, old, new)``."""
        member = self.get(member_id)
        values: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "card_no":
                value = str(value).strip()
                if not _CARD.match(value):
                    raise fail("card_no", "card", "a card number is 4 to 20 letters or digits")
                other = self.store.find_one("members", card_no=value)
                if other is not None and other["id"] != member_id:
                    raise fail("card_no", "duplicate_card", f"card {value} is already issued", card=value)
            elif key in ("expected_due_date", "joined_on"):
                value = _date(value, key) if value else None
                if key == "joined_on" and value is None:
                    raise fail(key, "required", "a member has a join date")
            elif key == "children_birthdays":
                kids = [_date(v, key) for v in (value or []) if str(v).strip()]
                value = json.dumps(sorted(kids)) if kids else None
            elif key == "referred_by":
                if value == member_id:
                    raise fail(key, "self_referral", "a member cannot refer themselves")
                if value is not None and self.store.get("members", value) is None:
                    raise fail(key, "missing", f"there is no member with id {value}")
            elif key == "staff_id":
                if value is not None and self.store.get("staff", value) is None:
                    raise fail(key, "staff", "no such staff member; add them first")
            elif key == "household_notes":
                value = check_value(_TEXTS["household_notes"], value)
            else:
                raise KeyError(f"members have no editable field {key!r}")
            values[key] = value
        row = dict(self.store.get("members", member_id))
        diff = [(k, row[k], v) for k, v in values.items() if row[k] != v]
        if diff:
            with self.store.transaction():
                self.store.update("members", member_id, {k: v for k, _o, v in diff})
                queries.log_changes(self.store, [("member", member_id, member.customer_id, k, o, v)
                                                 for k, o, v in diff], self.actor)
        return diff

    # --- the counter -------------------------------------------------------------------------

    def purchase(self, member_id: int, amount: float | str, *, on: date | str | None = None,
                 product: str | None = None, category: str | None = None,
                 redeem: int = 0, staff_id: int | None = None) -> PurchaseResult:
        """Record a purchase: points by the rules, an optional redemption with it, and the
        member's level updated from their spend in the window."""
        amount = _amount(amount)
        redeem = _points(redeem, "redeem")
        member = self.get(member_id)
        if redeem > member.points_balance:
            raise fail("redeem", "balance", f"only {member.points_balance} points to redeem",
                       balance=member.points_balance)
        rules = self.rules()
        day = _date(on or date.today(), "on")
        earned = rules.points_for(amount)
        row = {
            "customer_id": member.customer_id, "occurred_on": day, "amount": amount,
            "product": check_value(_TEXTS["product"], product),
            "category": check_value(_TEXTS["category"], category),
            "quantity": 1.0, "points_earned": earned, "points_redeemed": redeem,
            "staff_id": staff_id if staff_id is not None else member.staff_id,
        }
        with self.store.transaction():
            tid = sql.add_purchase(self.store, member.id, row, earned - redeem)
            new_level = self._relevel(member, rules, date.fromisoformat(day))
        return PurchaseResult(tid, earned, redeem, member.points_balance + earned - redeem,
                              member.level, new_level)

    def redeem(self, member_id: int, points: int | str, note: str, *,
               on: date | str | None = None, staff_id: int | None = None) -> int:
        """Points exchanged for a gift or voucher without a purchase; returns the balance."""
        points = _points(points, "points")
        if points == 0:
            raise fail("points", "range", "redeem at least 1 point", minimum=1)
        member = self.get(member_id)
        if points > member.points_balance:
            raise fail("points", "balance", f"only {member.points_balance} points to redeem",
                       balance=member.points_balance)
        note = check_value(_TEXTS["note"], note)
        if not note:
            raise fail("note", "required", "say what the points were exchanged for")
        sql.add_move(self.store, member.id, "redeem", -points, _date(on or date.today(), "on"),
                     note, staff_id)
        return member.points_balance - points

    def adjust(self, member_id: int, points: int, note: str) -> int:
        """A correction (either sign), with the reason; returns the balance."""
        member = self.get(member_id)
        note = check_value(_TEXTS["note"], note, name="reason")
        if not note:
            raise fail("reason", "required", "give the reason for the correction")
        if member.points_balance + points < 0:
            raise fail("points", "balance", "the balance cannot go below 0",
                       balance=member.points_balance)
        sql.add_move(self.store, member.id, "adjust", int(points), date.today().isoformat(), note)
        return member.points_balance + points

    # --- levels and expiry, for everyone ----------------------------------------------------

    def refresh_levels(self, today: date | None = None,
                       progress: Callable[[int, int], bool] | None = None) -> dict[int, tuple[str | None, str]]:
        """Set every member's level from their spend in the window; returns the changes as
        ``member id -> (old, new)``, each recorded in the member's history."""
        rules = self.rules()
        since = ((today or date.today()) - timedelta(days=rules.level_window_days - 1)).isoformat()
        changes = {}
        logs = []
        for member_id, old, customer_id, spend in sql.spends_since(self.store, since):
            new = rules.level_for(spend)
            if new != old:
                changes[member_id] = (old, new)
                logs.append(("member", member_id, customer_id, "level", old, new))
        if progress and not progress(0, len(changes)):
            return {}
        with self.store.transaction():
            sql.set_levels(self.store, {m: new for m, (_o, new) in changes.items()})
            queries.log_changes(self.store, logs, self.actor)
        return changes

    def expire_points(self, today: date | None = None) -> dict[int, int]:
        """Let points earned before the expiry window lapse where they were not used (oldest
        points are used first); returns ``member id -> points expired``."""
        rules = self.rules()
        if rules.expiry_months == 0:
            return {}
        today = today or date.today()
        cutoff = _months_before(today, rules.expiry_months).isoformat()
        lapsed = {m: earned - used for m, earned, used in sql.expiry_inputs(self.store, cutoff)
                  if earned > used}
        sql.add_moves_many(self.store, [
            (m, "expire", -p, today.isoformat(), f"earned before {cutoff}") for m, p in lapsed.items()
        ])
        return lapsed

    def _relevel(self, member: Member, rules: PointsRules, day: date) -> str:
        since = (day - timedelta(days=rules.level_window_days - 1)).isoformat()
        new = rules.level_for(sql.spend_since(self.store, member.customer_id, since))
        if new != member.level:
            sql.set_level(self.store, member.id, new)
            queries.log_changes(self.store, [("member", member.id, member.customer_id, "level",
                                              member.level, new)], self.actor)
        return new


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError


def _date(value: Any, field_name: str) -> str:
    try:
        return parse_date(value).isoformat()
    except FieldProblem as exc:
        raise fail(field_name, exc.code, exc.message, **exc.params) from None


def _amount(value: Any) -> float:
    try:
        amount = round(float(str(value).strip().replace(",", "").replace("¥", "")), 2)
    except ValueError:
        raise fail("amount", "number", f"{value!r} is not an amount") from None
    if not (0 < amount <= 1_000_000) or math.isnan(amount):
        raise fail("amount", "amount", "the amount must be more than 0 and at most 1,000,000")
    return amount


def _points(value: Any, field_name: str) -> int:
    try:
        points = int(str(value).strip() or 0)
    except ValueError:
        raise fail(field_name, "integer", f"{value!r} is not a whole number") from None
    if points < 0:
        raise fail(field_name, "range", "points cannot be negative", minimum=0)
    return points
