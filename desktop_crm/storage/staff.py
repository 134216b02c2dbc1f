"""SQL of staff figures: members looked after, interactions and sales per month, the
prospect funnel."""

from __future__ import annotations

from desktop_crm.storage.days import day_end, day_number, stamp_number
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.sync_tables import KIND_CODES, text_sql


def staff(store: Store, include_inactive: bool = True) -> list[sqlite3.Row]:
    where = "" if include_inactive else "WHERE active = 1"
    return store.conn.execute(f"SELECT * FROM staff {where} ORDER BY active DESC, name").fetchall()


def stats(store: Store, first: str, last: str) -> list[sqlite3.Row]:
    """Per staff member: members looked after, interactions and member sales between
    ``first`` and ``last`` (ISO dates, inclusive)."""
    return store.conn.execute(
        "SELECT s.id, s.name, s.role, s.active, s.target_members, s.target_visits_per_month, "
        "coalesce(m.n, 0) AS members, coalesce(i.n, 0) AS interactions, "
        "coalesce(t.revenue, 0) AS revenue, coalesce(t.n, 0) AS sales "
        "FROM staff s "
        "LEFT JOIN (SELECT mm.staff_id, count(*) AS n FROM members mm JOIN customers c "
        "  ON c.id = mm.customer_id WHERE c.deleted_at IS NULL GROUP BY mm.staff_id) m "
        "  ON m.staff_id = s.id "
        "LEFT JOIN (SELECT staff_id, count(*) AS n FROM interactions WHERE deleted_at IS NULL "
        "  AND occurred_at >= ? AND occurred_at < ? GROUP BY staff_id) i "
        "  ON i.staff_id = s.id "
        "LEFT JOIN (SELECT staff_id, sum(amount) AS revenue, count(*) AS n FROM transactions "
        "  WHERE occurred_on BETWEEN ? AND ? GROUP BY staff_id) t ON t.staff_id = s.id "
        "ORDER BY s.active DESC, s.name", (stamp_number(first), day_end(last), day_number(first), day_number(last)),
    ).fetchall()


def member_ids_of(store: Store, staff_id: int | None) -> list[int]:
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM members WHERE staff_id IS ? ORDER BY id", (staff_id,))]


def funnel_rows(store: Store, since: str | None) -> list[tuple[int | None, str, int, int, int]]:
    """``(owner id, source, customers, engaged, bought)`` groups of customers (created since
    ``since``, if given). The source is 'referral' for a referred member, else the channel of
    the first contact logged ('' when none)."""
    where = "c.deleted_at IS NULL" + (" AND c.created_at >= ?" if since else "")
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(
        "SELECT owner_id, source, count(*), sum(engaged), sum(bought) FROM ("
        " SELECT c.owner_id, CASE WHEN m.referred_by IS NOT NULL THEN 'referral' ELSE coalesce("
        "  (SELECT i.channel FROM interactions i WHERE i.customer_id = c.id AND i.deleted_at IS NULL"
        "   ORDER BY i.occurred_at LIMIT 1), '') END AS source,"
        "  EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND i.deleted_at IS NULL)"
        "   OR EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = c.id) AS engaged,"
        "  EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = c.id) AS bought"
        f" FROM customers c LEFT JOIN members m ON m.customer_id = c.id WHERE {where}"
        ") GROUP BY owner_id, source", [stamp_number(since)] if since else [],
    ).fetchall()


def owning(store: Store) -> list[int]:
    """Staff members who own a customer in the file (in the trash or not): one index seek
    each, as ``customer_list.owners`` does."""
    return [r[0] for r in store.conn.execute(
        "SELECT s.id FROM staff s WHERE EXISTS (SELECT 1 FROM customers c "
        "WHERE c.owner_id = s.id)")]


def owners_of(store: Store, ids: list[int]) -> dict[int | None, int]:
    """``{owner id or None: customers}`` among the customers ``ids``."""
    counts: dict[int | None, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for owner, n in store.conn.execute(
                f"SELECT owner_id, count(*) FROM customers WHERE id IN "
                f"({','.join('?' * len(chunk))}) GROUP BY owner_id", chunk):
            counts[owner] = counts.get(owner, 0) + n
    return counts


def team_overview(store: Store, first: str, last: str) -> list[sqlite3.Row]:
    """Per account manager (active staff whose role is account manager, and anyone who owns a
    customer not in the trash): customers owned, visits logged at them between ``first`` and
    ``last`` (ISO dates, inclusive), the visits their tiers ask for in those days (the sum of
    days ÷ the tier's ``visit_every_days``, unrounded), their active plans, and the staff
    member's sync UUID (None before the file was connected)."""
    return store.conn.execute(
        "WITH owned AS (SELECT c.id, c.owner_id, t.visit_every_days AS every FROM customers c "
        "  LEFT JOIN tiers t ON t.key = c.tier WHERE c.deleted_at IS NULL) "
        "SELECT s.id, s.name, "
        " (SELECT count(*) FROM owned o WHERE o.owner_id = s.id) AS customers, "
        " (SELECT count(*) FROM interactions i JOIN owned o ON o.id = i.customer_id "
        "  WHERE o.owner_id = s.id AND i.deleted_at IS NULL AND i.occurred_at >= ? "
        "  AND i.occurred_at < ?) AS visits, "
        " (SELECT coalesce(sum((julianday(?) - julianday(?) + 1) / o.every), 0) FROM owned o "
        "  WHERE o.owner_id = s.id AND o.every > 0) AS asked, "
        " (SELECT count(*) FROM plans p JOIN owned o ON o.id = p.customer_id "
        "  WHERE o.owner_id = s.id AND p.status = 'active') AS active_plans, "
        f" (SELECT {text_sql('uuid')} FROM sync_ids WHERE kind = {KIND_CODES['staff']} "
        "  AND local_id = s.id) AS uuid "
        "FROM staff s WHERE (s.active = 1 AND s.role = 'account_manager') "
        " OR EXISTS (SELECT 1 FROM owned o WHERE o.owner_id = s.id) "
        "ORDER BY s.name", (stamp_number(first), day_end(last), last, first),
    ).fetchall()
