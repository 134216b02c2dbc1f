"""``desktop-crm publish``: this file becomes the team's starting data, or is merged into it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from desktop_crm.cli.common import open_store, write_json

# Reasons of the duplicate rules strong enough to merge two customers without asking.
STRONG = ("phone", "same_name")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "publish", help="send this whole file to the team server as the team's data "
        "(an administrator's login); a second file is merged in, matching customers by code "
        "and by the duplicate rules")
    p.add_argument("url", help="the team database, e.g. postgresql://crm.example.com/crm")
    p.add_argument("--user", required=True, metavar="LOGIN", help="an administrator's login")
    p.add_argument("--json", action="store_true", help="the report as JSON, for scripts")
    p.set_defaults(run=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    from desktop_crm.cli.team import (
        not_connected, offer_keyring, quiet, show_progress, typed_password)
    from desktop_crm.domain.duplicates import likely_duplicates
    from desktop_crm.sync import connection, publish

    with open_store(args) as store:
        not_connected(store)
        address = connection.address(args.url, args.user)
        password = typed_password(args.url, address)

        def same_customer(theirs: dict[str, Any]) -> int | None:
            for candidate in likely_duplicates(store, theirs["name"], theirs["phone"],
                                               theirs["area"]):
                if candidate.reason in STRONG:
                    return candidate.customer_id
            return None

        progress = show_progress if sys.stderr.isatty() and not args.json else quiet
        report = publish.publish(store, args.url, args.user, password, same_customer, progress)
        if progress is show_progress:
            sys.stderr.write("\n")
        offer_keyring(address, password)
    if args.json:
        write_json(asdict(report))
        return 0
    print(f"Published to {address}: {report.sync.pushed} records sent, "
          f"{report.sync.pulled} received.")
    if report.published_before:
        print(f"{report.published_before} customers were on the server already "
              "(published before): no duplicates made.")
    sections = (("matched by code", report.matched_by_code),
                ("matched by the duplicate rules", report.matched_by_rule))
    for title, lines in sections:
        print(f"{len(lines)} customers {title}:")
        for line in lines:
            print(f"  {line['code']} {line['name']}  =  {line['team_code']} {line['team_name']}")
    print(f"{len(report.added)} customers added:")
    for line in report.added:
        print(f"  {line['code']} {line['name']}")
    for line in report.recoded:
        print(f"  ({line['name']}: code {line['from']} is another customer's in the team, "
              f"now {line['to']})")
    if report.sync.conflicts:
        print(f"{report.sync.conflicts} fields differ between this file and the team's data: "
              "review them with `desktop-crm conflicts list`.")
    return 0
