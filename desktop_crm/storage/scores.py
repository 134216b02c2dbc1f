"""The SQL of scoring: what a run reads (customers, purchases, surveys, referrals, tiers),
runs and their per-customer rows, the stale mark, and the figures the analytics view shows.

A run keeps one wide row per customer rather than one row per metric: 100,000 customers × 40
figures as long rows is 4 million inserts a run, too slow for a recompute in seconds. The rows
are typed and lean (``score_rows``, m016): codes are small integers, and figures that are an
exact function of others (the value is current + potential; margin is profit / sales...) are
not stored but computed by the view ``score_customers``, which every reader queries and which
shows the columns of :data:`SCORE_COLUMNS` as they were. A run is ~13 MiB at 100,000
customers instead of ~20.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from desktop_crm.storage.days import day_end, day_number, stamp_number
from desktop_crm.storage.db import Store, now
from desktop_crm.storage.driver import sqlite3

if TYPE_CHECKING:
    import numpy as np

INDICATOR_COLUMNS = (
    "gross_profit", "profit_growth", "margin", "profit_per_order", "orders", "quantity", "sales",
    "repeat_rate", "tenure_years", "relationship", "referrals", "satisfaction", "nps", "visits",
)
SCORE_COLUMNS = (
    "value", "current_value", "potential_value", "value_quadrant", "volume_loyalty",
    "asset_grade", "suggested_tier", "recency_days", "frequency", "monetary", "r_score",
    "f_score", "m_score", "rfm_segment", "clv", "churn_risk", "churn_level", "satisfaction",
    "nps", "nps_group", "completeness", "stale_days", "stale",
    *(f"ind_{k}" for k in INDICATOR_COLUMNS),
)
# Columns a customer-list filter may name (see ListQuery.segment): codes, never free SQL.
SEGMENT_COLUMNS = (
    "value_quadrant", "volume_loyalty", "asset_grade", "suggested_tier", "rfm_segment",
    "churn_level", "nps_group", "stale",
)
# Key fields of a dossier; completeness is the share filled (a contact counts as one).
KEY_FIELDS = (
    "phone", "address", "area", "owner_id", "business_format", "tier", "asset_grade",
    "relationship", "credit_status", "trading_since", "dna",
)

_TEXT_TYPES = {"value_quadrant", "volume_loyalty", "asset_grade", "suggested_tier",
               "rfm_segment", "churn_level", "nps_group"}

# The stored form of a run (m016). A code is the position of the value in its tuple: the
# order is part of the file format (append, never reorder). Tier keys are the user's, so
# suggested_tier stays text.
CODES: dict[str, tuple[str, ...]] = {
    "value_quadrant": ("invest", "develop", "maintain", "stop"),
    "volume_loyalty": ("precious", "dangerous", "rising", "let_go"),
    "asset_grade": ("good", "develop", "poor"),
    "rfm_segment": ("champions", "loyal", "potential", "new", "promising", "attention", "sleepy",
                    "at_risk", "cant_lose", "hibernating"),
    "churn_level": ("low", "medium", "high"),
    "nps_group": ("promoter", "passive", "detractor"),
}
# Columns computed from stored ones, with the engine's own arithmetic (IEEE doubles both
# sides: the same operations give the same bits; tests/domain/test_scoring_storage.py).
DERIVED = {
    "value": "current_value + potential_value",
    "ind_satisfaction": "satisfaction",
    "ind_nps": "nps",
    "ind_margin": "CASE WHEN ind_sales > 0 THEN ind_gross_profit / ind_sales ELSE 0.0 END",
    "ind_profit_per_order":
        "CASE WHEN ind_orders > 0 THEN ind_gross_profit / ind_orders ELSE 0.0 END",
    "ind_repeat_rate": "min(repeat_months / 12.0, 1.0)",
}
# ind_repeat_rate is min(months with a purchase / 12, 1): the months are stored (0-13)
_STORED_AS = {"ind_repeat_rate": "repeat_months"}
STORED_COLUMNS = tuple(_STORED_AS.get(c, c) for c in SCORE_COLUMNS
                       if c not in DERIVED or c in _STORED_AS)


def _stored_type(column: str) -> str:
    if column in CODES or column == "repeat_months":
        return "INTEGER"
    return "TEXT" if column in _TEXT_TYPES else "REAL"


def _decoded(column: str, source: str = "") -> str:
    """The view's expression of one SCORE_COLUMNS column."""
    if column in DERIVED:
        return f"{DERIVED[column]} AS {column}"
    if column in CODES:
        cases = " ".join(f"WHEN {i} THEN '{v}'" for i, v in enumerate(CODES[column]))
        return f"CASE {column} {cases} END AS {column}"
    return column


