"""The products purchases name, kept once each (storage/products.py, m030): a file made by a
release keeps what every purchase bought; the counter, an import and the demo write the
texts and read them back; a purchase travels to the team by its texts, and one pulled from
the team names its product here."""

from __future__ import annotations

import shutil
import sqlite3 as plain_sqlite3
import uuid
from pathlib import Path

import pytest

from desktop_crm.domain import dossier
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.members import MemberService
from desktop_crm.storage import sync_rows, sync_tables
from desktop_crm.storage.db import open_database
from desktop_crm.storage.person_rights import customer_data

RELEASE = Path(__file__).parent.parent / "fixtures" / "release-224254d.sqlite3"
BOUGHT = "SELECT id, customer_id, occurred_on, amount, product, category FROM transactions ORDER BY id"


def test_a_release_file_keeps_what_every_purchase_bought(tmp_path) -> None:
    path = tmp_path / "release.sqlite3"
    shutil.copyfile(RELEASE, path)
    conn = plain_sqlite3.connect(path)
    before = conn.execute(BOUGHT).fetchall()
    pairs = set(conn.execute("SELECT product, category FROM transactions"))
    conn.close()
    assert len(before) > 100 and len(pairs) > 10

    store = open_database(path)
    try:
        after = [tuple(r) for r in store.conn.execute(
            "SELECT t.id, t.customer_id, date(t.occurred_on * 86400, 'unixepoch'), t.amount, "
            "p.name, p.category FROM transactions t JOIN products p ON p.id = t.product_id "
            "ORDER BY t.id")]
        assert after == before
        assert {tuple(r) for r in store.conn.execute("SELECT name, category FROM products")} == pairs
        assert {"product", "category"}.isdisjoint(store.columns("transactions"))
        names = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'transactions'")}
        assert {"transactions_customer", "score_stale_tx_ai", "sync_transactions_upd"} <= names
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        some = before[0]
        shown = [(p.occurred_on, p.product, p.category, p.amount)
                 for p in dossier.purchases(store, some[1])[0]]
        assert (some[2], some[4], some[5], some[3]) in shown
    finally:
        store.close()


@pytest.fixture
def shop(tmp_path):
    store = open_database(tmp_path / "shop.sqlite3")
    cid = CustomerService(store).create({"name": "王芳", "kind": "individual"})
    members = MemberService(store)
    mid = members.enrol(cid, "M0001", joined_on="2026-01-05")
    yield store, members, mid, cid
    store.close()


def test_the_counter_names_each_product_once_and_shows_it(shop) -> None:
    store, members, mid, cid = shop
    members.purchase(mid, "36.5", on="2026-11-02", product="爱他美 3段", category="奶粉")
    members.purchase(mid, "36.5", on="2026-11-20", product="爱他美 3段", category="奶粉")
    members.purchase(mid, "12", on="2026-11-21", category="辅食")
    members.purchase(mid, "8", on="2026-11-22")

    assert [tuple(r) for r in store.conn.execute("SELECT name, category FROM products ORDER BY id")] == [
        ("爱他美 3段", "奶粉"), ("", "辅食")]
    assert [r[0] is None for r in store.conn.execute(
        "SELECT product_id FROM transactions ORDER BY id")] == [False, False, False, True]
    assert [(h.on, h.product) for h in members.history(mid)] == [
        ("2026-11-22", None), ("2026-11-21", "辅食"), ("2026-11-20", "爱他美 3段"),
        ("2026-11-02", "爱他美 3段")]
    rows, totals = dossier.purchases(store, cid)
    assert [(p.product, p.category) for p in rows] == [
        (None, None), (None, "辅食"), ("爱他美 3段", "奶粉"), ("爱他美 3段", "奶粉")]
    assert totals.count == 4
    exported = customer_data(store, cid)["purchases"]
    assert [(p["product"], p["category"]) for p in exported][:2] == [("爱他美 3段", "奶粉")] * 2
    assert all("product_id" not in p for p in exported)


def test_a_purchase_travels_by_its_texts_and_a_pulled_one_names_its_product(shop) -> None:
    store, members, mid, cid = shop
    tid = members.purchase(mid, "99", on="2026-12-01", product="飞鹤 星飞帆", category="奶粉").transaction_id
    with store.transaction():  # connected, as after a sync that sent everything
        sync_tables.give_ids(store.conn)
        sync_rows.save_state(store.conn, "host=x", "boss", "admin", None, "2026-12-05")
    with store.transaction():  # an edit: the outbox keeps the row as it was, by its texts
        store.conn.execute("UPDATE transactions SET amount = 98 WHERE id = ?", (tid,))
    [pending] = [p for p in sync_rows.pending(store.conn) if p.kind == "purchase"]
    # the trigger keeps the row as it was in the server's terms, as it does dates
    assert (pending.base["product"], pending.base["amount"]) == ("飞鹤 星飞帆", 99)
    assert "product_id" not in pending.base
    sent = sync_rows.record(store.conn, pending)
    assert (sent.data["product"], sent.data["category"], sent.data["amount"]) == ("飞鹤 星飞帆", "奶粉", 98)
    assert "product_id" not in sent.data and sent.base["product"] == "飞鹤 星飞帆"
    assert sent.data["occurred_on"] == "2026-12-01"

    pulled = sync_rows.Record("purchase", str(uuid.uuid4()), sent.customer, {
        **sent.data, "amount": 45.0, "product": "君乐宝 至臻", "category": "奶粉"}, version=7)
    with store.transaction():
        sync_rows.mute(store.conn, True)
        sync_rows.apply(store.conn, pulled)
        sync_rows.mute(store.conn, False)
    rows, _ = dossier.purchases(store, cid)
    assert [(p.amount, p.product, p.category) for p in rows if p.amount == 45.0] == [(45.0, "君乐宝 至臻", "奶粉")]
    assert store.conn.execute("SELECT count(*) FROM products").fetchone()[0] == 2
