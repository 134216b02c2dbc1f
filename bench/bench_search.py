"""Search latency at 100k customers, per kind of query, against a raw FTS5 MATCH.

Queries are drawn from the data itself (a fixed random sample of customers), so every kind
is measured over many different real terms, not one lucky one.
"""

from __future__ import annotations

import random
import sqlite3

from bench.harness import Figure, demo_database, report, summary
from desktop_crm.domain.search import search
from desktop_crm.storage.db import open_database
from desktop_crm.storage.search_index import digits, normalize, pinyin_keys

SAMPLES = 60


def sample_terms(conn: sqlite3.Connection, rng: random.Random) -> dict[str, list[str]]:
    rows = conn.execute(
        "SELECT c.name, c.phone, (SELECT mobile FROM contacts WHERE customer_id = c.id LIMIT 1) "
        "FROM customers c WHERE c.id IN (SELECT id FROM customers ORDER BY random() LIMIT 2000)"
    ).fetchall()
    rng.shuffle(rows)
    kinds: dict[str, list[str]] = {"3+ chars 中文": [], "2 chars 中文": [], "1 char 中文": [],
                                   "pinyin initials": [], "phone fragment": []}
    for name, phone, mobile in rows:
        name = normalize(name)
        if len(name) >= 4 and len(kinds["3+ chars 中文"]) < SAMPLES:
            start = rng.randrange(len(name) - 2)
            kinds["3+ chars 中文"].append(name[start : start + 3])
        if len(name) >= 2 and len(kinds["2 chars 中文"]) < SAMPLES:
            start = rng.randrange(len(name) - 1)
            kinds["2 chars 中文"].append(name[start : start + 2])
        if name and len(kinds["1 char 中文"]) < SAMPLES:
            kinds["1 char 中文"].append(rng.choice(name))
        initials = pinyin_keys(name)[1]
        if len(initials) >= 3 and len(kinds["pinyin initials"]) < SAMPLES:
            kinds["pinyin initials"].append(initials)
        number = digits(mobile or phone or "")
        if len(number) >= 8 and len(kinds["phone fragment"]) < SAMPLES:
            start = rng.randrange(len(number) - 4)
            kinds["phone fragment"].append(number[start : start + 4])
    return kinds


def timed(fn, terms: list[str]) -> list[float]:
    import time

    out = []
    for term in terms:
        start = time.perf_counter()
        fn(term)
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    path = demo_database()
    store = open_database(path)
    rng = random.Random(7)
    kinds = sample_terms(store.conn, rng)

    def raw_match(term: str) -> None:
        """The bare FTS5 lookup that can answer the term: trigram for 3+ characters, the
        per-character index for shorter ones; no ranking, no trash filter, no join."""
        if len(term) >= 3:
            sql, arg = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 50", term
        else:
            sql = "SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT 50"
            arg = " ".join(term)
        store.conn.execute(sql, ('"' + arg.replace('"', '""') + '"',)).fetchall()

    figures = []
    for kind, terms in kinds.items():
        for t in terms[:5]:  # warm the page cache the same way for both
            search(store, t)
            raw_match(t)
        ours = summary(timed(lambda t: search(store, t, limit=50), terms))
        base = summary(timed(raw_match, terms))
        hits = sum(len(search(store, t, limit=50)) for t in terms) / len(terms)
        figures.append(
            Figure(
                f"search: {kind} (n={len(terms)})", *ours,
                baseline="raw FTS5 MATCH (trigram, or per-character phrase under 3), LIMIT 50",
                baseline_median_ms=base[0], target="p95 <= 50 ms",
                notes={"mean_hits": hits, "baseline_p95_ms": base[1], "examples": terms[:3]},
            )
        )
    multi = [f"{a} {b}" for a, b in zip(kinds["2 chars 中文"], kinds["phone fragment"])]
    ours = summary(timed(lambda t: search(store, t, limit=50), multi))
    figures.append(Figure(f"search: 2 terms, 中文 + digits (n={len(multi)})", *ours, target="p95 <= 50 ms"))
    store.close()
    report("Search at 100k customers", figures)


if __name__ == "__main__":
    main()
