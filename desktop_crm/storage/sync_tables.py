"""What of the local file is synced with the team server, and the bookkeeping that makes it
possible: a UUID per record, the outbox of local changes, the base each change started from.

Every synced record of a file connected to a team has a UUID (``sync_ids``): the records
get theirs when the file first connects or is published (:func:`give_ids`, one statement per
table), and triggers give each new record its own while the file is connected. A file that
works alone holds none (m023: at 100k customers they took 104 MiB, a sixth of the file, for
nothing); a file once connected keeps them after a disconnect (they name the team's records),
and its records made meanwhile get theirs when it connects again. The file keeps a UUID as
its 16 bytes and the record's kind as a small number (m015: two million records' ids took
210 MiB as text); what travels and every other table (the outbox, conflicts) spells it as
text (:func:`as_text`, :func:`as_bytes`).
Local integer ids stay local: what travels names records by UUID. Link rows without an id
of their own (a customer's tags, a visit's contacts) get a UUID derived from what they link
(uuid5), the same on every laptop.

While the file is connected to a server (``sync_state`` has its row), triggers put every
insert, update and delete of a synced table into ``sync_outbox`` — whatever code made it, in
its own transaction — with the row as it was before its first change since the last sync
(``base``), which a three-way merge needs. The sync engine applies what it pulls with
``sync_mute`` set, so its own writes are not sent back.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from desktop_crm.storage import days, products
from desktop_crm.storage.driver import sqlite3

# When a record was last changed: a merge takes the later of both sides, never a conflict.
STAMPS = ("updated_at",)
NAMESPACE = uuid.UUID("6f1c2d64-8a4e-4f0e-9a55-3b1f0e6c7d21")  # for link rows' UUIDs


@dataclass(frozen=True)
class Synced:
    """A table as the sync sees it.

    ``refs`` maps columns holding another record's local id to that record's kind: they
    travel as UUIDs. ``parent`` is the column leading to the dossier the row belongs to (a
    customer id, or a row of a kind that has one); shared reference data has none. ``link``
    names the columns that identify a row of a table without ids. ``local`` columns never
    travel (computed on each laptop). Shared reference data with a ``natural`` key (a tier's
    code, a staff member's name) takes a UUID derived from it, so the same tier made on two
    laptops is one record on the server."""

    table: str
    kind: str
    refs: dict[str, str] = field(default_factory=dict)
    parent: str | None = None
    link: tuple[str, ...] = ()
    local: tuple[str, ...] = ()
    natural: tuple[str, ...] = ()
    # a dossier's record there is one of (a customer's membership): made on two laptops,
    # the second to pull takes the team's UUID for its own and merges the two
    one_per: tuple[str, ...] = ()
    # a column holding the local id of a record whose kind another column names (the change
    # history's entity_id, by entity): travels as that record's UUID
    poly: tuple[str, str] | None = None
    # rows are only ever added (the change history): nothing to merge, never a conflict
    append_only: bool = False
    # which rows travel, when not all: an SQL condition on ``{row}`` (the team's settings)
    only: str = ""
    # its product_id travels as the product's texts (storage/products.py; the purchases)
    products: bool = False

    def rows(self, row: str) -> str:
        return f" AND ({self.only.format(row=row)})" if self.only else ""

    @property
    def same_if(self) -> tuple[str, ...]:
        """Columns by which a pulled record is the same as a local one with another UUID."""
        return self.natural or self.one_per

    @property
    def shared(self) -> bool:
        return self.parent is None


SHARED_SETTINGS = ("scoring.model", "scoring.tier_metric", "member_rules")

# In the order records are applied: what a row refers to comes before it.
TABLES: tuple[Synced, ...] = (
    Synced("staff", "staff", natural=("name",)),
    Synced("tiers", "tier", natural=("key",)),
    Synced("plan_templates", "plan_template", natural=("key",)),
    Synced("message_templates", "message_template", natural=("occasion", "name", "language")),
    Synced("custom_fields", "custom_field", natural=("entity", "key")),
    Synced("saved_filters", "saved_filter", natural=("name",)),
    # the team's rules (scoring weights and tier metric, points rules); the rest of the
    # settings belong to the laptop (its user, import mappings, ...)
    Synced("settings", "setting", natural=("key",), only="{row}.key IN (" + ", ".join(
        f"'{key}'" for key in SHARED_SETTINGS) + ")"),
    Synced("campaigns", "campaign"),
    # the sort key, last visit, next follow-up and tags text follow from other rows
    Synced("customers", "customer", {"owner_id": "staff"}, parent="id",
           local=("name_sort", "last_visit_at", "next_follow_up", "tags_text")),
    Synced("customer_tags", "customer_tag", {"customer_id": "customer"}, parent="customer_id",
           link=("customer_id", "tag")),
    Synced("contacts", "contact", {"customer_id": "customer"}, parent="customer_id"),
    Synced("interactions", "interaction",
           {"customer_id": "customer", "staff_id": "staff", "campaign_id": "campaign"},
           parent="customer_id"),
    Synced("interaction_contacts", "interaction_contact",
           {"interaction_id": "interaction", "contact_id": "contact"}, parent="interaction_id",
           link=("interaction_id", "contact_id")),
    Synced("plans", "plan", {"customer_id": "customer"}, parent="customer_id"),
    Synced("plan_points", "plan_point", {"plan_id": "plan"}, parent="plan_id"),
    Synced("plan_actions", "plan_action", {"plan_id": "plan"}, parent="plan_id"),
    Synced("plan_objectives", "plan_objective", {"plan_id": "plan"}, parent="plan_id"),
    Synced("plan_strategies", "plan_strategy", {"plan_id": "plan"}, parent="plan_id"),
    Synced("transactions", "purchase", {"customer_id": "customer", "staff_id": "staff"},
           parent="customer_id", products=True),
    Synced("members", "member",
           {"customer_id": "customer", "referred_by": "member", "staff_id": "staff"},
           parent="customer_id", local=("points_balance",), one_per=("customer_id",)),
    Synced("points_moves", "points_move", {"member_id": "member", "staff_id": "staff"},
           parent="member_id"),
    Synced("campaign_targets", "campaign_target",
           {"campaign_id": "campaign", "customer_id": "customer", "staff_id": "staff"},
           parent="customer_id"),
    Synced("customer_addresses", "address", {"customer_id": "customer"}, parent="customer_id"),
    Synced("contact_ways", "contact_way", {"customer_id": "customer", "contact_id": "contact"},
           parent="customer_id"),
    # last: its entity_id may name a record of any kind above
    Synced("change_log", "history", {"customer_id": "customer"}, parent="customer_id",
           local=("batch_id",), poly=("entity_id", "entity"), append_only=True),
)
BY_KIND = {t.kind: t for t in TABLES}
BY_TABLE = {t.table: t for t in TABLES}
ORDER = {t.kind: i for i, t in enumerate(TABLES)}

# How sync_ids names a kind: fixed numbers, a new kind goes at the end (never renumber).
KIND_CODES = {kind: number for number, kind in enumerate((
    "staff", "tier", "plan_template", "message_template", "custom_field", "saved_filter",
    "setting", "campaign", "customer", "customer_tag", "contact", "interaction",
    "interaction_contact", "plan", "plan_point", "plan_action", "plan_objective",
    "plan_strategy", "purchase", "member", "points_move", "campaign_target", "history",
    "address", "contact_way"))}
KIND_NAMES = {number: kind for kind, number in KIND_CODES.items()}

SYNC_IDS = """
CREATE TABLE sync_ids (
    kind INTEGER NOT NULL,      -- KIND_CODES
    local_id INTEGER NOT NULL,
    uuid BLOB NOT NULL,         -- the UUID's 16 bytes
    version INTEGER,            -- the server's version this laptop last had; NULL: never sent
    PRIMARY KEY (kind, local_id)
) WITHOUT ROWID;
"""
SYNC_IDS_UUID = "CREATE UNIQUE INDEX sync_ids_uuid ON sync_ids(uuid);"

DDL = SYNC_IDS + SYNC_IDS_UUID + """
CREATE TABLE sync_outbox (
    kind TEXT NOT NULL,
    local_key TEXT NOT NULL,    -- the row's id, or its link columns joined by '|'
    uuid TEXT,                  -- a link row's or a deleted row's UUID
    base TEXT,                  -- JSON: the row before its first change since the last sync
    deleted INTEGER NOT NULL DEFAULT 0,
    version INTEGER,            -- a deleted row's server version (its sync_ids row is gone)
    stamp INTEGER NOT NULL DEFAULT 0,   -- raised on every change: a push removes what it sent
    PRIMARY KEY (kind, local_key)
) WITHOUT ROWID;
CREATE TABLE sync_mute (on_ INTEGER);
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    url TEXT NOT NULL,          -- without the password
    login TEXT NOT NULL,
    staff_uuid TEXT,
    role TEXT,
    checkpoint TEXT,            -- pg_snapshot_xmin of the last pull's snapshot
    last_sync_at TEXT,
    connected_at TEXT NOT NULL
);
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    uuid TEXT NOT NULL,
    field TEXT,                 -- NULL: the whole record (an edit against a delete)
    base TEXT, mine TEXT, theirs TEXT,   -- JSON values; a deleted side is JSON null + flag
    mine_deleted INTEGER NOT NULL DEFAULT 0,
    theirs_deleted INTEGER NOT NULL DEFAULT 0,
    their_login TEXT, their_at TEXT,
    their_version INTEGER,      -- the server's version when found: what a decision builds on
    found_at TEXT NOT NULL,
    resolved_at TEXT, resolution TEXT   -- 'mine', 'theirs' or 'edited'
);
CREATE INDEX sync_conflicts_open ON sync_conflicts(uuid) WHERE resolved_at IS NULL;
"""

# m013: why a conflict is kept ('refused': the server does not take this change from this
# login; NULL: two laptops changed the same thing), how much of the audit log went up, on
# which machine a history entry pulled from the team was made (NULL: this one), and the
# customers waiting to leave the file.
DDL_M013 = """
ALTER TABLE sync_conflicts ADD COLUMN reason TEXT;
ALTER TABLE sync_state ADD COLUMN audit_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE change_log ADD COLUMN machine TEXT;   -- where an edit pulled from the team was made
-- customers a pull found gone from this login's view: removed after the push that follows
CREATE TABLE sync_departures (customer TEXT PRIMARY KEY) WITHOUT ROWID;
-- The history has no foreign key to its customer: without this, a purged customer's history
-- stayed, and a new customer given the freed rowid showed it as its own.
DELETE FROM change_log WHERE customer_id NOT IN (SELECT id FROM customers);
CREATE TRIGGER change_log_follows_customer AFTER DELETE ON customers BEGIN
    DELETE FROM change_log WHERE customer_id = OLD.id;
