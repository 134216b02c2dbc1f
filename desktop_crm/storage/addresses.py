"""A customer's addresses (business, delivery, billing, home, other), each in parts, one of
them the main one; and the schema step that makes them (m019_addresses).

The main address stays written on the customer too: ``customers.address`` is its one-line
text and ``customers.area`` its trade zone (else its district, else its city), written by
:func:`write_main` in the same transaction as every change of the main address. So the
customer list, search, sorting, PDFs, duplicates and the week plan read the main address
as they always did. The other addresses' text is in the customer's search entry
(storage/search_index.py reads :func:`other_lines`).

One main per customer is the domain's rule (domain/addresses.py), not a unique index: two
laptops may each make another address main, and the sync applies the records one by one;
an index would refuse the second. Where two are marked, the older one counts
(:data:`MAIN_FIRST`) until someone makes one main again.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from desktop_crm.storage.address_split import split
from desktop_crm.storage.db import Store, now_number
from desktop_crm.storage.driver import sqlite3

KINDS = ("business", "delivery", "billing", "home", "other")
PARTS = ("province", "city", "district", "street", "building", "line")
COLUMNS = ("kind", *PARTS, "postcode", "area", "is_main")
MAIN_FIRST = "is_main DESC, id"

# Schema step m019_addresses (applied from schema.py).
DDL = """
CREATE TABLE customer_addresses (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'business'
        CHECK (kind IN ('business', 'delivery', 'billing', 'home', 'other')),
    province TEXT, city TEXT, district TEXT, street TEXT,
    building TEXT,              -- building, floor, room
    line TEXT,                  -- what does not split into the parts above
    postcode TEXT,
    area TEXT,                  -- trade zone (商圈); the main one's is the customer's area
    is_main INTEGER NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1)),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX customer_addresses_customer ON customer_addresses(customer_id, is_main);
"""
# A main address's text is the customer's already: adding or removing one changes no search
# entry (an import or the step m019 making 100,000 does not redo theirs). Made after the step
# made the main addresses.
SEARCH_TRIGGERS = """
CREATE TRIGGER customer_addresses_search_ai AFTER INSERT ON customer_addresses
WHEN new.is_main = 0 BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (new.customer_id);
END;
CREATE TRIGGER customer_addresses_search_au AFTER UPDATE ON customer_addresses BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (old.customer_id);
    INSERT OR IGNORE INTO search_dirty VALUES (new.customer_id);