COMPACT_DDL = f"""
CREATE TABLE score_rows (
    run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    {", ".join(f"{c} {_stored_type(c)}" for c in STORED_COLUMNS)},
    refreshed_at TEXT,
    PRIMARY KEY (run_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX score_rows_customer ON score_rows(customer_id, run_id);
CREATE VIEW score_customers AS SELECT run_id, customer_id,
    {", ".join(_decoded(c) for c in SCORE_COLUMNS)}, refreshed_at FROM score_rows;
"""


def _encoded(column: str) -> str:
    """SQL turning an m005 ``score_customers`` column into its stored form."""
    if column == "repeat_months":
        return "CAST(round(ind_repeat_rate * 12) AS INTEGER)"
    if column in CODES:
        cases = " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(CODES[column]))
        return f"CASE {column} {cases} END"
    return column


def compact_runs(conn: sqlite3.Connection) -> None:
    """m016: the runs of an m005 file moved into ``score_rows`` (values unchanged, see
    :data:`DERIVED`); ``score_customers`` becomes the view; the long ``score_values`` of
    m001, never written, goes."""
    conn.execute("ALTER TABLE score_customers RENAME TO score_customers_m005")
    for statement in COMPACT_DDL.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(
        f"INSERT INTO score_rows (run_id, customer_id, {', '.join(STORED_COLUMNS)}, "
        f"refreshed_at) SELECT run_id, customer_id, "
        f"{', '.join(_encoded(c) for c in STORED_COLUMNS)}, refreshed_at "
        "FROM score_customers_m005")
    conn.execute("DROP TABLE score_customers_m005")
    conn.execute("DROP TABLE IF EXISTS score_values")


def stored_rows(ids: Sequence[int], columns: dict[str, Sequence]) -> Iterable[tuple]:
    """``(customer, *STORED_COLUMNS)`` rows of a run from SCORE_COLUMNS sequences (lists or
    arrays) parallel to ``ids``; a value no code stands for is refused (ValueError), never
    stored as NULL. Figures go as floats, converted a column at a time (NaN binds as NULL; an
    INTEGER column stores a whole float as an integer)."""
    import numpy as np  # here, not at the top: the list imports this module at start-up,
    # and numpy is a sixth of a cold start (only a run needs it)

    out = []
    for col in STORED_COLUMNS:
        if col == "repeat_months":  # rounded half to even, as Python's round()
            out.append(np.round(_floats(columns["ind_repeat_rate"]) * 12).tolist())
        elif col in CODES:
            code = {v: i for i, v in enumerate(CODES[col])}
            values = list(columns[col])
            unknown = {v for v in set(values) if isinstance(v, str)} - code.keys()
            if unknown:
                raise ValueError(f"{col} has no code for {min(unknown)!r}")
            out.append(list(map(code.get, values)))  # None and NaN: no code, NULL
        elif col in _TEXT_TYPES:
            out.append(list(columns[col]))
        else:
            out.append(_floats(columns[col]).tolist())
    return zip(ids, *out, strict=True)


def _floats(values: Sequence) -> np.ndarray:
    import numpy as np

    return np.asarray(values, dtype=float)


