"""The SQL of the week's visit plan: one account manager's customers with their tier's visit
frequency and their last visit before the week, the visits logged in the week, and the
customers' coordinates (user-defined fields keyed ``latitude`` and ``longitude``, or
``wei_du`` and ``jing_du``: the keys of imported columns 纬度 and 经度).

"A visit" is any interaction logged at the customer, as the team overview counts them
(storage/staff.py ``team_overview``).
"""

from __future__ import annotations

from desktop_crm.storage.days import day_end, stamp_day_sql, stamp_number
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3

# The keys of the user-defined customer fields read as coordinates (decimal degrees): an
# imported column "latitude" / "纬度" becomes a field keyed latitude / wei_du (make_key).
LATITUDE = ("latitude", "lat", "wei_du")
LONGITUDE = ("longitude", "lng", "lon", "jing_du")


def customers_of(store: Store, staff_id: int, before: str) -> list[sqlite3.Row]:
    """The customers ``staff_id`` owns (not in the trash), each with the tier's
    ``visit_every_days`` as ``every`` (None without a tier or frequency), the date of the last
    visit before ``before`` (ISO date; None if never), the primary (else first) contact's name
    and phone, by code. One index seek per customer for the last visit."""
    return store.conn.execute(
        "SELECT c.id, c.code, c.name, c.tier, c.address, c.area, c.phone, t.visit_every_days AS every, "
        f" (SELECT {stamp_day_sql('max(i.occurred_at)')} FROM interactions i "
        "  WHERE i.customer_id = c.id AND i.deleted_at IS NULL AND i.occurred_at < ?) AS last_visit, "
        " k.name AS contact, coalesce(k.mobile, k.phone) AS contact_phone "
        "FROM customers c LEFT JOIN tiers t ON t.key = c.tier "
        # min(id) twice rather than ORDER BY is_primary: no sort per customer (36 -> 5 ms)
        "LEFT JOIN contacts k ON k.id = coalesce("
        " (SELECT min(id) FROM contacts WHERE customer_id = c.id AND deleted_at IS NULL "
        "  AND is_primary = 1), "
        " (SELECT min(id) FROM contacts WHERE customer_id = c.id AND deleted_at IS NULL)) "
        "WHERE c.owner_id = ? AND c.deleted_at IS NULL ORDER BY c.code",
        (stamp_number(before), staff_id),
    ).fetchall()


def visits_between(store: Store, staff_id: int, first: str, last: str) -> list[sqlite3.Row]:
    """``(customer_id, day, interaction id)`` of the visits logged at ``staff_id``'s customers
    between ``first`` and ``last`` (ISO dates, inclusive), earliest first: per customer on
    its index of visits by date."""
    return store.conn.execute(
        f"SELECT i.customer_id, {stamp_day_sql('i.occurred_at')} AS day, i.id FROM customers c "
        "JOIN interactions i ON i.customer_id = c.id AND i.occurred_at >= ? "
        " AND i.occurred_at < ? AND i.deleted_at IS NULL "
        "WHERE c.owner_id = ? AND c.deleted_at IS NULL ORDER BY i.occurred_at, i.id",
        (stamp_number(first), day_end(last), staff_id),
    ).fetchall()


def undated_actions(store: Store, customer_ids: list[int]) -> dict[int, list[str]]:
    """``{customer id: texts}`` of the open actions without a date of the customers' active
    plans, in the plan's order: what the plan asks to work on at any visit (those with a date
    reach the agenda, ``plans.OPEN_ACTION``)."""
    out: dict[int, list[str]] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = customer_ids[start:start + 500]
        for cid, text in store.conn.execute(
            "SELECT p.customer_id, a.text FROM plans p JOIN plan_actions a ON a.plan_id = p.id "
            "WHERE p.status = 'active' AND a.due_date IS NULL AND a.status IN ('open', 'doing') "
            f"AND p.customer_id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY p.customer_id, a.position", chunk,
        ):
            out.setdefault(cid, []).append(text)
    return out


