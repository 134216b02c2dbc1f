"""The SQL behind the customer list: filtered, sorted pages of customers by keyset, the count
and key index of a whole list, the choices its filters offer, and the writes of bulk edits.

Keyset pagination: every order is ``(key, id)`` where ``key`` is a non-NULL SQL expression
(an empty value is ``''`` or a sentinel, never NULL, so it can be compared), and a page
starts *at* or *after* a known ``(key, id)`` instead of at an OFFSET, so reading the page at
row 90,000 costs what reading the first one does. :func:`layout` (off the UI thread) counts
the list and finds the key of every ``page_size``-th row, the start of every page, so that any
page can be read directly: by seeking from page to page in SQLite (storage/list_anchors.py)
when the order is an index's, else by one walk over the ordered keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.storage import (
    consent,
    ddl,
    list_anchors,
    plans,
    scores,
    search_index,
    search_query,
    visit_plan,
)
from desktop_crm.storage.days import day_number
from desktop_crm.storage.db import Store, now_number
from desktop_crm.storage.driver import sqlite3

Key = tuple[Any, int]  # (sort key, customer id)

# What a filter value means when it is this string: "the field is empty".
NOT_SET = ""

# A follow-up day no real one reaches (a day number, storage/days.py): customers without an
# open follow-up sort after all that have one, and are never "overdue".
NO_FOLLOW_UP = ddl.NO_FOLLOW_UP

# Orders SQLite walks an index for: migration m003 indexes these exact expressions (partial
# indexes over the customers not in the trash; the code has its own unique index).
_SORT_EXPRESSIONS = {
    "code": "c.code",
    "name": "c.name_sort",
    "area": "coalesce(c.area, '')",
    "phone": "coalesce(c.phone, '')",
    "business_format": "coalesce(c.business_format, '')",
    "last_visit": "coalesce(c.last_visit_at, -1)",
    "next_follow_up": f"coalesce(c.next_follow_up, {NO_FOLLOW_UP})",
    "tags": "c.tags_text",
}
# Orders of few distinct values (choice codes, staff), walked one value at a time through the
# column's index, each value's customers by id: the key is the value's rank. Sorting with a
# CASE expression instead would read and sort every row: ~100 ms a page at 100,000.
CHOICE_COLUMNS = ("tier", "lifecycle", "asset_grade")
_GROUP_COLUMNS = {"tier": "tier", "lifecycle": "lifecycle", "asset_grade": "asset_grade",
                  "owner": "owner_id"}
SORTABLE = tuple(_SORT_EXPRESSIONS) + tuple(_GROUP_COLUMNS)

# What a row of the list holds: its columns, raw (codes, staff name, ISO dates).
_ROW = (
    "c.id, c.code, c.name, c.tier, c.lifecycle, c.asset_grade, c.owner_id, s.name AS owner, "
    "c.area, c.phone, c.business_format, c.last_visit_at, c.next_follow_up, "
    "c.tags_text AS tags, c.deleted_at, c.consent_channels, c.consent_on, c.consent_withdrawn_on, "
    f"{consent.STATE} AS consent_state"
)
_CHUNK = 900  # ids per IN (...): under SQLite's 999 host parameters of old builds


@dataclass(frozen=True)
class ListQuery:
    """Which customers, in which order. Filters combine with AND; None means "any".

    ``tier``, ``lifecycle``, ``asset_grade`` and ``area`` take a stored value, or
    :data:`NOT_SET` for customers without one; ``owner_id`` takes a staff id or
    :data:`NOT_SET`. ``search_limit``: read no more than this many search hits (the first
    the index yields), so that a list on screen never sorts the 200,000 hits of 店; exports
    and campaigns leave it None and get every hit. ``overdue_before`` is an ISO date: customers with a follow-up or plan
    action still open that was due before it (domain/follow_ups.py). ``segment`` is ``"column:code"`` of a segment column of the latest
    scoring run (storage/scores.py SEGMENT_COLUMNS). ``choice_order`` ranks the codes of the
    choice column sorted on (codes it leaves out follow, by code; customers without a value come last).
    """

    trashed: bool = False
    search: str = ""
    tier: str | None = None
    lifecycle: str | None = None
    asset_grade: str | None = None
    owner_id: int | str | None = None
    area: str | None = None
    tags: tuple[str, ...] = ()
    overdue_before: str | None = None
    active_plan: bool = False
    segment: str | None = None
    policy: str | None = None      # visit_plan.POLICY_KINDS: within / overdue ...
    policy_on: str | None = None   # ... on this ISO date
    consent: str | None = None     # consent.STATES: given / none / withdrawn
    sort: str = "name"
    descending: bool = False
    choice_order: tuple[str, ...] = ()
    search_limit: int | None = None


@dataclass
class Layout:
    """A whole list at once: its size, the key each page starts at, where a customer is;
    ``more``: the search found more than ``search_limit`` customers, the list holds those of
    the first ``search_limit`` that pass the other filters."""

    count: int
    anchors: list[Key] = field(default_factory=list)
    position: int | None = None
    more: bool = False


# --- building the SQL ---------------------------------------------------------------------


def _where(q: ListQuery) -> tuple[list[str], list[Any]]:
    clauses = ["c.deleted_at IS NOT NULL" if q.trashed else "c.deleted_at IS NULL"]
    params: list[Any] = []
    for column in ("tier", "lifecycle", "asset_grade", "area"):
        value = getattr(q, column)
        if value is None:
            continue
        if value == NOT_SET:
            clauses.append(f"(c.{column} IS NULL OR c.{column} = '')")
        else:
            clauses.append(f"c.{column} = ?")
            params.append(value)
    if q.owner_id is not None:
        if q.owner_id == NOT_SET:
            clauses.append("c.owner_id IS NULL")
        else:
            clauses.append("c.owner_id = ?")
            params.append(int(q.owner_id))
    # IN over the small side's index beats a correlated EXISTS per customer (40 ms -> 4 ms).
    for tag in q.tags:
        clauses.append("c.id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)")
        params.append(tag)
    if q.overdue_before is not None:  # a visit's follow-up or a plan action (plans.OPEN_ACTION)
        clauses.append(
            f"(coalesce(c.next_follow_up, {NO_FOLLOW_UP}) < ? OR c.id IN (SELECT p.customer_id "
            f"FROM plan_actions a JOIN plans p ON p.id = a.plan_id "
            f"WHERE {plans.OPEN_ACTION} AND a.due_date < ?))")
        params += [day_number(q.overdue_before), q.overdue_before]
    if q.active_plan:
        clauses.append("c.id IN (SELECT customer_id FROM plans WHERE status = 'active')")
    if q.policy is not None:
        clauses.append(visit_plan.policy_clause(q.policy))
        params.append(q.policy_on)
    if q.consent is not None:
        clauses.append(consent.state_clause(q.consent))
    if q.segment:
        column, _, code = q.segment.partition(":")
        clause, values = scores.segment_clause(column, code)
        clauses.append(clause)
        params.extend(values)
    if q.search.strip():
        parsed = search_query.parse(q.search)
        if parsed is None:
            clauses.append("0")  # only punctuation typed: nothing matches, as in the search box
        else:
            hits = parsed.sql if q.search_limit is None else f"{parsed.sql} LIMIT {q.search_limit:d}"
            clauses.append(f"c.id IN ({hits})")
            params.extend(parsed.params)
    return clauses, params


def search_has_more(store: Store, q: ListQuery) -> bool:
    """Whether the search of ``q`` finds more customers than its ``search_limit`` (a count
    that stops one past it: a millisecond)."""
    parsed = search_query.parse(q.search) if q.search.strip() else None
    if parsed is None or q.search_limit is None:
        return False
    found = store.conn.execute(
        f"SELECT count(*) FROM ({parsed.sql} LIMIT ?)", (*parsed.params, q.search_limit + 1)
    ).fetchone()[0]
    return found > q.search_limit


def _keyset(expr: str, start: Key, *, forward: bool, inclusive: bool) -> tuple[str, list[Any]]:
    """Rows after (or from) ``start``, written so SQLite seeks the index on ``expr`` and only
    steps through the ties by id."""
    op = ">" if forward else "<"
    tie = f"{op}=" if inclusive else op
    return (
        f"{expr} {op}= ? AND ({expr} {op} ? OR c.id {tie} ?)",
        [start[0], start[0], start[1]],
    )


def _groups(store: Store, q: ListQuery) -> list[tuple[str, list[Any]]]:
    """The values of a grouped order, ascending, as SQL conditions; a value's rank is its key.

    Every possible value has a group, customers or not (an empty group costs one index
    seek), so that ranks do not move when a value gains its first customer: keys read
    before a change still point at the same place after it.
    """
    column = _GROUP_COLUMNS[q.sort]
    return [
        (f"c.{column} IS NULL", []) if v is None else (f"c.{column} = ?", [v])
        for v in _group_values(store, q)
    ]


def _group_values(store: Store, q: ListQuery) -> list[Any]:
    """The values of a grouped order, ascending (None, i.e. NULL, last)."""
    column = _GROUP_COLUMNS[q.sort]
    if q.sort == "owner":
        staff = store.conn.execute("SELECT id, name FROM staff").fetchall()
        values: list[Any] = [
            r[0] for r in sorted(staff, key=lambda r: (_pinyin(r[1]), r[1], r[0]))
        ]
    else:
        values = [code for code in dict.fromkeys(q.choice_order) if code]
        # codes no one ranked (from other tools), after the ranked ones, by their text
        values += sorted(v for v in _distinct(store, column) if v not in values and v)
        values.append("")
    values.append(None)
    return values


def _distinct(store: Store, column: str) -> set[Any]:
    """The distinct non-NULL values of an indexed column, by skip-scanning its index (one
    seek per value, not a pass over 100,000 rows)."""
    return {
        row[0]
        for row in store.conn.execute(
            f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM customers UNION ALL "
            f"SELECT (SELECT min({column}) FROM customers WHERE {column} > v.x) FROM v "
            "WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"
        )
    }


def _pinyin(name: str) -> str:
    """A staff member's name in pinyin, for ordering them (曾 under Z, as a surname)."""
    full, _ = search_index.pinyin_keys(search_index.normalize(name), True)
    return full or search_index.normalize(name)


