"""Every index the file keeps on the customers and their visits, purchases and contacts is
one a query of the app uses (issue 17: indexes were a quarter of a 100k file).

The app's list, search, agenda, dossier, duplicate and scoring queries run on a small demo
file with every statement traced; SQLite's EXPLAIN QUERY PLAN of each says which indexes it
reads. Besides those, an index is kept when it is UNIQUE (a rule of the data) or leads with
a foreign key's column (SQLite reads it when the referenced row is deleted).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from desktop_crm.domain.campaigns import CampaignService
from desktop_crm.domain.care import upcoming
from desktop_crm.domain.customer_list import CustomerFilter, CustomerList, layout
from desktop_crm.domain.demo import build_demo
from desktop_crm.domain.duplicates import likely_duplicates
from desktop_crm.domain.follow_ups import agenda, overdue
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.domain.search import search
from desktop_crm.storage import customer_list as listing
from desktop_crm.storage import dossier, members, queries, staff, visit_list
from desktop_crm.storage.db import open_database

TODAY = date(2026, 11, 1)
CHECKED = ("customers", "contacts", "customer_tags", "interactions", "transactions")
_USES = re.compile(r"USING (?:COVERING )?INDEX (\w+)")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = open_database(tmp_path_factory.mktemp("index-use") / "demo.sqlite3")
    build_demo(store, 300, seed=3, today=TODAY)
    yield store
    store.close()


def exercise(store) -> None:
    """What a day of work asks of the file: the list in every order and filter, searches of
    every kind, the agenda, visits, a dossier, the duplicate warning, a scoring run, the care
    calendar, a campaign's results."""
    lst = CustomerList(store)
    some = store.conn.execute("SELECT id, area, owner_id, name, phone FROM customers "
                              "WHERE area IS NOT NULL AND owner_id IS NOT NULL LIMIT 1").fetchone()
    tag = store.conn.execute("SELECT tag FROM customer_tags LIMIT 1").fetchone()[0]
    ScoringService(store).run(TODAY)
    filters = [
        CustomerFilter(), CustomerFilter(trashed=True), CustomerFilter(search="店"),
        CustomerFilter(tier="key"), CustomerFilter(lifecycle="active"),
        CustomerFilter(asset_grade="good"), CustomerFilter(owner_id=some["owner_id"]),
        CustomerFilter(area=some["area"]), CustomerFilter(tags=(tag,)),
        CustomerFilter(overdue=True), CustomerFilter(active_plan=True),
        CustomerFilter(segment="rfm_segment:champions"), CustomerFilter(tier=""),
    ]
    for flt in filters:
        for sort in listing.SORTABLE:
            for descending in (False, True):
                q = lst.query(flt, sort, descending, today=TODAY)
                first = lst.page(q, None, 5)
                if first:
                    lst.page(q, first[-1][0], 5)
                layout(store, q)
    lst.choices()
    for text in ("店", "烟酒", "明佳烟酒", "mjyj", "8866", "13", "烟酒 13", some["name"]):
        search(store, text)
    agenda(store, TODAY)
    overdue(store, TODAY)
    for f in (visit_list.VisitFilter(), visit_list.VisitFilter(channel="visit"),
              visit_list.VisitFilter(staff_id=some["owner_id"]),
              visit_list.VisitFilter(since=(TODAY - timedelta(days=30)).isoformat())):
        visit_list.visit_page(store, f, 50)
        visit_list.count_visits(store, f)
    cid = some["id"]
    queries.contacts_of(store, cid)
    queries.interactions_of(store, cid, 20)
    queries.history(store, cid)
    queries.open_follow_ups(store, customer_id=cid)
    dossier.transactions_of(store, cid)
    dossier.transaction_totals(store, cid)
    dossier.last_visit(store, cid)
    upcoming(store, TODAY, 30)
    campaigns = CampaignService(store, actor="测试员")
    campaign = campaigns.create({"name": "回访", "starts_on": "2026-10-01", "ends_on": "2026-11-30"})
    campaigns.select_targets(campaign, CustomerFilter(tier="key"), holdout_share=0.1, seed=1)
    campaigns.evaluate(campaign, today=TODAY)
    month = (TODAY - timedelta(days=30)).isoformat()
    staff.stats(store, month, TODAY.isoformat())
    staff.funnel_rows(store, month)
    members.spends_since(store, month)
    likely_duplicates(store, name=some["name"], phone=some["phone"], area=some["area"])
    service = ScoringService(store)
    service.explain(cid)
    service.trend(cid)
    service.refresh(cid, TODAY)


def used_indexes(store) -> set[str]:
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        exercise(store)
    finally:
        store.conn.set_trace_callback(None)
    used = set()
    for sql in dict.fromkeys(statements):
        if not re.match(r"\s*(SELECT|WITH|UPDATE|DELETE|INSERT)", sql, re.IGNORECASE):
            continue
        try:
            plan = store.conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        except Exception:  # a temporary table gone, a statement of another connection
            continue
        used |= {m for row in plan for m in _USES.findall(row[-1])}
    return used


def kept_by_rule(store) -> set[str]:
    """UNIQUE indexes, and those leading with a foreign key's column."""
    kept = set()
    for table in CHECKED:
        keys = {r["from"] for r in store.conn.execute(f"PRAGMA foreign_key_list({table})")}
        for index in store.conn.execute(f"PRAGMA index_list({table})"):
            first = store.conn.execute(f"PRAGMA index_info({index['name']})").fetchone()
            if index["unique"] or (first is not None and first["name"] in keys):
                kept.add(index["name"])
    return kept


def test_every_index_kept_is_used_by_a_query_of_the_app(demo) -> None:
    indexes = {r[0] for r in demo.conn.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
        f"({', '.join('?' * len(CHECKED))})", CHECKED)}
    unused = indexes - used_indexes(demo) - kept_by_rule(demo)
    assert unused == set()
