"""The list query: keyset pages agree with a plain ORDER BY ... LIMIT/OFFSET in every order,
across page boundaries and ties; filters; the columns kept current by triggers."""

from __future__ import annotations

import itertools
import random

import pytest

from desktop_crm.domain.interactions import InteractionService
from desktop_crm.storage import customer_list as listing
from desktop_crm.storage.check import problems
from desktop_crm.storage.customer_list import NOT_SET, ListQuery
from desktop_crm.storage.days import day_sql
from desktop_crm.storage.search_index import normalize, pinyin_keys

CHOICE_ORDERS = {
    "tier": ("key", "regular", "occasional"),
    "lifecycle": ("prospect", "new", "active", "old", "lost"),
    "asset_grade": ("good", "develop", "poor"),
}
# Staff whose pinyin order (阿明, 李四, 张三) is not their code-point order (张, 李, 阿).
STAFF = ("张三", "阿明", "李四")


@pytest.fixture
def data(store, customers):
    """70 customers with many ties: 6 names, few areas, empties in every column."""
    rng = random.Random(3)
    staff = [store.insert("staff", {"name": n}) for n in STAFF]
    names = ["明佳烟酒", "鑫源超市", "阿里小卖部", "张记副食", "Zeta Mart", "百佳便利"]
    rows = []
    for i in range(70):
        rows.append({
            "name": rng.choice(names),
            "area": rng.choice([None, "文博路商圈", "火车站商圈", "北街商圈"]),
            "phone": rng.choice([None, "13912348866", "0710-3212345", "13800000000"]),
            "business_format": rng.choice([None, "烟酒店", "超市"]),
            "tier": rng.choice([None, "key", "regular", "occasional"]),
            "lifecycle": rng.choice(CHOICE_ORDERS["lifecycle"]),
            "asset_grade": rng.choice([None, "good", "develop", "poor"]),
            "owner": rng.choice([None, *staff]),
            "tags": rng.sample(["重点户", "诚信户", "夜市"], rng.randrange(3)),
        })
    ids = customers.create_many(rows)
    visits = InteractionService(store, actor="测试员")
    for cid in ids[::3]:
        day = rng.randrange(1, 28)
        due = rng.choice([None, f"2025-03-{day:02d}", f"2099-01-{day:02d}"])
        visits.log_visit(cid, {"channel": "visit", "occurred_at": f"2025-02-{day:02d} 10:00",
                               "follow_up_due": due})
    customers.delete(ids[5])  # in the trash: never in the live list
    return {"ids": ids, "staff": staff}


def reference_expr(store, column: str) -> str:
    """The order each column should have, written the plain way."""
    plain = {
        "code": "c.code", "name": "c.name_sort", "area": "coalesce(c.area, '')",
        "phone": "coalesce(c.phone, '')", "business_format": "coalesce(c.business_format, '')",
        # never visited first (SQLite puts NULL first); no open follow-up after every day
        "last_visit": "c.last_visit_at",
        "next_follow_up": "coalesce(c.next_follow_up, 99999999)", "tags": "c.tags_text",
    }
    if column in plain:
        return plain[column]
    if column == "owner":
        staff = store.conn.execute("SELECT id, name FROM staff").fetchall()
        ranked = sorted(staff, key=lambda r: pinyin_keys(normalize(r[1]))[0])
        whens = " ".join(f"WHEN {r[0]} THEN {i}" for i, r in enumerate(ranked))
        return f"CASE c.owner_id {whens} ELSE 99 END"
    whens = " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(CHOICE_ORDERS[column]))
    return f"CASE c.{column} {whens} ELSE 99 END"


def reference_page(store, column: str, descending: bool, limit: int, offset: int) -> list[int]:
    direction = " DESC" if descending else ""
    return [r[0] for r in store.conn.execute(
        f"SELECT c.id FROM customers c WHERE c.deleted_at IS NULL "
        f"ORDER BY {reference_expr(store, column)}{direction}, c.id{direction} LIMIT ? OFFSET ?",
        (limit, offset),
    )]


def query(column: str = "name", descending: bool = False, **filters) -> ListQuery:
    return ListQuery(sort=column, descending=descending,
                     choice_order=CHOICE_ORDERS.get(column, ()), **filters)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", listing.SORTABLE)
def test_keyset_pages_match_order_by_limit_offset(store, data, column, descending) -> None:
    q = query(column, descending)
    size, start, pages = 7, None, []
    while True:
        page = listing.page(store, q, start, size)
        if not page:
            break
        pages.append([row["id"] for _, row in page])
        start = page[-1][0]
    assert len(pages) == 10  # 69 live customers, 7 a page
    for number, ids in enumerate(pages):
        assert ids == reference_page(store, column, descending, size, number * size), number

    # from the other end: the last rows, then the rows before them
    everything = reference_page(store, column, descending, -1, 0)
    tail = listing.page_before(store, q, None, 10)
    assert [r["id"] for _, r in tail] == everything[-10:]
    before = listing.page_before(store, q, tail[0][0], 10)
    assert [r["id"] for _, r in before] == everything[-20:-10]

    # the layout: the count, the key each page starts at, where a customer is
    layout = listing.layout(store, q, page_size=7, find=everything[40])
    assert layout.count == 69 and layout.position == 40
    assert [cid for _, cid in layout.anchors] == everything[::7]
    page = listing.page(store, q, layout.anchors[4], 7, inclusive=True)
    assert [r["id"] for _, r in page] == everything[28:35]


