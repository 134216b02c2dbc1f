"""Scoring as a service over a store: full runs, one customer's refresh, explanations,
history, and the model and tier policies users edit. The CLI and the GUI both call this."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.scoring import engine
from desktop_crm.domain.scoring.engine import Contribution, Inputs, Params
from desktop_crm.domain.scoring.model import ValueModel
from desktop_crm.domain.validation import NotFoundError
from desktop_crm.storage import scores as sql
from desktop_crm.storage.db import Store

MODEL_SETTING = "scoring.model"
TIER_METRIC_SETTING = "scoring.tier_metric"
SALES = "sales"  # the tier metric by default: sales over the last 12 months
# labels of the level metrics the app itself writes; others show their stored name
METRIC_LABELS = {"deposit_balance": ("存款余额", "Deposit balance"),
                 "market_share": ("市场份额(%)", "Market share (%)")}
Progress = Callable[[int, int], bool]
STEPS = 5


class ScoringCancelled(Cancelled):
    """The user stopped a run; nothing was stored."""


@dataclass(frozen=True)
class Explanation:
    """Why a customer scores what they score, in one run."""

    customer_id: int
    run_id: int
    as_of: str
    scores: dict[str, Any]
    lines: list[Contribution]
    stale: bool
    rank_below: int
    ranked: int

    @property
    def total(self) -> float:
        return float(sum(line.contribution for line in self.lines))


@dataclass(frozen=True)
class TierPolicy:
    key: str
    label_zh: str
    label_en: str
    min_value: float | None
    visit_every_days: int | None
    privileges: str | None


class ScoringService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- model and policies -----------------------------------------------------------------

    def model(self) -> ValueModel:
        return ValueModel.from_json(self.store.setting(MODEL_SETTING))

    def save_model(self, model: ValueModel) -> None:
        """Store ``model`` for the next runs; refuses (ValueError) an inconsistent one."""
        model.validate()
        self.store.set_setting(MODEL_SETTING, model.to_json())

    def tier_policies(self) -> list[TierPolicy]:
        return [TierPolicy(r["key"], r["label_zh"], r["label_en"], r["min_value"],
                           r["visit_every_days"], r["privileges"]) for r in sql.tiers(self.store)]

    def tier_metric(self) -> str:
        """What tiers are measured by: "sales" (12 months) or a snapshot metric's name."""
        return self.store.setting(TIER_METRIC_SETTING) or SALES

    def tier_metrics(self) -> list[str]:
        return [SALES, *sql.snapshot_metrics(self.store)]

    def save_tier_policies(self, policies: list[TierPolicy], metric: str | None = None) -> None:
        """Floors must fall as tiers go down (the best tier needs the most); ``metric``
        (default: unchanged) is what they are measured by."""
        if metric is not None and metric not in self.tier_metrics():
            raise ValueError(f"{metric!r} is neither sales nor a metric with snapshots.")
        floors = [p.min_value for p in policies if p.min_value is not None]
        if any(a <= b for a, b in zip(floors, floors[1:])):
            raise ValueError("Each tier's lowest sales must be below the tier above it.")
        for p in policies:
            if p.min_value is not None and p.min_value < 0:
                raise ValueError("A tier's lowest sales cannot be negative.")
            if p.visit_every_days is not None and p.visit_every_days <= 0:
                raise ValueError("Visit every N days needs a positive number of days.")
        with self.store.transaction():
            for p in policies:
                sql.set_tier_policy(self.store, p.key, p.min_value, p.visit_every_days,
                                    p.privileges)
            if metric is not None:
                self.store.set_setting(TIER_METRIC_SETTING, metric)

    def tier_floors(self) -> list[tuple[str, float]]:
        """``(tier, lowest yearly sales)`` best first; defaults where none is set."""
        policies = self.tier_policies()
        if all(p.min_value is None for p in policies) and self.tier_metric() == SALES:
            return [(p.key, engine.DEFAULT_TIER_FLOORS[p.key]) for p in policies
                    if p.key in engine.DEFAULT_TIER_FLOORS]
        return [(p.key, float(p.min_value)) for p in policies if p.min_value is not None]

    # --- reading the data -------------------------------------------------------------------

    def inputs(self, as_of: date, customer_id: int | None = None,
               tiers: list[tuple[str, float]] | None = None,
               tier_metric: str | None = None) -> Inputs:
        iso = as_of.isoformat()
        metric = tier_metric or self.tier_metric()
        tier_values = None if metric == SALES else pd.Series(
            dict(sql.latest_snapshots(self.store, metric, iso, customer_id)), dtype=float)
        cust = sql.customers(self.store, customer_id)
        if customer_id is not None and not cust:
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        frame = _frame(cust, ["id", "lifecycle", "relationship", "trading_since_day",
                              "touched_day", "filled"],
                       types={"trading_since_day": float, "touched_day": float, "filled": np.int64})
        frame["fields"] = sql.key_field_count()
        year_start = (as_of - timedelta(days=engine.WINDOW_DAYS - 1)).isoformat()
        before_start = (as_of - timedelta(days=2 * engine.WINDOW_DAYS - 1)).isoformat()
        bought = _frame(sql.purchase_totals(self.store, iso, year_start, before_start, customer_id),
                        list(sql.PURCHASE_TOTALS),
                        types={c: float for c in sql.PURCHASE_TOTALS[1:]})
        bought["first_day"] = bought.pop("first_on")
        bought["last_day"] = bought.pop("last_on")
        surveys = _frame(sql.surveys(self.store, iso, year_start, customer_id),
                         ["id", "satisfaction", "nps", "visits"],
                         types={"satisfaction": float, "nps": float, "visits": np.int64})
        refs = sql.referrals(self.store, customer_id)
        referrals = pd.Series(dict(refs), dtype=float)
        return Inputs(
            customers=frame,
            purchases=bought,
            surveys=surveys, referrals=referrals,
            tiers=self.tier_floors() if tiers is None else tiers,
            as_of_day=(as_of - date(1970, 1, 1)).days,
            tier_values=tier_values,
        )

    # --- runs ---------------------------------------------------------------------------------

    def run(self, as_of: date | None = None, progress: Progress | None = None) -> int:
        """Score every customer as of ``as_of`` (today) and store the run; returns its id."""
        as_of = as_of or date.today()
        step = _stepper(progress)
        model = self.model()
        model.validate()
        step(0)
        metric = self.tier_metric()
        inp = self.inputs(as_of, tier_metric=metric)
        step(1)
        frame, params = engine.compute(inp, model)
        step(2)
        columns = {c: frame[c].to_numpy() for c in sql.SCORE_COLUMNS}
        step(3)
        record = {"model": json.loads(model.to_json()), "params": params.to_dict(),
                  "tiers": inp.tiers, "tier_metric": metric}
        run_id = sql.save_run(self.store, as_of.isoformat(), record, frame.index.tolist(), columns)
        sql.prune_runs(self.store)
        step(STEPS)
        return run_id

    def run_summary(self, run_id: int | None = None) -> dict[str, Any] | None:
        """id, as_of, run_at and customers of a run (the latest by default)."""
        row = sql.run(self.store, run_id)
        return None if row is None else {k: row[k] for k in ("id", "as_of", "run_at", "customers")}

    def latest(self) -> tuple[int, str, ValueModel, Params] | None:
        row = sql.run(self.store)
        if row is None:
            return None
        return self._unpack(row)

    def _unpack(self, row: Any) -> tuple[int, str, ValueModel, Params]:
        record = json.loads(row["model"] or "{}")
        model = ValueModel.from_json(json.dumps(record.get("model", {})))
        return row["id"], row["as_of"], model, Params.from_dict(record.get("params", {}))

    def refresh(self, customer_id: int, today: date | None = None) -> bool:
        """Re-score one customer against the latest run's population and tier floors, as of
        today (or the run's date if later); False when there is no run yet."""
        row = sql.run(self.store)
        if row is None:
            return False
        run_id, as_of, model, params = self._unpack(row)
        record = json.loads(row["model"])
        floors = record.get("tiers")
        when = max(today or date.today(), date.fromisoformat(as_of))
        inp = self.inputs(when, customer_id,
                          tiers=None if floors is None else [(k, float(v)) for k, v in floors],
                          tier_metric=record.get("tier_metric", SALES))
        frame, _ = engine.compute(inp, model, params)
        values = {c: _plain(frame[c].iloc[0]) for c in sql.SCORE_COLUMNS}
        sql.replace_row(self.store, run_id, customer_id, values)
        return True

    def refresh_stale(self, progress: Progress | None = None, limit: int | None = None) -> int:
        """Refresh every customer marked stale (or the first ``limit``); returns how many."""
        ids = sql.stale_ids(self.store, limit)
        for done, cid in enumerate(ids):
            if progress and not progress(done, len(ids)):
                break
            try:
                self.refresh(cid)
            except NotFoundError:  # in the trash or purged since it was marked
                sql.clear_stale(self.store, cid)
        return len(ids)

    # --- reading results --------------------------------------------------------------------

    def explain(self, customer_id: int, run_id: int | None = None) -> Explanation | None:
        """The breakdown of a customer's value score in a run (the latest by default)."""
        row = sql.run(self.store, run_id)
        if row is None:
            return None
        run_id, as_of, model, params = self._unpack(row)
        scores = sql.row(self.store, run_id, customer_id)
        if scores is None:
            return None
        values = dict(scores)
        raw = {k: values.get(f"ind_{k}") for k in sql.INDICATOR_COLUMNS}
        lines = engine.explain(raw, model, params)
        below, total = sql.rank(self.store, run_id, values["value"])
        return Explanation(customer_id, run_id, as_of, values, lines,
                           sql.is_stale(self.store, customer_id), below, total)

    def missing_fields(self, customer_id: int, language: str = "zh") -> list[str]:
        """Labels of the key fields this customer's file lacks (what completeness counts)."""
        from desktop_crm.domain.fields import CUSTOMER_FIELDS, by_name

        row = self.store.get("customers", customer_id)
        if row is None:
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        spec = by_name(CUSTOMER_FIELDS)
        missing = [spec[name.removesuffix("_id")].label(language)
                   for name in sql.KEY_FIELDS if row[name] in (None, "")]
        if not self.store.count("contacts", customer_id=customer_id, deleted_at=None):
            missing.append("联系人" if language.startswith("zh") else "Contact")
        return missing

    def trend(self, customer_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in sql.trend(self.store, customer_id)]

    def changed(self, dimension: str, run_id: int | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
        """Customers whose ``dimension`` changed since the run before ``run_id``."""
        row = sql.run(self.store, run_id)
        if row is None:
            return []
        before = sql.previous_run_id(self.store, row["id"])
        if before is None:
            return []
        return [dict(r) for r in sql.changed(self.store, row["id"], before, dimension, limit)]


def _frame(rows: list[tuple], columns: list[str],
           types: dict[str, type] | None = None) -> pd.DataFrame:
    """SQL rows as a frame indexed by the first column (integer ids): the columns in ``types``
    made by numpy with that type (float: NULL is NaN), the others typed by pandas. Built
    column by column: from_records and pandas' typing of every value cost 0.6 s for a full
    run's rows at 100,000 customers."""
    types = types or {}
    if not rows:
        frame = pd.DataFrame.from_records(rows, columns=columns, index=columns[0])
        return frame.astype(types)
    values = dict(zip(columns, zip(*rows)))
    index = pd.Index(np.array(values.pop(columns[0]), dtype=np.int64), name=columns[0])
    data = {}
    for name, column in values.items():
        if name in types:
            data[name] = np.array(column, dtype=types[name])
        else:
            data[name] = list(column)
    return pd.DataFrame(data, index=index)


def _plain(value: Any) -> Any:
    """numpy scalars and NaN as what SQLite stores (NaN → NULL)."""
    if value is None:
        return None
    if isinstance(value, float | np.floating) and np.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def _stepper(progress: Progress | None) -> Callable[[int], None]:
    def step(done: int) -> None:
        if progress is not None and not progress(done, STEPS):
            raise ScoringCancelled("Scoring was cancelled; nothing was stored.")
    return step