def keys(
    store: Store,
    q: ListQuery,
    start: Key | None,
    limit: int | None,
    *,
    inclusive: bool = False,
    backwards: bool = False,
) -> list[Key]:
    """``(key, id)`` of up to ``limit`` rows (all when None) in list order after ``start``
    (from it, ``inclusive``), or in reverse order before it with ``backwards``."""
    clauses, params = _where(q)
    forward = q.descending == backwards  # ascending in SQL
    direction = "" if forward else " DESC"
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: a third faster over 100,000 rows
    if q.sort not in _GROUP_COLUMNS:
        if q.sort not in _SORT_EXPRESSIONS:
            raise ValueError(f"cannot sort the customer list by {q.sort!r}")
        key = _SORT_EXPRESSIONS[q.sort]
        if start is not None:
            clause, extra = _keyset(key, start, forward=forward, inclusive=inclusive)
            clauses, params = [*clauses, clause], [*params, *extra]
        sql = (
            f"SELECT {key}, c.id FROM customers c WHERE {' AND '.join(clauses)} "
            f"ORDER BY {key}{direction}, c.id{direction} LIMIT ?"
        )
        return cursor.execute(sql, [*params, -1 if limit is None else limit]).fetchall()

    if start is None and limit is None:
        return _grouped_walk(store, q, clauses, params, forward)
    found: list[Key] = []
    groups = list(enumerate(_groups(store, q)))
    for rank, (condition, values) in groups if forward else reversed(groups):
        if limit is not None and len(found) >= limit:
            break
        extra_sql, extra = "", []
        if start is not None:
            if (rank < start[0]) if forward else (rank > start[0]):
                continue
            if rank == start[0]:
                op = (">" if forward else "<") + ("=" if inclusive else "")
                extra_sql, extra = f" AND c.id {op} ?", [start[1]]
        sql = (
            f"SELECT {rank}, c.id FROM customers c WHERE {' AND '.join(clauses)} "
            f"AND {condition}{extra_sql} ORDER BY c.id{direction} LIMIT ?"
        )
        remaining = -1 if limit is None else limit - len(found)
        found += cursor.execute(sql, [*params, *values, *extra, remaining]).fetchall()
    return found