END;
"""

# A new random UUID (version 4: the high half of byte 6 is 4, the top bits of byte 8 are 10)
# as its 16 bytes, with functions any SQLite has (a tool writing the file runs the triggers
# too): bytes joined with || keep every byte, CAST makes the result a blob again.
UUID_SQL = ("CAST(randomblob(6) || substr(x'" + "".join(f"{b:02x}" for b in range(0x40, 0x50))
            + "', 1 + abs(random() % 16), 1) || randomblob(1) || substr(x'"
            + "".join(f"{b:02x}" for b in range(0x80, 0xc0))
            + "', 1 + abs(random() % 64), 1) || randomblob(7) AS BLOB)")


def text_sql(blob: str) -> str:
    """SQL spelling the 16 bytes ``blob`` (an expression) as a UUID's text."""
    return (f"lower(substr(hex({blob}), 1, 8) || '-' || substr(hex({blob}), 9, 4) || '-' || "
            f"substr(hex({blob}), 13, 4) || '-' || substr(hex({blob}), 17, 4) || '-' || "
            f"substr(hex({blob}), 21))")


def bytes_sql(text: str) -> str:
    """SQL of a UUID's text ``text`` (an expression) as the 16 bytes sync_ids holds."""
    return f"unhex(replace({text}, '-', ''))"


