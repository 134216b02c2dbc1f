"""``desktop-crm publish``: this file becomes the team's starting data, or is merged into it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from desktop_crm.cli.common import open_store, write_json
from desktop_crm.cli.words import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "publish", help=_("send this whole file to the team server as the team's data "
                          "(an administrator's login); a second file is merged in, matching "
                          "customers by code and by the duplicate rules"))
    p.add_argument("url", help=_("the team database, e.g. postgresql://crm.example.com/crm"))
    p.add_argument("--user", required=True, metavar="LOGIN", help=_("an administrator's login"))
    p.add_argument("--json", action="store_true", help=_("the report as JSON, for scripts"))
    p.set_defaults(run=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    from desktop_crm.cli.team import (
        not_connected, offer_keyring, quiet, show_progress, typed_password)
    from desktop_crm.domain.duplicates import strong_match
    from desktop_crm.sync import connection, publish

    with open_store(args) as store:
        not_connected(store)
        address = connection.address(args.url, args.user)
        password = typed_password(args.url, address)

        progress = show_progress if sys.stderr.isatty() and not args.json else quiet
        report = publish.publish(store, args.url, args.user, password, strong_match(store),
                                 progress)
        if progress is show_progress:
            sys.stderr.write("\n")
        offer_keyring(address, password)
    if args.json:
        write_json(asdict(report))
        return 0
    print(_("Published to {address}: {pushed} records sent, {pulled} received.").format(
        address=address, pushed=report.sync.pushed, pulled=report.sync.pulled))
    if report.published_before:
        print(_("{n} customers were on the server already (published before): no duplicates "
                "made.").format(n=report.published_before))
    sections = ((_("{n} customers matched by code:"), report.matched_by_code),
                (_("{n} customers matched by the duplicate rules:"), report.matched_by_rule))
    for title, lines in sections:
        print(title.format(n=len(lines)))
        for line in lines:
            print(f"  {line['code']} {line['name']}  =  {line['team_code']} {line['team_name']}")
    print(_("{n} customers added:").format(n=len(report.added)))
    for line in report.added:
        print(f"  {line['code']} {line['name']}")
    for line in report.recoded:
        print(_("  ({name}: code {old} is another customer's in the team, now {new})").format(
            name=line["name"], old=line["from"], new=line["to"]))
    if report.sync.conflicts:
        print(_("{n} fields differ between this file and the team's data: review them with "
                "`desktop-crm conflicts list`.").format(n=report.sync.conflicts))
    return 0
