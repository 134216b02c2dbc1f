"""Commands that look after the file: demo data, backup, backups, restore, check, reindex,
recover, audit."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop_crm import paths
from desktop_crm.cli.common import open_store, print_json, table
from desktop_crm.cli.passphrase import passphrase_for
from desktop_crm.cli.words import _
from desktop_crm.storage import autobackup
from desktop_crm.storage import backup as backups
from desktop_crm.storage.check import problems, reindex
from desktop_crm.storage.errors import DamagedError
from desktop_crm.storage.recover import recover


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help=_("fill an empty database with realistic demo data"))
    p.add_argument("--customers", type=int, default=1000, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S", help=_("same seed, same data"))
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser(
        "backup", help=_("write a verified copy of the database (never over an existing file)"),
        description=_("Write a consistent copy of the database, verified where it lies. An existing "
                      "DEST is refused (exit code 6), as is one open in another program; with --replace the "
                      "file there is kept aside as NAME.replaced-TIMESTAMP first."),
    )
    p.add_argument("dest", nargs="?",
                   help=_("file or folder (default: the database's folder in {folder})").format(
                       folder=paths.backup_dir()))
    p.add_argument("--replace", action="store_true",
                   help=_("replace an existing DEST, keeping it aside as NAME.replaced-TIMESTAMP.EXT"))
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("backups", help=_("list the database's backups (automatic and made without a DEST)"))
    p.set_defaults(run=cmd_backups)

    p = sub.add_parser("restore", help=_("replace the database with a backup (the current one is kept as a backup)"))
    p.add_argument("src")
    p.set_defaults(run=cmd_restore)

    p = sub.add_parser("check", help=_("check integrity, references and the search index"))
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("reindex", help=_("rebuild the search index from the data"))
    p.set_defaults(run=cmd_reindex)

    p = sub.add_parser("recover", help=_("rescue what can be read of a damaged file into a new one"))
    p.add_argument("damaged", type=Path, metavar="DAMAGED", help=_("the damaged database (only read)"))
    p.add_argument("new", type=Path, metavar="NEW", help=_("the new file to write (must not exist)"))
    p.set_defaults(run=cmd_recover)

    p = sub.add_parser("audit", help=_("the audit log: who exported, printed or showed what, when"),
                       description=_("List the audit log, oldest first ('check' verifies its chain). "
                                     "--json output is itself recorded in the log."))
    p.add_argument("--since", type=_day, metavar="DATE", help=_("rows on or after this day"))
    p.add_argument("--action", metavar="ACTION",
                   help=_("e.g. export, show, dump_json; 'print' also matches print_card, print_plans…"))
    p.add_argument("--limit", type=int, default=200, metavar="N",
                   help=_("the newest N rows (default 200; 0 for all)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_audit)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError
    from desktop_crm.domain.demo import build_demo

    if args.customers < 1:
        raise CommandError(_("--customers must be at least 1"))
    with open_store(args, create=True) as store:
        existing = store.count("customers")
        if existing:
            raise CommandError(
                _("{db} already holds {n} customers; demo data goes into a new file "
                  "(pass another --db)").format(db=args.db, n=existing),
                code=1,
            )
        started = time.perf_counter()
        summary = build_demo(store, args.customers, seed=args.seed, progress=_progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    counts = ", ".join(f"{v} {_(k)}" for k, v in summary.counts.items())
    print(_("demo data written to {db} in {seconds:.1f} s: {counts}").format(
        db=args.db, seconds=time.perf_counter() - started, counts=counts))
    return 0


def _progress(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        sys.stderr.write("\r" + _("{done}/{total} customers").format(done=done, total=total))
        sys.stderr.flush()
    return True


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop_crm.domain.service import default_actor

    with open_store(args) as store:
        dest = Path(args.dest) if args.dest else autobackup.manual_destination(store.path)
        written = backups.backup(store, dest, replace=args.replace, actor=default_actor(store))
    print(_("backup written to {path} and verified ({n} customers)").format(
        path=written.path, n=written.customers))
    if written.replaced is not None:
        print(_("the file that was there was kept as {path}").format(path=written.replaced))
    if not written.audited:
        print(_("not recorded in the audit trail: the database is open read-only"))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    found = autobackup.listing(args.db)
    if not found:
        print(_("no backups of {db} in {folder}").format(db=args.db, folder=autobackup.folder(args.db)))
        return 0
    key = passphrase_for(args.db)  # an encrypted file's backups share its passphrase
    rows = [(_("taken"), _("reason"), _("size"), _("customers"), _("file"))]
    for b in found:
        customers = b.customers(key)
        unknown = _("encrypted") if b.encrypted else _("unreadable")
        rows.append((b.taken.strftime("%Y-%m-%d %H:%M:%S"), b.reason, _size(b.size),
                     unknown if customers is None else customers, b.path.name))
    print(table(rows))
    print(_("in {folder}").format(folder=autobackup.folder(args.db)))
    return 0


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_crm.domain.service import default_actor
    from desktop_crm.storage.db import open_database

    key = passphrase_for(Path(args.src)) or passphrase_for(args.db)
    kept = backups.restore(args.src, args.db, passphrase=key)
    with open_database(args.db, create=False, passphrase=key) as store:
        backups.record_restore(store, default_actor(store), args.src, kept)
    print(_("{db} restored from {src}").format(db=args.db, src=args.src))
    if kept != args.db.resolve():
        print(_("the database it replaced was kept as {path}").format(path=kept))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_crm.cli import EXIT_PROBLEMS

    try:
        store = open_store(args)
    except DamagedError as exc:  # even its table list is unreadable
        print(_("integrity: {problem}").format(problem=exc))
        return EXIT_PROBLEMS
    with store:
        found = problems(store)
    if not found:
        print(_("{db}: ok").format(db=args.db))
        return 0
    for problem in found:
        print(problem)
    if any(p.startswith("search index") for p in found):
        print(_("run `desktop-crm reindex` to rebuild the search index"))
    if any("audit log" in p for p in found):
        print(_("the audit log was changed outside desktop-crm: keep this file as it is, as "
                "evidence, and compare it with a backup (`desktop-crm audit` lists the log)"))
    return EXIT_PROBLEMS


def cmd_recover(args: argparse.Namespace) -> int:
    from desktop_crm.cli.common import table

    rescue = recover(args.damaged, args.new, progress=_progress_tables,
                     passphrase=passphrase_for(args.damaged))
    rows = [(_("table"), _("in the damaged file"), _("rescued"))]
    rows += [(t.table, "?" if t.before is None else t.before, t.saved) for t in rescue.tables
             if t.saved or t.before]
    print(table(rows))
    verdict = _("everything the damaged file still counted was rescued") if rescue.complete else \
        _("some rows were on damaged pages and are lost; compare with your latest backup")
    print(_("{path} written: {verdict}.").format(path=rescue.path, verdict=verdict))
    return 0


def _progress_tables(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        sys.stderr.write("\r" + _("{done}/{total} tables").format(done=done, total=total))
        sys.stderr.flush()
    return True


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        count = reindex(store)
    print(_("search index rebuilt for {n} customers").format(n=count))
    return 0


def _day(text: str) -> str:
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text!r} is not a date; write it as 2026-11-01").format(text=text)) from None


def cmd_audit(args: argparse.Namespace) -> int:
    from desktop_crm.storage.audit import entries

    with open_store(args) as store:
        rows = entries(store, args.since, args.action, args.limit or None)
        if args.json:
            print_json(store, [dict(r) for r in rows], f"audit log: {len(rows)} rows")
            return 0
    if not rows:
        print(_("no audit rows match") if args.since or args.action else _("no audit rows yet"))
        return 0
    print(table([(_("id"), _("at"), _("actor"), _("machine"), _("action"), _("detail"))]
                + [(r["id"], r["at"], r["actor"], r["machine"] or "", r["action"], r["detail"])
                   for r in rows]))
    return 0
