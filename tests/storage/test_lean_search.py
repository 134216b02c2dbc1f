"""m014: a file made by the release before it (search index with a copy of the text) moves to
the lean layout when opened, and searches as before.

``tests/fixtures/release-182b916.sqlite3`` was made by the code at commit 182b916 (main before
this change): 45 customers (明佳烟酒 with its contact 李娟, 鑫源超市 with 王明, 佳佳便利店,
the person 曾小红, 福满超市 in the trash, 测试0号店…测试39号店), then VACUUMed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_crm.domain.search import search
from desktop_crm.storage.check import problems
from desktop_crm.storage.db import open_database

RELEASE = Path(__file__).parent.parent / "fixtures" / "release-182b916.sqlite3"


@pytest.fixture
def release_file(tmp_path) -> Path:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(RELEASE, path)
    return path


def tables(store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}


def test_a_release_file_moves_to_the_lean_index_and_searches_as_before(release_file) -> None:
    store = open_database(release_file)
    try:
        assert "search_docs" not in tables(store)  # no copy of the text any more
        assert store.conn.execute(
            "SELECT count(*) FROM search_keys").fetchone()[0] == store.count("customers") == 45
        assert [h.name for h in search(store, "mjyj")] == ["明佳烟酒"]
        assert [(h.name, h.match) for h in search(store, "13912348866")] == [("明佳烟酒", "exact")]
        assert [h.name for h in search(store, "王明")] == ["鑫源超市"]           # a contact
        assert [h.name for h in search(store, "zengxiaohong")] == ["曾小红"]     # a surname
        assert search(store, "福满") == []                                        # in the trash
        assert [h.name for h in search(store, "福满", include_deleted=True)] == ["福满超市"]
        assert len(search(store, "店")) == 42  # 40 test shops, 佳佳便利店, 明佳's notes
        assert problems(store) == []
    finally:
        store.close()


def test_the_index_stays_in_step_after_the_move(release_file) -> None:
    from desktop_crm.domain.customers import CustomerService

    store = open_database(release_file)
    try:
        service = CustomerService(store, actor="测试员")
        found = search(store, "明佳烟酒")[0].customer_id
        service.update(found, {"name": "明佳商行"})
        assert search(store, "mjyj") == []
        assert [h.name for h in search(store, "mjsh")] == ["明佳商行"]
        service.delete(found)
        service.purge(found)
        assert search(store, "明佳", include_deleted=True) == []
        assert problems(store) == []
    finally:
        store.close()