def _grouped_walk(
    store: Store, q: ListQuery, clauses: list[str], params: list[Any], forward: bool
) -> list[Key]:
    """The whole list in a grouped order in one pass: the customers by id, each put in its
    value's bucket, the buckets in rank order. What :func:`keys` yields group by group with
    one query per value (186 staff: 186 seeks and table reads, ~190 ms at 100,000), in
    ~40 ms."""
    column = _GROUP_COLUMNS[q.sort]
    groups = _group_values(store, q)
    rank = {value: n for n, value in enumerate(groups)}
    buckets: list[list[int]] = [[] for _ in groups]
    cursor = store.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(
        f"SELECT c.{column}, c.id FROM customers c WHERE {' AND '.join(clauses)} ORDER BY c.id",
        params,
    ).fetchall()
    for value, cid in rows:
        n = rank.get(value)
        if n is not None:  # an owner who is no staff member: in no group, as in keys()
            buckets[n].append(cid)
    order = range(len(groups)) if forward else range(len(groups) - 1, -1, -1)
    walk: list[Key] = []
    for n in order:
        ids = buckets[n] if forward else buckets[n][::-1]
        walk += zip([n] * len(ids), ids)
    return walk


# --- reading ------------------------------------------------------------------------------


def page(
    store: Store,
    q: ListQuery,
    start: Key | None = None,
    limit: int = 200,
    *,
    inclusive: bool = False,
) -> list[tuple[Key, sqlite3.Row]]:
    """Up to ``limit`` rows in list order after ``start`` (from it, ``inclusive``), each
    with its key. Keys first, rows second: an order SQLite must sort then carries two
    values per customer through its sorter, not the whole row."""
    return _with_rows(store, keys(store, q, start, limit, inclusive=inclusive))


