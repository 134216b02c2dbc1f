"""The demo database: deterministic, plausible, consistent, healthy, and cancellable."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date

import pytest

from desktop_crm.domain.demo import DemoCancelled, DemoSummary, build_demo, plans, pools
from desktop_crm.domain.demo import build as demo_build
from desktop_crm.domain.fields import MEMBER_LEVELS
from desktop_crm.domain.search import search
from desktop_crm.domain.validation import normalize_phone
from desktop_crm.storage.check import problems
from desktop_crm.storage.days import day_sql
from desktop_crm.storage.db import open_database
from desktop_crm.storage.search_index import normalize, pinyin_keys
from desktop_crm.storage.sync_tables import KIND_CODES

N = 300
TODAY = date(2025, 6, 15)
ISO_TODAY = TODAY.isoformat()
DUMPED = (
    "staff", "customers", "customer_tags", "contacts", "interactions", "interaction_contacts",
    "transactions", "members", "plans", "plan_points", "plan_strategies", "plan_actions",
    "plan_objectives", "metric_snapshots", "message_templates",
)


def dump(store, table: str) -> list[tuple]:
    """Every row of ``table`` in a stable order, without the wall-clock timestamps."""
    cursor = store.conn.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    keep = [i for i, n in enumerate(names) if n not in ("created_at", "updated_at")]
    return sorted(tuple(row[i] for i in keep) for row in cursor.fetchall())


def rows(store, sql: str, *params) -> list[dict]:
    return [dict(r) for r in store.conn.execute(sql, params)]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    calls = []
    # the callback returns None (list.append): only False cancels
    summary = build_demo(store, N, seed=1, today=TODAY, progress=lambda d, t: calls.append((d, t)))
    yield store, summary, calls
    store.close()


def build(path, seed: int, customers: int = N):
    store = open_database(path)
    build_demo(store, customers, seed=seed, today=TODAY)
    return store


# --- determinism -----------------------------------------------------------------------------


def test_same_seed_gives_the_same_rows_and_another_seed_other_rows(tmp_path, built) -> None:
    store, _, _ = built
    again = build(tmp_path / "again.sqlite3", seed=1)
    other = build(tmp_path / "other.sqlite3", seed=2)
    try:
        for table in DUMPED:
            assert dump(again, table) == dump(store, table), table
        for table in ("customers", "contacts", "interactions", "transactions"):
            assert dump(other, table) != dump(store, table), table
        assert store.setting("demo_seed") == "1"
        assert other.setting("demo_seed") == "2"
    finally:
        again.close()
        other.close()


# --- counts ----------------------------------------------------------------------------------


def test_counts_are_plausible_and_reported(built) -> None:
    store, summary, calls = built
    assert isinstance(summary, DemoSummary)
    assert summary.counts == {
        "customers": store.count("customers"), "contacts": store.count("contacts"),
        "staff": store.count("staff"), "visits": store.count("interactions"),
        "transactions": store.count("transactions"), "members": store.count("members"),
        "plans": store.count("plans"), "snapshots": store.count("metric_snapshots"),
    }
    assert summary.seconds >= 0
    assert summary.customers == N
    assert N * 1.2 <= summary.contacts <= N * 1.5
    assert 7 * N <= summary.transactions <= 13 * N
    assert 3.5 * N <= summary.visits <= 6.5 * N
    assert summary.members == round(N * demo_build.MEMBER_SHARE)
    assert summary.plans >= 3
    assert store.count("message_templates") >= 4
    assert calls[0] == (0, N) and calls[-1] == (N, N)

    roles = Counter(r["role"] for r in rows(store, "SELECT role FROM staff"))
    assert roles["admin"] == 1 and roles["manager"] == 1
    assert roles["account_manager"] >= 3 and roles["shop_staff"] >= 3
    for s in rows(store, "SELECT * FROM staff WHERE role = 'account_manager'"):
        assert 40 <= s["target_visits_per_month"] <= 60
    shop_staff = rows(store, "SELECT * FROM staff WHERE role = 'shop_staff'")
    assert {s["target_members"] for s in shop_staff} == {350}

    # key customers trade and are visited more than occasional ones
    per_tier = {
        r["tier"]: r for r in rows(store, (
            "SELECT tier, "
            "avg((SELECT count(*) FROM transactions t WHERE t.customer_id = c.id)) AS tx, "
            "avg((SELECT count(*) FROM interactions i WHERE i.customer_id = c.id)) AS visits "
            "FROM customers c GROUP BY tier"))
    }
    assert per_tier["key"]["tx"] > 2 * per_tier["occasional"]["tx"]
    assert per_tier["key"]["visits"] > 2 * per_tier["occasional"]["visits"]


def test_festival_months_sell_more(built) -> None:
    store, _, _ = built
    by_month = dict(store.conn.execute(
        f"SELECT CAST(substr({day_sql('occurred_on')}, 6, 2) AS INTEGER), sum(amount) "
        "FROM transactions GROUP BY 1"
    ).fetchall())
    quiet = sum(by_month[m] for m in (3, 4, 6, 7)) / 4
    assert by_month[1] > 1.3 * quiet
    assert by_month[9] > 1.2 * quiet


# --- dates -----------------------------------------------------------------------------------


def test_no_date_is_in_the_future_and_follow_ups_come_after_their_visit(built) -> None:
    store, _, _ = built
    past = {
        "interactions": ("occurred_at", "follow_up_done_at"),
        "transactions": ("occurred_on",),
        "customers": ("founded_on", "trading_since"),
        "contacts": ("birthday",),
        "members": ("joined_on",),
        "plans": ("plan_date", "signed_on"),
        "metric_snapshots": ("taken_on",),
    }
    for table, columns in past.items():
        for column in columns:
            latest = store.conn.execute(  # the column itself: ISO text (storage/days.py)
                f"SELECT {column} FROM {table} ORDER BY {column} DESC LIMIT 1").fetchone()[0]
            assert latest is not None and latest[:10] <= ISO_TODAY, (table, column, latest)
    # a visit today would need a time of day not yet passed: visits stop yesterday
    assert store.conn.execute(
        "SELECT occurred_at FROM interactions ORDER BY occurred_at DESC LIMIT 1").fetchone()[0] < ISO_TODAY
    oldest = store.conn.execute(
        "SELECT occurred_at FROM interactions ORDER BY occurred_at LIMIT 1").fetchone()[0]
    assert oldest >= date(TODAY.year - 2, TODAY.month, TODAY.day).isoformat()

    visits = rows(store, "SELECT * FROM interactions")
    for v in visits:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", v["occurred_at"])
        if v["follow_up_due"] is not None:
            assert v["follow_up_due"] >= v["occurred_at"][:10]
        if v["follow_up_done_at"] is not None:
            assert v["follow_up_due"] is not None
            assert v["follow_up_done_at"] > v["occurred_at"]
    with_follow_up = [v for v in visits if v["follow_up_due"]]
    assert 0.2 < len(with_follow_up) / len(visits) < 0.45
    still_open = [v for v in with_follow_up if not v["follow_up_done_at"]]
    overdue = [v for v in still_open if v["follow_up_due"] < ISO_TODAY]
    ahead = [v for v in still_open if v["follow_up_due"] >= ISO_TODAY]
    done = [v for v in with_follow_up if v["follow_up_done_at"]]
    assert overdue and ahead
    assert len(done) > len(overdue) + len(ahead)  # most older ones were done

    late = store.conn.execute(
        "SELECT count(*) FROM transactions t JOIN customers c ON c.id = t.customer_id "
        f"WHERE {day_sql('t.occurred_on')} < c.trading_since OR c.trading_since IS NULL"
    ).fetchone()[0]
    assert late == 0


# --- consistency -----------------------------------------------------------------------------


def test_phones_codes_and_cards_are_valid_and_unique(built) -> None:
    store, _, _ = built
    phones = [r[0] for r in store.conn.execute(
        "SELECT phone FROM customers UNION ALL SELECT mobile FROM contacts "
        "UNION ALL SELECT phone FROM contacts UNION ALL SELECT phone FROM staff"
    ) if r[0]]
    assert len(phones) > 2 * N
    for phone in phones:
        assert normalize_phone(phone) == phone
    assert any(p.startswith("0") for p in phones) and any(p.startswith("1") for p in phones)

    codes = [r[0] for r in store.conn.execute("SELECT code FROM customers")]
    assert len(set(codes)) == len(codes) == N
    assert all(re.fullmatch(r"42\d{10}", c) for c in codes)
    cards = [r[0] for r in store.conn.execute("SELECT card_no FROM members")]
    assert len(set(cards)) == len(cards)
    assert all(re.fullmatch(r"M\d{8}", c) for c in cards)


def test_every_phone_wechat_and_email_is_a_way_to_reach(built) -> None:
    """The ways' own triggers follow the columns while the demo is written (it no longer
    mutes the sync triggers): each value of the old columns is its owner's preferred way."""
    store, _, _ = built
    columns = store.conn.execute(
        "SELECT (SELECT count(*) FROM customers WHERE coalesce(phone, '') <> ''), "
        "(SELECT sum((coalesce(mobile, '') <> '') + (coalesce(phone, '') <> '') "
        "+ (coalesce(wechat, '') <> '') + (coalesce(email, '') <> '')) FROM contacts)").fetchone()
    ways = store.conn.execute(
        "SELECT count(*) FILTER (WHERE contact_id IS NULL), count(*) FILTER (WHERE contact_id "
        "IS NOT NULL) FROM contact_ways WHERE preferred = 1").fetchone()
    assert columns[0] > 0 and tuple(ways) == tuple(columns)


