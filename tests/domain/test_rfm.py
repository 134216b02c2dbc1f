"""rfm_table on small sets computed by hand."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from desktop_crm.domain.scoring import rfm_table
from desktop_crm.domain.scoring.rfm import quintile_edges, quintile_scores, score_with_edges


def frame(rows):
    return pd.DataFrame(rows, columns=["customer_id", "date", "amount"])


def test_recency_frequency_monetary_by_hand() -> None:
    t = frame([
        (1, "2026-01-01", 10.0), (1, "2026-03-01", 20.0),   # two purchases, last on as_of
        (2, "2026-02-01", 5.0),                             # one purchase, 28 days before
        (3, "2026-02-20", 50.0), (3, "2026-03-02", 999.0),  # the second is after as_of
    ])
    out = rfm_table(t, date(2026, 3, 1))
    assert list(out.index) == [1, 2, 3]
    assert out.loc[1, ["recency_days", "frequency", "monetary"]].tolist() == [0, 2, 30.0]
    assert out.loc[2, ["recency_days", "frequency", "monetary"]].tolist() == [28, 1, 5.0]
    assert out.loc[3, ["recency_days", "frequency", "monetary"]].tolist() == [9, 1, 50.0]


def test_purchases_after_as_of_are_ignored_entirely() -> None:
    t = frame([(1, "2026-03-01", 10.0), (2, "2026-04-01", 10.0)])
    out = rfm_table(t, "2026-03-15")
    assert list(out.index) == [1]  # customer 2 had not bought yet


def test_quintiles_five_distinct_values_score_one_to_five() -> None:
    t = frame([(i, f"2026-01-0{i}", float(i * 10)) for i in range(1, 6)])
    out = rfm_table(t, "2026-01-10")
    # later purchase = fewer days = better recency; more money = better monetary
    assert out["r_score"].tolist() == [1, 2, 3, 4, 5]
    assert out["m_score"].tolist() == [1, 2, 3, 4, 5]
    assert out["f_score"].tolist() == [1, 1, 1, 1, 1]  # everyone bought once: a tie
    assert out.loc[5, "segment"] == "new"         # R 5, F 1
    assert out.loc[1, "segment"] == "hibernating"  # R 1, F 1


def test_ties_share_a_score() -> None:
    # score = 1 + floor(5 · below / n): values 1, 1, 2, 3, 4 → below 0, 0, 2, 3, 4
    assert quintile_scores([1, 1, 2, 3, 4]).tolist() == [1, 1, 3, 4, 5]
    t = frame([(1, "2026-01-05", 100.0), (2, "2026-01-05", 100.0), (3, "2026-01-01", 1.0)])
    out = rfm_table(t, "2026-01-10")
    assert out.loc[1, "r_score"] == out.loc[2, "r_score"] == 2  # below = 1 of 3 → 1 + 5//3
    assert out.loc[1, "m_score"] == out.loc[2, "m_score"]


def test_a_customer_with_one_purchase() -> None:
    out = rfm_table(frame([(7, "2025-12-31", 42.5)]), "2026-01-01")
    row = out.loc[7]
    assert (row["recency_days"], row["frequency"], row["monetary"]) == (1, 1, 42.5)
    # alone in the population: nobody is worse, so every score is 1
    assert (row["r_score"], row["f_score"], row["m_score"]) == (1, 1, 1)
    assert row["segment"] == "hibernating"


def test_edges_score_later_values_like_the_population() -> None:
    values = [3.0, 8.0, 1.0, 5.0, 5.0, 9.0, 2.0, 7.0, 4.0, 6.0]
    edges = quintile_edges(values)
    scores = quintile_scores(values)
    assert [score_with_edges(v, edges) for v in values] == scores.tolist()
    days = [30, 2, 90, 7, 7, 400]
    r_edges = quintile_edges(days, higher_is_better=False)
    assert [score_with_edges(v, r_edges, False) for v in days] == \
        quintile_scores(days, higher_is_better=False).tolist()


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match="amount"):
        rfm_table(pd.DataFrame({"customer_id": [1], "date": ["2026-01-01"]}), "2026-01-02")