def kind_sql(number: str) -> str:
    """SQL naming the kind whose number is ``number`` (an expression)."""
    return ("CASE " + number + " " + " ".join(
        f"WHEN {n} THEN '{kind}'" for n, kind in KIND_NAMES.items()) + " END")


def code_sql(kind: str) -> str:
    """SQL of the number of the kind named ``kind`` (an expression)."""
    return ("CASE " + kind + " " + " ".join(
        f"WHEN '{kind}' THEN {n}" for n, kind in KIND_NAMES.items()) + " END")


def as_bytes(text: str | None) -> bytes | None:
    """A UUID's 16 bytes; None for None or a text that is no UUID (which names no record)."""
    try:
        return None if text is None else uuid.UUID(text).bytes
    except (TypeError, ValueError, AttributeError):
        return None


def as_text(raw: bytes | None) -> str | None:
    return None if raw is None else str(uuid.UUID(bytes=raw))
MUTED = "NOT EXISTS (SELECT 1 FROM sync_mute)"
CONNECTED = "EXISTS (SELECT 1 FROM sync_state)"


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _key_sql(t: Synced, row: str) -> str:
    if t.link:
        return " || '|' || ".join(f"{row}.{c}" for c in t.link)
    return f"{row}.rowid"


# Kinds whose records carry their custom field values (custom_fields.entity): they travel
# as fields of the record ("custom:<key>"), merged like any other field.
CUSTOM = ("customer", "contact")
CUSTOM_PREFIX = "custom:"  # as the change history names them


