"""SQL of campaigns, their targets and saved filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_crm.storage.days import day_number
from desktop_crm.storage.db import Store, now
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.scores import SEGMENT_COLUMNS


def campaigns(store: Store) -> list[sqlite3.Row]:
    """Every campaign with its counts of targets, holdout, assigned and contacted."""
    return store.conn.execute(
        "SELECT c.*, coalesce(t.n, 0) AS targets, coalesce(t.holdout, 0) AS held, "
        "coalesce(t.contacted, 0) AS contacted FROM campaigns c LEFT JOIN ("
        "SELECT campaign_id, count(*) AS n, sum(holdout) AS holdout, "
        "sum(contacted_at IS NOT NULL) AS contacted FROM campaign_targets GROUP BY campaign_id"
        ") t ON t.campaign_id = c.id ORDER BY c.id DESC"
    ).fetchall()


def replace_targets(store: Store, campaign_id: int, rows: Sequence[tuple[int, int | None, int]]) -> None:
    """The targets become ``(customer id, staff id, holdout)`` rows, all at once."""
    with store.transaction():
        store.conn.execute("DELETE FROM campaign_targets WHERE campaign_id = ?", (campaign_id,))
        store.conn.executemany(
            "INSERT INTO campaign_targets (campaign_id, customer_id, staff_id, holdout) "
            "VALUES (?, ?, ?, ?)", [(campaign_id, c, s, h) for c, s, h in rows],
        )


def recorded_count(store: Store, campaign_id: int) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM campaign_targets WHERE campaign_id = ? AND contacted_at IS NOT NULL",
        (campaign_id,),
    ).fetchone()[0]


def target_owners(store: Store, campaign_id: int) -> list[tuple[int, int, int | None]]:
    """``(target id, customer id, owner id)`` of the targets not held back, by customer."""
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(
        "SELECT t.id, t.customer_id, c.owner_id FROM campaign_targets t "
        "JOIN customers c ON c.id = t.customer_id WHERE t.campaign_id = ? AND t.holdout = 0 "
        "ORDER BY t.customer_id", (campaign_id,),
    ).fetchall()


def set_staff(store: Store, assignment: dict[int, int | None]) -> None:
    with store.transaction():
        store.conn.executemany("UPDATE campaign_targets SET staff_id = ? WHERE id = ?",
                               [(s, t) for t, s in assignment.items()])


def targets(store: Store, campaign_id: int, *, staff_id: int | None = None,
            holdout: bool | None = None, open_only: bool = False) -> list[sqlite3.Row]:
    where, params = ["t.campaign_id = ?"], [campaign_id]
    if staff_id is not None:
        where.append("t.staff_id = ?")
        params.append(staff_id)
    if holdout is not None:
        where.append("t.holdout = ?")
        params.append(int(holdout))
    if open_only:
        where.append("t.contacted_at IS NULL")
    return store.conn.execute(
        "SELECT t.*, c.name, c.code, c.phone, c.tier, c.lifecycle, s.name AS staff_name "
        "FROM campaign_targets t JOIN customers c ON c.id = t.customer_id "
        f"LEFT JOIN staff s ON s.id = t.staff_id WHERE {' AND '.join(where)} "
        "ORDER BY t.holdout, s.name, c.name_sort, t.id", params,
    ).fetchall()


def target(store: Store, target_id: int) -> sqlite3.Row | None:
    return store.conn.execute("SELECT * FROM campaign_targets WHERE id = ?", (target_id,)).fetchone()


def record(store: Store, target_id: int, values: dict[str, Any]) -> None:
    store.update("campaign_targets", target_id, values)


def evaluation_rows(store: Store, campaign_id: int, first: str, last: str,
                    score_column: str | None = None) -> list[tuple]:
    """Per target: id, customer id, staff id, holdout, outcome, tier, lifecycle, member level,
    segment code (``score_column`` of the latest scoring run), revenue and purchases in the
    window, and the customer's owner (account manager) id."""
    score = "NULL"
    params: list[Any] = [day_number(first), day_number(last), campaign_id]
    if score_column:
        if score_column not in SEGMENT_COLUMNS:
            raise ValueError(f"no segment column {score_column!r}")
        score = (f"(SELECT s.{score_column} FROM score_customers s WHERE s.customer_id = t.customer_id "
                 "AND s.run_id = (SELECT max(id) FROM score_runs))")
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(
        f"SELECT t.id, t.customer_id, t.staff_id, t.holdout, t.outcome, c.tier, c.lifecycle, "
        f"m.level, {score}, coalesce(x.revenue, 0), coalesce(x.n, 0), c.owner_id "
        "FROM campaign_targets t JOIN customers c ON c.id = t.customer_id "
        "LEFT JOIN members m ON m.customer_id = t.customer_id "
        "LEFT JOIN (SELECT tr.customer_id, sum(tr.amount) AS revenue, count(*) AS n "
        "  FROM transactions tr WHERE tr.occurred_on BETWEEN ? AND ? "
        "  AND tr.customer_id IN (SELECT customer_id FROM campaign_targets WHERE campaign_id = ?) "
        "  GROUP BY tr.customer_id) x ON x.customer_id = t.customer_id "
        "WHERE t.campaign_id = ?", [*params, campaign_id],
    ).fetchall()


def has_scores(store: Store) -> bool:
    """Whether a scoring run exists (its segments can split an evaluation)."""
    return store.conn.execute("SELECT 1 FROM score_runs LIMIT 1").fetchone() is not None


def saved_filters(store: Store) -> list[sqlite3.Row]:
    return store.conn.execute("SELECT * FROM saved_filters ORDER BY name").fetchall()


def save_filter(store: Store, name: str, text: str) -> int:
    with store.transaction():
        store.conn.execute(
            "INSERT INTO saved_filters (name, filter, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET filter = excluded.filter", (name, text, now()),
        )
        return store.conn.execute("SELECT id FROM saved_filters WHERE name = ?", (name,)).fetchone()[0]
