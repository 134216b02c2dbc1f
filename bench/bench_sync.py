"""Team sync (issue 15) against a throwaway PostgreSQL (tests/pg.py): a server holding
``--customers`` customers (300,000 for the issue's figures) with their visits, purchases and
a history entry each (its creation),
written straight into ``crm.records`` with COPY in the engine's shape; three teams of reps
owning 1,000 customers each, so the manager of one team sees a third.

- initial sync of the manager's laptop and of a rep's (fresh file, connect + sync), against
  reading the same rows as that login with one raw ``COPY ... TO STDOUT`` and writing them
  with a raw ``executemany`` into a bare file with the same tables;
- 1,000 records changed on the laptop and 1,000 on the server, one sync, against a raw
  ``executemany`` of the same updates on both sides; a sync with nothing to do, against
  connecting and one ``SELECT 1``;
- ``--laptops`` laptops (processes, each its own file and login) editing and syncing in a
  loop for ``--minutes``: errors, changes lost (checked on the server at the end), the
  server's CPU (from /proc, every postgres process) and the p95 sync time.

``python -m bench.bench_sync`` runs a small server (30,000 customers, 1 minute);
``--customers 300000 --minutes 5`` is the issue's run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3 as std_sqlite3
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from multiprocessing import get_context
from pathlib import Path

from bench.harness import Figure, report, summary

PASSWORD = "bench-password-1"
TEAMS = ("north", "south", "west")
PER_REP = 1_000
VISITS, PURCHASES, HISTORY = 2, 2, 1  # per customer
SHAPES = ("staff", "customer", "interaction", "purchase", "history")


# --- the server's data ----------------------------------------------------------------------

def templates() -> dict[str, list[dict]]:
    """Records as the engine sends them (server terms, references by UUID placeholders),
    taken from a small demo file through the engine's own conversion."""
    from desktop_crm.domain.demo import build_demo
    from desktop_crm.storage import sync_rows
    from desktop_crm.storage.db import open_database
    from desktop_crm.storage.sync_tables import BY_TABLE

    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    store = open_database(folder / "demo.sqlite3")
    build_demo(store, 200, seed=1, today=date(2026, 11, 1))
    out: dict[str, list[dict]] = {}
    for table in ("staff", "customers", "interactions", "transactions", "change_log"):
        t = BY_TABLE[table]
        rows = [dict(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY id")]
        out[t.kind] = [sync_rows.to_server(store.conn, t, r) for r in rows]
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return out


def rep_name(i: int) -> str:
    return f"业务员{i:03d}"


def build_server(cluster, customers: int) -> tuple[str, dict]:
    """A team database with ``customers`` customers; (owner URL, facts about it)."""
    import psycopg

    from desktop_crm.storage.sync_tables import link_uuid
    from desktop_crm.sync import server

    owner_url = cluster.new_database("bench")
    server.init(owner_url)
    shapes = templates()
    reps = max(1, customers // PER_REP)
    staff_uuid = [link_uuid("staff", (rep_name(i),)) for i in range(reps)]
    rng = random.Random(1)
    started = time.perf_counter()
    with psycopg.connect(owner_url, autocommit=True) as conn:
        with conn.cursor().copy("COPY crm.records (uuid, kind, data) FROM STDIN") as copy:
            for i in range(reps):
                data = {**shapes["staff"][i % len(shapes["staff"])], "name": rep_name(i),
                        "role": "account_manager", "active": 1}
                copy.write_row((staff_uuid[i], "staff", json.dumps(data, ensure_ascii=False)))
    # the logins the bench signs in with are real; the other reps only count for their team
    used = ["r000", *(f"r{i:03d}" for i in range(1, min(reps, 21)))]
    for login in used:
        i = int(login[1:])
        server.add_user(owner_url, login, rep_name(i), "rep", TEAMS[i * len(TEAMS) // reps],
                        PASSWORD)
    server.add_user(owner_url, "boss", "经理", "manager", TEAMS[0], PASSWORD)
    with psycopg.connect(owner_url, autocommit=True) as conn:
        with conn.cursor().copy("COPY crm.logins (login, staff, role, team) FROM STDIN") as copy:
            for i in range(len(used), reps):
                copy.write_row((f"r{i:03d}", staff_uuid[i], "rep", TEAMS[i * len(TEAMS) // reps]))
        written = 0
        with conn.transaction(), conn.cursor().copy(
                "COPY crm.records (uuid, kind, customer, data) FROM STDIN") as copy:
            for kind, per in (("customer", 1), ("interaction", VISITS), ("purchase", PURCHASES),
                              ("history", HISTORY)):
                pool = shapes[kind]
                for n in range(customers):
                    owner = staff_uuid[n // PER_REP % reps]
                    if kind == "customer":
                        customer = _customer_uuid(n)
                        data = {**pool[n % len(pool)], "owner_id": owner,
                                "code": f"B{n:09d}", "name": f"{pool[n % len(pool)]['name']}{n}"}
                        copy.write_row((customer, kind, customer,
                                        json.dumps(data, ensure_ascii=False)))
                        written += 1
                        continue
                    for k in range(per):
                        data = {**pool[(n * per + k) % len(pool)], "customer_id": _customer_uuid(n),
                                "staff_id": owner}
                        if "campaign_id" in data:
                            data["campaign_id"] = None
                        if kind == "history":  # the customer's creation, by its owner
                            data.update(entity="customer", entity_id=_customer_uuid(n))
                            data.pop("staff_id")
                        copy.write_row((_uuid(rng), kind, _customer_uuid(n),
                                        json.dumps(data, ensure_ascii=False)))
                        written += 1
        copy_s = time.perf_counter() - started
        conn.execute("ANALYZE crm.records")
        size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('crm.records'))"
                            ).fetchone()[0]
    return owner_url, {"records": written + reps, "copy_s": copy_s, "size": size, "reps": reps}


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _customer_uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


# --- one laptop -------------------------------------------------------------------------------

def laptop_url(cluster, login: str) -> str:
    return cluster.url(login, PASSWORD, "bench")


def new_laptop(path: Path, cluster, login: str):
    from desktop_crm.storage.db import open_database
    from desktop_crm.sync import connection

    store = open_database(path)
    connection.connect(store, laptop_url(cluster, login), login, PASSWORD)
    return store


def sync_once(store, password: str = PASSWORD):
    from desktop_crm.sync import connection, engine

    with connection.open_server(connection.link(store).url, password) as conn:
        return engine.sync(store, conn)


def initial_sync(folder: Path, cluster, login: str, tag: str) -> tuple[float, object]:
    path = folder / f"{login}-{tag}.sqlite3"
    start = time.perf_counter()
    store = new_laptop(path, cluster, login)
    result = sync_once(store)
    elapsed = (time.perf_counter() - start) * 1000
    store.close()
    return elapsed, result


def raw_initial(folder: Path, cluster, login: str, tag: str) -> float:
    """The least an initial sync does: read the login's rows with one COPY, write them with
    executemany into bare tables (no triggers, no index but the keys)."""
    import psycopg

    from desktop_crm.storage import days
    from desktop_crm.storage.db import open_database

    template = folder / "schema.sqlite3"
    if not template.exists():
        open_database(template).close()
    src = std_sqlite3.connect(template)
    ddl = {name: sql for name, sql in src.execute(
        "SELECT name, sql FROM sqlite_master WHERE name IN "
        "('staff', 'customers', 'interactions', 'transactions', 'change_log')")}
    cols = {t: [r[1] for r in src.execute(f"PRAGMA table_info({t})") if r[1] != "id"]
            for t in ddl}
    dated = {t: days.column_types(src, t) for t in ddl}  # ISO on the wire, numbers here
    src.close()
    tables = {"staff": "staff", "customer": "customers", "interaction": "interactions",
              "purchase": "transactions", "history": "change_log"}
    start = time.perf_counter()
    conn = std_sqlite3.connect(folder / f"raw-{login}-{tag}.sqlite3")
    for t in tables.values():
        conn.execute(ddl[t])
    rows: dict[str, list] = {k: [] for k in tables}
    with psycopg.connect(laptop_url(cluster, login)) as pg:
        with pg.cursor().copy("COPY (SELECT kind, data FROM crm.records) TO STDOUT") as copy:
            for kind, data in copy.rows():
                if kind in rows:
                    rows[kind].append(json.loads(data))
    conn.execute("BEGIN")
    for kind, items in rows.items():
        names = [c for c in cols[tables[kind]] if items and c in items[0]]  # what travels
        if not names:
            continue
        conn.executemany(
            f"INSERT INTO {tables[kind]} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))})",
            [[_plain(v) for v in days.encoded(dated[tables[kind]], {c: d.get(c) for c in names}
                                              ).values()] for d in items])
    conn.execute("COMMIT")
    conn.close()
    return (time.perf_counter() - start) * 1000


def _plain(value):
    """A reference (a UUID) as a local id: the baseline does not look them up."""
    return 1 if isinstance(value, str) and len(value) == 36 and value.count("-") == 4 else value


# --- changes each way -------------------------------------------------------------------------

def change_both_sides(store, owner_url: str, login: str, round_: int, n: int = 1000) -> None:
    """``n`` customers edited on the laptop (through the outbox triggers) and ``n`` visits of
    the same login edited on the server by someone else."""
    import psycopg

    from desktop_crm.storage.db import now_number

    ids = [r[0] for r in store.conn.execute("SELECT id FROM customers ORDER BY id LIMIT ?", (n,))]
    with store.transaction():
        store.conn.executemany("UPDATE customers SET notes = ?, updated_at = ? WHERE id = ?",
                               [(f"round {round_} note {i}", now_number(), i) for i in ids])
    with psycopg.connect(owner_url) as pg:
        pg.execute(
            "UPDATE crm.records SET data = data || jsonb_build_object('outcome', %s::text) "
            "WHERE uuid IN (SELECT uuid FROM crm.records WHERE kind = 'interaction' "
            "AND owner = (SELECT staff FROM crm.logins WHERE login = %s) LIMIT %s)",
            (f"server round {round_}", login, n))


def raw_change_both_sides(folder: Path, owner_url: str, round_: int, n: int = 1000) -> float:
    """The same amount of writing without a sync: n raw updates on each side."""
    import psycopg

    path = folder / "raw-changes.sqlite3"
    if not path.exists():
        conn = std_sqlite3.connect(path)
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, notes TEXT, updated_at INTEGER)")
        conn.executemany("INSERT INTO customers (id) VALUES (?)", [(i,) for i in range(1, n + 1)])
        conn.commit()
        conn.close()
    with psycopg.connect(owner_url) as pg:
        uuids = [r[0] for r in pg.execute(
            "SELECT uuid FROM crm.records WHERE kind = 'interaction' LIMIT %s", (n,))]
    start = time.perf_counter()
    conn = std_sqlite3.connect(path)
    conn.execute("BEGIN")
    conn.executemany("UPDATE customers SET notes = ?, updated_at = ? WHERE id = ?",
                     [(f"raw {round_} {i}", 1796083200, i) for i in range(1, n + 1)])
    conn.execute("COMMIT")
    conn.close()
    with psycopg.connect(owner_url) as pg:
        with pg.cursor() as cur:
            cur.executemany("UPDATE crm.records SET data = data || jsonb_build_object('outcome', "
                            "%s::text) WHERE uuid = %s", [(f"raw {round_}", u) for u in uuids])
    return (time.perf_counter() - start) * 1000


# --- many laptops ------------------------------------------------------------------------------

def soak_worker(folder: str, url: str, login: str, seconds: float, seed: int) -> dict:
    """One laptop: initial sync, then edit a few records and sync, until the time is up.
    Returns what it wrote last to each customer's notes and the visits it logged."""
    from desktop_crm.domain.interactions import InteractionService
    from desktop_crm.storage.db import now, open_database
    from desktop_crm.sync import connection

    rng = random.Random(seed)
    store = open_database(Path(folder) / f"{login}.sqlite3")
    connection.connect(store, url, login, PASSWORD)
    sync_once(store)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM customers")]
    visits = InteractionService(store, login)
    notes: dict[int, str] = {}
    logged: list[str] = []
    times: list[float] = []
    errors: list[str] = []
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        with store.transaction():
            for cid in rng.sample(ids, 5):
                notes[cid] = f"{login} edit {n} of {cid}"
                store.conn.execute("UPDATE customers SET notes = ?, updated_at = ? WHERE id = ?",
                                   (notes[cid], now(), cid))
        mark = f"{login} visit {n}"
        visits.log_visit(rng.choice(ids), {"channel": "visit", "purpose": mark})
        logged.append(mark)
        start = time.perf_counter()
        try:
            sync_once(store)
        except Exception as error:  # counted and reported, the loop goes on
            errors.append(f"{type(error).__name__}: {error}")
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(rng.uniform(0, 0.5))
    try:
        sync_once(store)
    except Exception as error:
        errors.append(f"final: {type(error).__name__}: {error}")
    code = {cid: c for cid, c in store.conn.execute("SELECT id, code FROM customers")}
    store.close()
    return {"login": login, "times": times, "errors": errors, "visits": logged,
            "notes": {code[cid]: text for cid, text in notes.items()}}


def server_cpu_seconds(cluster) -> float:
    """CPU used by the cluster so far: the postmaster, its live children, and (cutime,
    cstime) every child it has reaped (each sync's backend ends with its connection)."""
    tick = os.sysconf("SC_CLK_TCK")
    pid = int((cluster.folder / "data" / "postmaster.pid").read_text().split()[0])

    def fields(p: int) -> list[str]:
        return Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()

    own = fields(pid)
    total = sum(int(own[i]) for i in (11, 12, 13, 14))  # utime stime cutime cstime
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                f = fields(int(entry.name))
            except (OSError, IndexError):
                continue
            if int(f[1]) == pid:
                total += int(f[11]) + int(f[12])
    return total / tick


def soak(folder: Path, cluster, owner_url: str, laptops: int, minutes: float) -> list[Figure]:
    import psycopg

    logins = [f"r{i:03d}" for i in range(1, laptops + 1)]
    seconds = minutes * 60
    load_before = os.getloadavg()
    cpu_before, wall_before = server_cpu_seconds(cluster), time.perf_counter()
    with ProcessPoolExecutor(max_workers=laptops, mp_context=get_context("spawn")) as pool:
        futures = [pool.submit(soak_worker, str(folder), laptop_url(cluster, login), login,
                               seconds, n) for n, login in enumerate(logins)]
        results = [f.result() for f in futures]
    cpu = server_cpu_seconds(cluster) - cpu_before
    wall = time.perf_counter() - wall_before
    lost = 0
    with psycopg.connect(owner_url) as pg:
        for r in results:
            server_notes = dict(pg.execute(
                "SELECT data ->> 'code', data ->> 'notes' FROM crm.records WHERE kind = 'customer' "
                "AND data ->> 'code' = ANY(%s)", (list(r["notes"]),)).fetchall())
            lost += sum(1 for code, text in r["notes"].items() if server_notes.get(code) != text)
            found = {row[0] for row in pg.execute(
                "SELECT data ->> 'purpose' FROM crm.records WHERE kind = 'interaction' "
                "AND data ->> 'purpose' = ANY(%s)", (r["visits"],))}
            lost += len(set(r["visits"]) - found)
    times = [t for r in results for t in r["times"]]
    errors = [e for r in results for e in r["errors"]]
    median, p95 = summary(times) if times else (0.0, 0.0)
    notes = {"laptops": laptops, "minutes": minutes, "syncs": len(times), "errors": len(errors),
             "first_errors": errors[:3], "changes_lost": lost,
             "changes_made": sum(len(r["notes"]) + len(r["visits"]) for r in results),
             "server_cpu_s": round(cpu, 1),
             "server_cpu_pct_of_one_core": round(100 * cpu / wall, 1),
             "loadavg_before": load_before, "loadavg_after": os.getloadavg()}
    print(f"soak: {json.dumps(notes, ensure_ascii=False)}")
    return [Figure(f"{laptops} laptops x {minutes:g} min, one sync", median, p95,
                   target="no error, no change lost", notes=notes)]


# --- the run ---------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=30_000)
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--skip", default="", help="comma-separated: manager, rep, changes, soak")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))

    from tests.pg import start_cluster

    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    os.chmod(folder, 0o755)
    cluster = start_cluster()
    figures: list[Figure] = []
    try:
        print(f"load before: {os.getloadavg()}", file=sys.stderr)
        owner_url, facts = build_server(cluster, args.customers)
        print(f"server: {facts}", file=sys.stderr)
        figures.append(Figure(f"generate + COPY {facts['records']} records",
                              facts["copy_s"] * 1000, facts["copy_s"] * 1000,
                              notes={"size": facts["size"]}))
        share = args.customers // len(TEAMS) if facts["reps"] >= len(TEAMS) else args.customers
        if "manager" not in skip:
            ms, result = initial_sync(folder, cluster, "boss", "m")
            raw = raw_initial(folder, cluster, "boss", "m")
            figures.append(Figure(f"initial sync, manager ({share} customers)", ms, ms,
                                  "COPY the login's rows + raw executemany into bare tables",
                                  raw, "<= 60 s at 100k customers",
                                  {"pulled": result.pulled}))
        if "rep" not in skip:
            samples, raws, pulled = [], [], 0
            for k in range(3):
                ms, result = initial_sync(folder, cluster, "r000", f"i{k}")
                samples.append(ms)
                raws.append(raw_initial(folder, cluster, "r000", f"i{k}"))
                pulled = result.pulled
            figures.append(Figure(f"initial sync, rep ({PER_REP} customers)", *summary(samples),
                                  "COPY the login's rows + raw executemany into bare tables",
                                  summary(raws)[0], "<= 3 s", {"pulled": pulled}))
        if "changes" not in skip:
            figures += changes(folder, cluster, owner_url)
        if "soak" not in skip:
            figures += soak(folder, cluster, owner_url, args.laptops, args.minutes)
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    report(f"Team sync ({args.customers} customers on the server)", figures)


def changes(folder: Path, cluster, owner_url: str) -> list[Figure]:
    store = new_laptop(folder / "r000-changes.sqlite3", cluster, "r000")
    sync_once(store)
    both, raws, idle, connects = [], [], [], []
    pushed = pulled = 0
    for round_ in range(5):
        change_both_sides(store, owner_url, "r000", round_)
        start = time.perf_counter()
        result = sync_once(store)
        both.append((time.perf_counter() - start) * 1000)
        pushed, pulled = result.pushed, result.pulled
        raws.append(raw_change_both_sides(folder, owner_url, round_))
    for _ in range(20):
        start = time.perf_counter()
        sync_once(store)
        idle.append((time.perf_counter() - start) * 1000)
        connects.append(_connect_select(cluster))
    store.close()
    return [
        Figure("1,000 changed each way, one sync", *summary(both),
               "raw executemany of the same updates, SQLite + PostgreSQL", summary(raws)[0],
               "<= 2 s", {"pushed": pushed, "pulled": pulled}),
        Figure("sync with nothing to do", *summary(idle), "connect + SELECT 1",
               summary(connects)[0], "<= 200 ms"),
    ]


def _connect_select(cluster) -> float:
    import psycopg

    start = time.perf_counter()
    with psycopg.connect(laptop_url(cluster, "r000"), autocommit=True) as conn:
        conn.execute("SELECT 1").fetchone()
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