DDL = f"""
CREATE TABLE score_customers (
    run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    {", ".join(f"{c} {'TEXT' if c in _TEXT_TYPES else 'REAL'}" for c in SCORE_COLUMNS)},
    refreshed_at TEXT,
    PRIMARY KEY (run_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX score_customers_customer ON score_customers(customer_id, run_id);
ALTER TABLE score_runs ADD COLUMN customers INTEGER NOT NULL DEFAULT 0;

-- Customers whose data changed since they were scored; refreshed in the background. Only
-- marked once a run exists, so bulk loads into a file never scored pay one seek a row.
CREATE TABLE score_stale (
    customer_id INTEGER PRIMARY KEY,
    since TEXT NOT NULL
);
CREATE TRIGGER score_stale_tx_ai AFTER INSERT ON transactions
WHEN EXISTS (SELECT 1 FROM score_runs) BEGIN
    INSERT OR IGNORE INTO score_stale VALUES (new.customer_id, datetime('now', 'localtime'));
END;
CREATE TRIGGER score_stale_tx_au AFTER UPDATE ON transactions
WHEN EXISTS (SELECT 1 FROM score_runs) BEGIN
    INSERT OR IGNORE INTO score_stale VALUES (new.customer_id, datetime('now', 'localtime'));
    INSERT OR IGNORE INTO score_stale VALUES (old.customer_id, datetime('now', 'localtime'));
END;
CREATE TRIGGER score_stale_tx_ad AFTER DELETE ON transactions
WHEN EXISTS (SELECT 1 FROM score_runs) BEGIN
    INSERT OR IGNORE INTO score_stale VALUES (old.customer_id, datetime('now', 'localtime'));
END;
CREATE TRIGGER score_stale_visit_ai AFTER INSERT ON interactions
WHEN EXISTS (SELECT 1 FROM score_runs) BEGIN
    INSERT OR IGNORE INTO score_stale VALUES (new.customer_id, datetime('now', 'localtime'));
END;
CREATE TRIGGER score_stale_visit_au
AFTER UPDATE OF customer_id, occurred_at, satisfaction, nps, deleted_at ON interactions
WHEN EXISTS (SELECT 1 FROM score_runs) BEGIN
    INSERT OR IGNORE INTO score_stale VALUES (new.customer_id, datetime('now', 'localtime'));
END;
CREATE TRIGGER score_stale_customer_au
AFTER UPDATE OF {", ".join(k for k in KEY_FIELDS)}, lifecycle ON customers
WHEN EXISTS (SELECT 1 FROM score_runs) BEGIN
    INSERT OR IGNORE INTO score_stale VALUES (new.id, datetime('now', 'localtime'));
END;
"""


def _cursor(store: Store) -> sqlite3.Cursor:
    cur = store.conn.cursor()
    cur.row_factory = None  # plain tuples: several times faster for a million rows
    return cur


# --- what a run reads ---------------------------------------------------------------------


def customers(store: Store, customer_id: int | None = None) -> list[tuple]:
    """``(id, lifecycle, relationship, trading_since, touched, filled)`` of live customers
    (or one): ``trading_since`` and ``touched``, the day of the latest edit or visit, as day
    numbers (storage/days.py: the stored numbers, not text parsed back; the stamps are of
    1970 and after), ``filled`` how many key fields are filled."""
    filled = " + ".join(
        f"(c.{k} IS NOT NULL AND c.{k} <> '')" for k in KEY_FIELDS
    ) + (
        # everyone: the contacts' customers gathered once, not a seek per customer (0.1-0.4 s
        # of 1-1.5 s at 100k); one customer: one seek, not the whole set
        " + (c.id IN (SELECT customer_id FROM contacts WHERE deleted_at IS NULL))"
        if customer_id is None else
        " + EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id AND k.deleted_at IS NULL)")
    where = "c.deleted_at IS NULL" + (" AND c.id = ?" if customer_id is not None else "")
    return _cursor(store).execute(
        # + 0: an expression, which no converter turns back into ISO text
        "SELECT c.id, c.lifecycle, c.relationship, c.trading_since + 0, "
        "max(c.updated_at, coalesce(c.last_visit_at, 0)) / 86400, "
        f"{filled} FROM customers c WHERE {where}",
        [customer_id] if customer_id is not None else [],
    ).fetchall()


