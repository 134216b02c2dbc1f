"""Read queries of the dossier screen: header facts, plans, purchases, names for history."""

from __future__ import annotations

from desktop_crm.storage import products
from desktop_crm.storage.days import stamp_sql
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3


def last_visit(store: Store, customer_id: int) -> str | None:
    """When the customer was last visited (a timestamp), or None."""
    return store.conn.execute(
        f"SELECT {stamp_sql('max(occurred_at)')} FROM interactions "
        "WHERE customer_id = ? AND deleted_at IS NULL",
        (customer_id,),
    ).fetchone()[0]


def visit_count(store: Store, customer_id: int) -> int:
    """The customer's visits not in the trash (what the Visits tab lists)."""
    return store.conn.execute(
        "SELECT count(*) FROM interactions WHERE customer_id = ? AND deleted_at IS NULL",
        (customer_id,),
    ).fetchone()[0]


def plans_of(store: Store, customer_id: int) -> list[sqlite3.Row]:
    """The customer's account plans, newest version first, with their sizes."""
    return store.conn.execute(
        "SELECT p.id, p.version, p.status, p.plan_date, p.title, "
        "  (SELECT count(*) FROM plan_points WHERE plan_id = p.id) AS points, "
        "  (SELECT count(*) FROM plan_actions WHERE plan_id = p.id) AS actions, "
        "  (SELECT count(*) FROM plan_actions WHERE plan_id = p.id "
        "     AND status IN ('open', 'doing')) AS open_actions "
        "FROM plans p WHERE p.customer_id = ? ORDER BY p.version DESC",
        (customer_id,),
    ).fetchall()


def transactions_of(store: Store, customer_id: int) -> list[sqlite3.Row]:
    return store.conn.execute(
        f"SELECT t.id, t.occurred_on, {products.COLUMNS}, t.quantity, t.amount, t.gross_profit, "
        f"t.points_earned, t.points_redeemed FROM transactions t {products.JOIN.format(row='t')} "
        "WHERE t.customer_id = ? ORDER BY t.occurred_on DESC, t.id DESC",
        (customer_id,),
    ).fetchall()


def transaction_totals(store: Store, customer_id: int) -> sqlite3.Row:
    return store.conn.execute(
        "SELECT count(*) AS count, coalesce(sum(amount), 0) AS amount, "
        "coalesce(sum(gross_profit), 0) AS gross_profit, coalesce(sum(quantity), 0) AS quantity, "
        "coalesce(sum(points_earned), 0) AS points_earned, "
        "coalesce(sum(points_redeemed), 0) AS points_redeemed "
        "FROM transactions WHERE customer_id = ?",
        (customer_id,),
    ).fetchone()


def staff_list(store: Store) -> list[sqlite3.Row]:
    """Staff for pickers: active first, then by name."""
    return store.conn.execute(
        "SELECT id, name, active FROM staff ORDER BY active DESC, name"
    ).fetchall()


def contact_names(store: Store, customer_id: int) -> dict[int, str]:
    """Names of the customer's contacts, those in the trash included (history names them)."""
    return dict(
        store.conn.execute(
            "SELECT id, name FROM contacts WHERE customer_id = ?", (customer_id,)
        ).fetchall()
    )


def interaction_times(store: Store, customer_id: int) -> dict[int, str]:
    return dict(
        store.conn.execute(
            "SELECT id, occurred_at FROM interactions WHERE customer_id = ?", (customer_id,)
        ).fetchall()
    )


def common_tags(store: Store, limit: int = 200) -> list[str]:
    """The tags in use, most used first (for completing what a user types)."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT tag FROM customer_tags GROUP BY tag ORDER BY count(*) DESC, tag LIMIT ?",
            (limit,),
        )
    ]
