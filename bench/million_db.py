"""The 1M-customer file: the cached 100k demo replicated ten times, in SQL.

The demo builder spends ~2 ms of Python per customer (validation, generators, pinyin), so a
million built by it took hours on the shared machine (session 10 stopped at 400k after 70
minutes). The bench needs a file of that size with the demo's shape, not a million fresh
draws: :func:`replicate` copies every dossier table of a demo file ``copies - 1`` times with
``INSERT … SELECT``, ids moved past the originals, codes, member cards and mobiles made
unique, names varied per copy (a person's surname moved along the demo's surnames, a shop
named as the chain's next branch, "…二店"), so that search has realistic hits. Everything
computed from the rows is made by the app's own bulk path (``sync_bulk.load_start`` /
``load_end``, as a first sync and the demo build): the big tables' other indexes set aside
and built once at the end, the rows' UUIDs given by ``sync_tables.give_ids`` in SQL, the
search entries (and with them the list's pinyin sort key) worked out for the new customers.

``python -m bench.million_db [CUSTOMERS]`` builds the cached file (1,000,000 by default) and
runs the health check (``desktop-crm check``'s :func:`storage.check.problems`) on it.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.harness import CACHE, backup_copy, demo_database
from desktop_crm.domain.demo.pools import SURNAMES
from desktop_crm.storage import sync_bulk, sync_rows, sync_tables
from desktop_crm.storage.db import Store, open_database

BASE = 100_000  # customers of the demo file replicated
BRANCHES = "二三四五六七八九十"  # a shop's copy k is the chain's (k+1)th branch: 利民超市二店
SURNAME_LIST = "".join(SURNAMES[0])  # the demo's surnames, commonest first
# Tables naming a record without a foreign key: their ids are moved by hand (_statement).
# What is not a customer's dossier (staff, tiers, templates, campaigns, settings, the audit
# log) is shared by the copies; sync bookkeeping and the search index are made anew.
_POLY = {"change_log": ("entity", "entity_id"), "custom_values": (None, "entity_id")}


def _copied(conn) -> list[str]:
    """The dossier tables, parents first: customers and every table whose foreign keys lead
    to them, then the tables naming a record without a foreign key (:data:`_POLY`)."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_%' AND name NOT LIKE 'sync_%' ORDER BY rowid")]
    parents = {t: {r[2] for r in conn.execute(f"PRAGMA foreign_key_list({t})")} - {t}
               for t in tables}
    leads = {"customers"}
    while grown := {t for t in tables if t not in leads and parents[t] & leads}:
        leads |= grown
    order = ["customers"]
    while grown := [t for t in tables if t in leads and t not in order
                    and parents[t] & leads <= set(order)]:
        order += grown
    return order + [t for t in _POLY if t in tables and t not in order]


def _mobile(column: str, k: int) -> str:
    """A mobile's fourth digit moved by ``k``: another valid mobile, unique per copy."""
    return (f"CASE WHEN length({column}) = 11 AND {column} GLOB '1[0-9][0-9][0-9]*' AND "
            f"{column} NOT GLOB '*[^0-9]*' THEN substr({column}, 1, 3) || "
            f"((CAST(substr({column}, 4, 1) AS INTEGER) + {k}) % 10) || substr({column}, 5) "
            f"ELSE {column} END")


def _person(column: str, k: int, surnames: str) -> str:
    """A person's surname moved ``7k`` places along the demo's surnames (another common one)."""
    at = f"instr('{surnames}', substr({column}, 1, 1))"
    return (f"CASE WHEN {at} > 0 THEN substr('{surnames}', (({at} - 1 + {7 * k}) % "
            f"{len(surnames)}) + 1, 1) || substr({column}, 2) ELSE {column} END")


