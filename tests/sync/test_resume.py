"""A first sync cut short keeps the batches it committed, leaves a whole, usable file, and the
next sync goes on from there: the file ends as an uninterrupted first sync would leave it,
with what changed on the server meanwhile and what the laptop changed meanwhile."""

from __future__ import annotations

import pytest

from desktop_crm.storage import search_index, search_query, sync_rows
from desktop_crm.sync import connection, engine
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop
from tests.sync.test_bulk import schema


class Cut(Exception):
    pass


def cut_after(records: int):
    def progress(phase: str, count: int) -> None:
        if phase == "pull" and count >= records:
            raise Cut()
    return progress


def content(one) -> dict:
    conn = one.store.conn
    return {
        "customers": sorted(tuple(r) for r in conn.execute(
            "SELECT c.code, c.name, c.phone, c.address, s.name, c.last_visit_at "
            "FROM customers c LEFT JOIN staff s ON s.id = c.owner_id")),
        "visits": sorted(tuple(r) for r in conn.execute(
            "SELECT c.name, i.occurred_at, i.purpose, i.deleted_at FROM interactions i "
            "JOIN customers c ON c.id = i.customer_id")),
        "history": sorted(tuple(str(v) for v in r) for r in conn.execute(
            "SELECT c.name, h.entity, h.field, h.old_value, h.new_value, h.at, h.actor "
            "FROM change_log h JOIN customers c ON c.id = h.customer_id")),
        "search": sorted(r["name"] for r in search_query.search(
            conn, search_query.parse("明佳"))),
        "search_problems": search_index.problems(conn),
    }


def outbox(one) -> list[tuple]:
    return [tuple(r) for r in one.store.conn.execute(
        "SELECT kind, count(*) FROM sync_outbox GROUP BY kind ORDER BY kind")]


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(engine, "COMMIT_EVERY", 7)
    monkeypatch.setattr(engine, "PROGRESS_EVERY", 1)


def test_a_first_sync_cut_short_goes_on_and_ends_as_an_uncut_one(small_batches, tmp_path,
                                                                   team) -> None:
    wang = laptop(tmp_path, team, "wang", PASSWORD)
    wang.sync()
    for n in range(8):
        cid = wang.customers.create({"name": f"明佳{n}号店", "code": f"C00{n}", "owner": "王敏"})
        for k in range(2):
            wang.visits.log_visit(cid, {"occurred_at": f"2026-12-0{k + 1} 10:00",
                                        "channel": "visit", "purpose": f"拜访{n}-{k}"}, [])
    wang.sync()
    (tmp_path / "cut").mkdir()
    chen = laptop(tmp_path / "cut", team, "chen", PASSWORD)
    queued = outbox(chen)  # a manager's file queues the shared defaults at connect
    try:
        with connection.open_server(connection.link(chen.store).url, PASSWORD) as conn:
            with pytest.raises(Cut):
                engine.sync(chen.store, conn, cut_after(30))
        # the batches kept are in the file, which is whole: indexes, search, no outbox
        marker = sync_rows.first_pull(chen.store.conn)
        assert marker is not None and 21 <= marker["done"] < marker["total"]
        assert connection.status(chen.store)["checkpoint"] is None
        assert connection.status(chen.store)["first_pull"] == (marker["done"], marker["total"])
        kept = chen.names()
        assert kept  # customers come first: some are in the file already
        assert search_index.problems(chen.store.conn) == []
        assert schema(chen) == schema(wang)
        assert outbox(chen) == queued  # the pull's own writes are not sent back
        # meanwhile: the team changes things, and so does this laptop
        wang.customers.update(wang.id_of("明佳0号店"), {"phone": "0710-3600000"})
        wang.customers.update(wang.id_of("明佳7号店"), {"phone": "0710-3600007"})
        late = wang.customers.create({"name": "明佳9号店", "code": "C009", "owner": "王敏"})
        wang.visits.log_visit(late, {"occurred_at": "2026-12-03 10:00", "channel": "visit",
                                     "purpose": "新店"}, [])
        wang.sync()
        mine = sorted(kept)[0]
        chen.customers.update(chen.id_of(mine), {"address": "襄阳市人民路1号"})
        assert sum(sync_rows.pending_counts(chen.store.conn).values()) >= 1
        result = chen.sync()  # goes on: the rest, then what changed since, then the push
        assert result.pushed >= 1
        assert sync_rows.first_pull(chen.store.conn) is None
        assert connection.status(chen.store)["checkpoint"] is not None
        assert result.pulled < 8 * 3 + 3 + 20  # not everything again
        wang.sync()
        (tmp_path / "whole").mkdir()
        uncut = laptop(tmp_path / "whole", team, "chen", PASSWORD)
        try:
            uncut.sync()
            got = content(chen)
            assert got == content(uncut)
            assert ("C000", "明佳0号店", "0710-3600000") in {c[:3] for c in got["customers"]}
            assert mine in {c[1] for c in got["customers"] if c[3] == "襄阳市人民路1号"}
            assert ("明佳9号店", "2026-12-03 10:00", "新店", "None") in {
                (v[0], v[1][:16].replace("T", " "), v[2], str(v[3])) for v in got["visits"]}
            assert got["search"] == sorted(f"明佳{n}号店" for n in (*range(8), 9))
            assert schema(chen) == schema(uncut)
        finally:
            uncut.store.close()
    finally:
        chen.store.close()
        wang.store.close()


def test_a_first_sync_not_cut_leaves_no_marker(small_batches, tmp_path, team) -> None:
    wang = laptop(tmp_path, team, "wang", PASSWORD)
    wang.sync()
    for n in range(5):
        wang.customers.create({"name": f"明佳{n}号店", "code": f"C00{n}", "owner": "王敏"})
    wang.sync()
    seen: list[tuple[str, int]] = []
    (tmp_path / "chen").mkdir()
    chen = laptop(tmp_path / "chen", team, "chen", PASSWORD)
    try:
        with connection.open_server(connection.link(chen.store).url, PASSWORD) as conn:
            result = engine.sync(chen.store, conn, lambda phase, n: seen.append((phase, n)))
        total = [n for phase, n in seen if phase == "total"]
        pulled = [n for phase, n in seen if phase == "pull"]
        assert total and pulled[-1] == total[0] == result.pulled
        assert sync_rows.first_pull(chen.store.conn) is None
        assert len(chen.names()) == 5
    finally:
        chen.store.close()
        wang.store.close()
