"""Addresses (issue 18 part 3): splitting the 100k demo's address lines into province /
city / district / street (storage/address_split.py, what step m019 and every import do per
line) against one compiled regex match per line, the least any splitter does; turn about in
the same run. And a search by the text of an address that is not the main one, against the
raw FTS5 ``MATCH`` of the same term.

On a backup-API copy of the 100k demo database (brought to the current schema, so m019 has
made each customer's main address), with 1,000 customers given a second address.
"""

from __future__ import annotations

import re

from bench.harness import CACHE, Figure, backup_copy, demo_database, report, summary, timings
from desktop_crm.domain.addresses import AddressService
from desktop_crm.domain.search import search
from desktop_crm.storage.address_split import split
from desktop_crm.storage.db import open_database

WORK = CACHE / "addresses-work.sqlite3"
_LEAST = re.compile(r"\w+?[省市区县]")


def main() -> None:
    backup_copy(demo_database(), WORK)
    store = open_database(WORK)
    lines = [r[0] for r in store.conn.execute("SELECT address FROM customers WHERE address IS NOT NULL")]
    figures = []
    ours, raw = [], []
    for _ in range(5):  # turn about: the load of the machine falls on both alike
        ours += timings(lambda: [split(s) for s in lines], 1, warmup=0)
        raw += timings(lambda: [_LEAST.match(s) for s in lines], 1, warmup=0)
    (m, p), (bm, _) = summary(ours), summary(raw)
    figures.append(Figure(f"split {len(lines):,} address lines", m, p,
                          "one compiled regex match per line", bm))
    service = AddressService(store, "bench")
    ids = [r[0] for r in store.conn.execute("SELECT id FROM customers ORDER BY id LIMIT 1000")]
    with store.transaction():
        for n, cid in enumerate(ids):
            service.add(cid, {"kind": "delivery", "city": "杭州市", "district": "西湖区",
                              "street": f"文三路{n}号仓库"})
    term = "文三路7号仓库"
    ours = timings(lambda: search(store, term), 30)
    raw = timings(lambda: store.conn.execute(
        "SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT 50",
        (" ".join(f'"{ch}"' for ch in term),)).fetchall(), 30)
    (m, p), (bm, _) = summary(ours), summary(raw)
    figures.append(Figure("search a non-main address (文三路7号仓库)", m, p,
                          "raw FTS5 MATCH of the same characters", bm))
    store.close()
    report("Addresses", figures)


if __name__ == "__main__":
    main()