END;
CREATE TRIGGER customer_addresses_search_ad AFTER DELETE ON customer_addresses
WHEN old.is_main = 0 BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (old.customer_id);
END;
"""

_CHUNK = 500


def one_line(row: Mapping[str, Any]) -> str:
    """An address as one line: its parts in order (a municipality's name once), then the
    free line."""
    city = row.get("city") or ""
    if city == (row.get("province") or ""):
        city = ""
    return "".join(v for v in (row.get("province"), city, row.get("district"),
                               row.get("street"), row.get("building"), row.get("line")) if v)


def area_of(row: Mapping[str, Any]) -> str | None:
    """The customer's area given by an address: its trade zone, else district, else city."""
    return row.get("area") or row.get("district") or row.get("city") or None


def from_line(text: str | None, area: str | None = None) -> dict[str, Any]:
    """An address's columns from one line of text, split where it can be."""
    parts = split(text or "")
    return {"province": parts.province or None, "city": parts.city or None,
            "district": parts.district or None, "street": parts.street or None,
            "line": parts.free or None, "area": area or None}


def of_customer(store: Store, customer_id: int) -> list[dict[str, Any]]:
    """The customer's addresses, the main one first."""
    return [dict(r) for r in store.conn.execute(
        f"SELECT * FROM customer_addresses WHERE customer_id = ? ORDER BY {MAIN_FIRST}",
        (customer_id,))]


def main_of(store: Store, customer_id: int) -> dict[str, Any] | None:
    found = store.conn.execute(
        f"SELECT * FROM customer_addresses WHERE customer_id = ? ORDER BY {MAIN_FIRST} LIMIT 1",
        (customer_id,)).fetchone()
    return dict(found) if found else None


def write_main(store: Store, customer_id: int) -> list[tuple[str, object, object]]:
    """Write the main address's line and area on the customer (none left: both emptied);
    returns ``(column, old, new)`` of what changed, for the change history."""
    main = main_of(store, customer_id)
    old = store.conn.execute("SELECT address, area FROM customers WHERE id = ?",
                             (customer_id,)).fetchone()
    if old is None:
        return []
    new = (one_line(main) or None, area_of(main)) if main else (None, None)
    diff = [(c, o, n) for c, o, n in zip(("address", "area"), old, new) if o != n]
    if diff:
        store.update("customers", customer_id, {c: n for c, _, n in diff})
    return diff


def unmark_main(store: Store, customer_id: int) -> None:
    """No address of the customer is main (another is about to be)."""
    store.conn.execute("UPDATE customer_addresses SET is_main = 0, updated_at = ? "
                       "WHERE customer_id = ? AND is_main = 1", (now_number(), customer_id))


def other_lines(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, list[str]]:
    """The one-line text of each customer's addresses other than the main one (the main
    one's is on the customer), for the search entry."""
    found: dict[int, list[str]] = {}
    items = sorted(set(ids))
    for start in range(0, len(items), _CHUNK):
        chunk = items[start:start + _CHUNK]
        rows = conn.execute(
            "SELECT * FROM customer_addresses WHERE customer_id IN "
            f"({','.join('?' * len(chunk))}) ORDER BY customer_id, {MAIN_FIRST}", chunk)
        names = [d[0] for d in rows.description]
        seen: set[int] = set()
        for raw in rows:
            row = dict(zip(names, raw))
            cid = row["customer_id"]
            if cid in seen:
                found.setdefault(cid, []).append(one_line(row))
            seen.add(cid)
    return found


def fill_missing(conn: sqlite3.Connection, ids: Iterable[int] | None = None) -> int:
    """A main address for each customer (of ``ids``; None: all) that has an address line or
    an area but no address yet, split from its line; returns how many were made. The step
    m019 calls it for every customer; creating and importing customers, for theirs."""
    where = "" if ids is None else " AND c.id IN (SELECT value FROM json_each(?))"
    params = () if ids is None else ("[" + ",".join(map(str, ids)) + "]",)
    missing = conn.execute(
        "SELECT c.id, c.address, c.area FROM customers c WHERE (c.address IS NOT NULL OR "
        "c.area IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM customer_addresses a "
        f"WHERE a.customer_id = c.id){where} ORDER BY c.id", params).fetchall()
    rows = []
    for cid, address, area in missing:
        values = from_line(address, area)
        rows.append((cid, *(values[c] for c in ("province", "city", "district", "street",
                                                "line", "area"))))
    # one statement reading the rows as JSON: a third cheaper than binding 100,000 x 9 values
    stamp = now_number()
    conn.execute(
        "INSERT INTO customer_addresses (customer_id, kind, province, city, district, street, "
        "line, area, is_main, created_at, updated_at) SELECT value ->> 0, 'business', "
        "value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, 1, ?, ? "
        "FROM json_each(?)", (stamp, stamp, json.dumps(rows, ensure_ascii=False)))
    return len(rows)


def migrated_uuids(conn: sqlite3.Connection, kind_code: int, customer_code: int) -> None:
    """m019: the main address made from a customer's line takes a UUID derived from the
    customer's, so two laptops of a team that both open their file with this version make
    the same record, not two."""
    pairs = conn.execute(
        "SELECT a.id, s.uuid FROM customer_addresses a JOIN sync_ids s ON s.kind = ? "
        "AND s.local_id = a.customer_id", (customer_code,)).fetchall()
    namespace = uuid.UUID("0b6c36c2-54f5-4c8e-a0e3-7a9d2f1c5e10")
    conn.executemany(
        "INSERT OR REPLACE INTO sync_ids (kind, local_id, uuid) VALUES (?, ?, ?)",
        [(kind_code, aid, uuid.uuid5(namespace, uuid.UUID(bytes=raw).hex + "|main").bytes)
         for aid, raw in pairs])


# --- carried by merge, given by person rights -----------------------------------------------

def after_merge(store: Store, survivor: int, moved: Iterable[int]) -> None:
    """A merge moved the addresses ``moved`` to ``survivor`` (storage/merge.py moves every
    row owned by a customer): the kept customer keeps its main address, the moved ones are
    not main; without one of its own, the moved main becomes its."""
    moved = list(moved)
    keeps = store.conn.execute(
        "SELECT 1 FROM customer_addresses WHERE customer_id = ? AND is_main = 1 AND id NOT IN "
        "(SELECT value FROM json_each(?))", (survivor, "[" + ",".join(map(str, moved)) + "]")
    ).fetchone()
    if keeps:
        store.conn.execute(
            "UPDATE customer_addresses SET is_main = 0, updated_at = ? WHERE is_main = 1 AND id IN "
            "(SELECT value FROM json_each(?))", (now_number(), "[" + ",".join(map(str, moved)) + "]"))


def ensure_main(store: Store, customer_id: int) -> None:
    """A customer with addresses and none main (its main one moved back by undoing a merge
    came back unmarked): its oldest is."""
    if store.conn.execute("SELECT 1 FROM customer_addresses WHERE customer_id = ? AND is_main = 1",
                          (customer_id,)).fetchone() is None:
        store.conn.execute(
            "UPDATE customer_addresses SET is_main = 1, updated_at = ? WHERE id = "
            "(SELECT min(id) FROM customer_addresses WHERE customer_id = ?)", (now_number(), customer_id))


def erase(store: Store, customer_id: int) -> int:
    """Person rights: the customer's addresses go (their text is personal data)."""
    return store.conn.execute("DELETE FROM customer_addresses WHERE customer_id = ?",
                              (customer_id,)).rowcount