def test_ties_are_broken_by_id(store, data) -> None:
    rows = listing.page(store, query("name"), None, 100)
    names = [r["name"] for _, r in rows]
    assert len(set(names)) == 6 and len(names) == 69
    for (_, row_a), (_, row_b) in itertools.pairwise(rows):
        if row_a["name"] == row_b["name"]:
            assert row_a["id"] < row_b["id"]


def test_names_sort_by_pinyin(store, data) -> None:
    order = []
    for _, row in listing.page(store, query("name"), None, 100):
        if row["name"] not in order:
            order.append(row["name"])
    # a-li, bai-jia, ming-jia, xin-yuan, zeta, zhang-ji: pinyin, Latin letters among them
    assert order == ["阿里小卖部", "百佳便利", "明佳烟酒", "鑫源超市", "Zeta Mart", "张记副食"]


def ids(store, **filters) -> set[int]:
    return {r["id"] for _, r in listing.page(store, query(**filters), None, 1000)}


def expected(store, where: str, *params) -> set[int]:
    return {r[0] for r in store.conn.execute(
        f"SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND {where}", params)}


def test_filters(store, data) -> None:
    zhang = data["staff"][0]
    cases = [
        ({"tier": "key"}, "c.tier = 'key'"),
        ({"tier": NOT_SET}, "c.tier IS NULL"),
        ({"lifecycle": "lost"}, "c.lifecycle = 'lost'"),
        ({"asset_grade": "good"}, "c.asset_grade = 'good'"),
        ({"owner_id": zhang}, f"c.owner_id = {zhang}"),
        ({"owner_id": NOT_SET}, "c.owner_id IS NULL"),
        ({"area": "北街商圈"}, "c.area = '北街商圈'"),
        ({"area": NOT_SET}, "c.area IS NULL"),
        ({"tags": ("重点户", "诚信户")}, "c.tags_text = '诚信户, 重点户'"),
        ({"overdue_before": "2025-06-01"}, f"{day_sql('c.next_follow_up')} < '2025-06-01'"),
        ({"tier": "key", "area": "北街商圈"}, "c.tier = 'key' AND c.area = '北街商圈'"),
    ]
    for filters, where in cases:
        want = expected(store, where)
        assert want, filters  # the data has such customers
        assert ids(store, **filters) == want, filters
        assert listing.count(store, query(**filters)) == len(want)


def test_search_combines_with_filters(store, data) -> None:
    assert ids(store, search="明佳") == expected(store, "c.name = '明佳烟酒'")
    assert ids(store, search="mjyj") == expected(store, "c.name = '明佳烟酒'")
    assert ids(store, search="明佳", tier="key") == expected(
        store, "c.name = '明佳烟酒' AND c.tier = 'key'")
    assert ids(store, search="!!") == set()


def test_active_plan_filter(store, data) -> None:
    plan_of = data["ids"][7]
    store.insert("plans", {"customer_id": plan_of, "version": 1, "status": "active",
                           "plan_date": "2025-01-01"})
    store.insert("plans", {"customer_id": data["ids"][8], "version": 1, "status": "draft",
                           "plan_date": "2025-01-01"})
    assert ids(store, active_plan=True) == {plan_of}


def test_trash_view_lists_only_trashed(store, data) -> None:
    assert ids(store, trashed=True) == {data["ids"][5]}
    assert data["ids"][5] not in ids(store)


def test_denormalised_columns_follow_every_write(store, customers, mingjia) -> None:
    visits = InteractionService(store, actor="测试员")
    row = lambda: store.get("customers", mingjia)
    assert (row()["last_visit_at"], row()["next_follow_up"]) == (None, None)
    assert row()["tags_text"] == "诚信户, 重点户"
    assert row()["name_sort"] == "mingjiayanjiu 明佳烟酒"

    first = visits.log_visit(mingjia, {"channel": "visit", "occurred_at": "2025-03-01 09:00",
                                       "follow_up_due": "2025-03-10"})
    second = visits.log_visit(mingjia, {"channel": "phone", "occurred_at": "2025-04-01 09:00",
                                        "follow_up_due": "2025-05-01"})
    assert (row()["last_visit_at"], row()["next_follow_up"]) == ("2025-04-01T09:00:00", "2025-03-10")
    visits.complete_follow_up(first, "2025-03-09 12:00")
    assert row()["next_follow_up"] == "2025-05-01"
    visits.delete(second)
    assert (row()["last_visit_at"], row()["next_follow_up"]) == ("2025-03-01T09:00:00", None)
    visits.restore(second)
    assert (row()["last_visit_at"], row()["next_follow_up"]) == ("2025-04-01T09:00:00", "2025-05-01")

    customers.update(mingjia, {"name": "佳佳超市", "tags": "夜市"})
    assert row()["name_sort"] == "jiajiachaoshi 佳佳超市"
    assert row()["tags_text"] == "夜市"
    assert problems(store) == []  # the search index triggers still did their work


def test_purge_with_visits_and_tags(store, customers, mingjia) -> None:
    InteractionService(store, actor="测试员").log_visit(mingjia, {"channel": "visit"})
    customers.delete(mingjia)
    customers.purge(mingjia)
    assert store.count("customers") == 0
    assert problems(store) == []


def test_choices(store, data) -> None:
    assert [r["name"] for r in listing.owners(store)] == ["阿明", "李四", "张三"]
    assert listing.areas(store) == ["北街商圈", "文博路商圈", "火车站商圈"]
    assert {r["tag"] for r in listing.tags(store)} == {"重点户", "诚信户", "夜市"}
    assert [r["key"] for r in listing.tiers(store)] == ["key", "regular", "occasional"]


def test_unknown_sort_is_refused(store) -> None:
    with pytest.raises(ValueError):
        listing.page(store, ListQuery(sort="name; DROP TABLE customers"))
