"""Keyset paging of the list of all visits returns exactly what a plain ORDER BY would."""

from __future__ import annotations

import random
from datetime import date

import pytest

from desktop_crm.domain import follow_ups
from desktop_crm.storage import visit_list
from desktop_crm.storage.days import stamp_day_sql
from desktop_crm.storage.visit_list import VisitFilter

CHANNELS = ("visit", "phone", "wechat", "survey")


@pytest.fixture(params=["without indexes", "with indexes"])
def visits_db(request, store, customers):
    """~300 visits over four customers (one in the trash), many sharing a timestamp, some
    in the trash themselves; optionally with the indexes proposed for the schema."""
    rng = random.Random(7)
    staff = store.insert_many("staff", [{"name": "罗超"}, {"name": "许俊"}])
    ids = [customers.create({"name": name}) for name in ("明佳烟酒", "鑫源超市", "文博便利", "老王烟酒")]
    # a handful of moments only, so the order must fall back to customer and id again and again
    moments = [f"2026-{m:02d}-{d:02d}T{h:02d}:00:00" for m in (9, 10, 11) for d in (1, 15)
               for h in (9, 14)]
    rows = [
        {
            "customer_id": rng.choice(ids), "occurred_at": rng.choice(moments),
            "channel": rng.choice(CHANNELS), "staff_id": rng.choice([*staff, None]),
            "purpose": f"第{n}次", "deleted_at": "2026-11-01T00:00:00" if n % 17 == 0 else None,
        }
        for n in range(300)
    ]
    rng.shuffle(rows)
    store.insert_many("interactions", rows)
    customers.delete(ids[3])
    if request.param == "with indexes":
        apply_indexes(store)
    return store, staff


def expected(store, f: VisitFilter) -> list[int]:
    sql = (
        "SELECT i.id FROM interactions i JOIN customers c ON c.id = i.customer_id "
        "WHERE i.deleted_at IS NULL AND c.deleted_at IS NULL"
    )
    params: list[object] = []
    for column, value, op in (("staff_id", f.staff_id, "="), ("channel", f.channel, "=")):
        if value is not None:
            sql += f" AND i.{column} {op} ?"
            params.append(value)
    if f.since:
        sql += f" AND {stamp_day_sql('i.occurred_at')} >= ?"
        params.append(f.since)
    if f.until:
        sql += f" AND {stamp_day_sql('i.occurred_at')} <= ?"
        params.append(f.until)
    order = " ORDER BY i.occurred_at DESC, i.customer_id DESC, i.id DESC"  # a moment by customer
    return [r[0] for r in store.conn.execute(sql + order, params)]


def filters(staff: list[int]) -> list[VisitFilter]:
    return [
        VisitFilter(),
        VisitFilter(channel="phone"),
        VisitFilter(staff_id=staff[0]),
        VisitFilter(staff_id=staff[1], channel="visit"),
        VisitFilter(since="2026-10-01", until="2026-10-15"),
        VisitFilter(channel="survey", since="2026-10-15"),
        VisitFilter(channel="email"),  # nothing
    ]


def test_pages_forward_match_a_plain_order_by(visits_db) -> None:
    store, staff = visits_db
    for f in filters(staff):
        want = expected(store, f)
        assert visit_list.count_visits(store, f) == len(want)
        got: list[int] = []
        key = None
        while True:
            page = visit_list.visit_page(store, f, 7, after=key)
            if not page:
                break
            got += [r["id"] for r in page]
            key = visit_list.key_of(page[-1])
        assert got == want, f


def test_pages_backward_from_the_oldest_match_too(visits_db) -> None:
    store, staff = visits_db
    for f in filters(staff):
        want = expected(store, f)
        got: list[int] = []
        page = visit_list.visit_page(store, f, 7, oldest=True)
        while page:
            got = [r["id"] for r in page] + got
            page = visit_list.visit_page(store, f, 7, before=visit_list.key_of(page[0]))
        assert got == want, f


def test_key_at_skips_to_any_row(visits_db) -> None:
    store, staff = visits_db
    for f in filters(staff)[:4]:
        want = expected(store, f)
        for offset in (0, 1, 6, 7, len(want) // 2, len(want) - 1, len(want)):
            key = visit_list.visit_key_at(store, f, offset)
            assert (key[2] if key else None) == (want[offset] if offset < len(want) else None)
        # from a key in the middle, in both directions
        middle = len(want) // 2
        anchor = visit_list.visit_key_at(store, f, middle)
        assert visit_list.visit_key_at(store, f, 3, after=anchor)[2] == want[middle + 4]
        assert visit_list.visit_key_at(store, f, 3, before=anchor)[2] == want[middle - 4]
        assert visit_list.visit_key_at(store, f, 0, oldest=True)[2] == want[-1]
        # a page after the skipped-to key continues exactly where a plain LIMIT would
        page = visit_list.visit_page(store, f, 7, after=anchor)
        assert [r["id"] for r in page] == want[middle + 1 : middle + 8]


def test_rows_carry_what_the_list_shows(visits_db) -> None:
    store, _ = visits_db
    row = visit_list.visit_page(store, VisitFilter(), 1)[0]
    assert row["customer_name"] in ("明佳烟酒", "鑫源超市", "文博便利")
    assert set(row.keys()) >= {"id", "occurred_at", "channel", "code", "staff_name", "customer_id"}


def apply_indexes(store) -> None:
    for statement in visit_list.INDEX_DDL.split(";"):
        if statement.strip():
            store.conn.execute(statement)


@pytest.mark.parametrize("indexed", [False, True])
def test_overdue_counts_open_follow_ups_of_customers_not_in_the_trash(
    store, customers, visits, indexed
) -> None:
    if indexed:
        apply_indexes(store)
    [luo] = store.insert_many("staff", [{"name": "罗超"}])
    a = customers.create({"name": "明佳烟酒"})
    b = customers.create({"name": "鑫源超市"})
    for cid, due, staff in ((a, "2026-11-10", "罗超"), (a, "2026-11-20", None),
                            (b, "2026-11-05", None), (a, "2026-11-30", "罗超")):
        visits.log_visit(cid, {"occurred_at": "2026-11-01", "channel": "visit",
                               "follow_up_due": due, "staff": staff})
    today = date(2026, 11, 21)
    assert follow_ups.overdue(store, today).items == 3
    assert follow_ups.overdue(store, today, staff_id=luo).items == 1
    done = visits.log_visit(a, {"occurred_at": "2026-11-01", "channel": "phone",
                                "follow_up_due": "2026-11-02"})
    visits.complete_follow_up(done)
    trashed = visits.log_visit(a, {"occurred_at": "2026-11-01", "channel": "phone",
                                   "follow_up_due": "2026-11-02"})
    visits.delete(trashed)
    assert follow_ups.overdue(store, today).items == 3
    customers.delete(b)
    assert follow_ups.overdue(store, today).items == 2
