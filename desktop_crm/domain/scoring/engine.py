"""The scoring engine: pure pandas over plain frames, no database and no Qt.

:func:`compute` turns what the storage layer read (customers, purchases as day numbers,
survey answers, referrals, tiers) into one row of scores per customer. Population figures
(means, spreads, quintile edges...) are returned as :class:`Params` and kept with the run, so
one customer can later be re-scored against the same population (:func:`compute` with
``params``) and every score can be explained (:func:`explain`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from desktop_crm.domain.scoring.model import INDICATORS, TREE, ValueModel
from desktop_crm.domain.scoring.rfm import (
    add_scores, quintile_edges, score_with_edges, segment_of,
)

WINDOW_DAYS = 365
STALE_DAYS = 180          # a file neither edited nor visited for this long is flagged
DISCOUNT = 0.10           # yearly discount rate of the CLV
CHURN_SPAN = 3.0          # risk reaches 1 when the gap is 1 + this many usual intervals
RELATIONSHIP_RANK = {"vendor": 1, "preferred": 2, "partner": 3, "alliance": 4}
# (tier, lowest yearly sales) used when the tiers table sets no thresholds, best tier first
DEFAULT_TIER_FLOORS = {"key": 100_000.0, "regular": 20_000.0, "occasional": 0.0}

VALUE_QUADRANTS = ("invest", "develop", "maintain", "stop")
VOLUME_LOYALTY = ("precious", "dangerous", "rising", "let_go")
CHURN_LEVELS = ("low", "medium", "high")
NPS_GROUPS = ("promoter", "passive", "detractor")


@dataclass
class Inputs:
    """What one scoring needs, as the storage layer reads it.

    ``customers``: indexed by id, columns lifecycle, relationship, trading_since_day,
    touched_day (latest edit or visit), filled (key fields filled), fields (how many key
    fields there are). ``purchases``: totals per customer who bought up to the day scored,
    indexed by customer: first_day, last_day (days since 1970), frequency and monetary (all
    purchases), orders, sales, profit, quantity and months (30-day periods with a purchase)
    of the last WINDOW_DAYS, profit_before (gross profit of the WINDOW_DAYS before those).
    ``surveys``: indexed by customer, columns satisfaction (mean), nps (latest), visits (12
    months). ``referrals``: customers each one referred. ``tiers``: ``(key, floor)`` best first.
    """

    customers: pd.DataFrame
    purchases: pd.DataFrame
    surveys: pd.DataFrame
    referrals: pd.Series
    tiers: list[tuple[str, float]]
    as_of_day: int
    # what tiers are measured by when not the yearly sales: a level metric (deposit balance)
    tier_values: pd.Series | None = None


@dataclass
class Params:
    """The population a run scored against."""

    centre: dict[str, float] = field(default_factory=dict)   # mean (z) or min (min-max)
    spread: dict[str, float] = field(default_factory=dict)   # std (z) or range (min-max)
    current_mean: float = 0.0
    potential_mean: float = 0.0
    volume_mean: float = 0.0
    loyalty_mean: float = 0.0
    r_edges: list = field(default_factory=list)
    f_edges: list = field(default_factory=list)
    m_edges: list = field(default_factory=list)
    median_interval: float = 30.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Params:
        return cls(**data)


def indicators(inp: Inputs) -> pd.DataFrame:
    """Raw indicator values (see :data:`INDICATORS`) per customer, plus RFM basics."""
    cust = inp.customers
    ids = cust.index
    d = inp.as_of_day
    bought = inp.purchases.reindex(ids)
    sales = bought["sales"].fillna(0.0).astype(float)
    profit = bought["profit"].fillna(0.0).astype(float)
    orders = bought["orders"].fillna(0).astype(float)
    quantity = bought["quantity"].fillna(0.0).astype(float)
    months = bought["months"].fillna(0).astype(float)
    before = bought["profit_before"].fillna(0.0).astype(float)

    first = np.fmin(cust["trading_since_day"].to_numpy(dtype=float),
                    bought["first_day"].to_numpy(dtype=float))
    tenure = np.where(np.isnan(first), 0.0, np.maximum(d - first, 0) / 365.25)
    larger = np.maximum(np.maximum(profit.to_numpy(), before.to_numpy()), 1.0)
    surveys = inp.surveys.reindex(ids)
    out = pd.DataFrame(index=ids)
    out["gross_profit"] = profit
    out["profit_growth"] = (profit.to_numpy() - before.to_numpy()) / larger
    out["margin"] = np.where(sales > 0, profit / sales.where(sales > 0, 1.0), 0.0)
    out["profit_per_order"] = np.where(orders > 0, profit / orders.where(orders > 0, 1.0), 0.0)
    out["orders"] = orders
    out["quantity"] = quantity
    out["sales"] = sales
    out["repeat_rate"] = np.minimum(months / 12.0, 1.0)
    out["tenure_years"] = tenure
    out["relationship"] = cust["relationship"].map(RELATIONSHIP_RANK).fillna(0).astype(float)
    out["referrals"] = inp.referrals.reindex(ids, fill_value=0).astype(float)
    out["satisfaction"] = surveys["satisfaction"].astype(float)
    out["nps"] = surveys["nps"].astype(float)
    out["visits"] = surveys["visits"].fillna(0).astype(float)
    # RFM basics (all purchases up to the day scored), kept beside the indicators
    out["recency_days"] = d - bought["last_day"]
    out["frequency"] = bought["frequency"]
    out["monetary"] = bought["monetary"]
    out["first_day"] = bought["first_day"]
    return out


def _standardise(
    raw: pd.DataFrame, model: ValueModel, params: Params | None
) -> tuple[pd.DataFrame, Params]:
    params = params or Params()
    fresh = not params.centre
    z = pd.DataFrame(index=raw.index)
    for key in INDICATORS:
        col = raw[key].astype(float)
        if fresh:
            if model.standardise == "minmax":
                centre, spread = col.min(), col.max() - col.min()
            else:
                centre, spread = col.mean(), col.std(ddof=0)
            params.centre[key] = 0.0 if pd.isna(centre) else float(centre)
            params.spread[key] = 0.0 if pd.isna(spread) else float(spread)
        z[key] = standardised(col, params.centre[key], params.spread[key], model.standardise)
    return z, params


def standardised(values: Any, centre: float, spread: float, method: str) -> Any:
    """One indicator standardised; a missing value (no survey answered) counts as average,
    i.e. 0 for z-scores and 0.5 for min-max."""
    filled = values.fillna(centre + (spread / 2 if method == "minmax" else 0)) \
        if hasattr(values, "fillna") else values
    if not spread:
        return filled * 0.0
    return (filled - centre) / spread


def compute(
    inp: Inputs, model: ValueModel, params: Params | None = None
) -> tuple[pd.DataFrame, Params]:
    """Scores of every customer in ``inp.customers``; with ``params`` (from an earlier run)
    they are measured against that run's population instead of this one."""
    model.validate()
    fresh = params is None
    raw = indicators(inp)
    z, params = _standardise(raw, model, params)
    leaves = model.leaves()
    out = pd.DataFrame(index=raw.index)
    subtotal = {leaf: np.zeros(len(raw)) for leaf in ("profit", "volume", "loyalty", "trust")}
    for leaf, key, weight in leaves:
        subtotal[leaf] = subtotal[leaf] + weight * z[key].to_numpy()
    out["current_value"] = subtotal["profit"] + subtotal["volume"]
    out["potential_value"] = subtotal["loyalty"] + subtotal["trust"]
    out["value"] = out["current_value"] + out["potential_value"]
    if fresh:
        params.current_mean = float(out["current_value"].mean()) if len(out) else 0.0
        params.potential_mean = float(out["potential_value"].mean()) if len(out) else 0.0
        params.volume_mean = float(subtotal["volume"].mean()) if len(out) else 0.0
        params.loyalty_mean = float(subtotal["loyalty"].mean()) if len(out) else 0.0
    out["value_quadrant"] = value_quadrant(out["current_value"], out["potential_value"], params)
    out["volume_loyalty"] = volume_loyalty(subtotal["volume"], subtotal["loyalty"], params)
    out["asset_grade"] = out["value_quadrant"].map(
        {"invest": "good", "maintain": "good", "develop": "develop", "stop": "poor"})
    measure = raw["sales"] if inp.tier_values is None else inp.tier_values.reindex(raw.index)
    out["suggested_tier"] = suggested_tier(measure.to_numpy(dtype=float), inp.tiers)

    _rfm(out, raw, params, fresh)
    _churn_and_clv(out, raw, inp, params, fresh)
    out["satisfaction"] = raw["satisfaction"]
    out["nps"] = raw["nps"]
    out["nps_group"] = nps_groups(raw["nps"].to_numpy(dtype=float))
    cust = inp.customers
    fields = cust["fields"].where(cust["fields"] > 0, 1)
    out["completeness"] = (cust["filled"] / fields).astype(float)
    out["stale_days"] = (inp.as_of_day - cust["touched_day"]).astype(float).clip(lower=0)
    out["stale"] = (out["stale_days"] >= STALE_DAYS).astype(int)
    for key in INDICATORS:
        out[f"ind_{key}"] = raw[key]
    return out, params


