"""Keeping to the visit policy of the tiers (服务政策): a customer whose tier asks a visit every
N days is within policy while the last visit is at most N days old, else overdue by the days
past that (a customer never visited is overdue, by no number of days). Customers without a
tier, or whose tier asks no visits, have no policy to keep.

The same rule as the week plan's (``domain/week_plan.py``: due = last visit + N days; any
interaction counts as a visit, as in the team overview). Shares per account manager and per
tier are counted on a day: today for this month, a past month's last day for that month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_crm.domain.staff import month_bounds
from desktop_crm.storage import visit_plan as sql
from desktop_crm.storage.db import Store

POLICY_KINDS = sql.POLICY_KINDS  # what the customer list's filter takes


@dataclass(frozen=True)
class PolicyStatus:
    every: int | None            # None: no policy
    within: bool = False
    overdue_days: int | None = None  # None while within, or when never visited


def status(every: int | None, last_visit_at: str | None, today: date) -> PolicyStatus:
    """One customer's standing against a visit every ``every`` days."""
    if not every:
        return PolicyStatus(None)
    if not last_visit_at:
        return PolicyStatus(every)
    past = (today - date.fromisoformat(last_visit_at[:10])).days - every
    return PolicyStatus(every, True) if past <= 0 else PolicyStatus(every, False, past)


_WORDS = {
    "zh": {"within": "按政策已拜访", "never": "从未拜访", "over": "逾期 {n} 天"},
    "en": {"within": "Visited within policy", "never": "Never visited",
           "over": "Overdue by {n} days", "over1": "Overdue by 1 day"},
}


def describe(found: PolicyStatus, language: str) -> str:
    """``found`` in words ("" without a policy): the customer list's "Visit policy" column."""
    if not found.every:
        return ""
    words = _WORDS["zh" if language.startswith("zh") else "en"]
    if found.within:
        return words["within"]
    if found.overdue_days is None:
        return words["never"]
    if found.overdue_days == 1 and "over1" in words:
        return words["over1"]
    return words["over"].format(n=found.overdue_days)


@dataclass(frozen=True)
class Share:
    within: int
    customers: int

    @property
    def share(self) -> float | None:
        return self.within / self.customers if self.customers else None


def day_of_month(month: date, today: date | None = None) -> date:
    """The day a month's shares are counted on: today in this month, else its last day."""
    today = today or date.today()
    return min(today, month_bounds(month)[1])


def shares(store: Store, on: date) -> tuple[dict[int | None, Share], dict[str, Share]]:
    """Customers within policy on ``on``, per owner (None: nobody's) and per tier."""
    by_rep: dict[int | None, list[int]] = {}
    by_tier: dict[str, list[int]] = {}
    for owner, tier, n, within in sql.policy_counts(store, on.isoformat()):
        for bucket, key in ((by_rep, owner), (by_tier, tier)):
            acc = bucket.setdefault(key, [0, 0])
            acc[0] += within
            acc[1] += n
    return ({k: Share(*v) for k, v in by_rep.items()}, {k: Share(*v) for k, v in by_tier.items()})


def frequencies(store: Store) -> dict[str, int]:
    """``{tier: every N days}`` of the tiers that ask visits."""
    return sql.tier_frequencies(store)
