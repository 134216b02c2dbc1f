"""The index stays in step with every write, and `check` notices when it does not."""

from __future__ import annotations

from desktop_crm.domain.search import search
from desktop_crm.storage.check import problems, reindex


def names(store, text):
    return [h.name for h in search(store, text)]


def test_edits_reach_the_index_at_once(store, customers, contacts, mingjia) -> None:
    customers.update(mingjia, {"name": "明佳烟酒行", "area": "解放路商圈"})
    assert names(store, "解放") == ["明佳烟酒行"]
    assert names(store, "文博路商圈") == []

    contact = contacts.of_customer(mingjia)[0]
    contacts.update(contact["id"], {"name": "赵丽"})
    assert names(store, "赵丽") == ["明佳烟酒行"]
    assert names(store, "李娟") == []
    contacts.delete(contact["id"])
    assert names(store, "赵丽") == []
    contacts.restore(contact["id"])
    assert names(store, "zl") == ["明佳烟酒行"]

    customers.update(mingjia, {"tags": "夜市"})
    assert names(store, "夜市") == ["明佳烟酒行"]
    assert names(store, "重点户") == []
    assert problems(store) == []


def test_purge_removes_the_entry(store, customers, mingjia) -> None:
    customers.delete(mingjia)
    customers.purge(mingjia)
    assert store.count("search_keys") == 0
    assert search(store, "明佳", include_deleted=True) == []
    assert problems(store) == []


def test_check_finds_a_stale_index_and_reindex_mends_it(store, customers, mingjia) -> None:
    # a write behind the app's back, with the marking trigger gone
    store.conn.execute("DROP TRIGGER customers_search_au")
    store.conn.execute("UPDATE customers SET name = '鑫源超市' WHERE id = ?", (mingjia,))
    found = problems(store)
    assert any("do not match" in p for p in found)
    assert names(store, "鑫源") == []

    assert reindex(store) == 1
    assert problems(store) == []
    assert names(store, "鑫源") == ["鑫源超市"]


def test_rows_written_outside_the_app_are_indexed_on_open(db_path, store, customers) -> None:
    import sqlite3

    from desktop_crm.storage.db import open_database

    store.close()
    raw = sqlite3.connect(db_path)
    raw.execute(  # time stamps as the file keeps them (storage/days.py; README)
        "INSERT INTO customers (code, name, created_at, updated_at) "
        "VALUES ('X1', '福满超市', unixepoch('2024-01-01'), unixepoch('2024-01-01'))"
    )
    raw.commit()
    raw.close()
    reopened = open_database(db_path)
    try:
        assert names(reopened, "fmcs") == ["福满超市"]
        assert problems(reopened) == []
    finally:
        reopened.close()