def value_quadrant(current: Any, potential: Any, params: Params) -> Any:
    """invest (both at or above the mean), maintain (current only), develop (potential
    only), stop (neither)."""
    hi_c = np.asarray(current) >= params.current_mean
    hi_p = np.asarray(potential) >= params.potential_mean
    return np.select([hi_c & hi_p, hi_c, hi_p], ["invest", "maintain", "develop"], "stop")


def volume_loyalty(volume: Any, loyalty: Any, params: Params) -> Any:
    """[002 §2]: large & loyal precious, large & disloyal dangerous, small & loyal rising
    stars, small & disloyal let go."""
    big = np.asarray(volume) >= params.volume_mean
    loyal = np.asarray(loyalty) >= params.loyalty_mean
    return np.select([big & loyal, big, loyal], ["precious", "dangerous", "rising"], "let_go")


def suggested_tier(sales: np.ndarray, tiers: list[tuple[str, float]]) -> np.ndarray:
    """The best tier whose floor the yearly sales (or the tier metric) reach (floors are
    inclusive; no value, no tier)."""
    out = np.full(len(sales), None, dtype=object)
    for key, floor in reversed(tiers):  # worst first, so better tiers overwrite
        out[np.asarray(sales) >= floor] = key
    return out


def nps_groups(scores: np.ndarray) -> np.ndarray:
    """:func:`nps_group` of every score at once (None where there is no answer)."""
    out = np.full(len(scores), None, dtype=object)
    out[scores < 7] = "detractor"
    out[scores >= 7] = "passive"
    out[scores >= 9] = "promoter"
    return out