def key_field_count() -> int:
    return len(KEY_FIELDS) + 1


PURCHASE_TOTALS = ("customer", "first_on", "last_on", "frequency", "monetary", "orders",
                   "sales", "profit", "quantity", "months", "profit_before")


def purchase_totals(store: Store, as_of: str, year_start: str, before_start: str,
                    customer_id: int | None = None) -> list[tuple]:
    """Per customer with purchases up to ``as_of`` (or for one customer), in the order of
    :data:`PURCHASE_TOTALS`: first and last purchase day (day numbers, storage/days.py),
    purchases and their amount; from ``year_start`` on: purchases, amount, gross profit,
    quantity and the 30-day periods (counted back from ``as_of``) with a purchase; gross
    profit from ``before_start`` to ``year_start``.

    Totals, not rows: a hundred thousand rows leave SQLite instead of a million (building a
    million rows of Python objects was 2.2 of a 7 s run). SQLite sums with compensated
    (Kahan-Babuska-Neumaier) addition; on the 100k demo every sum equals ``math.fsum`` of its
    values, the correctly rounded sum (see docs/NOTES.md, session 10)."""
    one = " AND customer_id = :c" if customer_id is not None else ""
    today = day_number(as_of)
    return _cursor(store).execute(
        "SELECT customer_id, min(occurred_on), max(occurred_on), count(*), sum(amount), "
        "count(CASE WHEN occurred_on >= :y THEN 1 END), "
        "sum(CASE WHEN occurred_on >= :y THEN amount END), "
        "sum(CASE WHEN occurred_on >= :y THEN gross_profit END), "
        "sum(CASE WHEN occurred_on >= :y THEN quantity END), "
        "count(DISTINCT CASE WHEN occurred_on >= :y THEN (:today - occurred_on) / 30 END), "
        "sum(CASE WHEN occurred_on >= :b AND occurred_on < :y THEN gross_profit END) "
        f"FROM transactions WHERE occurred_on <= :today{one} "
        "GROUP BY customer_id",
        {"y": day_number(year_start), "b": day_number(before_start), "today": today,
         "c": customer_id},
    ).fetchall()


def surveys(
    store: Store, as_of: str, year_start: str, customer_id: int | None = None
) -> list[tuple]:
    """``(customer, mean satisfaction, latest NPS answer, interactions since year_start)``,
    in one pass over the visit log."""
    one = " AND customer_id = ?" if customer_id is not None else ""
    rows = _cursor(store).execute(
        "SELECT customer_id, avg(satisfaction), "
        "max(CASE WHEN nps IS NOT NULL THEN occurred_at * 16 + nps END), "
        "sum(occurred_at >= ?) FROM interactions "
        f"WHERE deleted_at IS NULL AND occurred_at < ?{one} GROUP BY customer_id",
        [stamp_number(year_start), day_end(as_of),
         *([customer_id] if customer_id is not None else [])],
    ).fetchall()
    # the latest answer: the greatest time * 16 + score (0-10) of the customer
    return [(c, sat, None if latest is None else latest % 16, n)
            for c, sat, latest, n in rows]


def referrals(store: Store, customer_id: int | None = None) -> list[tuple[int, int]]:
    """``(customer, members they referred)``."""
    one = " WHERE r.customer_id = ?" if customer_id is not None else ""
    return _cursor(store).execute(
        "SELECT r.customer_id, count(*) FROM members m JOIN members r ON r.id = m.referred_by"
        f"{one} GROUP BY r.customer_id", [customer_id] if customer_id is not None else [],
    ).fetchall()


def snapshot_metrics(store: Store) -> list[str]:
    """Names of the level metrics kept as snapshots (deposit_balance, market_share...)."""
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT metric FROM metric_snapshots ORDER BY metric")]


