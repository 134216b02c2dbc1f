"""Campaigns as a closed loop (DOMAIN.md, [001/篇7]): create → targets from a saved filter →
assign to staff → each assignee records outcome and feedback → evaluate.

A target *converts* when the customer buys in the campaign window (from ``transactions``),
so the same yardstick applies to the targets held back: an optional random share of them
(the holdout) is never assigned or contacted, and the evaluation sets the two groups side by
side — the uplift is what the campaign added over what would have happened anyway.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from desktop_crm.domain.customer_list import CustomerFilter, CustomerList
from desktop_crm.domain.fields import CAMPAIGN_FIELDS, LIFECYCLES, SAVED_FILTER_NAME, by_name
from desktop_crm.domain.members import level_label
from desktop_crm.domain.service import default_actor, fail
from desktop_crm.domain.validation import FieldProblem, NotFoundError, check_value, parse_date
from desktop_crm.storage import campaigns as sql
from desktop_crm.storage import consent, queries
from desktop_crm.storage import customer_list as listing
from desktop_crm.storage.db import Store

TYPES = {
    "win_back": ("策反挽回", "Win-back"),
    "holiday_care": ("节日关怀", "Holiday care"),
    "birthday_care": ("生日关怀", "Birthday care"),
    "recruitment": ("会员招募", "Recruitment"),
}
STATUSES = {"draft": ("草稿", "Draft"), "running": ("进行中", "Running"), "closed": ("已结束", "Closed")}
# What a call can end with; the first three mean the customer was reached.
OUTCOMES = {
    "interested": ("有意向", "Interested"),
    "not_interested": ("无意向", "Not interested"),
    "call_back": ("约定回访", "Call back later"),
    "no_answer": ("未接通", "No answer"),
    "wrong_number": ("号码错误", "Wrong number"),
}
REACHED = frozenset({"interested", "not_interested", "call_back"})
SEGMENTS = {"tier": ("客户等级", "Tier"), "lifecycle": ("生命周期", "Lifecycle"),
            "level": ("会员等级", "Member level")}
ASSIGN_METHODS = ("even", "owner")
MAX_HOLDOUT = 0.9


# --- saved filters ----------------------------------------------------------------------------

def filter_to_json(flt: CustomerFilter) -> str:
    return json.dumps(asdict(flt), ensure_ascii=False, sort_keys=True)


def filter_from_json(text: str) -> CustomerFilter:
    """A saved filter; keys this version does not know are ignored, lists become tuples."""
    known = {f.name for f in fields(CustomerFilter)}
    data = {k: (tuple(v) if isinstance(v, list) else v)
            for k, v in json.loads(text).items() if k in known}
    return CustomerFilter(**data)


@dataclass(frozen=True)
class SavedFilter:
    id: int
    name: str
    filter: CustomerFilter


def saved_filters(store: Store) -> list[SavedFilter]:
    return [SavedFilter(r["id"], r["name"], filter_from_json(r["filter"]))
            for r in sql.saved_filters(store)]


def save_filter(store: Store, name: str, flt: CustomerFilter) -> int:
    """Save (or replace) the filter called ``name``."""
    name = check_value(SAVED_FILTER_NAME, name)
    if not name:
        raise fail("name", "required", "give the filter a name")
    return sql.save_filter(store, name, filter_to_json(flt))


def delete_filter(store: Store, filter_id: int) -> None:
    store.delete("saved_filters", filter_id)


def consenting(store: Store, customer_ids: Sequence[int]) -> set[int]:
    """Of ``customer_ids``, those a campaign may message (they, or the contact it goes
    through, agreed to marketing messages)."""
    return consent.consenting_customers(store, customer_ids)


def matching_ids(store: Store, flt: CustomerFilter) -> list[int]:
    """Ids of the customers the customer list shows for ``flt``."""
    q = CustomerList(store).query(flt)
    return [cid for _key, cid in listing.keys(store, q, None, None)]


# --- evaluation -------------------------------------------------------------------------------

@dataclass
class Group:
    """Counts of one slice of the targets (a staff member, a segment, the holdout...)."""

    key: str
    targets: int = 0
    contacted: int = 0
    reached: int = 0
    converted: int = 0
    revenue: float = 0.0

    @property
    def reach_rate(self) -> float | None:
        return self.reached / self.targets if self.targets else None

    @property
    def conversion_rate(self) -> float | None:
        return self.converted / self.targets if self.targets else None

    def add(self, outcome: str | None, revenue: float, bought: bool) -> None:
        self.targets += 1
        self.contacted += outcome is not None
        self.reached += outcome in REACHED
        self.converted += bought
        self.revenue += revenue

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "revenue": round(self.revenue, 2),
                "reach_rate": self.reach_rate, "conversion_rate": self.conversion_rate}


@dataclass
class Evaluation:
    campaign_id: int
    window: tuple[str, str]
    cost: float
    treated: Group
    holdout: Group
    by_staff: list[Group] = field(default_factory=list)
    by_segment: list[Group] = field(default_factory=list)
    segment: str = "tier"

    @property
    def roi(self) -> float | None:
        """(revenue from the contacted group − cost) / cost."""
        return (self.treated.revenue - self.cost) / self.cost if self.cost else None

    @property
    def uplift(self) -> float | None:
        """Conversion rate of the treated targets minus that of the holdout (points)."""
        if not self.holdout.targets or not self.treated.targets:
            return None
        return self.treated.conversion_rate - self.holdout.conversion_rate  # type: ignore[operator]

    @property
    def incremental_conversions(self) -> float | None:
        return None if self.uplift is None else self.uplift * self.treated.targets

    @property
    def incremental_revenue(self) -> float | None:
        """Revenue of the treated group above what the holdout's revenue per target predicts."""
        if not self.holdout.targets or not self.treated.targets:
            return None
        return self.treated.revenue - self.holdout.revenue / self.holdout.targets * self.treated.targets

    @property
    def incremental_roi(self) -> float | None:
        inc = self.incremental_revenue
        return None if inc is None or not self.cost else (inc - self.cost) / self.cost

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign_id": self.campaign_id, "window": list(self.window), "cost": self.cost,
            "treated": self.treated.as_dict(), "holdout": self.holdout.as_dict(),
            "roi": self.roi, "uplift": self.uplift,
            "incremental_conversions": self.incremental_conversions,
            "incremental_revenue": None if self.incremental_revenue is None
            else round(self.incremental_revenue, 2),
            "incremental_roi": self.incremental_roi, "segment": self.segment,
            "by_staff": [g.as_dict() for g in self.by_staff],
            "by_segment": [g.as_dict() for g in self.by_segment],
        }