def nps_group(score: float | None) -> str | None:
    return None if score is None else nps_groups(np.array([score], dtype=float))[0]


def _rfm(out: pd.DataFrame, raw: pd.DataFrame, params: Params, fresh: bool) -> None:
    bought = raw["frequency"].notna()
    sub = raw.loc[bought, ["recency_days", "frequency", "monetary"]].astype(float)
    if fresh:
        scored = add_scores(sub.copy())
        params.r_edges = quintile_edges(sub["recency_days"].to_numpy(), higher_is_better=False)
        params.f_edges = quintile_edges(sub["frequency"].to_numpy())
        params.m_edges = quintile_edges(sub["monetary"].to_numpy())
    else:
        scored = sub.copy()
        scored["r_score"] = [score_with_edges(v, params.r_edges, False)
                             for v in sub["recency_days"]]
        scored["f_score"] = [score_with_edges(v, params.f_edges) for v in sub["frequency"]]
        scored["m_score"] = [score_with_edges(v, params.m_edges) for v in sub["monetary"]]
        scored["segment"] = [segment_of(r, f) for r, f in zip(scored["r_score"], scored["f_score"])]
    for col in ("recency_days", "frequency", "monetary"):
        out[col] = raw[col]
    for col in ("r_score", "f_score", "m_score"):
        out[col] = scored[col].reindex(out.index)
    out["rfm_segment"] = scored["segment"].reindex(out.index)


def _churn_and_clv(
    out: pd.DataFrame, raw: pd.DataFrame, inp: Inputs, params: Params, fresh: bool
) -> None:
    """Churn risk: how far the gap since the last purchase exceeds the customer's usual
    interval between purchases (0 within it, 1 at 1 + CHURN_SPAN intervals); a customer
    marked lost is at 1. CLV: the yearly gross profit kept with probability 1 − risk each
    year, discounted: profit · r / (1 + d − r)."""
    freq = raw["frequency"]
    interval = (inp.as_of_day - raw["recency_days"] - raw["first_day"]) / (freq - 1)
    interval = interval.where(freq >= 2)
    if fresh:
        med = interval.median()
        params.median_interval = float(med) if pd.notna(med) and med > 0 else 30.0
    interval = interval.fillna(params.median_interval).clip(lower=1.0)
    ratio = raw["recency_days"] / interval
    risk = ((ratio - 1.0) / CHURN_SPAN).clip(0.0, 1.0)
    lost = inp.customers["lifecycle"] == "lost"
    risk = risk.where(~lost, 1.0).where(freq.notna() | lost)  # never bought: no risk figure
    out["churn_risk"] = risk
    out["churn_level"] = np.select(
        [risk >= 2 / 3, risk >= 1 / 3, risk >= 0], ["high", "medium", "low"], None
    )
    keep = 1.0 - risk.fillna(1.0)
    out["clv"] = raw["gross_profit"] * keep / (1.0 + DISCOUNT - keep)


@dataclass(frozen=True)
class Contribution:
    """One line of a score's explanation."""

    criterion: str
    indicator: str
    raw: float | None
    standardised: float
    weight: float

    @property
    def contribution(self) -> float:
        return self.weight * self.standardised


def explain(raw: dict[str, float | None], model: ValueModel, params: Params) -> list[Contribution]:
    """The 12 lines whose contributions add up to the customer's value score."""
    lines = []
    for leaf, key, weight in model.leaves():
        value = raw.get(key)
        missing = value is None or (isinstance(value, float) and np.isnan(value))
        z = standardised(pd.Series([np.nan if missing else value]), params.centre.get(key, 0.0),
                         params.spread.get(key, 0.0), model.standardise).iloc[0]
        lines.append(Contribution(leaf, key, None if missing else float(value), float(z), weight))
    return lines


def criterion_of(leaf: str) -> str:
    """'current' or 'potential' for a leaf criterion."""
    return next(mid for mid, leaves in TREE.items() if mid != "value" and leaf in leaves)
