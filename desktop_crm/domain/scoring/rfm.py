"""RFM: recency, frequency and monetary value, quintile scores 1–5 (5 best) and the named
segments of the usual recency × frequency map.

Quintile rule (hand-checkable, ties share a score): a value's score is
``1 + floor(5 · below / n)`` where ``below`` counts the customers with a strictly worse value.
For recency, fewer days is better.
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pandas as pd

from desktop_crm.domain.scoring.segments import RFM_SEGMENTS as SEGMENTS

__all__ = ["SEGMENTS", "quintile_edges", "quintile_scores", "rfm_table", "score_with_edges",
           "segment_of"]


def segment_of(r: int, f: int) -> str:
    """The named segment of a recency score ``r`` and frequency score ``f`` (1–5 each)."""
    if r <= 2:
        return "hibernating" if f <= 2 else "at_risk" if f <= 4 else "cant_lose"
    if r == 3:
        return "sleepy" if f <= 2 else "attention" if f == 3 else "loyal"
    if r == 4:
        return "promising" if f == 1 else "potential" if f <= 3 else "loyal"
    return "new" if f == 1 else "potential" if f <= 3 else "champions"


_SEGMENT_GRID = np.array(
    [[segment_of(r, f) for f in range(1, 6)] for r in range(1, 6)], dtype=object)


def quintile_scores(values: np.ndarray, higher_is_better: bool = True) -> np.ndarray:
    """Scores 1–5 by the rule of the module docstring."""
    v = np.asarray(values, dtype=float)
    n = len(v)
    if n == 0:
        return np.zeros(0, dtype=int)
    key = v if higher_is_better else -v
    ordered = np.sort(key)
    below = np.searchsorted(ordered, key, side="left")
    return (1 + (5 * below) // n).astype(int)


def quintile_edges(values: np.ndarray, higher_is_better: bool = True) -> list[float | None]:
    """For scores 2…5, the least good value that reaches it (None when no value does), so a
    later value can be scored against this population: see :func:`score_with_edges`."""
    v = np.asarray(values, dtype=float)
    scores = quintile_scores(v, higher_is_better)
    edges: list[float | None] = []
    for k in range(2, 6):
        reach = v[scores >= k]
        if len(reach) == 0:
            edges.append(None)
        else:
            edges.append(float(reach.min() if higher_is_better else reach.max()))
    return edges


def score_with_edges(value: float, edges: list[float | None], higher_is_better: bool = True) -> int:
    score = 1
    for edge in edges:
        if edge is None:
            break
        if (value >= edge) if higher_is_better else (value <= edge):
            score += 1
        else:
            break
    return score


def rfm_core(
    customer: np.ndarray, day: np.ndarray, amount: np.ndarray, as_of_day: int
) -> pd.DataFrame:
    """RFM over integer day numbers (the engine's fast path); rows after ``as_of_day`` are
    ignored. Returns recency_days, frequency, monetary, first_day indexed by customer."""
    keep = day <= as_of_day
    frame = pd.DataFrame({"customer_id": customer[keep], "day": day[keep], "amount": amount[keep]})
    grouped = frame.groupby("customer_id", sort=True)
    out = pd.DataFrame({
        "last_day": grouped["day"].max(),
        "first_day": grouped["day"].min(),
        "frequency": grouped["day"].size(),
        "monetary": grouped["amount"].sum(),
    })
    out["recency_days"] = (as_of_day - out["last_day"]).astype(int)
    return out


def add_scores(out: pd.DataFrame) -> pd.DataFrame:
    """Add r/f/m quintile scores and the segment to a frame of recency, frequency, monetary."""
    out["r_score"] = quintile_scores(out["recency_days"].to_numpy(), higher_is_better=False)
    out["f_score"] = quintile_scores(out["frequency"].to_numpy())
    out["m_score"] = quintile_scores(out["monetary"].to_numpy())
    out["segment"] = _SEGMENT_GRID[out["r_score"].to_numpy() - 1, out["f_score"].to_numpy() - 1] \
        if len(out) else pd.Series(dtype=object)
    return out


def day_number(value: date | datetime | str | pd.Timestamp) -> int:
    """Days since 1970-01-01 (what the engine counts in)."""
    return int(np.datetime64(pd.Timestamp(value).date(), "D").astype("int64"))


def rfm_table(transactions: pd.DataFrame, as_of: date | datetime | str) -> pd.DataFrame:
    """RFM of each customer from ``transactions`` (columns customer_id, date, amount) up to
    and including ``as_of``: recency_days, frequency, monetary, r_score, f_score, m_score,
    segment; indexed by customer_id. Purchases after ``as_of`` are ignored."""
    missing = {"customer_id", "date", "amount"} - set(transactions.columns)
    if missing:
        raise ValueError(f"The transactions need the column(s) {', '.join(sorted(missing))}.")
    day = pd.to_datetime(transactions["date"]).to_numpy().astype("datetime64[D]").astype("int64")
    core = rfm_core(
        transactions["customer_id"].to_numpy(), day,
        transactions["amount"].astype(float).to_numpy(), day_number(as_of),
    )
    out = core[["recency_days", "frequency", "monetary"]].copy()
    return add_scores(out)
