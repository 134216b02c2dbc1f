"""Where each page of a long customer list starts, found by seeking instead of walking.

Reading every key of a 100,000-customer list into Python takes 150-200 ms (the driver's row
objects, not SQLite's walk: a ``count(*)`` over the same index takes 10 ms). Here SQLite
steps over each page inside the index (``LIMIT 1 OFFSET page_size - 1`` from the previous
page's first row) and hands back only the 500 rows pages start at, and a customer's place is
two counts. Used only when the list's order comes straight from an index: an order SQLite
must sort would be sorted again for every page (customer_list.layout then walks once).

``where`` is the list's WHERE clause (over ``customers c``) with its ``params``; keys are
``(key, id)`` as in customer_list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Key = tuple[Any, int]
Group = tuple[str, list[Any]]  # a grouped order's value as an SQL condition


def sorts(conn, sql: str, params: Sequence[Any]) -> bool:
    """Whether SQLite sorts the rows of ``sql`` itself rather than reading them in order
    from an index."""
    plan = conn.execute(f"EXPLAIN QUERY PLAN {sql}", list(params)).fetchall()
    return any("TEMP B-TREE" in row[-1] for row in plan)


def _one(conn, sql: str, params: Sequence[Any]) -> Any:
    return conn.execute(sql, list(params)).fetchone()


# --- an order by a key expression ---------------------------------------------------------


def sorted_anchors(
    conn, where: str, params: list[Any], expr: str, descending: bool, page_size: int
) -> list[Key]:
    """The key of every ``page_size``-th row of the list ordered by ``(expr, id)``.

    From an anchor ``(v, i)`` the next lies ``page_size - 1`` rows past it. Through
    ``expr >= v AND (expr > v OR id > i)`` SQLite seeks to the first ``v`` and steps over the
    ties of ``v`` up to ``i``: fewer than a page when ``v`` is new at this anchor, but all
    85,000 customers without a follow-up at every page inside them. So inside a run of ties
    (the anchor's key is the previous one's) the next is first looked for among the ties with
    a later id (a seek to ``i``), and only when fewer than a page are left, past them.
    """
    op, direction = ("<", " DESC") if descending else (">", "")
    order = f"{expr}{direction}, c.id{direction}"
    base = f"SELECT {expr}, c.id FROM customers c WHERE {where}"
    among_ties = f"{base} AND {expr} = ? AND c.id {op} ? ORDER BY c.id{direction} LIMIT 1 OFFSET ?"
    onward = (f"{base} AND {expr} {op}= ? AND ({expr} {op} ? OR c.id {op} ?) ORDER BY {order} "
              "LIMIT 1 OFFSET ?")
    row = _one(conn, f"{base} ORDER BY {order} LIMIT 1", params)
    anchors: list[Key] = []
    skip = page_size - 1
    while row is not None:
        value, cid = row
        tied = bool(anchors) and anchors[-1][0] == value
        anchors.append((value, cid))
        row = _one(conn, among_ties, [*params, value, cid, skip]) if tied else None
        if row is None:
            row = _one(conn, onward, [*params, value, value, cid, skip])
    return anchors


def sorted_position(
    conn, where: str, params: list[Any], expr: str, descending: bool, cid: int
) -> int | None:
    """Where customer ``cid`` is in the list ordered by ``(expr, id)``: how many rows come
    before it (None when it is not in the list)."""
    found = _one(conn, f"SELECT {expr} FROM customers c WHERE {where} AND c.id = ?",
                 [*params, cid])
    if found is None:
        return None
    op = ">" if descending else "<"
    before = _one(conn, f"SELECT count(*) FROM customers c WHERE {where} AND {expr} {op} ?",
                  [*params, found[0]])[0]
    ties = _one(conn, f"SELECT count(*) FROM customers c WHERE {where} AND {expr} = ? "
                f"AND c.id {op} ?", [*params, found[0], cid])[0]
    return before + ties


# --- an order of groups (one value at a time, each by id) ---------------------------------


def group_counts(conn, where: str, params: list[Any], column: str, values: list[Any]) -> list[int]:
    """How many customers of the list each value of ``column`` has, in the order of
    ``values`` (one pass over the column's index)."""
    found = dict(conn.execute(
        f"SELECT c.{column}, count(*) FROM customers c WHERE {where} GROUP BY c.{column}",
        params).fetchall())
    return [found.get(value, 0) for value in values]


def grouped_anchors(
    conn, where: str, params: list[Any], groups: Sequence[Group], counts: Sequence[int],
    descending: bool, page_size: int,
) -> list[Key]:
    """The key ``(rank, id)`` of every ``page_size``-th row of a list in groups, from the
    groups' sizes: each anchor is an OFFSET into its group's ids, seeking from the group's
    previous anchor."""
    op, direction = ("<", " DESC") if descending else (">", "")
    order = range(len(groups) - 1, -1, -1) if descending else range(len(groups))
    anchors: list[Key] = []
    at = 0  # list rows before the current group
    for rank in order:
        size = counts[rank]
        condition, values = groups[rank]
        sql = (f"SELECT c.id FROM customers c WHERE {where} AND {condition} AND c.id {op} ? "
               f"ORDER BY c.id{direction} LIMIT 1 OFFSET ?")
        first = -at % page_size  # the group's first row that starts a page
        previous: tuple[int, int] | None = None  # (offset in the group, id)
        for offset in range(first, size, page_size):
            if previous is None:
                start, skip = (-1 if not descending else 1 << 62), offset
            else:
                start, skip = previous[1], offset - previous[0] - 1
            found = _one(conn, sql, [*params, *values, start, skip])
            if found is None:  # the group changed under us: stop here, as a walk would
                break
            anchors.append((rank, found[0]))
            previous = (offset, found[0])
        at += size
    return anchors


def grouped_position(
    conn, where: str, params: list[Any], groups: Sequence[Group], counts: Sequence[int],
    column: str, descending: bool, cid: int,
) -> int | None:
    """Where customer ``cid`` is in a list in groups (None when it is not in the list)."""
    found = _one(conn, f"SELECT c.{column} FROM customers c WHERE {where} AND c.id = ?",
                 [*params, cid])
    if found is None:
        return None
    rank = next((n for n, (_, values) in enumerate(groups)
                 if (values == [found[0]] if values else found[0] is None)), None)
    if rank is None:  # an owner who is no staff member: in no group
        return None
    condition, values = groups[rank]
    op = ">" if descending else "<"
    before = sum(counts[rank + 1:]) if descending else sum(counts[:rank])
    within = _one(conn, f"SELECT count(*) FROM customers c WHERE {where} AND {condition} "
                  f"AND c.id {op} ?", [*params, *values, cid])[0]
    return before + within
