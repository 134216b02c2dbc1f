"""Account plans in SQL: one plan with its SWOT points, strategies, actions and objectives;
versions of a customer's plan; templates; the plan actions the follow-up agenda shows; and
what a printed file card reads (contacts, last visits, latest scores).

A plan's lists are saved whole: the editor holds the entire plan, so replacing its rows in
one transaction is simpler and safer than diffing row by row (a plan has tens of rows).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from desktop_crm.storage.db import Store, now
from desktop_crm.storage.driver import sqlite3

# Migration m006_plans (schema.py runs it): the plan's background as written on it, the
# strategies paired from the SWOT (SO, ST, WO, WT), at most one active plan per customer,
# and an index for objectives, which m001 left without one.
DDL = """
ALTER TABLE plans ADD COLUMN background TEXT;
CREATE TABLE plan_strategies (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('SO', 'ST', 'WO', 'WT')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX plan_strategies_plan ON plan_strategies(plan_id, kind, position);
CREATE INDEX plan_objectives_plan ON plan_objectives(plan_id, position);
CREATE UNIQUE INDEX plans_one_active ON plans(customer_id) WHERE status = 'active';
"""

PLAN_COLUMNS = (
    "template", "status", "plan_date", "title", "background", "business_format_analysis",
    "consumer_groups", "competition", "owner_personality", "closing", "signed_by_customer",
    "signed_by_manager", "signed_on",
)
_CHUNK = 900


# --- one plan -----------------------------------------------------------------------------

def plan(store: Store, plan_id: int) -> sqlite3.Row | None:
    return store.get("plans", plan_id)


def children(store: Store, plan_id: int) -> dict[str, list[sqlite3.Row]]:
    """The plan's points, strategies, actions and objectives, each in their order."""
    conn = store.conn
    return {
        "points": conn.execute(
            "SELECT quadrant, text FROM plan_points WHERE plan_id = ? "
            "ORDER BY quadrant, position, id", (plan_id,)).fetchall(),
        "strategies": conn.execute(
            "SELECT kind, text FROM plan_strategies WHERE plan_id = ? "
            "ORDER BY kind, position, id", (plan_id,)).fetchall(),
        "actions": conn.execute(
            "SELECT text, owner, due_date, status, result FROM plan_actions WHERE plan_id = ? "
            "ORDER BY position, id", (plan_id,)).fetchall(),
        "objectives": conn.execute(
            "SELECT text, target FROM plan_objectives WHERE plan_id = ? "
            "ORDER BY position, id", (plan_id,)).fetchall(),
    }


def insert_plan(store: Store, customer_id: int, version: int, values: Mapping[str, Any],
                actor: str) -> int:
    row = {k: values.get(k) for k in PLAN_COLUMNS}
    row.update(customer_id=customer_id, version=version, created_by=actor)
    return store.insert("plans", row)


def update_plan(store: Store, plan_id: int, values: Mapping[str, Any]) -> None:
    store.update("plans", plan_id, {k: values[k] for k in PLAN_COLUMNS if k in values})


def replace_children(
    store: Store, plan_id: int, points: Sequence[tuple[str, str]],
    strategies: Sequence[tuple[str, str]], actions: Sequence[Mapping[str, Any]],
    objectives: Sequence[tuple[str, str | None]],
) -> None:
    """Replace every list of the plan (positions follow the given order)."""
    conn = store.conn
    with store.transaction():
        for table in ("plan_points", "plan_strategies", "plan_actions", "plan_objectives"):
            conn.execute(f"DELETE FROM {table} WHERE plan_id = ?", (plan_id,))
        conn.executemany(
            "INSERT INTO plan_points (plan_id, quadrant, position, text) VALUES (?, ?, ?, ?)",
            [(plan_id, q, pos, text) for pos, (q, text) in enumerate(points, start=1)])
        conn.executemany(
            "INSERT INTO plan_strategies (plan_id, kind, position, text) VALUES (?, ?, ?, ?)",
            [(plan_id, k, pos, text) for pos, (k, text) in enumerate(strategies, start=1)])
        conn.executemany(
            "INSERT INTO plan_actions (plan_id, position, text, owner, due_date, status, result) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(plan_id, pos, a["text"], a.get("owner"), a.get("due_date"),
              a.get("status") or "open", a.get("result"))
             for pos, a in enumerate(actions, start=1)])
        conn.executemany(
            "INSERT INTO plan_objectives (plan_id, position, text, target) VALUES (?, ?, ?, ?)",
            [(plan_id, pos, text, target) for pos, (text, target) in enumerate(objectives, start=1)])


def delete_plan(store: Store, plan_id: int) -> None:
    store.delete("plans", plan_id)


def set_status(store: Store, plan_id: int, status: str) -> None:
    """Set the status; making a plan active archives the customer's active one first (the
    unique index allows one active plan per customer)."""
    with store.transaction():
        if status == "active":
            store.conn.execute(
                "UPDATE plans SET status = 'archived', updated_at = ? WHERE status = 'active' "
                "AND customer_id = (SELECT customer_id FROM plans WHERE id = ?) AND id <> ?",
                (now(), plan_id, plan_id))
        store.update("plans", plan_id, {"status": status})


# --- a customer's versions ------------------------------------------------------------------

def versions(store: Store, customer_id: int) -> list[sqlite3.Row]:
    """``id, version, status, plan_date, title`` of every plan of the customer, newest first."""
    return store.conn.execute(
        "SELECT id, version, status, plan_date, title FROM plans WHERE customer_id = ? "
        "ORDER BY version DESC", (customer_id,)).fetchall()


