"""Dates kept as numbers (storage/days.py), the steps after the purchases' (test_days.py):
m025, a visit's time stamps and follow-up day; m026, when customers, contacts, their ways
and addresses were made and changed; m027, a customer's founding and trading-since days,
last visit and next follow-up; m028, when each change of the history was made and the day
of each metric snapshot. Other tables refer to all of these, so they are made anew
with foreign keys off: a file made by a release keeps every row and every row that refers
to them; a step cut off after its commit finds nothing left to do; what the app writes
afterwards is numbers, read back as text; the customer follows its visits."""

from __future__ import annotations

import re
import shutil
import sqlite3 as plain_sqlite3
from pathlib import Path

import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.storage import customer_list, staff, visit_list
from desktop_crm.storage.db import open_database
from desktop_crm.storage.visit_list import VisitFilter

RELEASE = Path(__file__).parent.parent / "fixtures" / "release-224254d.sqlite3"
VISITS = ("SELECT id, customer_id, occurred_at, follow_up_due, follow_up_done_at, created_at, "
          "updated_at FROM interactions ORDER BY id")
PEOPLE = "SELECT interaction_id, contact_id FROM interaction_contacts ORDER BY 1, 2"
CUSTOMERS = ("SELECT id, last_visit_at, next_follow_up, founded_on, trading_since FROM customers "
             "ORDER BY id")
CUSTOMER_NUMBERS = ("last_visit_at", "next_follow_up", "founded_on", "trading_since")
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
NUMBERS = ("occurred_at", "follow_up_due", "follow_up_done_at", "created_at", "updated_at")


@pytest.fixture
def release(tmp_path) -> Path:
    path = tmp_path / "release.sqlite3"
    shutil.copyfile(RELEASE, path)
    return path


def read(path: Path) -> dict[str, list[tuple]]:
    conn = plain_sqlite3.connect(path)
    try:
        return {q: conn.execute(q).fetchall() for q in (VISITS, PEOPLE, CUSTOMERS)}
    finally:
        conn.close()


def read_through(store) -> dict[str, list[tuple]]:
    return {q: [tuple(r) for r in store.conn.execute(q)] for q in (VISITS, PEOPLE, CUSTOMERS)}


def test_a_release_file_keeps_every_visit_and_who_took_part(release) -> None:
    before = read(release)
    assert len(before[VISITS]) > 50 and len(before[PEOPLE]) > 20
    assert any(row[4] for row in before[VISITS]) and any(row[2] for row in before[CUSTOMERS])
    store = open_database(release)
    try:
        assert read_through(store) == before
        for column in NUMBERS:
            kinds = {r[0] for r in store.conn.execute(f"SELECT typeof({column}) FROM interactions")}
            assert kinds <= {"integer", "null"} and "integer" in kinds, column
        names = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'interactions'")}
        assert {"interactions_recent", "interactions_open_follow_ups", "customers_activity_ai",
                "score_stale_visit_ai", "sync_interactions_upd"} <= names
        assert "interactions_follow_up" not in names
        # m029: the list's indexes without the id the row id repeats
        lean = dict(store.conn.execute("SELECT name, sql FROM sqlite_master WHERE name IN "
                                       "('interactions_recent', 'interactions_channel_recent')"))
        assert [" id" in sql.split("(", 1)[1] for sql in lean.values()] == [False, False]
        for column in CUSTOMER_NUMBERS:  # m027
            kinds = {r[0] for r in store.conn.execute(f"SELECT typeof({column}) FROM customers")}
            assert kinds <= {"integer", "null"} and "integer" in kinds, column
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        store.close()


@pytest.mark.parametrize("step", ["m025_visit_days", "m026_people_stamps", "m027_customer_days",
                                  "m028_history_days"])
def test_a_step_cut_off_after_its_commit_finds_nothing_left_to_do(release, step) -> None:
    store = open_database(release)
    upgraded = read_through(store), stamps_through(store)
    # the step's own commit came, its record did not (a kill between the two)
    store.conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (step,))
    store.close()
    store = open_database(release)
    try:
        assert (read_through(store), stamps_through(store)) == upgraded
        assert store.conn.execute("SELECT count(*) FROM _sqlite_migrations "
                                  "WHERE name = ?", (step,)).fetchone()[0] == 1
    finally:
        store.close()


PEOPLE_TABLES = ("customers", "contacts", "contact_ways", "customer_addresses")
# every table whose rows refer to a customer or a contact: none may lose one
REFERRING = ("contacts", "interactions", "interaction_contacts", "transactions", "customer_tags",
             "plans", "members", "metric_snapshots", "change_log", "custom_values")


OTHERS = {"change_log": "SELECT id, at, typeof(at) FROM change_log ORDER BY id",  # m028
          "metric_snapshots": "SELECT id, taken_on, typeof(taken_on) FROM metric_snapshots "
                              "ORDER BY id"}


def stamps_through(store) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in store.conn.execute(
        f"SELECT id, created_at, updated_at FROM {t} ORDER BY id")] for t in PEOPLE_TABLES}


