"""One search box for everything: codes, names, pinyin, phones, addresses, tags, contacts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.storage import search_index
from desktop_crm.storage.db import Store

RANKS = {0: "exact", 1: "name", 2: "other"}


@dataclass(frozen=True)
class Hit:
    customer_id: int
    code: str
    name: str
    area: str | None
    phone: str | None
    match: str  # 'exact' code/phone, 'name' prefix, or 'other'


def search(store: Store, text: str, limit: int = 50, include_deleted: bool = False) -> list[Hit]:
    """Customers matching every term of ``text``, best first; [] for an empty query."""
    query = search_index.parse(text)
    if query is None:
        return []
    return [
        Hit(r["id"], r["code"], r["name"], r["area"], r["phone"], RANKS[r["rank"]])
        for r in search_index.search(store.conn, query, limit, include_deleted)
    ]
