"""Dates kept as numbers (storage/days.py, m024: a purchase's day and time stamp): stored as
whole numbers, read back as the ISO text they were, through every path that writes them —
the app's own writes, a file made by an older release, a record pulled from the team, a
recovery. ``tests/fixtures/release-224254d.sqlite3`` is the release file of test_lean_ids."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3 as plain_sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.storage import days, sync_rows
from desktop_crm.storage.db import connect_read_only, open_database
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.sync_bulk import Loader
from desktop_crm.storage.sync_rows import Record
from tests.storage.test_lean_ids import connect  # the file as connection.connect leaves it

RELEASE = Path(__file__).parent.parent / "fixtures" / "release-224254d.sqlite3"
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


@pytest.fixture
def store(tmp_path):
    store = open_database(tmp_path / "crm.sqlite3")
    yield store
    store.close()


@pytest.fixture
def release(tmp_path) -> Path:
    path = tmp_path / "release.sqlite3"
    shutil.copyfile(RELEASE, path)
    return path


def customer(store) -> int:
    return store.insert("customers", {"code": "C1", "name": "明佳烟酒"})


def test_a_purchase_is_stored_as_numbers_and_read_as_the_dates_it_was_given(store) -> None:
    cid = customer(store)
    tid = store.insert("transactions", {"customer_id": cid, "occurred_on": "2026-03-05",
                                        "amount": 88.0})
    row = store.get("transactions", tid)
    assert row["occurred_on"] == "2026-03-05"
    assert STAMP.fullmatch(row["created_at"])
    stored = store.conn.execute("SELECT typeof(occurred_on), typeof(created_at), "
                                "min(occurred_on) FROM transactions").fetchone()
    assert tuple(stored) == ("integer", "integer", (date(2026, 3, 5) - date(1970, 1, 1)).days)
    # a look-up by the day finds it; an update by ISO text keeps it a number
    assert [r["id"] for r in store.find("transactions", occurred_on="2026-03-05")] == [tid]
    store.update("transactions", tid, {"occurred_on": "2026-03-06"})
    assert store.get("transactions", tid)["occurred_on"] == "2026-03-06"


def test_a_write_that_gives_text_is_refused(store) -> None:
    cid = customer(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO transactions (customer_id, occurred_on, amount, "
                           "created_at) VALUES (?, '2026-03-05', 1, 0)", (cid,))


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
       st.integers(min_value=0, max_value=86399))
def test_python_and_sqlite_agree_on_every_day_and_stamp(day: date, second: int) -> None:
    moment = datetime(day.year, day.month, day.day) + timedelta(seconds=second)
    text, when = day.isoformat(), moment.isoformat(timespec="seconds")
    number, seconds = days.day_number(text), days.stamp_number(when)
    assert days.iso_day(number) == text and days.iso_stamp(seconds) == when
    conn = plain_sqlite3.connect(":memory:")
    assert conn.execute(f"SELECT {days.day_sql('?')}, {days.stamp_sql('?')}, "
                        f"{days.day_from_text('?')}, {days.stamp_from_text('?')}",
                        (number, seconds, text, when)).fetchone() == (text, when, number, seconds)


def test_a_release_file_keeps_every_purchase_date(release) -> None:
    conn = plain_sqlite3.connect(release)
    before = conn.execute(
        "SELECT id, occurred_on, created_at FROM transactions ORDER BY id").fetchall()
    conn.close()
    assert len(before) > 100
    store = open_database(release)
    try:
        after = store.conn.execute("SELECT id, occurred_on, created_at FROM transactions "
                                   "ORDER BY id").fetchall()
        assert [tuple(r) for r in after] == before
        assert [tuple(r) for r in store.conn.execute(
            "SELECT DISTINCT typeof(occurred_on), typeof(created_at) FROM transactions")] == [
            ("integer", "integer")]
        names = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'transactions'")}
        assert {"transactions_customer", "score_stale_tx_ai", "sync_transactions_upd",
                "sync_transactions_del"} <= names
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_a_changed_purchase_travels_with_its_dates_as_text(store) -> None:
    cid = customer(store)
    tid = store.insert("transactions", {"customer_id": cid, "occurred_on": "2026-03-05",
                                        "amount": 88.0})
    connect(store)
    store.conn.execute("DELETE FROM sync_outbox")
    store.update("transactions", tid, {"amount": 99.0})
    (base,) = store.conn.execute("SELECT base FROM sync_outbox WHERE kind = 'purchase'").fetchone()
    image = json.loads(base)
    assert image["occurred_on"] == "2026-03-05" and STAMP.fullmatch(image["created_at"])
    uuid = sync_rows.uuid_of(store.conn, "purchase", tid)
    assert sync_rows.current(store.conn, "purchase", uuid)["occurred_on"] == "2026-03-05"


def test_pulled_purchases_are_stored_as_numbers(store) -> None:
    cid = customer(store)
    tid = store.insert("transactions", {"customer_id": cid, "occurred_on": "2026-03-05",
                                        "amount": 88.0})
    connect(store)
    uuid = sync_rows.uuid_of(store.conn, "purchase", tid)
    data = sync_rows.current(store.conn, "purchase", uuid)
    # one by one: a record changed on another laptop
    sync_rows.apply(store.conn, Record("purchase", uuid, None,
                                       {**data, "occurred_on": "2026-04-01"}, version=2))
    # in bulk: a record new to this laptop
    loader = Loader(store.conn)
    loader.add(Record("purchase", "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", None,
                      {**data, "occurred_on": "2026-04-02", "created_at": "2026-04-02T09:30:00"},
                      version=1))
    loader.flush()
    rows = store.conn.execute("SELECT occurred_on, created_at, typeof(occurred_on), "
                              "typeof(created_at) FROM transactions ORDER BY id").fetchall()
    assert [tuple(r)[:1] for r in rows] == [("2026-04-01",), ("2026-04-02",)]
    assert rows[1]["created_at"] == "2026-04-02T09:30:00"
    assert {tuple(r)[2:] for r in rows} == {("integer", "integer")}


def test_a_table_made_numbers_twice_keeps_its_rows(store) -> None:
    """The helper of m024 on a table whose name SQLite quoted when it renamed it (a later
    step may turn more of its columns into numbers)."""
    cid = customer(store)
    store.insert("transactions", {"customer_id": cid, "occurred_on": "2026-03-05", "amount": 8.0})
    with store.transaction():
        store.conn.execute("ALTER TABLE transactions ADD COLUMN paid_on TEXT")
        store.conn.execute("UPDATE transactions SET paid_on = '2026-03-09'")
        days.make_numbers(store.conn, "transactions", {"paid_on": days.DAY})
    row = store.conn.execute(
        "SELECT occurred_on, paid_on, typeof(paid_on) FROM transactions").fetchone()
    assert tuple(row) == ("2026-03-05", "2026-03-09", "integer")
    with pytest.raises(ValueError):
        days.make_numbers(store.conn, "transactions", {"amount": days.DAY})  # not TEXT


def test_what_is_no_number_reads_back_as_text_not_as_an_error(tmp_path) -> None:
    """A damaged page (tests/storage/test_recover.py damages some at random) can put any
    bytes where a day was; reading them must not stop a recovery in the middle."""
    path = tmp_path / "odd.sqlite3"
    conn = plain_sqlite3.connect(path)
    conn.execute("CREATE TABLE t (d DAY, s STAMP)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [
        (20517, 1796577775), (b"\x03k\x16\x01):u", "x"), (10**12, 10**15)])
    conn.commit()
    conn.close()
    ours = connect_read_only(path)
    assert [tuple(r) for r in ours.execute("SELECT d, s FROM t")] == [
        ("2026-03-05", "2026-12-06T17:22:55"), ("\x03k\x16\x01):u", "x"),
        ("1000000000000", "1000000000000000")]
    ours.close()
