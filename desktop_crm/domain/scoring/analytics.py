"""What the analytics view shows, read on a worker thread in two parts: the latest run's
segments, value points, RFM grid, repeat-purchase and referral rates (:func:`overview`), and
the funnel, staff visits against target and NPS over time (:func:`activity`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop_crm.domain.staff import FunnelRow, StaffService, StaffStats
from desktop_crm.storage import scores as sql
from desktop_crm.storage.db import Store

DISTRIBUTIONS = ("value_quadrant", "volume_loyalty", "rfm_segment", "suggested_tier",
                 "churn_level", "asset_grade", "nps_group", "stale")
NPS_MONTHS = 24


@dataclass
class Overview:
    run_id: int | None = None
    as_of: str = ""
    run_at: str = ""
    customers: int = 0
    stale: int = 0
    distributions: dict[str, list[tuple[object, int]]] = field(default_factory=dict)
    points: list[tuple[int, float, float, str]] = field(default_factory=list)
    rfm: list[tuple[int, int, int, float]] = field(default_factory=list)
    buyers: int = 0
    repeat_buyers: int = 0
    members: int = 0
    referred: int = 0

    @property
    def repeat_rate(self) -> float | None:
        return self.repeat_buyers / self.buyers if self.buyers else None

    @property
    def referral_rate(self) -> float | None:
        return self.referred / self.members if self.members else None


def nps_value(promoters: int, detractors: int, answers: int) -> float | None:
    """NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100."""
    return 100.0 * (promoters - detractors) / answers if answers else None


def overview(store: Store) -> Overview:
    """The latest run's figures (a fraction of a second at 100,000 customers); empty before
    the first run. :func:`activity` adds the slower figures from the visit log."""
    out = Overview()
    row = sql.run(store)
    if row is None:
        return out
    out.run_id, out.as_of = row["id"], row["as_of"]
    out.run_at, out.customers = row["run_at"], row["customers"]
    out.stale = len(sql.stale_ids(store))
    out.distributions = {dim: sql.distribution(store, out.run_id, dim) for dim in DISTRIBUTIONS}
    out.points = sql.value_points(store, out.run_id)
    out.rfm = sql.rfm_grid(store, out.run_id)
    rates = sql.repeat_and_referral(store, out.run_id)
    out.buyers, out.repeat_buyers, out.members, out.referred = rates
    return out


@dataclass
class Activity:
    """Figures read from the visit log and the staff (seconds at 100,000 customers)."""

    funnel: FunnelRow | None = None
    staff_month: str = ""
    staff: list[StaffStats] = field(default_factory=list)
    nps: list[tuple[str, int, int, int, float | None]] = field(default_factory=list)


def activity(store: Store, month: date | None = None, language: str = "zh") -> Activity:
    """The funnel, staff visits in ``month`` against target, NPS and satisfaction by month."""
    month = month or date.today()
    staff = StaffService(store, actor="-", language=language)
    first = date(month.year - NPS_MONTHS // 12, month.month, 1)
    return Activity(
        funnel=staff.funnel()[2],
        staff_month=month.strftime("%Y-%m"),
        staff=[s for s in staff.stats(month) if s.interactions or s.target_interactions],
        nps=sql.nps_by_month(store, first.isoformat()),
    )
