"""Commands that look after the file: demo data, backup, backups, restore, check, reindex."""

from __future__ import annotations

import argparse
import sys
import time

from desktop_crm import paths
from desktop_crm.cli.common import open_store, table
from desktop_crm.storage import autobackup
from desktop_crm.storage import backup as backups
from desktop_crm.storage.check import problems, reindex


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    p.add_argument("--customers", type=int, default=1000, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser(
        "backup", help="write a verified copy of the database (never over an existing file)",
        description="Write a consistent copy of the database, verified where it lies. An existing "
        "DEST is refused (exit code 6), as is one open in another program; with --replace the "
        "file there is kept aside as NAME.replaced-TIMESTAMP first.",
    )
    p.add_argument("dest", nargs="?",
                   help=f"file or folder (default: the database's folder in {paths.backup_dir()})")
    p.add_argument("--replace", action="store_true",
                   help="replace an existing DEST, keeping it aside as NAME.replaced-TIMESTAMP.EXT")
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("backups", help="list the database's backups (automatic and made without a DEST)")
    p.set_defaults(run=cmd_backups)

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept as a backup)")
    p.add_argument("src")
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("check", help="check integrity, references and the search index")
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("reindex", help="rebuild the search index from the data")
    p.set_defaults(run=cmd_reindex)


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

    from desktop_crm.domain.service import default_actor

    with open_store(args) as store:
        dest = Path(args.dest) if args.dest else autobackup.manual_destination(store.path)
        written = backups.backup(store, dest, replace=args.replace, actor=default_actor(store))
    print(f"backup written to {written.path} and verified ({written.customers} customers)")
    if written.replaced is not None:
        print(f"the file that was there was kept as {written.replaced}")
    if not written.audited:
        print("not recorded in the audit trail: the database is open read-only")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    found = autobackup.listing(args.db)
    if not found:
        print(f"no backups of {args.db} in {autobackup.folder(args.db)}")
        return 0
    rows = [("taken", "reason", "size", "customers", "file")]
    for b in found:
        customers = b.customers()
        rows.append((b.taken.strftime("%Y-%m-%d %H:%M:%S"), b.reason, _size(b.size),
                     "unreadable" if customers is None else customers, b.path.name))
    print(table(rows))
    print(f"in {autobackup.folder(args.db)}")
    return 0


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_crm.domain.service import default_actor

    autobackup.sweep_leftovers(args.db)
    kept = backups.restore(args.src, args.db)
    with open_store(args) as store:
        backups.record_restore(store, default_actor(store), args.src, kept)
    print(f"{args.db} restored from {args.src}")
    if kept != args.db.resolve():
        print(f"the database it replaced was kept as {kept}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_crm.cli import EXIT_PROBLEMS

    with open_store(args) as store:
        found = problems(store)
    if not found:
        print(f"{args.db}: ok")
        return 0
    for problem in found:
        print(problem)
    if any(p.startswith("search index") for p in found):
        print("run `desktop-crm reindex` to rebuild the search index")
    return EXIT_PROBLEMS


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        count = reindex(store)
    print(f"search index rebuilt for {count} customers")
    return 0
