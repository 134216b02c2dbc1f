"""The products and categories a purchase names, kept once each (issue 17, file size).

A purchase names what was bought by its product and category texts. A shop sells a few dozen
to a few thousand products and records a million purchases of them, so the file keeps each
(product, category) pair once in ``products`` and a purchase holds its number,
``transactions.product_id`` (m030: 8.7 MiB of the 100k demo's 419). Every reader and writer
still speaks of ``product`` and ``category``:

- writes give the texts; :func:`named` turns them into the number (Store does it for its own
  writes of purchases, the sync layer for pulled ones);
- reads join :data:`JOIN` and select :data:`COLUMNS`, which name the texts as before
  (:func:`read`: whole rows);
- the sync's images of a purchase carry the texts (:func:`image_sql`, :func:`read`), so
  the team server and other laptops see what they always saw.

A pair is stored as two texts, '' for none (UNIQUE would take two NULLs for different pairs);
a purchase naming neither has no product at all (NULL). Products are never removed: they are
the shop's list of what it sells, small, and a purchase made again finds its number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.remake import remake

TABLE = "transactions"  # the table whose rows name a product
TEXTS = ("product", "category")

DDL = """
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,       -- '' for none
    category TEXT NOT NULL,   -- '' for none
    UNIQUE (name, category)
);
"""

JOIN = "LEFT JOIN products p ON p.id = {row}.product_id"
COLUMNS = "nullif(p.name, '') AS product, nullif(p.category, '') AS category"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class Names:
    """The numbers of the pairs one connection has looked up or made (a batch of purchases
    names the same few products again and again)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known: dict[tuple[str, str], int] = {}

    def id_of(self, product: Any, category: Any) -> int | None:
        """The number of the pair, made when new; None when both are empty."""
        pair = (_text(product), _text(category))
        if pair == ("", ""):
            return None
        found = self.known.get(pair)
        if found is None:
            self.conn.execute("INSERT OR IGNORE INTO products (name, category) VALUES (?, ?)", pair)
            (found,) = self.conn.execute(
                "SELECT id FROM products WHERE name = ? AND category = ?", pair).fetchone()
            self.known[pair] = found
        return found

    def row(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """``values`` with its product and category texts replaced by their number (a row
        naming neither is left as it is)."""
        if "product" not in values and "category" not in values:
            return dict(values)
        out = {k: v for k, v in values.items() if k not in TEXTS}
        out["product_id"] = self.id_of(values.get("product"), values.get("category"))
        return out


def named(conn: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Purchases as written (texts) as stored (the number); inside the caller's transaction."""
    names = Names(conn)
    return [names.row(r) for r in rows]


def read(conn: sqlite3.Connection, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    """Purchases (``where``: SQL over ``t``) as their writers gave them: every column, with
    the product's texts in place of its number."""
    rows = [dict(r) for r in conn.execute(
        f"SELECT t.*, {COLUMNS} FROM {TABLE} t {JOIN.format(row='t')} WHERE {where}", params)]
    for row in rows:
        del row["product_id"]
    return rows


def image_sql(row: str) -> list[str]:
    """The ``'key', value`` parts of a json_object() naming the product of the purchase
    ``row`` (an SQL row reference such as OLD) by its texts."""
    return [f"'{text}', (SELECT nullif({column}, '') FROM products WHERE id = {row}.product_id)"
            for text, column in zip(TEXTS, ("name", "category"))]


def make(conn: sqlite3.Connection) -> None:
    """m030: the table, and the purchases' texts made numbers (inside the step's
    transaction; no table refers to purchases, so it is made anew the usual way)."""
    conn.execute(DDL)
    conn.execute("INSERT OR IGNORE INTO products (name, category) "
                 "SELECT DISTINCT coalesce(product, ''), coalesce(category, '') "
                 f"FROM {TABLE} WHERE coalesce(product, '') || coalesce(category, '') != ''")
    remake(
        conn, TABLE, lambda create: create.replace(
            "product TEXT, category TEXT", "product_id INTEGER REFERENCES products(id)"),
        {"product_id": "(SELECT p.id FROM products p WHERE p.name = coalesce(product, '') "
                       "AND p.category = coalesce(category, ''))"})