def test_outlets_members_and_their_contacts_fit_together(built) -> None:
    store, _, _ = built
    staff = {r["id"]: r for r in rows(store, "SELECT * FROM staff")}
    contacts = defaultdict(list)
    for c in rows(store, "SELECT * FROM contacts"):
        contacts[c["customer_id"]].append(c)
        if c["birthday"]:
            born = date.fromisoformat(c["birthday"])
            age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
            assert c["age"] == age
    members = {m["customer_id"]: m for m in rows(store, "SELECT * FROM members")}
    customers = rows(store, "SELECT * FROM customers")
    formats = Counter()
    for c in customers:
        assert c["kind"] in ("company", "individual")
        if c["id"] in members:
            assert c["kind"] == "individual" and c["business_format"] is None
            assert staff[c["owner_id"]]["role"] == "shop_staff"
            assert staff[members[c["id"]]["staff_id"]]["role"] == "shop_staff"
            assert [(x["name"], x["role"]) for x in contacts[c["id"]]] == [(c["name"], "self")]
            assert c["trading_since"] == members[c["id"]]["joined_on"]
        else:
            formats[c["business_format"]] += 1
            assert staff[c["owner_id"]]["role"] == "account_manager"
            owners = [x for x in contacts[c["id"]] if x["role"] == "owner"]
            assert len(owners) == 1 and owners[0]["is_primary"] == 1
            assert 1 <= len(contacts[c["id"]]) <= 2
            assert c["area"] and c["area"] in [a[0] for d in pools.DISTRICTS for a in d[4]]
            district = next(d for d in pools.DISTRICTS if c["area"] in [a[0] for a in d[4]])
            assert c["address"].startswith(district[0]) and c["code"].startswith(district[2])
    assert len(formats) >= 5
    assert len(members) == round(N * demo_build.MEMBER_SHARE)

    # on-site visits name the owner who was met, and are made by the customer's owner
    linked = rows(store, (
        "SELECT i.channel, i.staff_id, c.owner_id, k.role, k.customer_id AS contact_of, "
        "i.customer_id FROM interaction_contacts ic "
        "JOIN interactions i ON i.id = ic.interaction_id "
        "JOIN contacts k ON k.id = ic.contact_id JOIN customers c ON c.id = i.customer_id"))
    assert linked
    for link in linked:
        assert link["channel"] == "visit" and link["role"] == "owner"
        assert link["contact_of"] == link["customer_id"] and link["staff_id"] == link["owner_id"]
    assert store.conn.execute(
        "SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id "
        "WHERE i.staff_id IS NOT c.owner_id").fetchone()[0] == 0


