"""The count, page index and positions of a list (found by seeking, storage/list_anchors.py)
agree with a plain ORDER BY of the same customers on a real file: in every order, both
directions, with filters, across runs of ties longer than a page and groups of many pages."""

# ruff: noqa: F811  (the ``data`` fixture of test_customer_list, imported to be shared)
from __future__ import annotations

import pytest

from desktop_crm.storage import customer_list as listing
from desktop_crm.storage import list_anchors
from desktop_crm.storage.customer_list import NOT_SET, ListQuery
from desktop_crm.storage.days import day_sql
from tests.storage.test_customer_list import CHOICE_ORDERS, data, reference_expr  # noqa: F401

# A filter as the list takes it, and the same customers written the plain way.
FILTERS = [
    ({}, "c.deleted_at IS NULL"),
    ({"tier": "key"}, "c.deleted_at IS NULL AND c.tier = 'key'"),
    ({"area": NOT_SET}, "c.deleted_at IS NULL AND c.area IS NULL"),
    ({"tags": ("重点户",)}, "c.deleted_at IS NULL AND c.tags_text LIKE '%重点户%'"),
    ({"overdue_before": "2025-06-01"},
     f"c.deleted_at IS NULL AND {day_sql('c.next_follow_up')} < '2025-06-01'"),
    ({"search": "明佳"}, "c.deleted_at IS NULL AND c.name = '明佳烟酒'"),
    ({"trashed": True}, "c.deleted_at IS NOT NULL"),
]


def query(sort: str, descending: bool, **filters) -> ListQuery:
    return ListQuery(sort=sort, descending=descending,
                     choice_order=CHOICE_ORDERS.get(sort, ()), **filters)


def ordered(store, sort: str, descending: bool, where: str) -> list[tuple[int, str]]:
    direction = " DESC" if descending else ""
    return [tuple(r) for r in store.conn.execute(
        f"SELECT c.id, {reference_expr(store, sort)} FROM customers c WHERE {where} "
        f"ORDER BY {reference_expr(store, sort)}{direction}, c.id{direction}")]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", listing.SORTABLE)
def test_layout_matches_a_plain_order_by(store, data, sort, descending) -> None:
    outsider = data["ids"][5]  # in the trash
    for filters, where in FILTERS:
        q = query(sort, descending, **filters)
        everything = [cid for cid, _ in ordered(store, sort, descending, where)]
        assert everything or filters.get("trashed"), filters
        for size in (3, 7, 200):
            found = listing.layout(store, q, page_size=size)
            assert found.count == len(everything), (filters, size)
            assert [cid for _, cid in found.anchors] == everything[::size], (filters, size)
            # each anchor reads its page: the keys are the list's own
            for number in range(0, len(found.anchors), 4):
                page = listing.page(store, q, found.anchors[number], size, inclusive=True)
                start = number * size
                assert [r["id"] for _, r in page] == everything[start:start + size]
        for position, cid in list(enumerate(everything))[::5]:
            assert listing.layout(store, q, page_size=7, find=cid).position == position
        if not filters.get("trashed"):
            assert listing.layout(store, q, page_size=7, find=outsider).position is None


def test_ties_longer_than_pages_and_groups_of_many_pages(store, data) -> None:
    """Most customers have no follow-up (one key, dozens of rows) and few tiers: with pages
    of 2 rows an anchor falls inside a run of ties many times over."""
    for sort in ("next_follow_up", "tags", "area", "tier", "owner"):
        for descending in (False, True):
            rows = ordered(store, sort, descending, "c.deleted_at IS NULL")
            keys = [key for _, key in rows]
            assert max(keys.count(k) for k in keys) > 8, sort  # runs of ties over 4 pages
            found = listing.layout(store, query(sort, descending), page_size=2)
            assert [cid for _, cid in found.anchors] == [cid for cid, _ in rows][::2]


def test_a_customer_filtered_out_has_no_position(store, data) -> None:
    q = query("name", False, tier="key")
    other = store.conn.execute(
        "SELECT id FROM customers WHERE deleted_at IS NULL AND tier IS NOT 'key'").fetchone()[0]
    assert listing.layout(store, q, find=other).position is None
    assert listing.layout(store, query("tier", False, tier="key"), find=other).position is None


def test_search_limit_is_kept(store, data) -> None:
    q = query("name", False, search="明佳", search_limit=3)
    found = listing.layout(store, q, page_size=2)
    assert found.count == 3 and found.more
    assert len(found.anchors) == 2


def test_every_order_of_the_whole_list_is_read_from_an_index(store, data) -> None:
    """What makes the page index a seek per page rather than a walk of every customer: no
    order of the list (not in the trash, no filter) needs SQLite to sort."""
    for sort in listing.SORTABLE:
        for descending in (False, True):
            q = query(sort, descending)
            clauses, params = listing._where(q)
            where = " AND ".join(clauses)
            if sort in ("tier", "lifecycle", "asset_grade", "owner"):
                condition, values = listing._groups(store, q)[0]
                sql = (f"SELECT c.id FROM customers c WHERE {where} AND {condition} "
                       f"AND c.id > ? ORDER BY c.id")
                assert not list_anchors.sorts(store.conn, sql, [*params, *values, 0]), sort
                plan = store.conn.execute(
                    f"EXPLAIN QUERY PLAN SELECT c.{listing._GROUP_COLUMNS[sort]}, count(*) "
                    f"FROM customers c WHERE {where} GROUP BY 1", params).fetchall()
                # the index of the customers not in the trash: no row read per customer
                assert "INDEX customers_list_" in plan[-1][-1], sort
            else:
                expr = listing._SORT_EXPRESSIONS[sort]
                direction = " DESC" if descending else ""
                sql = (f"SELECT {expr}, c.id FROM customers c WHERE {where} "
                       f"ORDER BY {expr}{direction}, c.id{direction}")
                assert not list_anchors.sorts(store.conn, sql, params), (sort, descending)


def test_a_release_file_gets_the_list_indexes_and_lays_out_the_same(tmp_path) -> None:
    """m017 on a file made by an earlier release (tests/fixtures/release-182b916.sqlite3:
    45 customers, one in the trash)."""
    import shutil

    from desktop_crm.storage.db import open_database
    from tests.storage.test_lean_search import RELEASE

    path = tmp_path / "old.sqlite3"
    shutil.copyfile(RELEASE, path)
    store = open_database(path)
    try:
        names = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"customers_list_code", "customers_list_tier", "customers_list_lifecycle",
                "customers_list_asset_grade", "customers_list_owner"} <= names
        for sort in ("code", "name", "tier"):
            everything = [cid for cid, _ in ordered(store, sort, False, "c.deleted_at IS NULL")]
            found = listing.layout(store, query(sort, False), page_size=4, find=everything[9])
            assert found.count == len(everything) == 44 and found.position == 9
            assert [cid for _, cid in found.anchors] == everything[::4]
    finally:
        store.close()
