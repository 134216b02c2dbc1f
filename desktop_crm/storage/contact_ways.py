"""Ways to reach a customer or a contact: any number of mobiles, landlines, WeChat and QQ ids,
emails, websites and faxes, each with a free label and a "preferred" mark (one per type per
owner, kept by ``domain/contact_ways.py``).

A way belongs to a customer (``contact_id`` NULL: the customer's own) or to one of its
contacts (``customer_id`` is always set: the dossier a way belongs to, for the sync and the
search). The older single columns stay as they were — ``customers.phone`` and the contacts'
``mobile``, ``phone``, ``wechat``, ``email`` — and hold the preferred way of their type, so
the list, the duplicate check, greetings, PDFs and the CLI read what they always read:

* a way changed in the dossier writes its column in the same transaction (the domain);
* a column written anywhere else (the customer form, an import, the CLI, a merge) is followed
  by its way through the triggers below. They do not run while a pull applies the team's
  records (``sync_mute``): the ways travel as records of their own, made where the column
  was written.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3

TYPES = ("mobile", "landline", "wechat", "qq", "email", "website", "fax")
PHONE_TYPES = ("mobile", "landline", "fax")
# a contact's columns and the type of way each holds
CONTACT_COLUMNS = {"mobile": "mobile", "phone": "landline", "wechat": "wechat", "email": "email"}

_NOW = "unixepoch('now', 'localtime')"  # a STAMP (storage/days.py; m026 before, text)
_NOT_MUTED = "NOT EXISTS (SELECT 1 FROM sync_mute)"
# a customer's phone as the app stores it: a Chinese mobile is 11 digits starting with 1
_MOBILE = "1" + "[0-9]" * 10


def _customer_type(value: str) -> str:
    return f"(CASE WHEN {value} GLOB '{_MOBILE}' THEN 'mobile' ELSE 'landline' END)"


def _follow(owner: str, new: str, old: str | None, type_: str, among: str) -> str:
    """Statements making the ways of ``owner`` (an SQL condition) follow a column changed
    from ``old`` to ``new``: the way that held the old value takes the new one (or goes when
    the column was emptied); a value not held by any way becomes one; the new value is the
    preferred way of its type."""
    parts = []
    if old is not None:
        parts.append(
            f"DELETE FROM contact_ways WHERE {owner} AND type IN ({among}) AND value = {old} "
            f"AND coalesce({new}, '') = '';")
        parts.append(
            f"UPDATE contact_ways SET value = {new}, type = {type_}, updated_at = {_NOW} "
            f"WHERE id = (SELECT id FROM contact_ways WHERE {owner} AND type IN ({among}) "
            f"AND value = {old} ORDER BY preferred DESC, id LIMIT 1) AND coalesce({new}, '') <> '' "
            f"AND NOT EXISTS (SELECT 1 FROM contact_ways WHERE {owner} AND type IN ({among}) "
            f"AND value = {new});")
    return "\n".join(parts)


def _triggers() -> str:
    out = []
    customer = "customer_id = NEW.id AND contact_id IS NULL"
    phones = "'mobile', 'landline'"
    for event in ("INSERT", "UPDATE"):
        old = "OLD.phone" if event == "UPDATE" else None
        of = " OF phone" if event == "UPDATE" else ""
        changed = " AND NEW.phone IS NOT OLD.phone" if event == "UPDATE" else ""
        out.append(
            f"CREATE TRIGGER contact_ways_customer_{event.lower()} AFTER {event}{of} ON customers "
            f"WHEN {_NOT_MUTED}{changed} BEGIN\n"
            + _follow(customer, "NEW.phone", old, _customer_type("NEW.phone"), phones) + "\n"
            + _made(customer, "NEW.id", "NULL", "NEW.phone", _customer_type("NEW.phone"), phones)
            + "\nEND;")
    contact = "contact_id = NEW.id"
    for column, type_ in CONTACT_COLUMNS.items():
        for event in ("INSERT", "UPDATE"):
            old = f"OLD.{column}" if event == "UPDATE" else None
            of = f" OF {column}" if event == "UPDATE" else ""
            changed = f" AND NEW.{column} IS NOT OLD.{column}" if event == "UPDATE" else ""
            out.append(
                f"CREATE TRIGGER contact_ways_{column}_{event.lower()} AFTER {event}{of} ON "
                f"contacts WHEN {_NOT_MUTED}{changed} BEGIN\n"
                + _follow(contact, f"NEW.{column}", old, f"'{type_}'", f"'{type_}'") + "\n"
                + _made(contact, "NEW.customer_id", "NEW.id", f"NEW.{column}", f"'{type_}'",
                        f"'{type_}'") + "\nEND;")
    # a contact moved to another customer (a merge) takes its ways along
    out.append(
        "CREATE TRIGGER contact_ways_contact_moves AFTER UPDATE OF customer_id ON contacts "
        "WHEN NEW.customer_id IS NOT OLD.customer_id BEGIN\n"
        "UPDATE contact_ways SET customer_id = NEW.customer_id WHERE contact_id = NEW.id;\nEND;")
    # the search entry of the dossier holds its ways
    # (a way made by the triggers above from a column the entry already holds changes
    # nothing: an import of 100,000 customers with phones does not index them twice)
    out.append(
        "CREATE TRIGGER contact_ways_search_ins AFTER INSERT ON contact_ways WHEN NEW.value IS "
        "NOT (CASE WHEN NEW.contact_id IS NULL THEN (SELECT phone FROM customers WHERE id = "
        "NEW.customer_id) ELSE (SELECT CASE NEW.type WHEN 'mobile' THEN mobile WHEN 'landline' "
        "THEN phone WHEN 'wechat' THEN wechat END FROM contacts WHERE id = NEW.contact_id) END) "
        "BEGIN INSERT OR IGNORE INTO search_dirty VALUES (NEW.customer_id); END;")
    out.append(
        "CREATE TRIGGER contact_ways_search_del AFTER DELETE ON contact_ways "
        "BEGIN INSERT OR IGNORE INTO search_dirty VALUES (OLD.customer_id); END;")
    out.append(
        "CREATE TRIGGER contact_ways_search_upd AFTER UPDATE ON contact_ways BEGIN "
        "INSERT OR IGNORE INTO search_dirty VALUES (OLD.customer_id); "
        "INSERT OR IGNORE INTO search_dirty VALUES (NEW.customer_id); END;")
    return "\n".join(out) + "\n"


def _made(owner: str, customer_id: str, contact_id: str, new: str, type_: str, among: str) -> str:
    """A value no way holds becomes one; the new value is its type's preferred way."""
    return (
        f"INSERT INTO contact_ways (customer_id, contact_id, type, value, preferred, created_at, "
        f"updated_at) SELECT {customer_id}, {contact_id}, {type_}, {new}, 1, {_NOW}, {_NOW} "
        f"WHERE coalesce({new}, '') <> '' AND NOT EXISTS (SELECT 1 FROM contact_ways WHERE "
        f"{owner} AND type IN ({among}) AND value = {new});\n"
        f"UPDATE contact_ways SET preferred = (value = {new}) WHERE coalesce({new}, '') <> '' "
        f"AND {owner} AND type = (SELECT type FROM contact_ways WHERE {owner} AND type IN "
        f"({among}) AND value = {new} LIMIT 1) AND (preferred OR value = {new}) "
        f"AND preferred IS NOT (value = {new});")