def page_before(
    store: Store, q: ListQuery, end: Key | None = None, limit: int = 200
) -> list[tuple[Key, sqlite3.Row]]:
    """Up to ``limit`` rows just before ``end`` (the last rows of the list when None), in
    list order: keyset pagination from the other end."""
    return _with_rows(store, keys(store, q, end, limit, backwards=True)[::-1])


def rows(store: Store, ids: Sequence[int]) -> dict[int, sqlite3.Row]:
    """The list's columns of the customers ``ids``."""
    out: dict[int, sqlite3.Row] = {}
    for chunk in _chunks(ids):
        out.update(
            (row["id"], row)
            for row in store.conn.execute(
                f"SELECT {_ROW} FROM customers c LEFT JOIN staff s ON s.id = c.owner_id "
                f"WHERE c.id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return out


def _with_rows(store: Store, found: list[Key]) -> list[tuple[Key, sqlite3.Row]]:
    data = rows(store, [cid for _, cid in found])
    return [((key, cid), data[cid]) for key, cid in found if cid in data]


def count(store: Store, q: ListQuery) -> int:
    clauses, params = _where(q)
    sql = f"SELECT count(*) FROM customers c WHERE {' AND '.join(clauses)}"
    return store.conn.execute(sql, params).fetchone()[0]


def layout(
    store: Store, q: ListQuery, page_size: int = 200, find: int | None = None
) -> Layout:
    """The size of the list, the key every page starts at, and the position of ``find``.

    In an order read from an index (every order of the whole list), SQLite seeks from page to
    page and hands back only the pages' first keys (storage/list_anchors.py): 40-70 ms at
    100,000 customers. An order SQLite would have to sort (some filters) is walked once
    instead, every key read. One read transaction: the count and the keys agree. Meant for a
    worker thread.
    """
    conn = store.conn
    begun = not conn.in_transaction
    if begun:
        conn.execute("BEGIN")
    try:
        found = _seeked_layout(store, q, page_size, find)
        if found is None:
            walk = keys(store, q, None, None)
            position = None
            if find is not None:
                position = next((n for n, (_, cid) in enumerate(walk) if cid == find), None)
            found = Layout(count=len(walk), anchors=walk[::page_size], position=position)
        found.more = search_has_more(store, q)
    finally:
        if begun and conn.in_transaction:
            conn.execute("COMMIT")
    return found


def _seeked_layout(store: Store, q: ListQuery, page_size: int, find: int | None) -> Layout | None:
    """The layout by seeking (list_anchors), or None when the order is not an index's."""
    clauses, params = _where(q)
    where = " AND ".join(clauses)
    conn = store.conn
    if q.sort in _GROUP_COLUMNS:
        groups = _groups(store, q)
        condition, values = groups[0]
        if list_anchors.sorts(conn, f"SELECT c.id FROM customers c WHERE {where} AND "
                              f"{condition} AND c.id > ? ORDER BY c.id", [*params, *values, 0]):
            return None
        column = _GROUP_COLUMNS[q.sort]
        counts = list_anchors.group_counts(conn, where, params, column, _group_values(store, q))
        anchors = list_anchors.grouped_anchors(conn, where, params, groups, counts,
                                               q.descending, page_size)
        position = None if find is None else list_anchors.grouped_position(
            conn, where, params, groups, counts, column, q.descending, find)
        return Layout(count=sum(counts), anchors=anchors, position=position)
    if q.sort not in _SORT_EXPRESSIONS:
        raise ValueError(f"cannot sort the customer list by {q.sort!r}")
    expr = _SORT_EXPRESSIONS[q.sort]
    direction = " DESC" if q.descending else ""
    if list_anchors.sorts(conn, f"SELECT {expr}, c.id FROM customers c WHERE {where} "
                          f"ORDER BY {expr}{direction}, c.id{direction}", params):
        return None
    anchors = list_anchors.sorted_anchors(conn, where, params, expr, q.descending, page_size)
    position = None if find is None else list_anchors.sorted_position(
        conn, where, params, expr, q.descending, find)
    return Layout(count=count(store, q), anchors=anchors, position=position)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


# --- choices for the filters --------------------------------------------------------------


def tiers(store: Store) -> list[sqlite3.Row]:
    """The tiers of this database, in their order (the tiers table is the source of truth)."""
    return store.conn.execute(
        "SELECT key, label_zh, label_en FROM tiers ORDER BY position, key"
    ).fetchall()


def areas(store: Store) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT area FROM customers WHERE area IS NOT NULL AND area != '' ORDER BY area"
        )
    ]


