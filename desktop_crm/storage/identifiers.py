"""A customer's identifiers in the file (domain/identifiers.py says what they are): the
schema step that adds them, and who else holds one.

Uniqueness is the file's own rule: a partial unique index per unique identifier over the
customers not in the trash that have one. Each is also the index the clash check reads
(:func:`holders`), so no index is kept that no query uses (issue 17); ``tax_id`` repeats
legitimately (branches of one company) and has none. Search finds them through the search
index (storage/search_index.py), not through these.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3

COLUMNS = ("uscc", "resident_id", "licence_no", "tax_id")
UNIQUE = ("uscc", "resident_id", "licence_no")

# Schema step m021_identifiers (applied from schema.py).
DDL = """
ALTER TABLE customers ADD COLUMN uscc TEXT;
ALTER TABLE customers ADD COLUMN resident_id TEXT;
ALTER TABLE customers ADD COLUMN licence_no TEXT;
ALTER TABLE customers ADD COLUMN tax_id TEXT;
CREATE UNIQUE INDEX customers_uscc ON customers(uscc)
    WHERE uscc IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX customers_resident_id ON customers(resident_id)
    WHERE resident_id IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX customers_licence_no ON customers(licence_no)
    WHERE licence_no IS NOT NULL AND deleted_at IS NULL;
-- the search entry holds them (search_index.TRIGGERS watches the older columns)
CREATE TRIGGER customers_search_ids_au AFTER UPDATE OF uscc, resident_id, licence_no, tax_id
ON customers BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (new.id);
END;
"""

_CHUNK = 500


def holders(store: Store, column: str, values: Sequence[str]) -> dict[str, sqlite3.Row]:
    """The customer not in the trash holding each of ``values`` in ``column`` (a unique
    identifier): value -> (id, code, name); through the column's own index."""
    if column not in UNIQUE:
        raise ValueError(column)
    out: dict[str, sqlite3.Row] = {}
    wanted = list(dict.fromkeys(v for v in values if v))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        for row in store.conn.execute(
            f"SELECT {column} AS value, id, code, name FROM customers WHERE {column} IN "
            f"({','.join('?' * len(chunk))}) AND deleted_at IS NULL", chunk,
        ):
            out[row["value"]] = row
    return out


def present(conn: sqlite3.Connection) -> bool:
    """Whether the file has the identifiers' columns (a file being migrated may not yet)."""
    return any(r[1] == "uscc" for r in conn.execute("PRAGMA table_info(customers)"))