@dataclass
class OwnerEvaluation:
    """The evaluation of the targets whose customers one account manager owns."""

    owner_id: int | None
    name: str
    evaluation: Evaluation

    def as_dict(self) -> dict[str, Any]:
        return {"owner_id": self.owner_id, "owner": self.name or None,
                **{k: v for k, v in self.evaluation.as_dict().items()
                   if k not in ("campaign_id", "window", "segment", "by_staff", "by_segment")}}


@dataclass
class ByOwner:
    """A campaign's evaluation per customer owner; ``total`` is the whole-campaign one."""

    owners: list[OwnerEvaluation]
    total: Evaluation

    @property
    def owner_count(self) -> int:
        return sum(1 for o in self.owners if o.owner_id is not None)


# --- the service ------------------------------------------------------------------------------

class CampaignService:
    def __init__(self, store: Store, actor: str | None = None, language: str = "zh") -> None:
        self.store = store
        self.actor = actor or default_actor(store)
        self.language = language
        self.left_out = 0  # targets the last selection left out for want of consent

    def list(self) -> list[dict[str, Any]]:
        return [dict(r) for r in sql.campaigns(self.store)]

    def get(self, campaign_id: int) -> dict[str, Any]:
        row = self.store.get("campaigns", campaign_id)
        if row is None:
            raise NotFoundError(f"There is no campaign with id {campaign_id}.")
        return dict(row)

    # --- create and edit ----------------------------------------------------------------------

    def create(self, data: dict[str, Any]) -> int:
        values = self._clean(data)
        values.setdefault("type", "win_back")
        values.update(status="draft", created_by=self.actor)
        cid = self.store.insert("campaigns", values)
        queries.audit(self.store, self.actor, "campaign_created", f"{cid} {values['name']}")
        return cid

    def update(self, campaign_id: int, data: dict[str, Any]) -> None:
        current = self.get(campaign_id)
        values = self._clean({**current, **data})
        self.store.update("campaigns", campaign_id, {k: values[k] for k in values if k in data})

    def set_status(self, campaign_id: int, status: str) -> None:
        if status not in STATUSES:
            raise fail("status", "choice", f"{status!r} is not a campaign status")
        self.get(campaign_id)
        self.store.update("campaigns", campaign_id, {"status": status})

    def delete(self, campaign_id: int) -> None:
        self.get(campaign_id)
        self.store.delete("campaigns", campaign_id)
        queries.audit(self.store, self.actor, "campaign_deleted", str(campaign_id))

    def _clean(self, data: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        texts = by_name(CAMPAIGN_FIELDS)
        name = check_value(texts["name"], str(data.get("name") or ""))
        if not name:
            raise fail("name", "required", "the campaign needs a name")
        out["name"] = name
        out["goal"] = check_value(texts["goal"], data.get("goal"))
        kind = data.get("type") or "win_back"
        if kind not in TYPES:
            raise fail("type", "choice", f"{kind!r} is not a campaign type")
        out["type"] = kind
        for key in ("starts_on", "ends_on"):
            value = data.get(key)
            if value in (None, ""):
                raise fail(key, "required", "a campaign needs a start and an end date")
            try:
                out[key] = parse_date(value).isoformat()
            except FieldProblem as exc:
                raise fail(key, exc.code, exc.message, **exc.params) from None
        if out["ends_on"] < out["starts_on"]:
            raise fail("ends_on", "before_start", "the campaign ends before it starts")
        for key in ("budget", "cost"):
            value = data.get(key)
            if value in (None, ""):
                out[key] = None
                continue
            try:
                out[key] = float(value)
            except (TypeError, ValueError):
                raise fail(key, "number", f"{value!r} is not a number") from None
            if out[key] < 0:
                raise fail(key, "range", f"{key} cannot be negative", minimum=0)
        share = float(data.get("holdout_share") or 0)
        if not 0 <= share <= MAX_HOLDOUT:
            raise fail("holdout_share", "range", "the holdout share is 0 to 90 %", maximum=MAX_HOLDOUT)
        out["holdout_share"] = share
        return out

    # --- targets ------------------------------------------------------------------------------

    def select_targets(self, campaign_id: int, flt: CustomerFilter, *, filter_name: str | None = None,
                       holdout_share: float | None = None, seed: int | None = None,
                       replace: bool = False) -> tuple[int, int]:
        """Targets become the customers of ``flt``; a random ``holdout_share`` of them is held
        back. Customers who did not agree to marketing messages are left out (their number:
        ``self.left_out``). Refused once outcomes are recorded unless ``replace``. Returns
        ``(targets contacted by staff, held back)``."""
        campaign = self.get(campaign_id)
        if not replace and sql.recorded_count(self.store, campaign_id):
            raise fail("targets", "recorded",
                       "outcomes are already recorded for this campaign's targets")
        share = campaign["holdout_share"] if holdout_share is None else float(holdout_share)
        if not 0 <= share <= MAX_HOLDOUT:
            raise fail("holdout_share", "range", "the holdout share is 0 to 90 %", maximum=MAX_HOLDOUT)
        found = matching_ids(self.store, flt)
        agreed = consenting(self.store, found)
        ids = [c for c in found if c in agreed]  # no marketing without consent (PIPL)
        self.left_out = len(found) - len(ids)
        rng = random.Random(seed if seed is not None else campaign_id)
        held = set(rng.sample(ids, round(len(ids) * share))) if share else set()
        sql.replace_targets(self.store, campaign_id, [(c, None, int(c in held)) for c in ids])
        query = {"filter": json.loads(filter_to_json(flt)), "name": filter_name}
        self.store.update("campaigns", campaign_id,
                          {"target_query": json.dumps(query, ensure_ascii=False), "holdout_share": share})
        return len(ids) - len(held), len(held)

    def assign(self, campaign_id: int, method: str, staff_ids: Sequence[int]) -> dict[int, int]:
        """Assign every target not held back: ``even`` deals them out in turn; ``owner``
        gives each to its customer's owner when that owner is among ``staff_ids``, the rest
        evenly. Returns targets per staff member."""
        if method not in ASSIGN_METHODS:
            raise fail("method", "choice", f"{method!r} is not a way to assign")
        staff = list(dict.fromkeys(staff_ids))
        if not staff:
            raise fail("staff", "required", "choose at least one staff member")
        chosen = set(staff)
        plan: dict[int, int | None] = {}
        rest = []
        for target_id, _customer, owner in sql.target_owners(self.store, campaign_id):
            if method == "owner" and owner in chosen:
                plan[target_id] = owner
            else:
                rest.append(target_id)
        counts = defaultdict(int)
        for s in plan.values():
            counts[s] += 1
        for target_id in rest:  # to whoever has the fewest so far: an even split overall
            s = min(staff, key=lambda k: (counts[k], staff.index(k)))
            plan[target_id] = s
            counts[s] += 1
        sql.set_staff(self.store, plan)
        return dict(counts)

    def assign_targets(self, target_ids: Iterable[int], staff_id: int | None) -> None:
        """Hand chosen targets to one staff member (None takes them back)."""
        ids = list(target_ids)
        for t in ids:
            row = sql.target(self.store, t)
            if row is None:
                raise NotFoundError(f"There is no campaign target with id {t}.")
            if row["holdout"]:
                raise fail("targets", "holdout", "targets held back are not contacted")
        sql.set_staff(self.store, dict.fromkeys(ids, staff_id))

    def targets(self, campaign_id: int, **kw: Any) -> list[dict[str, Any]]:
        return [dict(r) for r in sql.targets(self.store, campaign_id, **kw)]

    # --- the work list ------------------------------------------------------------------------

    def record(self, target_id: int, outcome: str, feedback: str = "", *,
               when: datetime | None = None, channel: str = "phone",
               staff_id: int | None = None) -> None:
        """Record a contact with a target: the outcome and what the customer said, and the
        contact in the customer's visit log (linked to the campaign)."""
        row = sql.target(self.store, target_id)
        if row is None:
            raise NotFoundError(f"There is no campaign target with id {target_id}.")
        if row["holdout"]:
            raise fail("targets", "holdout", "targets held back are not contacted")
        if outcome not in OUTCOMES:
            raise fail("outcome", "choice", f"{outcome!r} is not an outcome")
        campaign = self.get(row["campaign_id"])
        moment = (when or datetime.now()).isoformat(timespec="seconds")
        with self.store.transaction():
            sql.record(self.store, target_id, {"contacted_at": moment, "outcome": outcome,
                                               "feedback": feedback.strip() or None})
            label = OUTCOMES[outcome][0 if self.language == "zh" else 1]
            iid = self.store.insert("interactions", {
                "customer_id": row["customer_id"], "occurred_at": moment, "channel": channel,
                "staff_id": staff_id if staff_id is not None else row["staff_id"],
                "purpose": campaign["name"], "outcome": label,
                "customer_said": feedback.strip() or None, "campaign_id": campaign["id"],
            })
            queries.log_changes(self.store, [("interaction", iid, row["customer_id"], "*created",
                                              None, channel)], self.actor)

    # --- evaluation ---------------------------------------------------------------------------

    def segments(self) -> dict[str, str]:
        """Dimensions the evaluation can split by: code -> label."""
        lang = 0 if self.language == "zh" else 1
        out = {k: v[lang] for k, v in SEGMENTS.items()}
        if sql.has_scores(self.store):
            from desktop_crm.domain.scoring import segments as score_segments  # pandas: on use
            for dimension in score_segments.DIMENSIONS:
                out[f"score:{dimension}"] = score_segments.dimension_label(dimension, self.language)
        return out

    def evaluate(self, campaign_id: int, segment: str = "tier", today: date | None = None,
                 progress: Callable[[int, int], bool] | None = None) -> Evaluation:
        """Reached, converted, rates, revenue in the window, cost, ROI — overall, by staff
        and by ``segment`` — and the uplift over the holdout. A running campaign is measured
        up to ``today``."""
        c = self.get(campaign_id)
        last = min(c["ends_on"], (today or date.today()).isoformat())
        metric = segment[6:] if segment.startswith("score:") else None
        rows = sql.evaluation_rows(self.store, campaign_id, c["starts_on"], last, metric)
        return self._tally(c, last, rows, segment, _campaign_cost(c))

    def evaluate_by_owner(self, campaign_id: int, today: date | None = None) -> ByOwner:
        """The evaluation again for the targets of each customer owner (account manager),
        customers without owner together (``owner_id`` None), and the whole campaign as
        the total. The cost is shared out by contacted targets, so the owners' costs and
        revenues add up to the campaign's and each owner's ROI is the campaign's formula."""
        c = self.get(campaign_id)
        last = min(c["ends_on"], (today or date.today()).isoformat())
        rows = sql.evaluation_rows(self.store, campaign_id, c["starts_on"], last)
        cost = _campaign_cost(c)
        total = self._tally(c, last, rows, "tier", cost)
        groups: dict[int | None, list[tuple]] = {}
        for row in rows:
            groups.setdefault(row[-1], []).append(row)
        names = queries.staff_names(self.store)
        owners = []
        for owner_id, part in groups.items():
            contacted = sum(1 for r in part if not r[3])
            share = cost * contacted / total.treated.targets if total.treated.targets else 0.0
            owners.append(OwnerEvaluation(owner_id, names.get(owner_id, "") if owner_id else "",
                                          self._tally(c, last, part, "tier", share)))
        owners.sort(key=lambda o: (o.owner_id is None, -o.evaluation.treated.converted, o.name))
        return ByOwner(owners, total)

    def _tally(self, c: dict[str, Any], last: str, rows: list[tuple], segment: str,
               cost: float) -> Evaluation:
        """The evaluation of ``rows`` (from ``evaluation_rows``) with ``cost``."""
        metric = segment[6:] if segment.startswith("score:") else None
        if metric:
            from desktop_crm.domain.scoring import segments as score_segments  # pandas: on use
        staff_names = queries.staff_names(self.store)
        lang = 0 if self.language.startswith("zh") else 1
        tiers = {r["key"]: (r["label_zh"], r["label_en"])[lang] for r in listing.tiers(self.store)}
        lifecycles = {k: v[lang] for k, v in LIFECYCLES.items()}
        treated, holdout = Group("treated"), Group("holdout")
        by_staff: dict[int | None, Group] = {}
        by_segment: dict[str, Group] = {}
        for _tid, _cust, staff_id, held, outcome, tier, lifecycle, level, score, revenue, n, _own in rows:
            bought = n > 0
            if held:
                holdout.add(None, revenue, bought)
                continue
            treated.add(outcome, revenue, bought)
            by_staff.setdefault(staff_id, Group(staff_names.get(staff_id, "") if staff_id else ""))\
                .add(outcome, revenue, bought)
            key = {"tier": tiers.get(tier, tier), "lifecycle": lifecycles.get(lifecycle, lifecycle),
                   "level": level_label(level, self.language)}.get(segment) if metric is None \
                else score_segments.label(metric, score, self.language)
            key = key or ""
            by_segment.setdefault(key, Group(key)).add(outcome, revenue, bought)
        return Evaluation(
            c["id"], (c["starts_on"], last), float(cost), treated, holdout,
            sorted(by_staff.values(), key=lambda g: (-g.converted, g.key)),
            sorted(by_segment.values(), key=lambda g: (-g.targets, g.key)), segment,
        )


def _campaign_cost(c: dict[str, Any]) -> float:
    """What the campaign cost: the recorded cost, else the budget, else nothing."""
    return float(c["cost"] if c["cost"] is not None else (c["budget"] or 0.0))
