"""m031: the search index keeps no sort key of its own. ``search_keys.sort_key`` was the text of
``customers.name_sort``, which two triggers copied it into; the index writes ``name_sort``
itself now. A file made by a release keeps every customer's sort key through the step, and
the list and the search still order by pinyin after a rename and for a new customer; a new
file ends up with the same layout as an upgraded one."""

from __future__ import annotations

import shutil
import sqlite3 as plain_sqlite3
from pathlib import Path

import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.search import search
from desktop_crm.storage import customer_list
from desktop_crm.storage.check import problems
from desktop_crm.storage.customer_list import ListQuery
from desktop_crm.storage.db import open_database

RELEASE = Path(__file__).parent.parent / "fixtures" / "release-224254d.sqlite3"
TRIGGERS = ("customers_name_sort_ai", "customers_name_sort_au")


@pytest.fixture
def release(tmp_path) -> Path:
    path = tmp_path / "release.sqlite3"
    shutil.copyfile(RELEASE, path)
    return path


def layout(store) -> tuple[list[str], str, list[str]]:
    """search_keys' columns and CREATE, and the triggers copying a sort key."""
    columns = [r[1] for r in store.conn.execute("PRAGMA table_info(search_keys)")]
    (create,) = store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'search_keys'").fetchone()
    marks = ",".join("?" * len(TRIGGERS))
    triggers = [r[0] for r in store.conn.execute(
        f"SELECT name FROM sqlite_master WHERE name IN ({marks})", TRIGGERS)]
    return columns, create, triggers


def names_in_list_order(store) -> list[str]:
    ids = [cid for _, cid in customer_list.keys(store, ListQuery(sort="name"), None, None)]
    rows = customer_list.rows(store, ids)
    return [rows[i]["name"] for i in ids]


def test_a_release_file_loses_the_sort_key_and_keeps_every_name_sort(release) -> None:
    conn = plain_sqlite3.connect(release)
    before = conn.execute("SELECT c.id, c.name_sort, k.sort_key FROM customers c "
                          "JOIN search_keys k ON k.customer_id = c.id ORDER BY c.id").fetchall()
    conn.close()
    assert len(before) == 12 and all(name_sort == key for _, name_sort, key in before)
    store = open_database(release)
    try:
        columns, create, triggers = layout(store)
        assert "sort_key" not in columns and "sort_key" not in create and triggers == []
        assert columns == ["customer_id", "name_keys", "exact", "name_len", "trashed", "digest"]
        after = store.conn.execute("SELECT id, name_sort FROM customers ORDER BY id").fetchall()
        assert [tuple(r) for r in after] == [(cid, name_sort) for cid, name_sort, _ in before]
        assert problems(store) == []
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


def test_after_the_step_a_rename_and_a_new_customer_get_their_name_sort(release) -> None:
    store = open_database(release)
    try:
        customers = CustomerService(store, actor="测试员")
        name_sort = lambda cid: store.get("customers", cid)["name_sort"]  # noqa: E731
        first = names_in_list_order(store)[0]  # 四季便民店, 天天便民店... by pinyin
        found = search(store, first)[0].customer_id
        customers.update(found, {"name": "左岸烟酒"})  # zuoan: to the end of the list
        assert name_sort(found) == "zuoanyanjiu 左岸烟酒"
        assert names_in_list_order(store)[-1] == "左岸烟酒"
        assert [h.name for h in search(store, "zayj")] == ["左岸烟酒"]

        made = customers.create({"name": "阿福超市"})  # afu: first
        assert name_sort(made) == "afuchaoshi 阿福超市"
        assert names_in_list_order(store)[0] == "阿福超市"
        person = customers.create({"name": "曾小红", "kind": "individual"})
        assert name_sort(person).startswith("zengxiaohong")  # a surname's reading
        assert problems(store) == []
    finally:
        store.close()


def test_a_stale_name_sort_is_put_right_by_the_step(release) -> None:
    conn = plain_sqlite3.connect(release)  # another tool wrote a name_sort wrong
    (cid, key), = conn.execute("SELECT customer_id, sort_key FROM search_keys "
                               "ORDER BY customer_id LIMIT 1").fetchall()
    conn.execute("UPDATE customers SET name_sort = 'zzz' WHERE id = ?", (cid,))
    conn.commit()
    conn.close()
    store = open_database(release)
    try:
        assert store.get("customers", cid)["name_sort"] == key
        assert problems(store) == []
    finally:
        store.close()


def test_a_new_file_has_the_layout_of_an_upgraded_one(release, tmp_path) -> None:
    upgraded = open_database(release)
    fresh = open_database(tmp_path / "new.sqlite3")
    try:
        assert layout(fresh) == layout(upgraded)
    finally:
        upgraded.close()
        fresh.close()
