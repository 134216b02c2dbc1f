"""Search latency per kind of query at 100k and 300k customers, against raw FTS5 lookups of
the same index in the same run, and the file's size against a CSV of the same data.

Queries are drawn from the data itself (a fixed random sample of customers), so every kind
is measured over many different real terms, not one lucky one; the commonest characters of
names (店 first) and the digit pairs phones start with are kinds of their own, the worst case
of a search whose cost grew with its hits. Target (issue 17): p95 ≤ 16 ms for every kind at
300k. ``python -m bench.bench_search [CUSTOMERS...]`` (100000 300000 by default); each size's
demo is built once and cached (300k: 16 min here, see docs/NOTES.md on savepoints).
"""

from __future__ import annotations

import collections
import csv
import random
import sqlite3 as stdlib_sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Figure, demo_database, report, summary
from desktop_crm.domain.search import search
from desktop_crm.storage import products
from desktop_crm.storage.db import Store, connect_read_only, open_database
from desktop_crm.storage.search_index import LEAD, digits, normalize, pinyin_keys, tokens

SAMPLES = 60
SIZES = (100_000, 300_000)
TARGET = "p95 <= 16 ms"
# What a person would have to export to hold the same data: customers, purchases, visits.
CSV_TABLES = ("customers", "contacts", "customer_tags", "interactions", "transactions")


def sample_terms(store: Store, rng: random.Random) -> dict[str, list[str]]:
    conn = store.conn
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
    # the worst cases: the ten commonest characters of names (店...), each six times, and
    # the digit pairs mobiles start with
    chars = collections.Counter(ch for (name,) in conn.execute(
        "SELECT name FROM customers WHERE id % 10 = 0") for ch in normalize(name))
    common = [ch for ch, _ in chars.most_common(40) if ch.strip() and not ch.isascii()][:10]
    kinds["commonest 1 char (店…)"] = common * (SAMPLES // len(common))
    pairs = ["13", "15", "18", "17", "19", "14", "16", "10", "20", "42"]
    kinds["digit pair (13…)"] = pairs * (SAMPLES // len(pairs))
    return kinds


def timed(fn, terms: list[str]) -> list[float]:
    out = []
    for term in terms:
        start = time.perf_counter()
        fn(term)
        out.append((time.perf_counter() - start) * 1000)
    return out


def raw_lookup(store: Store):
    """The bare FTS5 lookup of the same index that could answer the term: trigram for 3+
    ASCII characters, the word index otherwise (a phrase of the unmarked tokens, a digit
    pair's own token); no ranking, no trash filter, no join, LIMIT 50."""

    def run(term: str) -> None:
        if term.isascii() and len(term) >= 3:
            sql, arg = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 50", term
        else:
            sql = "SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT 50"
            arg = LEAD + term if term.isdigit() else " ".join(tokens(term))
        store.conn.execute(sql, ('"' + arg.replace('"', '""') + '"',)).fetchall()

    return run


def search_figures(store: Store, customers: int) -> list[Figure]:
    kinds = sample_terms(store, random.Random(7))
    base_fn = raw_lookup(store)
    figures = []
    for kind, terms in kinds.items():
        for t in terms[:5]:  # warm the page cache the same way for both
            search(store, t)
            base_fn(t)
        ours, base = [], []
        for term in terms:  # turn about, so both see the same machine
            ours += timed(lambda t: search(store, t, limit=50), [term])
            base += timed(base_fn, [term])
        mine, raw = summary(ours), summary(base)
        hits = sum(len(search(store, t, limit=50)) for t in terms) / len(terms)
        figures.append(Figure(
            f"{customers // 1000}k search: {kind} (n={len(terms)})", *mine,
            baseline="raw FTS5 MATCH of the same index (trigram for 3+ ASCII, else the word "
                     "index), LIMIT 50", baseline_median_ms=raw[0], target=TARGET,
            notes={"mean_hits": hits, "baseline_p95_ms": raw[1], "p95_ratio": mine[1] / raw[1],
                   "examples": terms[:3]},
        ))
    multi = [f"{a} {b}" for a, b in zip(kinds["2 chars 中文"], kinds["phone fragment"])]
    ours = summary(timed(lambda t: search(store, t, limit=50), multi))
    figures.append(Figure(f"{customers // 1000}k search: 2 terms, 中文 + digits (n={len(multi)})",
                          *ours, target=TARGET))
    return figures


def csv_query(conn, table: str) -> str:
    """A table's rows as another system exports them: a purchase names its product and
    category by their texts (the file keeps their number: storage/products.py)."""
    if table != products.TABLE:
        return f"SELECT * FROM {table}"
    names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != "product_id"]
    return (f"SELECT {', '.join('t.' + n for n in names)}, {products.COLUMNS} FROM {table} t "
            + products.JOIN.format(row="t"))


def size_figure(path: Path, customers: int) -> Figure:
    """The file, compacted (a backup-API copy would be the same), against a CSV of the same
    customers, contacts, tags, visits and purchases; the shares of the search index, the
    records' sync ids, the scoring runs and the other secondary indexes, from SQLite's
    dbstat."""
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        compact = Path(tmp) / "compact.sqlite3"
        store = open_database(path)
        store.conn.execute("VACUUM INTO ?", (str(compact),))
        store.close()
        # the CSV as another system would export it: dates as ISO text, as the app's own
        # connections read them (storage/days.py)
        ours = connect_read_only(compact)
        csv_bytes = 0
        for table in CSV_TABLES:
            out = Path(tmp) / f"{table}.csv"
            with open(out, "w", newline="", encoding="utf-8") as fh:
                cursor = ours.execute(csv_query(ours, table))
                writer = csv.writer(fh)
                writer.writerow([d[0] for d in cursor.description])
                writer.writerows(map(tuple, cursor))
            csv_bytes += out.stat().st_size
        ours.close()
        conn = stdlib_sqlite3.connect(compact)  # the standard library's SQLite has dbstat
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_master"))
        parts: collections.Counter[str] = collections.Counter()
        for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            owner = name if name in kinds else name.rsplit("_", 1)[0]
            if owner.startswith("search_"):
                parts["search index"] += size
            elif owner.startswith("sync_ids"):
                parts["sync ids"] += size  # table and index
            elif owner.startswith("score_"):
                parts["scoring runs"] += size
            elif kinds.get(name) == "index" and not name.startswith("sqlite_autoindex"):
                parts["secondary indexes"] += size
            else:
                parts["tables"] += size
        conn.close()
        file_bytes = compact.stat().st_size
    mib = 1024 * 1024
    return Figure(
        f"{customers // 1000}k file size (MiB) / CSV", file_bytes / mib, file_bytes / mib,
        baseline="CSV of customers, contacts, tags, visits, purchases (MiB)",
        baseline_median_ms=csv_bytes / mib, target="<= 1.5x the CSV",
        notes={name: round(size / mib, 1) for name, size in parts.items()},
    )


def main(sizes: tuple[int, ...] = SIZES) -> None:
    figures = []
    for customers in sizes:
        path = demo_database(customers)
        started = time.perf_counter()
        store = open_database(path)  # a file cached by an older release is migrated here
        opened = time.perf_counter() - started
        if opened > 1:
            print(f"opening {path.name} took {opened:.1f} s (migrated)", file=sys.stderr)
        figures += search_figures(store, customers)
        store.close()
        figures.append(size_figure(path, customers))
    report("Search at 100k and 300k customers", figures)
    for f in figures:
        if f.notes:
            shown = {k: v for k, v in f.notes.items() if k != "examples"}
            print(f"  {f.name}: {shown}")


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