def next_version(store: Store, customer_id: int) -> int:
    return store.conn.execute(
        "SELECT coalesce(max(version), 0) + 1 FROM plans WHERE customer_id = ?", (customer_id,)
    ).fetchone()[0]


def plan_to_print(store: Store, customer_ids: Sequence[int]) -> dict[int, int]:
    """customer id -> the plan to print for it: the active one, else the newest version."""
    out: dict[int, int] = {}
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = list(customer_ids[start:start + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        for customer_id, plan_id in store.conn.execute(
            "SELECT customer_id, id FROM plans p WHERE customer_id IN (" + marks + ") "
            "ORDER BY customer_id, status = 'active', version", chunk,
        ):
            out[customer_id] = plan_id  # the last row of each customer wins
    return out


def customers_with_plans(store: Store, status: str | None = None) -> list[int]:
    """Customers not in the trash that have a plan (of ``status``), by customer code."""
    sql = ("SELECT DISTINCT c.id, c.code FROM customers c JOIN plans p ON p.customer_id = c.id "
           "WHERE c.deleted_at IS NULL")
    params: list[Any] = []
    if status is not None:
        sql += " AND p.status = ?"
        params.append(status)
    return [r[0] for r in store.conn.execute(sql + " ORDER BY c.code", params)]


def all_plans(store: Store, status: str | None = None) -> list[sqlite3.Row]:
    """Every plan of customers not in the trash, with customer and sizes, newest date first."""
    sql = (
        "SELECT p.id, p.customer_id, c.code, c.name AS customer_name, p.version, p.status, "
        "p.plan_date, p.template, s.name AS owner, "
        "(SELECT count(*) FROM plan_actions a WHERE a.plan_id = p.id "
        "   AND a.status IN ('open', 'doing')) AS open_actions "
        "FROM plans p JOIN customers c ON c.id = p.customer_id "
        "LEFT JOIN staff s ON s.id = c.owner_id WHERE c.deleted_at IS NULL"
    )
    params: list[Any] = []
    if status is not None:
        sql += " AND p.status = ?"
        params.append(status)
    return store.conn.execute(sql + " ORDER BY p.plan_date DESC, p.id DESC", params).fetchall()


# --- templates ----------------------------------------------------------------------------

def templates(store: Store) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT key, name_zh, name_en, headings, boilerplate FROM plan_templates ORDER BY rowid"
    ).fetchall()


def save_template(store: Store, key: str, headings: str, boilerplate: str) -> None:
    with store.transaction():
        store.conn.execute(
            "UPDATE plan_templates SET headings = ?, boilerplate = ? WHERE key = ?",
            (headings, boilerplate, key))


# --- the follow-up agenda -------------------------------------------------------------------

# An action still to do, with a due date, of an active plan (``a`` the action, ``p`` its plan):
# on the agenda, and counted as overdue past its date (domain/follow_ups.py).
OPEN_ACTION = "a.due_date IS NOT NULL AND a.status IN ('open', 'doing') AND p.status = 'active'"


def open_actions_due(store: Store, staff_name: str | None = None,
                     staff_id: int | None = None, before: date | None = None,
                     customer_id: int | None = None) -> list[sqlite3.Row]:
    """Open actions with a due date of active plans of customers not in the trash, earliest
    first; with ``before``, those due before that day. With a staff member: actions they
    own, or unowned ones of customers they own."""
    sql = (
        "SELECT a.id, a.plan_id, a.text, a.owner, a.due_date, a.status, p.customer_id, "
        "p.version, c.code, c.name AS customer_name "
        "FROM plan_actions a JOIN plans p ON p.id = a.plan_id "
        "JOIN customers c ON c.id = p.customer_id "
        f"WHERE {OPEN_ACTION} AND c.deleted_at IS NULL"
    )
    params: list[Any] = []
    if before is not None:
        sql += " AND a.due_date < ?"
        params.append(before.isoformat())
    if customer_id is not None:
        sql += " AND p.customer_id = ?"
        params.append(customer_id)
    if staff_id is not None:
        sql += " AND (a.owner = ? OR (coalesce(a.owner, '') = '' AND c.owner_id = ?))"
        params += [staff_name, staff_id]
    return store.conn.execute(sql + " ORDER BY a.due_date, a.id", params).fetchall()


def action(store: Store, action_id: int) -> sqlite3.Row | None:
    return store.get("plan_actions", action_id)


def update_action(store: Store, action_id: int, values: Mapping[str, Any]) -> None:
    store.update("plan_actions", action_id, values)


# --- what a file card reads -------------------------------------------------------------------

def last_visits(store: Store, customer_id: int, limit: int) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT i.occurred_at, i.channel, i.purpose, i.outcome, i.next_step, i.follow_up_due, "
        "s.name AS staff_name FROM interactions i LEFT JOIN staff s ON s.id = i.staff_id "
        "WHERE i.customer_id = ? AND i.deleted_at IS NULL "
        "ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?", (customer_id, limit)).fetchall()


def latest_snapshot(store: Store, customer_id: int, metric: str) -> sqlite3.Row | None:
    """The newest ``taken_on, value`` of a level metric (deposit balance, market share)."""
    return store.conn.execute(
        "SELECT taken_on, value FROM metric_snapshots WHERE customer_id = ? AND metric = ? "
        "ORDER BY taken_on DESC LIMIT 1", (customer_id, metric)).fetchone()
