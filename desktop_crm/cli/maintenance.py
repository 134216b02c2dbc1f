"""Commands that look after the file: demo data, backup, restore, check, reindex, recover."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop_crm import paths
from desktop_crm.cli.common import open_store
from desktop_crm.storage import backup as backups
from desktop_crm.storage.check import problems, reindex
from desktop_crm.storage.errors import DamagedError
from desktop_crm.storage.recover import recover


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    p.add_argument("--customers", type=int, default=1000, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("dest", nargs="?", help=f"file or folder (default: {paths.backup_dir()})")
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept aside)")
    p.add_argument("src")
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("check", help="check integrity, references and the search index")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("reindex", help="rebuild the search index from the data")
    p.set_defaults(run=cmd_reindex)

    p = sub.add_parser("recover", help="rescue what can be read of a damaged file into a new one")
    p.add_argument("damaged", type=Path, metavar="DAMAGED", help="the damaged database (only read)")
    p.add_argument("new", type=Path, metavar="NEW", help="the new file to write (must not exist)")
    p.set_defaults(run=cmd_recover)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError
    from desktop_crm.domain.demo import build_demo

    if args.customers < 1:
        raise CommandError("--customers must be at least 1")
    with open_store(args, create=True) as store:
        existing = store.count("customers")
        if existing:
            raise CommandError(
                f"{args.db} already holds {existing} customers; demo data goes into a new file "
                "(pass another --db)",
                code=1,
            )
        started = time.perf_counter()
        summary = build_demo(store, args.customers, seed=args.seed, progress=_progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    counts = ", ".join(f"{v} {k}" for k, v in summary.counts.items())
    print(f"demo data written to {args.db} in {time.perf_counter() - started:.1f} s: {counts}")
    return 0


def _progress(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total} customers")
        sys.stderr.flush()
    return True


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    dest = Path(args.dest) if args.dest else paths.backup_dir()
    with open_store(args) as store:
        written = backups.backup(store, dest)
    print(f"backup written to {written}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    aside = backups.restore(args.src, args.db)
    print(f"{args.db} restored from {args.src}")
    if aside != args.db.resolve():
        print(f"the database it replaced was kept as {aside}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_crm.cli import EXIT_PROBLEMS

    try:
        store = open_store(args)
    except DamagedError as exc:  # even its table list is unreadable
        print(f"integrity: {exc}")
        return EXIT_PROBLEMS
    with store:
        found = problems(store)
    if not found:
        print(f"{args.db}: ok")
        return 0
    for problem in found:
        print(problem)
    if any(p.startswith("search index") for p in found):
        print("run `desktop-crm reindex` to rebuild the search index")
    return EXIT_PROBLEMS


def cmd_recover(args: argparse.Namespace) -> int:
    from desktop_crm.cli.common import table

    rescue = recover(args.damaged, args.new, progress=_progress_tables)
    rows = [("table", "in the damaged file", "rescued")]
    rows += [(t.table, "?" if t.before is None else t.before, t.saved) for t in rescue.tables
             if t.saved or t.before]
    print(table(rows))
    verdict = "everything the damaged file still counted was rescued" if rescue.complete else \
        "some rows were on damaged pages and are lost; compare with your latest backup"
    print(f"{rescue.path} written: {verdict}.")
    return 0


def _progress_tables(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total} tables")
        sys.stderr.flush()
    return True


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        count = reindex(store)
    print(f"search index rebuilt for {count} customers")
    return 0