def latest_snapshots(store: Store, metric: str, as_of: str,
                     customer_id: int | None = None) -> list[tuple[int, float]]:
    """``(customer, value)``: each customer's latest ``metric`` on or before ``as_of``."""
    one = " AND customer_id = ?" if customer_id is not None else ""
    # a bare column next to max() comes from the row holding the max: the latest value
    return [(c, v) for c, v, _day in _cursor(store).execute(
        "SELECT customer_id, value, max(taken_on) FROM metric_snapshots "
        f"WHERE metric = ? AND taken_on <= ?{one} GROUP BY customer_id",
        [metric, day_number(as_of), *([customer_id] if customer_id is not None else [])])]


def tiers(store: Store) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT key, label_zh, label_en, position, min_value, max_value, visit_every_days, "
        "privileges FROM tiers ORDER BY position, key"
    ).fetchall()


def set_tier_policy(store: Store, key: str, min_value: float | None, visit_every_days: int | None,
                    privileges: str | None) -> None:
    with store.transaction():
        store.conn.execute(
            "UPDATE tiers SET min_value = ?, visit_every_days = ?, privileges = ? WHERE key = ?",
            (min_value, visit_every_days, privileges, key),
        )


# --- runs ---------------------------------------------------------------------------------


def save_run(store: Store, as_of: str, model: dict[str, Any], ids: Sequence[int],
             columns: dict[str, Sequence]) -> int:
    """One run and its rows, in one transaction; ``columns`` maps SCORE_COLUMNS to lists or
    arrays parallel to ``ids`` (NaN is stored as NULL).

    The rows go in without SQLite's foreign-key checks (a seek into customers and one into
    score_runs for each row: a third of the writing at 100,000 customers); the one thing
    those checks could refuse, a customer purged since the run read the customers, is
    handled after the insert by one pass: their rows go, as ON DELETE CASCADE would have
    taken them. Inside a caller's transaction the pragma cannot change and the checks stay."""
    rows = stored_rows(ids, columns)
    conn = store.conn
    unchecked = not conn.in_transaction and conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if unchecked:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with store.transaction():
            run_id = conn.execute(
                "INSERT INTO score_runs (as_of, run_at, model, customers) VALUES (?, ?, ?, ?)",
                (as_of, now(), json.dumps(model), len(ids)),
            ).lastrowid
            conn.executemany(
                f"INSERT INTO score_rows (run_id, customer_id, {', '.join(STORED_COLUMNS)}) "
                f"VALUES ({run_id}, {', '.join('?' * (len(STORED_COLUMNS) + 1))})", rows)
            if unchecked:
                gone = conn.execute(
                    "DELETE FROM score_rows WHERE run_id = ? "
                    "AND customer_id NOT IN (SELECT id FROM customers)", (run_id,)).rowcount
                if gone:
                    conn.execute("UPDATE score_runs SET customers = customers - ? WHERE id = ?",
                                 (gone, run_id))
            conn.execute("DELETE FROM score_stale")
    finally:
        if unchecked:
            conn.execute("PRAGMA foreign_keys = ON")
    return run_id


KEEP_RUNS = 12     # the latest runs, kept whole
KEEP_MONTHS = 12   # and before them, the last run of each month, for this many months


def prune_runs(store: Store) -> int:
    """Drop old runs: the latest ``KEEP_RUNS`` stay, and before them the last run of each of
    ``KEEP_MONTHS`` months (a run is ~13 MiB at 100,000 customers; weekly runs kept forever
    would grow the file by 0.7 GB a year, while a score's trend needs a point a month).
    Returns how many runs were dropped."""
    runs = store.conn.execute("SELECT id, as_of FROM score_runs ORDER BY id DESC").fetchall()
    keep = {rid for rid, _ in runs[:KEEP_RUNS]}
    months: dict[str, int] = {}
    for rid, as_of in runs[KEEP_RUNS:]:
        if as_of[:7] not in months and len(months) < KEEP_MONTHS:
            months[as_of[:7]] = rid  # the newest run of its month
    drop = [rid for rid, _ in runs if rid not in keep and rid not in months.values()]
    if drop:
        with store.transaction():  # their rows go with them (ON DELETE CASCADE)
            store.conn.execute(f"DELETE FROM score_runs WHERE id IN ({','.join('?' * len(drop))})",
                               drop)
    return len(drop)


