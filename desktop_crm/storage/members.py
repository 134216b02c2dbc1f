"""SQL of members, their purchases and points, and the schema step that adds what they need.

A purchase is a row of ``transactions`` (amount, points earned and redeemed with it); points
that move without a purchase — a gift redeemed at the counter, points expiring, a correction —
are rows of ``points_moves``. A member's balance in ``members.points_balance`` is always the
sum of both, kept by the writers here in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop_crm.storage import products
from desktop_crm.storage.days import day_number, day_sql, stamp_sql
from desktop_crm.storage.db import Store, now, now_number
from desktop_crm.storage.driver import sqlite3

# Schema step m008_members (applied from schema.py).
DDL = """
CREATE TABLE points_moves (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('redeem', 'expire', 'adjust')),
    points INTEGER NOT NULL,          -- signed: a redemption or expiry is negative
    note TEXT,
    staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX points_moves_member ON points_moves(member_id, occurred_on);

-- Named customer filters: the targets of a campaign come from one.
CREATE TABLE saved_filters (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL,             -- JSON of a CustomerFilter
    created_at TEXT NOT NULL
);

CREATE INDEX campaign_targets_staff ON campaign_targets(campaign_id, staff_id);
CREATE INDEX interactions_campaign ON interactions(campaign_id) WHERE campaign_id IS NOT NULL;
-- The care calendar looks birthdays and anniversaries up by month and day.
CREATE INDEX contacts_birthday_md ON contacts(substr(birthday, 6, 5)) WHERE birthday IS NOT NULL;
CREATE INDEX members_joined_md ON members(substr(joined_on, 6, 5));
CREATE INDEX members_level ON members(level);

INSERT INTO message_templates (occasion, name, language, body) VALUES
    ('birthday', '生日祝福', 'zh',
     '{name}您好！今天是您的生日，{shop}全体员工祝您生日快乐、阖家幸福！'),
    ('birthday', '会员生日礼', 'zh',
     '{name}您好！今天是您的生日，{shop}祝您生日快乐！凭会员卡{card}到店可领取生日礼一份，您当前积分{points}分。'),
    ('festival', '节日问候', 'zh',
     '{name}您好！{festival}将至，{shop}祝您和家人{festival}快乐、幸福安康！'),
    ('anniversary', '入会周年', 'zh',
     '{name}您好！感谢您陪伴{shop}{years}年，您现在是{level}，积分{points}分，周年月到店消费可享双倍积分。'),
    ('thank_you', '感谢惠顾', 'zh',
     '{name}您好！感谢您对{shop}的信任和支持，有任何需要请随时联系{staff}。'),
    ('birthday', 'Birthday wishes', 'en',
     'Dear {name}, happy birthday from all of us at {shop}! Show card {card} in store for your birthday gift. Points: {points}.'),
    ('festival', 'Festival greetings', 'en',
     'Dear {name}, {shop} wishes you and your family a happy {festival}!');
"""

# m011: a birthday greeting says when the birthday is ({when}: 今天, 明天, 3天后), not
# "today" for a birthday days away; English templates for every occasion.
GREETINGS_WHEN = """
UPDATE message_templates SET body = replace(body, '今天是您的生日', '{when}是您的生日')
    WHERE occasion = 'birthday' AND body LIKE '%今天是您的生日%';
UPDATE message_templates SET body =
    'Dear {name}, your birthday is {when}: happy birthday from all of us at {shop}! Show card {card} in store for your birthday gift. Points: {points}.'
    WHERE occasion = 'birthday' AND language = 'en' AND body =
    'Dear {name}, happy birthday from all of us at {shop}! Show card {card} in store for your birthday gift. Points: {points}.';
INSERT INTO message_templates (occasion, name, language, body) VALUES
    ('birthday', 'Birthday greetings', 'en',
     'Dear {name}, your birthday is {when}: all of us at {shop} wish you a happy birthday and a wonderful year!'),
    ('anniversary', 'Membership anniversary', 'en',
     'Dear {name}, thank you for {years} years with {shop}! You are a {level} member with {points} points; purchases in your anniversary month earn double points.'),
    ('thank_you', 'Thank you', 'en',
     'Dear {name}, thank you for your trust in {shop}. If you need anything, please contact {staff}.');