def test_member_points_referrals_and_households(built) -> None:
    store, _, _ = built
    members = {m["id"]: m for m in rows(store, "SELECT * FROM members")}
    points = dict(store.conn.execute(
        "SELECT m.id, coalesce(sum(t.points_earned - t.points_redeemed), 0) FROM members m "
        "LEFT JOIN transactions t ON t.customer_id = m.customer_id GROUP BY m.id").fetchall())
    for mid, m in members.items():
        assert m["points_balance"] == points[mid] >= 0
        assert m["level"] in MEMBER_LEVELS
        if m["referred_by"] is not None:
            assert m["referred_by"] != mid
            assert members[m["referred_by"]]["joined_on"] <= m["joined_on"]
        if m["children_birthdays"]:
            born = json.loads(m["children_birthdays"])
            assert born and all(date.fromisoformat(b) <= TODAY for b in born)
        if m["expected_due_date"]:
            assert m["expected_due_date"] > ISO_TODAY
    assert any(m["referred_by"] for m in members.values())
    assert any(m["expected_due_date"] for m in members.values())
    # a point per yuan for members, none for outlets
    for t in rows(store, "SELECT t.*, m.id AS member FROM transactions t "
                         "LEFT JOIN members m ON m.customer_id = t.customer_id"):
        assert t["points_earned"] == (int(t["amount"]) if t["member"] else 0)
        assert 0.08 <= t["gross_profit"] / t["amount"] <= 0.25
        assert t["quantity"] >= 1