def _statement(conn, table: str, k: int, tops: dict[str, int], spans: dict[str, int],
               surnames: str) -> str:
    """The ``INSERT … SELECT`` making copy ``k`` of the original rows of ``table``."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    moved = {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list({table})") if r[2] in tops}
    expr = {c: f"{c} + {k * tops[p]}" for c, p in moved.items()}
    where = [f"{c} <= {tops[p]}" for c, p in moved.items() if p != table][:1]
    if "id" in columns:
        expr["id"] = f"id + {k * tops[table]}"
        where = [f"id <= {tops[table]}"]
    if table == "customers":
        span = spans["code"]
        expr["code"] = (f"CASE WHEN code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][16]"
                        f"[0-9][0-9][0-9][0-9][0-9]' AND {span * 10} <= 500000 THEN substr(code, 1, 6) "
                        f"|| printf('%06d', CAST(substr(code, 7) AS INTEGER) + {k * span}) "
                        f"ELSE code || '-{k}' END")
        expr["name"] = (f"CASE WHEN id IN (SELECT customer_id FROM members) THEN "
                        f"{_person('name', k, surnames)} ELSE name || '{BRANCHES[k - 1]}店' END")
        expr["phone"] = _mobile("phone", k)
    elif table == "contacts":
        expr["name"] = _person("name", k, surnames)
        expr["mobile"] = _mobile("mobile", k)
    elif table == "members":
        expr["card_no"] = (f"CASE WHEN card_no GLOB 'M[0-9]*' THEN 'M' || printf('%08d', "
                           f"CAST(substr(card_no, 2) AS INTEGER) + {k * spans['card']}) "
                           f"ELSE card_no || '-{k}' END")
    elif table == "change_log":
        cases = " ".join(f"WHEN '{t.kind}' THEN entity_id + {k * tops[t.table]}"
                         for t in sync_tables.TABLES if t.table in tops and "id" in
                         [r[1] for r in conn.execute(f"PRAGMA table_info({t.table})")])
        expr["entity_id"] = f"CASE entity {cases} ELSE entity_id END"
        expr["customer_id"] = f"customer_id + {k * tops['customers']}"
    elif table == "custom_values":
        entity = "(SELECT entity FROM custom_fields f WHERE f.id = field_id)"
        expr["entity_id"] = (f"CASE {entity} WHEN 'customer' THEN entity_id + "
                             f"{k * tops['customers']} WHEN 'contact' THEN entity_id + "
                             f"{k * tops['contacts']} ELSE entity_id END")
        where = [(f"entity_id <= CASE {entity} WHEN 'customer' THEN {tops['customers']} "
                 f"ELSE {tops['contacts']} END")]
    names = ", ".join(columns)
    values = ", ".join(expr.get(c, c) for c in columns)
    return (f"INSERT INTO {table} ({names}) SELECT {values} FROM {table} "
            f"WHERE {' AND '.join(where) or '1'}")


def replicate(store: Store, copies: int,
              say: Callable[[str], None] = lambda text: None) -> dict[str, float]:
    """Make the file ``copies`` times as big: ``copies - 1`` copies of every customer's
    dossier, in one transaction. Returns the seconds each phase took."""
    conn = store.conn
    surnames = SURNAME_LIST
    seconds: dict[str, float] = {}
    with store.transaction(whole=True):
        tables = _copied(conn)
        tops = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
                for t in tables if "id" in [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]}
        spans = {
            "code": conn.execute("SELECT coalesce(max(CAST(substr(code, 8) AS INTEGER)), 0) + 1 "
                                 "FROM customers").fetchone()[0],
            "card": conn.execute("SELECT coalesce(max(CAST(substr(card_no, 2) AS INTEGER)) - "
                                 "min(CAST(substr(card_no, 2) AS INTEGER)), 0) + 1 FROM members "
                                 "WHERE card_no GLOB 'M[0-9]*'").fetchone()[0],
        }
        start = time.perf_counter()
        aside = sync_bulk.load_start(store)  # as the demo build and a first sync
        muted = sync_rows.state(conn) is None
        if muted:
            sync_rows.mute(conn, True)
        for table in tables:
            began = time.perf_counter()
            for k in range(1, copies):
                conn.execute(_statement(conn, table, k, tops, spans, surnames))
            seconds[table] = time.perf_counter() - began
            say(f"  {table}: {seconds[table]:.1f} s")
        if muted:
            sync_rows.mute(conn, False)
            began = time.perf_counter()
            # 18M random UUIDs put one by one into the unique index touch a random page each
            # (~10 min at 1M customers); sorted once after, as m015's lean_ids does
            conn.execute("DROP INDEX sync_ids_uuid")
            sync_tables.give_ids(conn)
            conn.execute(sync_tables.SYNC_IDS_UUID)
            seconds["uuids"] = time.perf_counter() - began
            say(f"  UUIDs: {seconds['uuids']:.1f} s")
        began = time.perf_counter()
        sync_bulk.load_end(store, aside)  # indexes built once; search entries of the copies
        seconds["indexes + search"] = time.perf_counter() - began
        say(f"  indexes + search entries: {seconds['indexes + search']:.1f} s")
    seconds["all"] = time.perf_counter() - start
    return seconds


def replicated_database(customers: int = 1_000_000, seed: int = 1) -> Path:
    """The cached file of ``customers`` (a multiple of 100,000): the 100k demo replicated."""
    if customers % BASE or customers <= BASE:
        raise ValueError(f"a replicated file has a multiple of {BASE:,} customers")
    path = CACHE / f"demo-{customers}-{seed}.sqlite3"
    if path.exists():
        return path
    source = demo_database(BASE, seed)
    tmp = path.with_suffix(".building")
    print(f"building a {customers:,}-customer file: the {BASE:,} demo x{customers // BASE} "
          "(once)...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    backup_copy(source, tmp)
    store = open_database(tmp)  # a copy of a file already brought up to date: no migration
    # one transaction adding 9/10 of the file: a rollback journal holds only the pages changed
    # in place, where the WAL would hold the whole file once more
    store.conn.execute("PRAGMA journal_mode = DELETE")
    store.conn.execute("PRAGMA synchronous = OFF")  # a failed build is thrown away
    store.conn.execute("PRAGMA cache_size = -1048576")  # 1 GiB: the indexes being built
    replicate(store, customers // BASE, say=lambda text: print(text, file=sys.stderr, flush=True))
    store.conn.execute("PRAGMA journal_mode = WAL")
    store.close()
    shutil.move(tmp, path)
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return path


def check(path: Path) -> list[str]:
    """``desktop-crm check``'s findings on the file (empty when healthy), timed on stderr."""
    from desktop_crm.storage import check as health

    started = time.perf_counter()
    store = open_database(path)
    try:
        found = health.problems(store)
    finally:
        store.close()
    print(f"check: {len(found)} problems in {time.perf_counter() - started:.0f} s",
          file=sys.stderr, flush=True)
    return found


if __name__ == "__main__":
    built = replicated_database(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
    print(built)
    for problem in check(built):
        print(problem)
