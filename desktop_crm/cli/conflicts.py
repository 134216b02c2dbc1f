"""``desktop-crm conflicts list | show ID | resolve ID``: what a sync could not merge.

A conflict is the same field changed differently here and on another laptop (or an edit
against a delete). The record holds the team's value until you decide: --mine, --theirs,
or --value with another value; the next sync sends the decision to the team.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_crm.cli.common import open_store, print_json, table


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("conflicts", help="list, show and decide the conflicts a sync found",
                         description=__doc__.split("\n\n")[1])
    commands = top.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)

    p = commands.add_parser("list", help="the conflicts waiting for a decision")
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")
    p.set_defaults(run=cmd_list)

    p = commands.add_parser("show", help="one conflict: both values, who made theirs and when")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")
    p.set_defaults(run=cmd_show)

    p = commands.add_parser("resolve", help="decide a conflict")
    p.add_argument("id", type=int)
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--mine", action="store_true", help="keep this laptop's value")
    choice.add_argument("--theirs", action="store_true", help="keep the team's value")
    choice.add_argument("--value", metavar="V", help="keep another value")
    p.set_defaults(run=cmd_resolve)


def _what(store, conflict: dict[str, Any]) -> str:
    """The record a conflict is about, as a person names it."""
    from desktop_crm.storage import sync_rows

    data = (sync_rows.current(store.conn, conflict["kind"], conflict["uuid"])
            or conflict["theirs"] or conflict["mine"] or {})
    name = data.get("name") or data.get("purpose") or data.get("title") or conflict["uuid"][:8]
    return f"{conflict['kind']} {data.get('code', '')} {name}".replace("  ", " ")


def _value(conflict: dict[str, Any], side: str) -> str:
    if conflict[f"{side}_deleted"]:
        return "(deleted)"
    value = conflict[side]
    if conflict["field"] is None:
        return "(edited)"
    return "(empty)" if value in (None, "") else str(value)


def _field(conflict: dict[str, Any]) -> str:
    if conflict["reason"] == "refused":
        return "(refused: a manager's change)"
    return conflict["field"] or "(whole record)"


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_crm.storage import sync_conflicts

    with open_store(args) as store:
        found = sync_conflicts.open_conflicts(store)
        if args.json:
            print_json(store, found, f"{len(found)} sync conflicts")
            return 0
        if not found:
            print("No conflicts wait for a decision.")
            return 0
        rows = [("id", "record", "field", "mine", "theirs", "by")]
        rows += [(c["id"], _what(store, c), _field(c), _value(c, "mine"),
                  _value(c, "theirs"), c["their_login"] or "") for c in found]
        print(table(rows))
    return 0


def _get(store, conflict_id: int) -> dict[str, Any]:
    from desktop_crm.cli import EXIT_NOT_FOUND, CommandError
    from desktop_crm.storage import sync_conflicts

    conflict = sync_conflicts.get(store, conflict_id)
    if conflict is None:
        raise CommandError(f"No open conflict has the id {conflict_id}: "
                           "`desktop-crm conflicts list` shows them.", EXIT_NOT_FOUND)
    return conflict


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        conflict = _get(store, args.id)
        if args.json:
            print_json(store, conflict, f"sync conflict {args.id}")
            return 0
        print(f"conflict {conflict['id']}: {_what(store, conflict)}")
        print(f"field      {conflict['field'] or '(the whole record)'}")
        if conflict["reason"] == "refused":
            print("why        the team server does not take this change from your login: only "
                  "a manager or an admin makes it; `resolve --theirs` drops it")
        elif conflict["field"] is None:
            print(f"mine       {'deleted' if conflict['mine_deleted'] else 'edited'}")
            print(f"theirs     {'deleted' if conflict['theirs_deleted'] else 'edited'}"
                  f" by {conflict['their_login']} at {conflict['their_at']}")
        else:
            print(f"before     {conflict['base']}")
            print(f"mine       {_value(conflict, 'mine')}")
            print(f"theirs     {_value(conflict, 'theirs')} by {conflict['their_login']} "
                  f"at {conflict['their_at']}")
        print(f"found      {conflict['found_at']}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError
    from desktop_crm.storage import sync_conflicts
    from desktop_crm.storage.driver import sqlite3

    with open_store(args) as store:
        conflict = _get(store, args.id)
        choice = "mine" if args.mine else "theirs" if args.theirs else "edited"
        value = _typed(conflict, args.value) if choice == "edited" else None
        if choice == "edited" and conflict["field"] is None:
            raise CommandError("A conflict about the whole record is decided with --mine "
                               "or --theirs; edit the record afterwards if need be.")
        try:
            sync_conflicts.resolve(store, args.id, choice, value)
        except sync_conflicts.RefusedAgain:
            raise CommandError("The team server does not take this change from your login, so "
                               "it cannot be kept: `--theirs` drops it and keeps the team's "
                               "record; ask a manager to make the change.") from None
        except sqlite3.IntegrityError:
            kept = {"mine": conflict["mine"], "theirs": conflict["theirs"], "edited": value}
            raise CommandError(f"{conflict['field'] or 'the record'} {kept[choice]} is another "
                               "record's already: choose another with --value.", code=4) from None
        kept = {"mine": "this laptop's value", "theirs": "the team's value",
                "edited": f"the value {args.value}"}[choice]
    print(f"Conflict {args.id} decided: {kept} is kept. The next `desktop-crm sync` sends it "
          "to the team.")
    return 0


def _typed(conflict: dict[str, Any], text: str) -> Any:
    """A typed value as the field holds values: a number stays a number."""
    sides = [conflict["mine"], conflict["theirs"]]
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in sides):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text