def test_plans_follow_the_retail_outlet_template(built) -> None:
    store, _, _ = built
    plans = rows(store, "SELECT * FROM plans")
    assert plans
    by_customer = defaultdict(list)
    for p in plans:
        by_customer[p["customer_id"]].append(p)
        assert p["template"] == "retail_outlet"
        for field in ("business_format_analysis", "consumer_groups", "competition",
                      "owner_personality", "closing", "title"):
            assert p[field]
        quadrants = Counter(r[0] for r in store.conn.execute(
            "SELECT quadrant FROM plan_points WHERE plan_id = ?", (p["id"],)))
        assert set(quadrants) == set("SWOT") and all(2 <= n <= 4 for n in quadrants.values())
        kinds = [r[0] for r in store.conn.execute(
            "SELECT kind FROM plan_strategies WHERE plan_id = ?", (p["id"],))]
        assert 2 <= len(kinds) == len(set(kinds)) <= 4  # a line for some of SO, ST, WO, WT
        actions = rows(
            store, "SELECT * FROM plan_actions WHERE plan_id = ? ORDER BY position", p["id"])
        assert 2 <= len(actions) <= 4
        assert [a["position"] for a in actions] == list(range(1, len(actions) + 1))
        for a in actions:
            assert a["due_date"] > p["plan_date"] and a["owner"] == p["created_by"]
        assert 1 <= store.count("plan_objectives", plan_id=p["id"]) <= 2
    for versions in by_customer.values():
        versions.sort(key=lambda p: p["version"])
        assert [p["version"] for p in versions] == list(range(1, len(versions) + 1))
        assert [p["status"] for p in versions][-1] == "active"
        assert all(p["status"] == "archived" for p in versions[:-1])


# --- health, search, cancel --------------------------------------------------------------------


def test_database_is_healthy_and_search_finds_generated_customers(built) -> None:
    store, _, _ = built
    assert problems(store) == []
    first = "SELECT * FROM customers WHERE business_format IS {} NULL ORDER BY id LIMIT 1"
    outlet = rows(store, first.format("NOT"))[0]
    member = rows(store, first.format(""))[0]
    for customer in (outlet, member):
        hits = [h.customer_id for h in search(store, customer["name"], limit=N)]
        assert customer["id"] in hits
        initials = pinyin_keys(normalize(customer["name"]))[1]
        assert len(initials) >= 2
        assert customer["id"] in [h.customer_id for h in search(store, initials, limit=N)]
        assert [h.customer_id for h in search(store, customer["code"])] == [customer["id"]]


def schema(store) -> list[tuple]:
    return sorted((r[0], r[1], r[2] or "") for r in store.conn.execute(
        "SELECT type, name, sql FROM sqlite_master"))