def replace_row(store: Store, run_id: int, customer_id: int, values: dict[str, Any]) -> None:
    """A refreshed customer's row in ``run_id``; clears its stale mark."""
    new = store.conn.execute("SELECT 1 FROM score_rows WHERE run_id = ? AND customer_id = ?",
                             (run_id, customer_id)).fetchone() is None  # counts from now
    [stored] = stored_rows([customer_id], {c: [values.get(c)] for c in SCORE_COLUMNS})
    with store.transaction():
        if new:
            store.conn.execute(
                "UPDATE score_runs SET customers = customers + 1 WHERE id = ?", (run_id,))
        store.conn.execute(
            f"INSERT OR REPLACE INTO score_rows (run_id, customer_id, "
            f"{', '.join(STORED_COLUMNS)}, refreshed_at) "
            f"VALUES ({', '.join('?' * (len(STORED_COLUMNS) + 3))})",
            [run_id, *stored, now()],
        )
        store.conn.execute("DELETE FROM score_stale WHERE customer_id = ?", (customer_id,))


def clear_stale(store: Store, customer_id: int) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM score_stale WHERE customer_id = ?", (customer_id,))


def runs(store: Store, limit: int = 50) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT id, as_of, run_at, customers FROM score_runs ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()


def run(store: Store, run_id: int | None = None) -> sqlite3.Row | None:
    """A run (the latest when ``run_id`` is None), with its model JSON."""
    if run_id is None:
        return store.conn.execute("SELECT * FROM score_runs ORDER BY id DESC LIMIT 1").fetchone()
    return store.conn.execute("SELECT * FROM score_runs WHERE id = ?", (run_id,)).fetchone()


def previous_run_id(store: Store, run_id: int) -> int | None:
    row = store.conn.execute(
        "SELECT max(id) FROM score_runs WHERE id < ?", (run_id,)).fetchone()
    return row[0] if row else None


