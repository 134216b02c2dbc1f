"""One search box for everything: codes, names, pinyin, phones, addresses, tags, contacts."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.storage import search_query
from desktop_crm.storage.db import Store

# What each rank of storage/search_query.py is called: an exact code or phone, a name
# starting with the term, anything else (inside a name, a contact, an address...).
RANKS = {search_query.EXACT_RANK: "exact", search_query.PREFIX_RANK: "name"}


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
    query = search_query.parse(text)
    if query is None:
        return []
    return [
        Hit(r["id"], r["code"], r["name"], r["area"], r["phone"], RANKS.get(r["rank"], "other"))
        for r in search_query.search(store.conn, query, limit, include_deleted)
    ]