def _image_sql(conn: sqlite3.Connection, t: Synced, row: str) -> str:
    """SQL making a row's image, as the server holds records (dates as ISO text)."""
    names = [c for c in columns(conn, t.table) if c not in t.local]
    dated = days.column_types(conn, t.table)
    parts = [part for c in names for part in (
        products.image_sql(row) if t.products and c == "product_id"
        else [f"'{c}', {days.as_iso_sql(dated, c, f'{row}.{c}')}"])]
    if t.kind in CUSTOM:
        parts.append(f"'custom', json(coalesce((SELECT json_group_object(f.key, v.value) "
                     f"FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                     f"WHERE f.entity = '{t.kind}' AND v.entity_id = {row}.rowid), '{{}}'))")
    return "json_object(" + ", ".join(parts) + ")"


def _custom_triggers(conn: sqlite3.Connection, t: Synced) -> Iterator[str]:
    """A custom value set, changed or cleared is a change of its record; the base is the
    record with the value as it was."""
    image = _image_sql(conn, t, "r")
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        path = f"'$.custom.\"' || (SELECT key FROM custom_fields WHERE id = {row}.field_id) || '\"'"
        record = f"(SELECT {image} FROM {t.table} r WHERE r.rowid = {row}.entity_id)"
        base = (f"json_remove({record}, {path})" if event == "INSERT" else
                f"json_set({record}, {path}, OLD.value)")
        yield (f"CREATE TRIGGER sync_custom_values_{t.kind}_{event.lower()} AFTER {event} ON "
               f"custom_values WHEN {MUTED} AND {CONNECTED} AND (SELECT entity FROM "
               f"custom_fields WHERE id = {row}.field_id) = '{t.kind}' AND EXISTS (SELECT 1 "
               f"FROM {t.table} WHERE rowid = {row}.entity_id) BEGIN "
               f"INSERT INTO sync_outbox (kind, local_key, base) VALUES ('{t.kind}', "
               f"CAST({row}.entity_id AS TEXT), {base}) ON CONFLICT (kind, local_key) DO UPDATE "
               "SET stamp = stamp + 1; END")