def test_the_bulk_load_leaves_the_file_as_one_built_row_by_row(tmp_path, built) -> None:
    """The build sets the big tables' indexes aside; afterwards the schema is a fresh
    file's, no record has a UUID (a file alone gets them when it connects: then every record
    has its own) and searches use the indexes."""
    from desktop_crm.storage import sync_tables

    store, summary, _ = built
    fresh = open_database(tmp_path / "fresh.sqlite3")
    assert schema(store) == schema(fresh)
    fresh.close()
    assert store.count("sync_mute") == 0
    assert store.count("sync_ids") == 0
    assert store.count("sync_outbox") == 0  # a file alone sends nothing
    with store.transaction():
        sync_tables.give_ids(store.conn)  # as connecting does
        for table, kind, count in (("customers", "customer", summary.customers),
                                   ("interactions", "interaction", summary.visits),
                                   ("transactions", "purchase", summary.transactions),
                                   ("contacts", "contact", summary.contacts),
                                   ("members", "member", summary.members),
                                   ("change_log", "history", summary.customers)):
            assert store.conn.execute(
                f"SELECT count(*) FROM {table} JOIN sync_ids s ON s.kind = ? AND s.local_id = {table}.id",
                (KIND_CODES[kind],)).fetchone()[0] == count, table
        uuids = store.conn.execute("SELECT count(*), count(DISTINCT uuid) FROM sync_ids").fetchone()
        assert uuids[0] == uuids[1]
        store.conn.execute("DELETE FROM sync_ids")  # the fixture is shared: as it was
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM interactions WHERE customer_id = 5"))
    assert "interactions_customer" in plan


def test_a_connected_file_sends_what_the_demo_adds(tmp_path) -> None:
    """In a file connected to a team the sync triggers stay on: the outbox has every row."""
    from desktop_crm.storage import sync_rows

    store = open_database(tmp_path / "team.sqlite3")
    with store.transaction():
        sync_rows.save_state(store.conn, "postgresql://example/crm", "wang", "rep",
                             "00000000-0000-4000-8000-000000000001", "2025-06-01T00:00:00")
    summary = build_demo(store, 40, seed=1, today=TODAY)
    outbox = dict(store.conn.execute("SELECT kind, count(*) FROM sync_outbox GROUP BY kind"))
    assert outbox["customer"] == summary.customers
    assert outbox["interaction"] == summary.visits
    for table, kind in (("customers", "customer"), ("interactions", "interaction"),
                        ("transactions", "purchase")):  # each made with its UUID
        assert store.conn.execute(
            f"SELECT count(*) FROM {table} LEFT JOIN sync_ids s ON s.kind = ? "
            f"AND s.local_id = {table}.id WHERE s.uuid IS NULL", (KIND_CODES[kind],)
        ).fetchone()[0] == 0, table
    assert store.count("sync_mute") == 0
    store.close()


def test_cancel_rolls_everything_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(demo_build, "CHUNK", 100)  # several chunks, so the cancel comes midway
    store = open_database(tmp_path / "cancel.sqlite3")
    tables = ("customers", "contacts", "staff", "interactions", "transactions", "members",
              "plans", "message_templates", "change_log", "search_keys")
    before = {table: store.count(table) for table in tables}  # migrations seed some tables
    layout = schema(store)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 200

    with pytest.raises(DemoCancelled):
        build_demo(store, N, seed=1, today=TODAY, progress=progress)
    assert calls == [(0, N), (100, N), (200, N)]
    assert {table: store.count(table) for table in tables} == before
    assert before["customers"] == 0
    assert store.setting("demo_seed") is None
    assert schema(store) == layout  # the indexes set aside are back
    assert store.count("sync_mute") == 0
    assert problems(store) == []
    store.close()


def test_a_second_build_adds_to_a_filled_database(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(demo_build, "CHUNK", 120)  # members refer across chunks too
    store = build(tmp_path / "twice.sqlite3", seed=1, customers=250)
    build_demo(store, 200, seed=1, today=TODAY)  # same seed: same codes and names come up
    assert store.count("customers") == 450
    codes = [r[0] for r in store.conn.execute("SELECT code FROM customers")]
    assert len(set(codes)) == 450
    # the demo's templates are not added twice (the schema seeds a few templates of its own)
    assert all(store.count("message_templates", occasion=o, name=n) == 1 for o, n, _b in plans.TEMPLATES)
    assert problems(store) == []
    store.close()


def test_area_names_are_unique_across_districts() -> None:
    names = [a[0] for d in pools.DISTRICTS for a in d[4]]
    assert len(names) == len(set(names))


def test_today_cannot_be_after_the_real_date(tmp_path) -> None:
    from datetime import timedelta

    store = open_database(tmp_path / "future.sqlite3")
    with pytest.raises(ValueError):
        build_demo(store, 10, today=date.today() + timedelta(days=30))
    assert store.count("customers") == 0
    store.close()