TABLE = f"""
CREATE TABLE contact_ways (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: the history names ways by id
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,  -- NULL: the customer's own
    type TEXT NOT NULL CHECK (type IN ({", ".join(f"'{t}'" for t in TYPES)})),
    value TEXT NOT NULL,
    label TEXT,                 -- free: 办公室, 老板私人…
    preferred INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX contact_ways_customer ON contact_ways(customer_id);
CREATE INDEX contact_ways_contact ON contact_ways(contact_id) WHERE contact_id IS NOT NULL;
"""

# Schema step m020_contact_ways (applied from schema.py): the table, and the columns' values
# as ways, each the preferred of its type (a contact's phone is a landline whatever its shape).
MOVE = f"""
INSERT INTO contact_ways (customer_id, contact_id, type, value, preferred, created_at, updated_at)
SELECT id, NULL, {_customer_type("phone")}, phone, 1, updated_at, updated_at FROM customers
WHERE coalesce(phone, '') <> '' ORDER BY id;
""" + "".join(f"""
INSERT INTO contact_ways (customer_id, contact_id, type, value, preferred, created_at, updated_at)
SELECT customer_id, id, '{type_}', {column}, 1, updated_at, updated_at FROM contacts
WHERE coalesce({column}, '') <> '' ORDER BY id;
""" for column, type_ in CONTACT_COLUMNS.items())

DDL = TABLE + _triggers()