def triggers(conn: sqlite3.Connection, t: Synced) -> Iterator[str]:
    """The triggers of one synced table while the file is connected: its UUIDs and its
    outbox (a record's UUID is forgotten when it is deleted, connected or not)."""
    if not t.link and not t.natural:
        yield (f"CREATE TRIGGER sync_{t.table}_id AFTER INSERT ON {t.table} "
               f"WHEN {MUTED} AND {CONNECTED} BEGIN "
               f"INSERT OR IGNORE INTO sync_ids (kind, local_id, uuid) "
               f"VALUES ({KIND_CODES[t.kind]}, NEW.rowid, {UUID_SQL}); END")
    changed = (f"INSERT INTO sync_outbox (kind, local_key, base) VALUES ('{t.kind}', "
               f"{_key_sql(t, '{row}')}, {{base}}) ON CONFLICT (kind, local_key) DO UPDATE SET "
               "stamp = stamp + 1, deleted = 0")
    when = f"WHEN {MUTED} AND {CONNECTED}{t.rows('NEW')}"
    yield (f"CREATE TRIGGER sync_{t.table}_ins AFTER INSERT ON {t.table} {when} BEGIN "
           + changed.format(row="NEW", base="NULL") + "; END")
    if not t.link:
        image = _image_sql(conn, t, "OLD")
        of = (" OF " + ", ".join(c for c in columns(conn, t.table) if c not in t.local)
              if t.local else "")  # a column computed here changing is no change to send
        yield (f"CREATE TRIGGER sync_{t.table}_upd AFTER UPDATE{of} ON {t.table} {when} BEGIN "
               + changed.format(row="OLD", base=image) + "; END")
    if t.kind in CUSTOM:
        yield from _custom_triggers(conn, t)
    if t.link:
        yield (f"CREATE TRIGGER sync_{t.table}_del AFTER DELETE ON {t.table} BEGIN "
               f"INSERT INTO sync_outbox (kind, local_key, deleted) SELECT '{t.kind}', "
               f"{_key_sql(t, 'OLD')}, 1 WHERE {MUTED} AND {CONNECTED} "
               "ON CONFLICT (kind, local_key) DO UPDATE SET stamp = stamp + 1, deleted = 1; END")
        return
    # A row's tombstone is kept under its UUID, not its rowid: SQLite gives a deleted last
    # rowid to the next row, which must not take over the tombstone (the delete was lost).
    # It keeps the base of an edit before it. One trigger, so the outbox reads the UUID
    # before it is forgotten.
    ids = f"sync_ids WHERE kind = {KIND_CODES[t.kind]} AND local_id = OLD.rowid"
    entry = f"sync_outbox WHERE kind = '{t.kind}' AND local_key = CAST(OLD.rowid AS TEXT)"
    yield (f"CREATE TRIGGER sync_{t.table}_del AFTER DELETE ON {t.table} BEGIN "
           f"INSERT INTO sync_outbox (kind, local_key, uuid, base, deleted, version) SELECT "
           f"'{t.kind}', coalesce(uuid, OLD.rowid), uuid, "
           f"coalesce((SELECT base FROM {entry}), {_image_sql(conn, t, 'OLD')}), 1, version "
           f"FROM (SELECT (SELECT {text_sql('uuid')} FROM {ids}) AS uuid, "
           f"(SELECT version FROM {ids}) AS version) "
           f"WHERE {MUTED} AND {CONNECTED}{t.rows('OLD')} ON CONFLICT (kind, local_key) DO UPDATE "
           "SET stamp = stamp + 1, deleted = 1, version = excluded.version; "
           f"DELETE FROM {entry} AND {MUTED} AND uuid IS NULL AND (SELECT uuid FROM {ids}) IS NOT NULL; "
           f"DELETE FROM {ids}; END")