def coordinates(store: Store, customer_ids: list[int]) -> dict[int, tuple[str, str]]:
    """``{customer id: (latitude, longitude)}`` as stored (text) for those of ``customer_ids``
    that have both user-defined fields filled."""
    out: dict[int, tuple[str, str]] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = customer_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for cid, lat, lon in store.conn.execute(
            "SELECT la.entity_id, la.value, lo.value FROM custom_values la "
            "JOIN custom_fields fa ON fa.id = la.field_id AND fa.entity = 'customer' "
            f"AND fa.key IN ({','.join('?' * len(LATITUDE))}) "
            "JOIN custom_fields fo ON fo.entity = 'customer' "
            f"AND fo.key IN ({','.join('?' * len(LONGITUDE))}) "
            "JOIN custom_values lo ON lo.field_id = fo.id AND lo.entity_id = la.entity_id "
            f"WHERE la.entity_id IN ({marks}) AND la.value IS NOT NULL AND lo.value IS NOT NULL",
            (*LATITUDE, *LONGITUDE, *chunk),
        ):
            out[cid] = (lat, lon)
    return out


def staff_of(store: Store) -> list[sqlite3.Row]:
    """Active staff who own a customer, or are account managers, by name: whom a plan is for."""
    return store.conn.execute(
        "SELECT s.id, s.name FROM staff s WHERE s.active = 1 AND (s.role = 'account_manager' "
        " OR EXISTS (SELECT 1 FROM customers c WHERE c.owner_id = s.id)) ORDER BY s.name"
    ).fetchall()


# --- visit policy compliance ------------------------------------------------------------------

# The visit frequency of customer ``c``'s tier, NULL when it asks none.
_EVERY = "(SELECT t.visit_every_days FROM tiers t WHERE t.key = c.tier AND t.visit_every_days > 0)"
_DUE = f"date(c.last_visit_at, 'unixepoch', '+' || {_EVERY} || ' days')"
POLICY_KINDS = ("within", "overdue")


def policy_clause(kind: str) -> str:
    """A condition on customers ``c`` taking one parameter, the day (ISO date): ``within``,
    their tier asks a visit every N days and the last visit was at most N days before it;
    ``overdue``, it asks one and the last visit is older (or there was none). On the
    customers' ``last_visit_at``, kept up to date by triggers: for the list, as of today."""
    if kind == "within":
        return f"({_EVERY} IS NOT NULL AND c.last_visit_at IS NOT NULL AND {_DUE} >= ?)"
    if kind == "overdue":
        return f"({_EVERY} IS NOT NULL AND (c.last_visit_at IS NULL OR {_DUE} < ?))"
    raise ValueError(f"{kind!r} is not one of {', '.join(POLICY_KINDS)}")


def policy_counts(store: Store, on: str) -> list[tuple[int | None, str, int, int]]:
    """``(owner id, tier, customers, within policy)`` on the day ``on`` (ISO date), over the
    customers not in the trash whose tier asks a visit every N days; "within" counts a
    customer whose last visit on or before ``on`` was at most N days before it."""
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(
        "WITH p AS (SELECT c.owner_id, c.tier, t.visit_every_days AS every, "
        " (SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id "
        "  AND i.deleted_at IS NULL AND i.occurred_at < ?) AS last "
        " FROM customers c JOIN tiers t ON t.key = c.tier "
        " WHERE c.deleted_at IS NULL AND t.visit_every_days > 0) "
        "SELECT owner_id, tier, count(*), coalesce(sum(last IS NOT NULL AND "
        " date(last, 'unixepoch', '+' || every || ' days') >= ?), 0) "
        "FROM p GROUP BY owner_id, tier", (day_end(on), on),
    ).fetchall()


def tier_frequencies(store: Store) -> dict[str, int]:
    """``{tier: visit every N days}`` of the tiers that ask visits."""
    return dict(store.conn.execute(
        "SELECT key, visit_every_days FROM tiers WHERE visit_every_days > 0").fetchall())