def move_existing(conn: sqlite3.Connection) -> None:
    """m020: the table, the columns' values moved in, the triggers; customers whose contacts
    had an email (not searchable before) are indexed again."""
    from desktop_crm.storage import search_index
    from desktop_crm.storage.schema import split_statements

    for statement in split_statements(TABLE + MOVE):
        conn.execute(statement)
    _same_ids_everywhere(conn)
    for statement in split_statements(_triggers()):
        conn.execute(statement)
    conn.execute("INSERT OR IGNORE INTO search_dirty SELECT DISTINCT customer_id FROM "
                 "contact_ways WHERE type = 'email'")
    search_index.flush(conn)


def retrigger(conn: sqlite3.Connection) -> None:
    """m026: the triggers made again, stamping ways with numbers (storage/days.py)."""
    from desktop_crm.storage.schema import split_statements

    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND name LIKE 'contact\\_ways\\_%' ESCAPE '\\'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for statement in split_statements(_triggers()):
        conn.execute(statement)


def exists(conn: sqlite3.Connection) -> bool:
    """Whether the file has the table (a file being upgraded past an older step has not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                        "name = 'contact_ways'").fetchone() is not None


def of_customers(conn: sqlite3.Connection, ids: Sequence[int]) -> list[sqlite3.Row]:
    """``(customer_id, type, value)`` of the ways of customers ``ids`` and of their contacts
    not in the trash, in the order they were made."""
    if not exists(conn):
        return []
    return conn.execute(
        "SELECT w.customer_id, w.type, w.value FROM contact_ways w "
        "LEFT JOIN contacts c ON c.id = w.contact_id "
        "WHERE w.customer_id IN (SELECT value FROM json_each(?)) "
        "AND (w.contact_id IS NULL OR c.deleted_at IS NULL) ORDER BY w.id",
        ("[" + ",".join(map(str, ids)) + "]",)).fetchall()


def of_dossier(store: Store, customer_id: int) -> list[sqlite3.Row]:
    """Every way of the customer and of its contacts not in the trash: the customer's own
    first, then by contact, type, preferred first."""
    return store.conn.execute(
        "SELECT w.*, c.name AS contact_name FROM contact_ways w "
        "LEFT JOIN contacts c ON c.id = w.contact_id "
        "WHERE w.customer_id = ? AND (w.contact_id IS NULL OR c.deleted_at IS NULL) "
        "ORDER BY w.contact_id IS NOT NULL, c.name, w.contact_id, "
        f"CASE w.type {' '.join(f'WHEN {t!r} THEN {i}' for i, t in enumerate(TYPES))} END, "
        "w.preferred DESC, w.id", (customer_id,)).fetchall()


def of_owner(store: Store, customer_id: int, contact_id: int | None,
             type_: str | None = None) -> list[sqlite3.Row]:
    """The ways of one owner (a contact, or the customer itself), of one type if given."""
    sql = "SELECT * FROM contact_ways WHERE customer_id = ? AND contact_id IS ?"
    args: list[object] = [customer_id, contact_id]
    if type_ is not None:
        sql += " AND type = ?"
        args.append(type_)
    return store.conn.execute(sql + " ORDER BY preferred DESC, id", args).fetchall()


def _same_ids_everywhere(conn: sqlite3.Connection) -> None:
    """The ways m020 made take UUIDs derived from their owner's and their column, so two
    laptops of a team that upgrade their copies make the same records, not two of each."""
    from desktop_crm.storage.sync_tables import KIND_CODES, as_bytes, as_text, link_uuid

    rows = conn.execute(
        "SELECT w.id, coalesce(c.uuid, k.uuid), CASE WHEN w.contact_id IS NULL THEN 'phone' "
        "ELSE w.type END FROM contact_ways w "
        "LEFT JOIN sync_ids k ON k.kind = ? AND k.local_id = w.customer_id AND w.contact_id IS NULL "
        "LEFT JOIN sync_ids c ON c.kind = ? AND c.local_id = w.contact_id",
        (KIND_CODES["customer"], KIND_CODES["contact"])).fetchall()
    conn.executemany("INSERT INTO sync_ids (kind, local_id, uuid) VALUES (?, ?, ?)", [
        (KIND_CODES["contact_way"], way, as_bytes(link_uuid("contact_way", (as_text(owner), column))))
        for way, owner, column in rows if owner is not None])


def settle(store: Store, customer_id: int) -> None:
    """After ways moved in or out (a merge, its undo): each column's value a way, one way
    per value, and one preferred per type and owner — the one its column shows, else the
    oldest."""
    q = store.conn.execute
    # a column's value without its way (one that moved away and back: an undone merge)
    q(f"INSERT INTO contact_ways (customer_id, contact_id, type, value, preferred, created_at, "
      f"updated_at) SELECT id, NULL, {_customer_type('phone')}, phone, 1, {_NOW}, {_NOW} "
      f"FROM customers c WHERE id = ? AND coalesce(phone, '') <> '' AND NOT EXISTS (SELECT 1 "
      f"FROM contact_ways w WHERE w.customer_id = c.id AND w.contact_id IS NULL AND w.value = "
      f"c.phone)", (customer_id,))
    for column, type_ in CONTACT_COLUMNS.items():
        q(f"INSERT INTO contact_ways (customer_id, contact_id, type, value, preferred, "
          f"created_at, updated_at) SELECT customer_id, id, '{type_}', {column}, 1, {_NOW}, "
          f"{_NOW} FROM contacts c WHERE customer_id = ? AND coalesce({column}, '') <> '' AND "
          f"NOT EXISTS (SELECT 1 FROM contact_ways w WHERE w.contact_id = c.id AND w.type = "
          f"'{type_}' AND w.value = c.{column})", (customer_id,))
    q("DELETE FROM contact_ways WHERE customer_id = ? AND id NOT IN (SELECT min(id) FROM "
      "contact_ways WHERE customer_id = ? GROUP BY contact_id, type, value)",
      (customer_id, customer_id))
    shown = (f"(CASE WHEN w.contact_id IS NULL THEN (SELECT phone FROM customers WHERE id = "
             f"w.customer_id) ELSE (SELECT CASE w.type {' '.join(f'WHEN {t!r} THEN {c}' for c, t in CONTACT_COLUMNS.items())} "
             f"END FROM contacts WHERE id = w.contact_id) END)")
    first = (f"(x.id = (SELECT w.id FROM contact_ways w WHERE w.customer_id = x.customer_id "
             f"AND w.contact_id IS x.contact_id AND w.type = x.type "
             f"ORDER BY w.value IS {shown} DESC, w.preferred DESC, w.id LIMIT 1))")
    q(f"UPDATE contact_ways AS x SET preferred = {first} WHERE x.customer_id = ? "
      f"AND x.preferred IS NOT {first}", (customer_id,))


def owned_by(store: Store, ids: Sequence[int]) -> list[sqlite3.Row]:
    """``(customer_id, contact_id, type, value, preferred)`` of every way in dossiers ``ids``."""
    return store.conn.execute(
        "SELECT customer_id, contact_id, type, value, preferred FROM contact_ways "
        "WHERE customer_id IN (SELECT value FROM json_each(?))",
        ("[" + ",".join(map(str, ids)) + "]",)).fetchall()


def fill_phones(store: Store, phones: Sequence[tuple[int, str]]) -> list[int]:
    """``(customer id, phone)``: the phone of those customers who have none; returns the
    customers whose phone it set."""
    return [cid for cid, phone in phones if store.conn.execute(
        "UPDATE customers SET phone = ? WHERE id = ? AND coalesce(phone, '') = ''",
        (phone, cid)).rowcount]


def add_missing(conn: sqlite3.Connection, customer_ids: Sequence[int] | None = None) -> None:
    """Each column's value a preferred way where none holds it: after a bulk load that ran
    with the triggers muted (the demo), or, for ``customer_ids`` alone, after a big import
    created those customers with the customers' trigger set aside (their contacts come with
    their own trigger): one statement for a chunk instead of the trigger row by row, ~8x
    cheaper."""
    only = "" if customer_ids is None else " AND c.id IN (SELECT value FROM json_each(?))"
    conn.execute(
        f"INSERT INTO contact_ways (customer_id, contact_id, type, value, preferred, created_at, "
        f"updated_at) SELECT id, NULL, {_customer_type('phone')}, phone, 1, updated_at, updated_at "
        f"FROM customers c WHERE coalesce(phone, '') <> '' AND NOT EXISTS (SELECT 1 FROM "
        f"contact_ways w WHERE w.customer_id = c.id AND w.contact_id IS NULL AND w.value = c.phone)"
        f"{only} ORDER BY id",
        () if customer_ids is None else ("[" + ",".join(map(str, customer_ids)) + "]",))
    if customer_ids is not None:
        return
    for column, type_ in CONTACT_COLUMNS.items():
        conn.execute(
            f"INSERT INTO contact_ways (customer_id, contact_id, type, value, preferred, "
            f"created_at, updated_at) SELECT customer_id, id, '{type_}', {column}, 1, updated_at, "
            f"updated_at FROM contacts c WHERE coalesce({column}, '') <> '' AND NOT EXISTS "
            f"(SELECT 1 FROM contact_ways w WHERE w.contact_id = c.id AND w.type = '{type_}' AND "
            f"w.value = c.{column}) ORDER BY id")