def present(conn: sqlite3.Connection) -> list[Synced]:
    """The synced tables the file has: an earlier migration (m012, m013...) runs on a file
    that has not got the tables of later ones yet."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in TABLES if t.table in names]


def drop_triggers(conn: sqlite3.Connection) -> None:
    for table in [t.table for t in present(conn)] + ["custom_values"]:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND name LIKE 'sync\\_%' ESCAPE '\\'", (table,)
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")


def renew(conn: sqlite3.Connection, tables: Iterable[str]) -> None:
    """(Re)create the triggers of the synced ``tables`` alone, those of their custom values
    included: after a migration made them anew (storage/days.py)."""
    for t in (BY_TABLE[name] for name in tables):
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (tbl_name = ? OR name "
            "LIKE ?)", (t.table, f"sync_custom_values_{t.kind}_%")).fetchall():
            if name.startswith("sync_"):
                conn.execute(f"DROP TRIGGER {name}")
        for statement in triggers(conn, t):
            conn.execute(statement)


def install(conn: sqlite3.Connection) -> None:
    """(Re)create every synced table's triggers: after a migration changes a synced table's
    columns, the images must name the new ones."""
    drop_triggers(conn)
    for t in present(conn):
        for statement in triggers(conn, t):
            conn.execute(statement)


def give_ids(conn: sqlite3.Connection, natural_only: bool = False) -> None:
    """A UUID for every record that has none: m012 gives the records made before it theirs;
    records with a natural key get theirs here, before each sync (``natural_only``: the
    others have theirs from a trigger)."""
    for t in present(conn):
        if t.link or (natural_only and not t.natural):
            continue
        if not t.natural:  # random UUIDs, made by SQLite: a million rows take seconds
            conn.execute(
                f"INSERT INTO sync_ids (kind, local_id, uuid) SELECT ?, rowid, {UUID_SQL} "
                f"FROM {t.table} WHERE rowid NOT IN (SELECT local_id FROM sync_ids WHERE "
                f"kind = ?){t.rows(t.table)} ORDER BY rowid", (KIND_CODES[t.kind], KIND_CODES[t.kind]))
            continue
        picked = ", ".join(("rowid", *t.natural))
        missing = conn.execute(
            f"SELECT {picked} FROM {t.table} WHERE rowid NOT IN "
            f"(SELECT local_id FROM sync_ids WHERE kind = ?){t.rows(t.table)}",
            (KIND_CODES[t.kind],)).fetchall()
        conn.executemany("INSERT INTO sync_ids (kind, local_id, uuid) VALUES (?, ?, ?)", [
            (KIND_CODES[t.kind], row[0], as_bytes(link_uuid(t.kind, tuple(str(v) for v in row[1:]))))
            for row in missing])


def connected(conn: sqlite3.Connection) -> bool:
    return conn.execute(f"SELECT {CONNECTED}").fetchone()[0] == 1


# A local setting (not in SHARED_SETTINGS: it does not travel) written when the file first
# connects: its records' UUIDs name the team's records from then on, disconnected or not.
WAS_CONNECTED = "sync.was_connected"


def never_connected(conn: sqlite3.Connection) -> bool:
    """No sign of a team in the file: not connected, never (:data:`WAS_CONNECTED`), no
    version of the server's kept, no history pulled from another laptop (it names its
    machine), no conflict ever kept. Only a file disconnected before this release after it
    only sent (a publish, then a disconnect) leaves no sign: m023 forgets its UUIDs, and
    publishing it again matches its customers by code."""
    return not connected(conn) and conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM settings WHERE key = ?) "
        "AND NOT EXISTS (SELECT 1 FROM sync_ids WHERE version IS NOT NULL) "
        "AND NOT EXISTS (SELECT 1 FROM change_log WHERE machine IS NOT NULL) "
        "AND NOT EXISTS (SELECT 1 FROM sync_conflicts)", (WAS_CONNECTED,)).fetchone()[0] == 1


def forget_ids(conn: sqlite3.Connection) -> bool:
    """m023: a file never connected to a team holds no UUIDs (they are given when it first
    connects or is published); whether there were any to forget."""
    if not never_connected(conn) or conn.execute("SELECT 1 FROM sync_ids LIMIT 1").fetchone() is None:
        return False
    conn.execute("DELETE FROM sync_ids")
    return True


def lean_ids(conn: sqlite3.Connection) -> None:
    """m015: a file whose sync_ids spell kinds and UUIDs as text (made by m012 before m015)
    gets them as numbers and bytes, in a table built anew (so compact). m013 calls it first
    on a file at m012, since its :func:`give_ids` writes the new layout."""
    kind_type = {r[1]: r[2] for r in conn.execute("PRAGMA table_info(sync_ids)")}.get("kind")
    if kind_type != "TEXT":
        return  # made by m012 as it is now
    drop_triggers(conn)  # they name sync_ids
    conn.execute("ALTER TABLE sync_ids RENAME TO sync_ids_text")
    conn.execute(SYNC_IDS)
    conn.execute(f"INSERT INTO sync_ids (kind, local_id, uuid, version) SELECT {code_sql('kind')}, "
                 f"local_id, {bytes_sql('uuid')}, version FROM sync_ids_text ORDER BY 1, 2")
    conn.execute("DROP TABLE sync_ids_text")
    conn.execute(SYNC_IDS_UUID)  # after the rows: sorting them once is faster than 2M inserts
    install(conn)


def repair_ids(conn: sqlite3.Connection) -> None:
    """After a rescue copied what it could: UUIDs of records that were lost are forgotten,
    and records whose UUID was lost get one. Ids copied from a file of before m015 (text)
    become numbers and bytes."""
    conn.execute(f"UPDATE sync_ids SET kind = {code_sql('kind')}, uuid = {bytes_sql('uuid')} "
                 "WHERE typeof(uuid) = 'text'")
    for t in present(conn):
        if not t.link:
            conn.execute(f"DELETE FROM sync_ids WHERE kind = ? AND local_id NOT IN "
                         f"(SELECT rowid FROM {t.table})", (KIND_CODES[t.kind],))
    if connected(conn):
        give_ids(conn)
    else:  # a file alone gets its records' UUIDs when it connects
        forget_ids(conn)


def link_uuid(kind: str, parts: tuple[str, ...]) -> str:
    """A link row's UUID, from the kind and the UUIDs (or texts) it links."""
    return str(uuid.uuid5(NAMESPACE, "|".join((kind, *parts))))