def test_a_release_file_keeps_its_history_and_snapshots(release) -> None:
    conn = plain_sqlite3.connect(release)
    # snapshots as the release keeps them (its file has none: a bank's deposit balances)
    conn.executemany("INSERT INTO metric_snapshots (customer_id, taken_on, metric, value) "
                     "VALUES ((SELECT min(id) FROM customers), ?, 'deposit_balance', ?)",
                     [("2026-01-31", 1200.0), ("2026-02-28", 1500.5)])
    conn.commit()
    before = {t: conn.execute(q).fetchall() for t, q in OTHERS.items()}
    conn.close()
    assert len(before["change_log"]) > 10 and len(before["metric_snapshots"]) == 2
    store = open_database(release)
    try:
        for table, query in OTHERS.items():
            after = [tuple(r) for r in store.conn.execute(query)]
            assert [r[:2] for r in after] == [r[:2] for r in before[table]], table
            assert {r[2] for r in after} == {"integer"}, table
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_a_release_file_keeps_when_everyone_was_made_and_changed(release) -> None:
    conn = plain_sqlite3.connect(release)
    before = {t: conn.execute(f"SELECT id, created_at, updated_at FROM {t} ORDER BY id").fetchall()
              for t in ("customers", "contacts")}
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in REFERRING}
    conn.close()
    assert len(before["customers"]) > 10 and counts["transactions"] > 100
    store = open_database(release)
    try:
        after = stamps_through(store)
        assert {t: after[t] for t in before} == before
        # the ways and addresses the upgrade made (m019, m020) carry their owner's stamps
        assert len(after["contact_ways"]) > 10 and len(after["customer_addresses"]) > 5
        for table in PEOPLE_TABLES:
            kinds = {r[0] for r in store.conn.execute(
                f"SELECT DISTINCT typeof(created_at) || typeof(updated_at) FROM {table}")}
            assert kinds == {"integerinteger"}, table
            assert all(STAMP.fullmatch(c) and STAMP.fullmatch(u) for _, c, u in after[table])
        assert {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in REFERRING} == counts
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        store.close()


def test_what_the_app_writes_afterwards_is_numbers(tmp_path) -> None:
    store = open_database(tmp_path / "crm.sqlite3")
    try:
        service = CustomerService(store, "李娟")
        cid = service.create({"name": "明佳烟酒", "phone": "13800138000",
                              "address": "湖北省武汉市江汉区解放大道1号"})
        store.insert("contacts", {"customer_id": cid, "name": "王明", "mobile": "13900139000"})
        customer_list.set_column(store, {cid: "A"}, "asset_grade")
        customer_list.replace_tags(store, {cid: ["烟酒"]})
        for table in PEOPLE_TABLES:  # the triggers' ways and the split address included
            rows = store.conn.execute(
                f"SELECT typeof(created_at), typeof(updated_at), created_at FROM {table}").fetchall()
            assert rows and all(r[0] == r[1] == "integer" and STAMP.fullmatch(r[2]) for r in rows)
        # the staff funnel counts the customers made since a day by the stamp
        assert sum(r[2] for r in staff.funnel_rows(store, "2000-01-01")) == 1
        assert staff.funnel_rows(store, "2999-01-01") == []
    finally:
        store.close()


def test_the_customer_follows_its_visits(tmp_path) -> None:
    store = open_database(tmp_path / "crm.sqlite3")
    try:
        cid = store.insert("customers", {"code": "C1", "name": "明佳烟酒"})

        def customer() -> tuple:
            return tuple(store.conn.execute("SELECT last_visit_at, next_follow_up FROM customers "
                                            "WHERE id = ?", (cid,)).fetchone())

        first = store.insert("interactions", {
            "customer_id": cid, "occurred_at": "2026-03-05T09:30:00", "channel": "visit",
            "follow_up_due": "2026-03-20"})
        assert customer() == ("2026-03-05T09:30:00", "2026-03-20")
        second = store.insert("interactions", {
            "customer_id": cid, "occurred_at": "2026-04-01T15:00:00", "channel": "phone",
            "follow_up_due": "2026-04-10"})
        assert customer() == ("2026-04-01T15:00:00", "2026-03-20")
        store.update("interactions", first, {"follow_up_done_at": "2026-03-19T10:00:00"})
        assert customer() == ("2026-04-01T15:00:00", "2026-04-10")
        store.conn.execute("DELETE FROM interactions WHERE id = ?", (second,))
        assert customer() == ("2026-03-05T09:30:00", None)
        # the visit list filters and pages by the same stamps
        page = visit_list.visit_page(store, VisitFilter(since="2026-03-05", until="2026-03-05"), 5)
        assert [(r["id"], r["occurred_at"]) for r in page] == [(first, "2026-03-05T09:30:00")]
        assert visit_list.visit_page(store, VisitFilter(until="2026-03-04"), 5) == []
    finally:
        store.close()
