"""What encryption costs: search, list paging, a 20,000-row import and a rescore on an
encrypted copy of the demo database, each against the same work on the plain copy in the
same run (ratio = encrypted / plain), alternating the two so neither gets a warmer machine.

    python -m bench.bench_encryption [CUSTOMERS]      # default 100,000 (20,000 is quicker)

Opening an encrypted file also costs a key derivation (PBKDF2-SHA512, 256,000 rounds,
SQLCipher 4's default), once per connection; it is timed on its own.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_import import HEADER, rows
from bench.bench_search import sample_terms
from bench.harness import CACHE, DEMO_TODAY, Figure, demo_database, report, summary
from desktop_crm.domain.customer_list import PAGE_SIZE, CustomerFilter, CustomerList
from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.domain.search import search
from desktop_crm.storage import encryption
from desktop_crm.storage.db import Store, open_database

KEY = "bench passphrase, long enough"
IMPORT_ROWS = 20_000
REPEAT = 30


def copies(customers: int) -> tuple[Path, Path]:
    """A plain and an encrypted copy of the cached demo database (the encrypted one is made
    once, by the app's own conversion, and cached beside it)."""
    source = demo_database(customers)
    plain = CACHE / f"encbench-plain-{customers}.sqlite3"
    encrypted = CACHE / f"encbench-encrypted-{customers}.sqlite3"
    shutil.copyfile(source, plain)
    if not encrypted.exists():
        print(f"encrypting a copy of the {customers}-customer database (once)...", file=sys.stderr)
        start = time.perf_counter()
        work = CACHE / f"encbench-converting-{customers}.sqlite3"
        shutil.copyfile(source, work)
        with open_database(work) as store:
            converted = encryption.convert(store, KEY)
        encryption.swap_in(converted)
        work.rename(encrypted)
        print(f"encrypted in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return plain, encrypted


def paired(name: str, plain_fn, encrypted_fn, repeat: int = REPEAT, **notes) -> Figure:
    """Both timed in turns; the figure is the encrypted one, its baseline the plain one."""
    plain_ms, encrypted_ms = [], []
    plain_fn(), encrypted_fn()  # warm-up: the page caches of both
    for _ in range(repeat):
        for fn, samples in ((plain_fn, plain_ms), (encrypted_fn, encrypted_ms)):
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000)
    median, p95 = summary(encrypted_ms)
    return Figure(name, median, p95, baseline="the same on the plain copy, same run",
                  baseline_median_ms=summary(plain_ms)[0], target="ratio reported", notes=notes)


def search_figures(plain: Store, encrypted: Store) -> list[Figure]:
    kinds = sample_terms(plain.conn, random.Random(7))
    figures = []
    for kind, terms in kinds.items():
        terms = terms[:20]
        figures.append(paired(
            f"search: {kind} (n={len(terms)} terms)",
            lambda terms=terms: [search(plain, t, limit=50) for t in terms],
            lambda terms=terms: [search(encrypted, t, limit=50) for t in terms],
            repeat=5,
        ))
    return figures


def list_figures(plain: Store, encrypted: Store) -> list[Figure]:
    lists = {s: CustomerList(s, "zh") for s in (plain, encrypted)}
    queries = {s: listing.query(CustomerFilter(), "name") for s, listing in lists.items()}

    def first(store: Store) -> None:
        lists[store].page(queries[store])

    def last(store: Store) -> None:
        lists[store].page_before(queries[store], None, PAGE_SIZE)

    def layout(store: Store) -> None:
        lists[store].layout(queries[store])

    return [
        paired("list: first page by name", lambda: first(plain), lambda: first(encrypted)),
        paired("list: last page by name", lambda: last(plain), lambda: last(encrypted)),
        paired("list: count + page index by name", lambda: layout(plain),
               lambda: layout(encrypted), repeat=5),
    ]


def import_figure(workdir: Path) -> Figure:
    import csv

    source = workdir / "customers.csv"
    with open(source, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows()[:IMPORT_ROWS]])
    counter = iter(range(100))

    def into(passphrase: str | None) -> None:
        store = open_database(workdir / f"import-{next(counter)}.sqlite3", passphrase=passphrase)
        opened = open_source(source)
        mapping = suggest_mapping("customers", opened.headers)
        result = run_import(store, opened, ImportOptions("customers", mapping, key="code"),
                            actor="bench")
        assert result.counts["created"] == IMPORT_ROWS, result.summary()
        store.close()

    return paired(f"import CSV, {IMPORT_ROWS} rows into a new file",
                  lambda: into(None), lambda: into(KEY), repeat=3)


def rescore_figure(plain: Store, encrypted: Store) -> Figure:
    services = {s: ScoringService(s) for s in (plain, encrypted)}

    def rescore(store: Store) -> None:
        with store.transaction():
            store.conn.execute("DELETE FROM score_runs")
        services[store].run(DEMO_TODAY)

    return paired("rescore: full recompute + store", lambda: rescore(plain),
                  lambda: rescore(encrypted), repeat=3)


def open_figure(plain_path: Path, encrypted_path: Path) -> Figure:
    def opening(path: Path, passphrase: str | None) -> None:
        open_database(path, passphrase=passphrase).close()

    return paired("open the file (key derivation included)", lambda: opening(plain_path, None),
                  lambda: opening(encrypted_path, KEY), repeat=5)


def main(customers: int = 100_000) -> None:
    plain_path, encrypted_path = copies(customers)
    workdir = Path(tempfile.mkdtemp())
    figures = [open_figure(plain_path, encrypted_path)]
    plain, encrypted = open_database(plain_path), open_database(encrypted_path, passphrase=KEY)
    try:
        figures += search_figures(plain, encrypted)
        figures += list_figures(plain, encrypted)
        figures.append(rescore_figure(plain, encrypted))
    finally:
        plain.close()
        encrypted.close()
    figures.append(import_figure(workdir))
    shutil.rmtree(workdir, ignore_errors=True)
    plain_path.unlink()
    report(f"Encryption at {customers // 1000}k customers, encrypted over plain", figures)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
