"""m019: a file made before it gets each customer's one address line and area as its main
address, split into parts where the line allows; search and the list read as before."""

from __future__ import annotations

from sqlite_utils import Database

from desktop_crm.domain.search import search
from desktop_crm.storage import addresses, sync_tables
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.schema import migrations


def _old_file(path) -> None:
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m019_addresses")
    rows = [("C1", "明佳烟酒", "广东省深圳市南山区科技园南路18号", "科技园"),
            ("C2", "浦东小店", "上海市浦东新区张杨路500号", None),
            ("C3", "城东便利", "城东菜市场旁", "城东片区"),
            ("C4", "没有地址", None, None),
            ("C5", "只有商圈", None, "老街")]
    for code, name, address, area in rows:
        db.conn.execute("INSERT INTO customers (code, name, address, area, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')", (code, name, address, area))
    db.conn.commit()
    db.close()


def test_the_one_address_becomes_the_main_address(db_path) -> None:
    _old_file(db_path)
    with open_database(db_path) as store:
        ids = {r["code"]: r["id"] for r in store.find("customers")}
        first = addresses.of_customer(store, ids["C1"])
        assert len(first) == 1 and first[0]["is_main"] == 1 and first[0]["kind"] == "business"
        assert (first[0]["province"], first[0]["city"], first[0]["district"], first[0]["street"]) == (
            "广东省", "深圳市", "南山区", "科技园南路18号")
        assert first[0]["area"] == "科技园" and first[0]["line"] is None
        shanghai = addresses.main_of(store, ids["C2"])
        assert (shanghai["province"], shanghai["city"], shanghai["district"]) == (
            "上海市", "上海市", "浦东新区")
        whole = addresses.main_of(store, ids["C3"])
        assert whole["line"] == "城东菜市场旁" and whole["province"] is None
        assert addresses.of_customer(store, ids["C4"]) == []
        assert addresses.main_of(store, ids["C5"])["area"] == "老街"
        # the customers' own columns read as before
        row = store.get("customers", ids["C2"])
        assert (row["address"], row["area"]) == ("上海市浦东新区张杨路500号", None)
        for code in ("C1", "C2", "C3"):
            main = addresses.main_of(store, ids[code])
            assert addresses.one_line(main) == store.get("customers", ids[code])["address"]
        # a file never connected to a team keeps no sync ids (m023_lean_ids forgets the ones
        # m019 derived; test_two_laptops_make_the_same_record checks the derivation)
        assert store.conn.execute("SELECT count(*) FROM sync_ids").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 0
        assert [h.customer_id for h in search(store, "张杨路")] == [ids["C2"]]


def test_two_laptops_make_the_same_record(tmp_path) -> None:
    """A team's laptops migrate apart: the main address made from the same customer is one
    record, not two, once they sync."""
    made = []
    for name in ("a.sqlite3", "b.sqlite3"):
        _old_file(tmp_path / name)
        with open_database(tmp_path / name) as store:
            # both laptops hold the team's customer under the same UUID
            store.conn.execute("INSERT OR REPLACE INTO sync_ids (kind, local_id, uuid) "
                               "VALUES (?, 1, ?)", (sync_tables.KIND_CODES["customer"], b"\x11" * 16))
            store.conn.commit()
        db = Database(sqlite3.connect(tmp_path / name))
        db.conn.execute("DELETE FROM customer_addresses")
        db.conn.execute("DELETE FROM sync_ids WHERE kind = ?", (sync_tables.KIND_CODES["address"],))
        addresses.fill_missing(db.conn, [1])
        addresses.migrated_uuids(db.conn, sync_tables.KIND_CODES["address"],
                                 sync_tables.KIND_CODES["customer"])
        made.append(db.conn.execute("SELECT uuid FROM sync_ids WHERE kind = ?",
                                    (sync_tables.KIND_CODES["address"],)).fetchone()[0])
        db.conn.commit()
        db.close()
    assert made[0] == made[1]
