"""Pulled records written in batches (storage/sync_bulk.py) land as one by one would: each
row under its own dossier, updates in place, versions kept for the next push."""

from __future__ import annotations

import pytest

from desktop_crm.storage import sync_bulk
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


@pytest.fixture
def pair(tmp_path, team, monkeypatch):
    monkeypatch.setattr(sync_bulk, "BATCH", 2)  # several batches, and batches cut mid-kind
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    wang.sync()
    chen.sync()
    yield wang, chen
    wang.store.close()
    chen.store.close()


def visits_by_customer(one) -> dict[str, list[str]]:
    rows = one.store.conn.execute(
        "SELECT c.name, i.purpose FROM interactions i JOIN customers c ON c.id = i.customer_id "
        "ORDER BY c.name, i.purpose").fetchall()
    out: dict[str, list[str]] = {}
    for name, purpose in rows:
        out.setdefault(name, []).append(purpose)
    return out


def test_a_batched_pull_keeps_every_row_under_its_dossier(pair) -> None:
    wang, chen = pair
    for n in range(3):
        cid = wang.customers.create({"name": f"明佳{n}号店", "code": f"C00{n}",
                                     "owner": "王敏"})
        for k in range(2):
            wang.visits.log_visit(cid, {"occurred_at": f"2026-12-0{k + 1} 10:00",
                                        "channel": "visit", "purpose": f"拜访{n}-{k}"}, [])
    wang.sync()
    result = chen.sync()
    assert result.pulled >= 9
    assert visits_by_customer(chen) == visits_by_customer(wang) == {
        f"明佳{n}号店": [f"拜访{n}-0", f"拜访{n}-1"] for n in range(3)}
    assert chen.customer("明佳1号店")["owner_id"] == chen.staff_id("王敏")
    assert chen.customer("明佳2号店")["last_visit_at"].startswith("2026-12-02")


def test_a_batched_pull_updates_in_place_and_keeps_versions(pair) -> None:
    wang, chen = pair
    for n in range(3):
        wang.customers.create({"name": f"明佳{n}号店", "code": f"C00{n}", "owner": "王敏"})
    wang.sync()
    chen.sync()
    for n in range(3):
        wang.customers.update(wang.id_of(f"明佳{n}号店"), {"phone": f"0710-360000{n}"})
    wang.sync()
    chen.sync()
    assert [chen.customer(f"明佳{n}号店")["phone"] for n in range(3)] == [
        f"0710-360000{n}" for n in range(3)]
    assert chen.store.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 3
    # chen's edit builds on the versions the batch stored: it goes through, no conflict
    chen.customers.update(chen.id_of("明佳1号店"), {"address": "襄阳市人民路1号"})
    assert chen.sync().conflicts == 0
    wang.sync()
    assert wang.customer("明佳1号店")["address"] == "襄阳市人民路1号"


def schema(one) -> set[tuple]:
    return {tuple(r) for r in one.store.conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger')")}


def test_a_first_sync_leaves_the_search_and_every_index_in_place(pair, tmp_path, team) -> None:
    from desktop_crm.storage import search_index, search_query

    wang, chen = pair
    for n in range(3):
        cid = wang.customers.create({"name": f"明佳烟酒{n}号店", "code": f"C00{n}",
                                     "owner": "王敏", "phone": f"0710-360000{n}"})
        wang.visits.log_visit(cid, {"occurred_at": "2026-12-01 10:00", "channel": "visit"}, [])
    wang.sync()
    (tmp_path / "new").mkdir()
    fresh = laptop(tmp_path / "new", team, "chen", PASSWORD)
    fresh.sync()  # a first sync: indexes set aside, full-text indexes built at the end
    try:
        assert len(fresh.names()) == 3
        assert search_index.problems(fresh.store.conn) == []
        found = search_query.search(fresh.store.conn, search_query.parse("烟酒1号"))
        assert [row["name"] for row in found] == ["明佳烟酒1号店"]
        assert schema(fresh) == schema(chen)
        assert fresh.store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    finally:
        fresh.store.close()


def test_purchases_travel_by_their_product_and_category(pair, team) -> None:
    """A purchase keeps its product's number locally (storage/products.py); the server holds
    the texts, and the other laptop, pulling in batches, names the same product its own way."""
    import psycopg

    from desktop_crm.domain import dossier
    from desktop_crm.domain.members import MemberService

    wang, chen = pair
    cid = wang.customers.create({"name": "欧阳灵珊", "code": "PR88001", "kind": "individual",
                                 "owner": "王敏"})
    counter = MemberService(wang.store, "wang")
    mid = counter.enrol(cid, "CARD88001")
    for amount, product, category in ((236, "飞鹤 星飞帆3段", "奶粉"), (236, "飞鹤 星飞帆3段", "奶粉"),
                                      (49, None, "辅食"), (12, None, None)):
        counter.purchase(mid, amount, on="2026-12-01", product=product, category=category)
    wang.sync()
    chen.sync()

    def bought(one) -> list[tuple]:
        rows, _ = dossier.purchases(one.store, one.id_of("欧阳灵珊"))
        return sorted(((p.amount, p.product or "", p.category or "") for p in rows), reverse=True)

    assert bought(chen) == bought(wang) == [
        (236.0, "飞鹤 星飞帆3段", "奶粉"), (236.0, "飞鹤 星飞帆3段", "奶粉"), (49.0, "", "辅食"),
        (12.0, "", "")]
    assert chen.store.conn.execute("SELECT count(*) FROM products").fetchone()[0] == 2
    with psycopg.connect(team.owner_url) as conn:
        sent = [r[0] for r in conn.execute(
            "SELECT data FROM crm.records WHERE kind = 'purchase' AND NOT deleted")]
    assert sorted((d["product"] or "", d["category"] or "") for d in sent) == [
        ("", ""), ("", "辅食"), ("飞鹤 星飞帆3段", "奶粉"), ("飞鹤 星飞帆3段", "奶粉")]
    assert not any("product_id" in d for d in sent)
