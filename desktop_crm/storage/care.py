"""SQL of the care calendar: birthdays, children's birthdays, anniversaries, due dates and
follow-ups falling on given days (customers in the trash are left out)."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_crm.storage.days import day_number
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3


def _marks(values: Sequence[str]) -> str:
    return ",".join("?" * len(values))


def birthdays(store: Store, month_days: Sequence[str]) -> list[sqlite3.Row]:
    """Contacts born on any of ``month_days`` ('MM-DD'), with the member card if any."""
    if not month_days:
        return []
    return store.conn.execute(
        "SELECT ct.id AS contact_id, ct.name, ct.birthday AS born, coalesce(ct.mobile, ct.phone, cu.phone) "
        "AS phone, cu.id AS customer_id, cu.name AS customer_name, cu.owner_id AS staff_id, "
        "m.id AS member_id FROM contacts ct JOIN customers cu ON cu.id = ct.customer_id "
        "LEFT JOIN members m ON m.customer_id = cu.id "
        f"WHERE substr(ct.birthday, 6, 5) IN ({_marks(month_days)}) AND ct.birthday IS NOT NULL "
        "AND ct.deleted_at IS NULL AND cu.deleted_at IS NULL", list(month_days),
    ).fetchall()


def children_birthdays(store: Store, month_days: Sequence[str]) -> list[sqlite3.Row]:
    if not month_days:
        return []
    return store.conn.execute(
        "SELECT m.id AS member_id, cu.id AS customer_id, cu.name, j.value AS born, "
        "cu.phone, m.staff_id FROM members m JOIN customers cu ON cu.id = m.customer_id, "
        "json_each(m.children_birthdays) j WHERE m.children_birthdays IS NOT NULL "
        f"AND substr(j.value, 6, 5) IN ({_marks(month_days)}) AND cu.deleted_at IS NULL",
        list(month_days),
    ).fetchall()


def anniversaries(store: Store, month_days: Sequence[str]) -> list[sqlite3.Row]:
    if not month_days:
        return []
    return store.conn.execute(
        "SELECT m.id AS member_id, cu.id AS customer_id, cu.name, m.joined_on AS born, "
        "cu.phone, m.staff_id FROM members m JOIN customers cu ON cu.id = m.customer_id "
        f"WHERE substr(m.joined_on, 6, 5) IN ({_marks(month_days)}) AND cu.deleted_at IS NULL",
        list(month_days),
    ).fetchall()


def due_dates(store: Store, first: str, last: str) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT m.id AS member_id, cu.id AS customer_id, cu.name, m.expected_due_date AS day, "
        "cu.phone, m.staff_id FROM members m JOIN customers cu ON cu.id = m.customer_id "
        "WHERE m.expected_due_date BETWEEN ? AND ? AND cu.deleted_at IS NULL", (first, last),
    ).fetchall()


def follow_ups(store: Store, first: str, last: str) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT i.id AS interaction_id, cu.id AS customer_id, cu.name, i.follow_up_due AS day, "
        "cu.phone, i.staff_id, i.next_step FROM interactions i "
        "JOIN customers cu ON cu.id = i.customer_id "
        "WHERE i.follow_up_due BETWEEN ? AND ? AND i.follow_up_done_at IS NULL "
        "AND i.deleted_at IS NULL AND cu.deleted_at IS NULL", (day_number(first), day_number(last)),
    ).fetchall()


def member_people(store: Store) -> list[sqlite3.Row]:
    """Every member (not in the trash) with their mobile, for a festival greeting."""
    return store.conn.execute(
        "SELECT m.id AS member_id, cu.id AS customer_id, cu.name, "
        "coalesce((SELECT ct.mobile FROM contacts ct WHERE ct.customer_id = cu.id AND "
        "ct.role = 'self' AND ct.deleted_at IS NULL ORDER BY ct.id LIMIT 1), cu.phone) AS phone, "
        "m.staff_id FROM members m JOIN customers cu ON cu.id = m.customer_id "
        "WHERE cu.deleted_at IS NULL ORDER BY m.id"
    ).fetchall()


def customer_people(store: Store, customer_ids: Sequence[int]) -> list[sqlite3.Row]:
    """Whom to greet at each customer: the primary contact (else the first, else the
    customer itself), with a mobile, the member id if any, and the owner."""
    out: list[sqlite3.Row] = []
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out += store.conn.execute(
            "SELECT m.id AS member_id, cu.id AS customer_id, coalesce(ct.name, cu.name) AS name, "
            "coalesce(ct.mobile, ct.phone, cu.phone) AS phone, cu.owner_id AS staff_id, "
            "ct.id AS contact_id FROM customers cu LEFT JOIN members m ON m.customer_id = cu.id "
            "LEFT JOIN contacts ct ON ct.id = (SELECT c2.id FROM contacts c2 WHERE "
            "c2.customer_id = cu.id AND c2.deleted_at IS NULL ORDER BY c2.is_primary DESC, c2.id "
            f"LIMIT 1) WHERE cu.id IN ({_marks(chunk)}) AND cu.deleted_at IS NULL ORDER BY cu.id",
            chunk,
        ).fetchall()
    return out


def member_facts(store: Store, member_ids: Sequence[int]) -> dict[int, sqlite3.Row]:
    """Card, level, points and staff name of members, for the placeholders of a greeting."""
    out: dict[int, sqlite3.Row] = {}
    ids = list(member_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in store.conn.execute(
            "SELECT m.id, m.card_no, m.level, m.points_balance, m.joined_on, s.name AS staff_name "
            f"FROM members m LEFT JOIN staff s ON s.id = m.staff_id WHERE m.id IN ({_marks(chunk)})",
            chunk,
        ):
            out[r["id"]] = r
    return out