def has_runs(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM score_runs LIMIT 1").fetchone() is not None


def stale_ids(store: Store, limit: int | None = None) -> list[int]:
    sql = "SELECT customer_id FROM score_stale ORDER BY since"
    return [r[0] for r in store.conn.execute(sql + (f" LIMIT {int(limit)}" if limit else ""))]


def is_stale(store: Store, customer_id: int) -> bool:
    return store.conn.execute(
        "SELECT 1 FROM score_stale WHERE customer_id = ?", (customer_id,)).fetchone() is not None


def row(store: Store, run_id: int, customer_id: int) -> sqlite3.Row | None:
    return store.conn.execute(
        "SELECT * FROM score_customers WHERE run_id = ? AND customer_id = ?", (run_id, customer_id)
    ).fetchone()


def trend(store: Store, customer_id: int) -> list[sqlite3.Row]:
    """The customer's scores in every run, oldest first."""
    return store.conn.execute(
        "SELECT r.id AS run_id, r.as_of, s.value, s.current_value, s.potential_value, "
        "s.value_quadrant, s.rfm_segment, s.churn_risk FROM score_customers s "
        "JOIN score_runs r ON r.id = s.run_id WHERE s.customer_id = ? ORDER BY r.id",
        (customer_id,),
    ).fetchall()


def rank(store: Store, run_id: int, value: float) -> tuple[int, int]:
    """How many customers of the run score below ``value``, and how many there are."""
    below, total = store.conn.execute(
        "SELECT sum(value < ?), count(*) FROM score_customers WHERE run_id = ?", (value, run_id)
    ).fetchone()
    return int(below or 0), int(total or 0)


# --- figures for the analytics view -------------------------------------------------------


def _column(name: str) -> str:
    if name not in SEGMENT_COLUMNS:
        raise ValueError(f"no segment column {name!r}")
    return name


# Not in the trash: the trash is small and has its own index; a join would read every row.
_LIVE = "customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)"


def distribution(store: Store, run_id: int, column: str) -> list[tuple[Any, int]]:
    col = _column(column)
    return _cursor(store).execute(
        f"SELECT {col}, count(*) FROM score_customers WHERE run_id = ? AND {_LIVE} GROUP BY {col}",
        (run_id,)
    ).fetchall()


def rfm_grid(store: Store, run_id: int) -> list[tuple[int, int, int, float]]:
    """``(r, f, customers, mean monetary)`` per cell."""
    return _cursor(store).execute(
        "SELECT CAST(r_score AS INTEGER), CAST(f_score AS INTEGER), count(*), avg(monetary) "
        "FROM score_customers WHERE run_id = ? AND r_score IS NOT NULL GROUP BY 1, 2", (run_id,)
    ).fetchall()


def value_points(store: Store, run_id: int) -> list[tuple[int, float, float, str]]:
    return _cursor(store).execute(
        "SELECT customer_id, current_value, potential_value, value_quadrant "
        f"FROM score_customers WHERE run_id = ? AND {_LIVE}", (run_id,)
    ).fetchall()


def changed(store: Store, run_id: int, before_id: int, column: str,
            limit: int | None = None) -> list[sqlite3.Row]:
    """Customers whose ``column`` differs between the two runs (new in the later run count)."""
    col = _column(column)
    return store.conn.execute(
        f"SELECT a.customer_id, c.code, c.name, b.{col} AS before, a.{col} AS after, "
        "a.value AS value, b.value AS value_before "
        "FROM score_customers a JOIN customers c ON c.id = a.customer_id "
        f"LEFT JOIN score_customers b ON b.run_id = ? AND b.customer_id = a.customer_id "
        f"WHERE a.run_id = ? AND c.deleted_at IS NULL AND a.{col} IS NOT b.{col} "
        f"ORDER BY a.value DESC" + (f" LIMIT {int(limit)}" if limit else ""),
        (before_id, run_id),
    ).fetchall()


def nps_by_month(store: Store, since: str) -> list[tuple[str, int, int, int, float | None]]:
    """``(YYYY-MM, promoters, detractors, answers, mean satisfaction)`` per month."""
    return _cursor(store).execute(
        "SELECT strftime('%Y-%m', occurred_at, 'unixepoch'), count(CASE WHEN nps >= 9 THEN 1 END), "
        "count(CASE WHEN nps <= 6 THEN 1 END), count(nps), "
        "avg(satisfaction) FROM interactions WHERE deleted_at IS NULL AND occurred_at >= ? "
        "AND (nps IS NOT NULL OR satisfaction IS NOT NULL) GROUP BY 1 ORDER BY 1",
        (stamp_number(since),)
    ).fetchall()


def repeat_and_referral(store: Store, run_id: int) -> tuple[int, int, int, int]:
    """Buyers, buyers with two or more purchases, members, members referred by another."""
    buyers, repeat = store.conn.execute(
        "SELECT count(*), sum(frequency >= 2) FROM score_customers WHERE run_id = ? "
        "AND frequency IS NOT NULL", (run_id,)).fetchone()
    members, referred = store.conn.execute(
        "SELECT count(*), count(referred_by) FROM members").fetchone()
    return int(buyers or 0), int(repeat or 0), int(members or 0), int(referred or 0)


def segment_clause(column: str, value: str) -> tuple[str, list[Any]]:
    """The customer-list condition "in segment ``value`` of ``column`` in the latest run"."""
    col = _column(column)
    return (
        f"c.id IN (SELECT customer_id FROM score_customers WHERE run_id = "
        f"(SELECT max(id) FROM score_runs) AND {col} = ?)",
        [int(value) if col == "stale" else value],
    )


def names(store: Store, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    ids = list(ids)
    out: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for r in store.conn.execute(
            f"SELECT id, code, name FROM customers WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[r[0]] = (r[1], r[2])
    return out
