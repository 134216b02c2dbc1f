"""``person export`` and ``person erase``: a person's rights over their data (PIPL)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_crm.cli.common import open_store
from desktop_crm.cli.words import _
from desktop_crm.domain.person_rights import PersonRights, find


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("person", help=_("a person's data: export a copy, or erase it (PIPL)"))
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("export", help=_("everything held about one person, as PDF and JSON"))
    q.add_argument("key", metavar="CODE|PHONE|CARD")
    q.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    q.set_defaults(run=cmd_export)
    q = psub.add_parser("erase", help=_("erase one person's personal data; purchases stay as "
                                        "anonymous amounts"))
    q.add_argument("key", metavar="CODE|PHONE|CARD")
    q.add_argument("--yes", action="store_true", help=_("really erase (it cannot be undone)"))
    q.set_defaults(run=cmd_erase)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_crm.reports.pdf.document import PrintOptions
    from desktop_crm.reports.pdf.person import render_person

    with open_store(args) as store:
        rights = PersonRights(store)
        options = PrintOptions(language=args.language, printed_by=rights.actor)
        written = rights.export(find(store, args.key), args.output,
                                lambda data, path: render_person(data, path, options))
    for dest in written:
        print(_("the person's data was written to {file}").format(file=dest))
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    with open_store(args) as store:
        person = find(store, args.key)
        if not args.yes:
            raise CommandError(_("erasing cannot be undone: add --yes to erase {key}").format(key=args.key))
        result = PersonRights(store).erase(person)
    print(_("{key} erased: personal fields blanked, purchases and visits kept without them")
          .format(key=args.key))
    if not result.log_emptied:
        print(_("another program has the file open: its log is emptied when that program closes it"))
    for backup in result.backups:
        if backup.expires is None:
            print(_("still in the backup {file} (made by hand: delete it yourself)")
                  .format(file=backup.path))
        else:
            print(_("still in the backup {file}, removed by {day} at the latest")
                  .format(file=backup.path, day=backup.expires.date().isoformat()))
    return 0