def owners(store: Store) -> list[sqlite3.Row]:
    """Staff who look after customers, and active staff who could (id, name), in pinyin order
    of their names, as a Chinese list of people is read. One index seek per staff member:
    counting their customers instead would read all 100,000 (0.3 s)."""
    found = store.conn.execute(
        "SELECT s.id, s.name FROM staff s WHERE s.active "
        "OR EXISTS (SELECT 1 FROM customers c WHERE c.owner_id = s.id)"
    ).fetchall()
    return sorted(found, key=lambda r: (_pinyin(r["name"]), r["name"], r["id"]))


def tags(store: Store) -> list[sqlite3.Row]:
    """Tags in use, most used first: tag, customers."""
    return store.conn.execute(
        "SELECT tag, count(*) AS customers FROM customer_tags GROUP BY tag "
        "ORDER BY customers DESC, tag"
    ).fetchall()


# --- writes of bulk edits -----------------------------------------------------------------

_BULK_COLUMNS = ("owner_id", "tier", "lifecycle", "asset_grade")


def _checked_column(column: str) -> str:
    if column not in _BULK_COLUMNS:
        raise ValueError(f"{column!r} cannot be changed in bulk")
    return column


def column_values(store: Store, ids: Sequence[int], column: str) -> dict[int, Any]:
    """``{id: value}`` of one column for the customers among ``ids`` that exist."""
    column = _checked_column(column)
    out: dict[int, Any] = {}
    for chunk in _chunks(ids):
        out.update(
            store.conn.execute(
                f"SELECT id, {column} FROM customers WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return out


def set_column(store: Store, values: Mapping[int, Any], column: str) -> None:
    """Set one column of many customers, each to its own value, stamping ``updated_at``."""
    column = _checked_column(column)
    stamp = now_number()
    with store.transaction():
        store.conn.executemany(
            f"UPDATE customers SET {column} = ?, updated_at = ? WHERE id = ?",
            [(value, stamp, cid) for cid, value in values.items()],
        )


def tags_by_customer(store: Store, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """``{id: sorted tags}`` for the customers among ``ids`` that exist (an empty tuple for
    those without tags)."""
    out: dict[int, list[str]] = {}
    for chunk in _chunks(ids):
        for cid, tag in store.conn.execute(
            "SELECT c.id, t.tag FROM customers c LEFT JOIN customer_tags t ON t.customer_id = c.id "
            f"WHERE c.id IN ({','.join('?' * len(chunk))}) ORDER BY c.id, t.tag",
            chunk,
        ):
            out.setdefault(cid, [])
            if tag is not None:
                out[cid].append(tag)
    return {cid: tuple(tags) for cid, tags in out.items()}


def replace_tags(store: Store, tags: Mapping[int, Iterable[str]]) -> None:
    """Give each customer exactly the tags given, stamping ``updated_at``."""
    stamp = now_number()
    ids = list(tags)
    with store.transaction():
        for chunk in _chunks(ids):
            store.conn.execute(
                f"DELETE FROM customer_tags WHERE customer_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        store.conn.executemany(
            "INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)",
            [(cid, tag) for cid, values in tags.items() for tag in values],
        )
        store.conn.executemany(
            "UPDATE customers SET updated_at = ? WHERE id = ?", [(stamp, cid) for cid in ids]
        )