"""

MEMBER_COLUMNS = (
    "m.id, m.customer_id, m.card_no, m.joined_on, m.level, m.points_balance, m.referred_by, "
    "m.staff_id, m.expected_due_date, m.children_birthdays, m.household_notes, "
    "c.name, c.phone, c.code, s.name AS staff_name, rc.name AS referrer_name"
)
_FROM = (
    "FROM members m JOIN customers c ON c.id = m.customer_id "
    "LEFT JOIN staff s ON s.id = m.staff_id "
    "LEFT JOIN members r ON r.id = m.referred_by LEFT JOIN customers rc ON rc.id = r.customer_id"
)
# Levels sort by rank, not by the alphabet of their codes; staff by name.
SORTS = {
    "card_no": "m.card_no", "name": "c.name_sort",
    "level": "CASE m.level WHEN 'normal' THEN 1 WHEN 'silver' THEN 2 WHEN 'gold' THEN 3 "
             "WHEN 'diamond' THEN 4 ELSE 0 END",
    "points": "m.points_balance", "joined_on": "m.joined_on", "staff": "coalesce(s.name, '')",
}


def member(store: Store, member_id: int) -> sqlite3.Row | None:
    return store.conn.execute(f"SELECT {MEMBER_COLUMNS} {_FROM} WHERE m.id = ?", (member_id,)).fetchone()


def member_of_customer(store: Store, customer_id: int) -> sqlite3.Row | None:
    return store.conn.execute(
        f"SELECT {MEMBER_COLUMNS} {_FROM} WHERE m.customer_id = ?", (customer_id,)
    ).fetchone()


def by_card(store: Store, card_no: str) -> sqlite3.Row | None:
    return store.conn.execute(
        f"SELECT {MEMBER_COLUMNS} {_FROM} WHERE m.card_no = ? AND c.deleted_at IS NULL", (card_no,)
    ).fetchone()


def of_customers(store: Store, customer_ids: Sequence[int]) -> list[sqlite3.Row]:
    """Members among ``customer_ids``, in that order."""
    if not customer_ids:
        return []
    marks = ",".join("?" * len(customer_ids))
    rows = {
        r["customer_id"]: r for r in store.conn.execute(
            f"SELECT {MEMBER_COLUMNS} {_FROM} WHERE m.customer_id IN ({marks}) "
            "AND c.deleted_at IS NULL", list(customer_ids),
        )
    }
    return [rows[c] for c in customer_ids if c in rows]


def ids(
    store: Store, *, level: str | None = None, staff_id: int | None = None, search: str = "",
    sort: str = "card_no", descending: bool = False,
) -> list[int]:
    """Ids of members (not in the trash) in list order; ``search`` is a card-number prefix."""
    where, params = ["c.deleted_at IS NULL"], []
    if level:
        where.append("m.level = ?")
        params.append(level)
    if staff_id is not None:
        where.append("m.staff_id IS ?" if staff_id == 0 else "m.staff_id = ?")
        params.append(None if staff_id == 0 else staff_id)
    if search:
        where.append("m.card_no LIKE ? ESCAPE '\\'")
        params.append(search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    order = SORTS[sort] + (" DESC" if descending else "")
    cur = store.conn.cursor()
    cur.row_factory = None
    return [r[0] for r in cur.execute(
        f"SELECT m.id FROM members m JOIN customers c ON c.id = m.customer_id "
        f"LEFT JOIN staff s ON s.id = m.staff_id "
        f"WHERE {' AND '.join(where)} ORDER BY {order}, m.id", params
    )]


def rows(store: Store, member_ids: Sequence[int]) -> dict[int, sqlite3.Row]:
    out: dict[int, sqlite3.Row] = {}
    for start in range(0, len(member_ids), 500):
        chunk = list(member_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for r in store.conn.execute(f"SELECT {MEMBER_COLUMNS} {_FROM} WHERE m.id IN ({marks})", chunk):
            out[r["id"]] = r
    return out


def insert_member(store: Store, values: dict[str, Any]) -> int:
    return store.insert("members", values)


def spend_since(store: Store, customer_id: int, since: str) -> float:
    return store.conn.execute(
        "SELECT coalesce(sum(amount), 0) FROM transactions WHERE customer_id = ? AND occurred_on >= ?",
        (customer_id, day_number(since)),
    ).fetchone()[0]


def spends_since(store: Store, since: str) -> Iterable[tuple[int, str | None, int, float]]:
    """``(member id, level, customer id, spend since)`` of every member."""
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(
        "SELECT m.id, m.level, m.customer_id, coalesce(t.spend, 0) FROM members m LEFT JOIN "
        "(SELECT customer_id, sum(amount) AS spend FROM transactions WHERE occurred_on >= ? "
        "GROUP BY customer_id) t ON t.customer_id = m.customer_id", (day_number(since),),
    ).fetchall()


def add_purchase(store: Store, member_id: int, row: dict[str, Any], points_delta: int) -> int:
    """Insert the transaction and move the balance in one transaction; returns its id."""
    with store.transaction():
        tid = store.insert("transactions", row)
        store.conn.execute(
            "UPDATE members SET points_balance = points_balance + ? WHERE id = ?",
            (points_delta, member_id),
        )
    return tid


def add_move(store: Store, member_id: int, kind: str, points: int, on: str,
             note: str | None = None, staff_id: int | None = None) -> int:
    with store.transaction():
        mid = store.insert("points_moves", {
            "member_id": member_id, "occurred_on": on, "kind": kind, "points": points,
            "note": note, "staff_id": staff_id,
        })
        store.conn.execute(
            "UPDATE members SET points_balance = points_balance + ? WHERE id = ?", (points, member_id)
        )
    return mid


def set_level(store: Store, member_id: int, level: str | None) -> None:
    store.conn.execute("UPDATE members SET level = ? WHERE id = ?", (level, member_id))


def set_levels(store: Store, levels: dict[int, str]) -> None:
    store.conn.executemany("UPDATE members SET level = ? WHERE id = ?",
                           [(new, m) for m, new in levels.items()])


def history(store: Store, member_id: int, customer_id: int) -> list[sqlite3.Row]:
    """Purchases and point moves of one member, newest first."""
    return store.conn.execute(
        f"SELECT 'purchase' AS kind, {day_sql('t.occurred_on')} AS occurred_on, t.amount, "
        f"{products.COLUMNS}, t.points_earned - t.points_redeemed AS points, NULL AS note, "
        f"{stamp_sql('t.created_at')} AS created_at, t.id "
        f"FROM transactions t {products.JOIN.format(row='t')} WHERE t.customer_id = ? "
        "UNION ALL SELECT kind, occurred_on, NULL, NULL, NULL, points, note, created_at, id "
        "FROM points_moves WHERE member_id = ? "
        "ORDER BY occurred_on DESC, created_at DESC, id DESC", (customer_id, member_id),
    ).fetchall()


def expiry_inputs(store: Store, cutoff: str) -> list[tuple[int, int, int]]:
    """``(member id, points earned before cutoff, points used or expired so far)``.

    Used points count from the oldest earned first, so what was earned before ``cutoff`` and
    not yet used is the first term minus the second."""
    cur = store.conn.cursor()
    cur.row_factory = None
    return cur.execute(
        "SELECT m.id, coalesce(e.earned, 0), coalesce(u.used, 0) + coalesce(x.moved, 0) "
        "FROM members m "
        "LEFT JOIN (SELECT customer_id, sum(points_earned) AS earned FROM transactions "
        "  WHERE occurred_on < ? GROUP BY customer_id) e ON e.customer_id = m.customer_id "
        "LEFT JOIN (SELECT customer_id, sum(points_redeemed) AS used FROM transactions "
        "  GROUP BY customer_id) u ON u.customer_id = m.customer_id "
        "LEFT JOIN (SELECT member_id, -sum(points) AS moved FROM points_moves "
        "  WHERE kind IN ('redeem', 'expire') GROUP BY member_id) x ON x.member_id = m.id",
        (day_number(cutoff),),
    ).fetchall()


def add_moves_many(store: Store, moves: Sequence[tuple[int, str, int, str, str | None]]) -> None:
    """``(member id, kind, points, on, note)`` rows, with the balances, in one transaction."""
    stamp = now()
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO points_moves (member_id, occurred_on, kind, points, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(m, on, kind, p, note, stamp) for m, kind, p, on, note in moves],
        )
        store.conn.executemany(
            "UPDATE members SET points_balance = points_balance + ? WHERE id = ?",
            [(p, m) for m, _k, p, _on, _n in moves],
        )


def reassign(store: Store, member_ids: Sequence[int], staff_id: int | None) -> list[tuple[int, int, int | None]]:
    """Give members (and their customer files) to ``staff_id``; returns
    ``(member id, customer id, previous staff id)`` of those that changed."""
    changed: list[tuple[int, int, int | None]] = []
    with store.transaction():
        for start in range(0, len(member_ids), 500):
            chunk = list(member_ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            changed += [tuple(r) for r in store.conn.execute(
                f"SELECT id, customer_id, staff_id FROM members WHERE id IN ({marks}) "
                "AND staff_id IS NOT ?", [*chunk, staff_id]
            )]
        store.conn.executemany("UPDATE members SET staff_id = ? WHERE id = ?",
                               [(staff_id, m) for m, _c, _s in changed])
        store.conn.executemany("UPDATE customers SET owner_id = ?, updated_at = ? WHERE id = ?",
                               [(staff_id, now_number(), c) for _m, c, _s in changed])
    return changed
