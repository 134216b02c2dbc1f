"""The SQL of exports: customers, contacts, follow-ups and plan actions of a set of customers,
read in chunks of ids (a list of 100,000 customers is never one IN (...))."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3

_CHUNK = 900


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def customers(store: Store, ids: Sequence[int], ways: Sequence[str] = ()) -> Iterator[sqlite3.Row]:
    """Whole customer rows with the owner's name, the tags and the main address's parts, in
    the order of ``ids``; with
    ``ways`` (types of storage/contact_ways.py) the customer's preferred way of each as
    ``way_<type>`` — of a phone type, one that is not the customer's phone."""
    extra = "".join(
        f", (SELECT w.value FROM contact_ways w WHERE w.customer_id = c.id AND w.contact_id IS "
        f"NULL AND w.type = '{t}'{' AND w.value IS NOT c.phone' if t in ('mobile', 'landline') else ''} "
        f"ORDER BY w.preferred DESC, w.id LIMIT 1) AS way_{t}" for t in ways)
    for chunk in _chunks(ids):
        rows = {
            r["id"]: r
            for r in store.conn.execute(
                f"SELECT c.*, s.name AS owner_name, a.province, a.city, a.district, a.street{extra} "
                "FROM customers c LEFT JOIN staff s ON s.id = c.owner_id "
                "LEFT JOIN customer_addresses a ON a.id = (SELECT id FROM customer_addresses "
                "WHERE customer_id = c.id ORDER BY is_main DESC, id LIMIT 1) "
                f"WHERE c.id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        }
        yield from (rows[i] for i in chunk if i in rows)


def contacts(store: Store, ids: Sequence[int]) -> Iterator[sqlite3.Row]:
    """Contacts not in the trash of the customers ``ids``, with the customer's name and code."""
    for chunk in _chunks(ids):
        yield from store.conn.execute(
            "SELECT k.*, c.name AS customer_name, c.code AS customer_code, c.address AS address "
            "FROM contacts k JOIN customers c ON c.id = k.customer_id "
            f"WHERE k.customer_id IN ({','.join('?' * len(chunk))}) AND k.deleted_at IS NULL "
            "ORDER BY k.customer_id, k.is_primary DESC, k.id",
            chunk,
        )


def primary_contacts(store: Store, ids: Sequence[int]) -> dict[int, sqlite3.Row]:
    """The first contact of each customer (primary first), for call lists."""
    out: dict[int, sqlite3.Row] = {}
    for row in contacts(store, ids):
        out.setdefault(row["customer_id"], row)
    return out


def open_follow_ups(store: Store, ids: Sequence[int] | None) -> Iterator[sqlite3.Row]:
    """Open follow-ups (not done, not in the trash) of ``ids``, or of everyone when None."""
    base = (
        "SELECT i.*, c.name AS customer_name, c.code AS customer_code, c.phone AS customer_phone, "
        "c.address AS address, s.name AS staff_name FROM interactions i "
        "JOIN customers c ON c.id = i.customer_id LEFT JOIN staff s ON s.id = i.staff_id "
        "WHERE i.follow_up_due IS NOT NULL AND i.follow_up_done_at IS NULL "
        "AND i.deleted_at IS NULL AND c.deleted_at IS NULL"
    )
    if ids is None:
        yield from store.conn.execute(base + " ORDER BY i.follow_up_due, i.id")
        return
    for chunk in _chunks(ids):
        yield from store.conn.execute(
            base + f" AND i.customer_id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY i.follow_up_due, i.id",
            chunk,
        )


def open_plan_actions(store: Store, ids: Sequence[int] | None) -> Iterator[sqlite3.Row]:
    """Plan actions still open or in progress, with a due date, of plans not archived."""
    base = (
        "SELECT a.*, p.customer_id, p.title AS plan_title, p.version, c.name AS customer_name, "
        "c.code AS customer_code FROM plan_actions a JOIN plans p ON p.id = a.plan_id "
        "JOIN customers c ON c.id = p.customer_id WHERE a.due_date IS NOT NULL "
        "AND a.status IN ('open', 'doing') AND p.status != 'archived' AND c.deleted_at IS NULL"
    )
    if ids is None:
        yield from store.conn.execute(base + " ORDER BY a.due_date, a.id")
        return
    for chunk in _chunks(ids):
        yield from store.conn.execute(
            base + f" AND p.customer_id IN ({','.join('?' * len(chunk))}) ORDER BY a.due_date, a.id",
            chunk,
        )


def all_customer_ids(store: Store) -> list[int]:
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id")]
