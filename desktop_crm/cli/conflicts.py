"""``desktop-crm conflicts list | show ID | resolve ID``: what a sync could not merge.

A conflict is the same field changed differently here and on another laptop (or an edit
against a delete). The record holds the team's value until you decide: --mine, --theirs,
or --value with another value; the next sync sends the decision to the team.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_crm.cli.common import open_store, print_json, table
from desktop_crm.cli.words import _, term


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("conflicts", help=_("list, show and decide the conflicts a sync found"),
                         description=_(__doc__.split("\n\n")[1]))
    commands = top.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)

    p = commands.add_parser("list", help=_("the conflicts waiting for a decision"))
    p.add_argument("--json", action="store_true", help=_("as JSON, for scripts"))
    p.set_defaults(run=cmd_list)

    p = commands.add_parser("show", help=_("one conflict: both values, who made theirs and when"))
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help=_("as JSON, for scripts"))
    p.set_defaults(run=cmd_show)

    p = commands.add_parser("resolve", help=_("decide a conflict"))
    p.add_argument("id", type=int)
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--mine", action="store_true", help=_("keep this laptop's value"))
    choice.add_argument("--theirs", action="store_true", help=_("keep the team's value"))
    choice.add_argument("--value", metavar="V", help=_("keep another value"))
    p.set_defaults(run=cmd_resolve)


def _what(store, conflict: dict[str, Any]) -> str:
    """The record a conflict is about, as a person names it."""
    from desktop_crm.storage import sync_rows

    data = (sync_rows.current(store.conn, conflict["kind"], conflict["uuid"])
            or conflict["theirs"] or conflict["mine"] or {})
    name = data.get("name") or data.get("purpose") or data.get("title") or conflict["uuid"][:8]
    return f"{term(conflict['kind'])} {data.get('code', '')} {name}".replace("  ", " ")


def _field(conflict: dict[str, Any], language: str) -> str:
    """The field a conflict is about: its name, in Chinese its label."""
    from desktop_crm.domain import fields

    specs = {"customer": fields.CUSTOMER_FIELDS, "contact": fields.CONTACT_FIELDS,
             "interaction": fields.INTERACTION_FIELDS, "member": fields.MEMBER_FIELDS,
             "staff": fields.STAFF_FIELDS, "plan": fields.PLAN_FIELDS,
             "campaign": fields.CAMPAIGN_FIELDS}
    name = conflict["field"]
    spec = fields.by_name(specs.get(conflict["kind"], ())).get(name)
    return spec.label(language) if spec and language == "zh" else name


def _value(conflict: dict[str, Any], side: str) -> str:
    if conflict[f"{side}_deleted"]:
        return _("(deleted)")
    value = conflict[side]
    if conflict["field"] is None:
        return _("(edited)")
    return _("(empty)") if value in (None, "") else str(value)


def _about(conflict: dict[str, Any], language: str, whole: str) -> str:
    """The list's and show's field column: a refusal says so, a field its name or label."""
    if conflict["reason"] == "refused":
        return _("(refused: a manager's change)")
    return _field(conflict, language) if conflict["field"] else whole


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_crm.storage import sync_conflicts

    with open_store(args) as store:
        found = sync_conflicts.open_conflicts(store)
        if args.json:
            print_json(store, found, f"{len(found)} sync conflicts")
            return 0
        if not found:
            print(_("No conflicts wait for a decision."))
            return 0
        rows = [(_("id"), _("record"), _("field"), _("mine"), _("theirs"), _("by"))]
        rows += [(c["id"], _what(store, c), _about(c, args.language, _("(whole record)")),
                  _value(c, "mine"), _value(c, "theirs"), c["their_login"] or "") for c in found]
        print(table(rows))
    return 0


def _get(store, conflict_id: int) -> dict[str, Any]:
    from desktop_crm.cli import EXIT_NOT_FOUND, CommandError
    from desktop_crm.storage import sync_conflicts

    conflict = sync_conflicts.get(store, conflict_id)
    if conflict is None:
        raise CommandError(_("No open conflict has the id {id}: `desktop-crm conflicts list` "
                             "shows them.").format(id=conflict_id), EXIT_NOT_FOUND)
    return conflict


def cmd_show(args: argparse.Namespace) -> int:
    from desktop_crm.domain.conflicts import held_by

    with open_store(args) as store:
        conflict = _get(store, args.id)
        if args.json:
            print_json(store, conflict, f"sync conflict {args.id}")
            return 0
        print(_("conflict {id}: {record}").format(id=conflict["id"],
                                                   record=_what(store, conflict)))
        field = conflict["field"]
        print(_("field      {field}").format(
            field=_about(conflict, args.language, _("(the whole record)"))))
        who = {"login": conflict["their_login"], "at": conflict["their_at"]}
        if conflict["reason"] == "refused":
            print(_("why        the team server does not take this change from your login: only "
                    "a manager or an admin makes it; `resolve --theirs` drops it"))
        elif field is None:
            print(_("mine       {what}").format(
                what=_("deleted") if conflict["mine_deleted"] else _("edited")))
            print(_("theirs     {what} by {login} at {at}").format(
                what=_("deleted") if conflict["theirs_deleted"] else _("edited"), **who))
        else:
            held = held_by(store, conflict)
            if held:
                print(_("why        {holder} holds this value in the team and no two customers "
                        "may share it, so this customer gave it up; merge them if they are one "
                        "shop").format(holder=held))
            print(_("before     {value}").format(value=conflict["base"]))
            print(_("mine       {what}").format(what=_value(conflict, "mine")))
            print(_("theirs     {what} by {login} at {at}").format(
                what=_value(conflict, "theirs"), **who))
        print(_("found      {at}").format(at=conflict["found_at"]))
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError
    from desktop_crm.domain import conflicts
    from desktop_crm.domain.service import default_actor
    from desktop_crm.storage import sync_conflicts
    from desktop_crm.storage.driver import sqlite3

    with open_store(args) as store:
        conflict = _get(store, args.id)
        choice = "mine" if args.mine else "theirs" if args.theirs else "edited"
        value = conflicts.typed(conflict, args.value) if choice == "edited" else None
        if choice == "edited" and conflict["field"] is None:
            raise CommandError(_("A conflict about the whole record is decided with --mine or "
                                 "--theirs; edit the record afterwards if need be."))
        try:
            conflicts.decide(store, default_actor(store), args.id, choice, value)
        except sync_conflicts.RefusedAgain:
            raise CommandError(_("The team server does not take this change from your login, "
                                 "so it cannot be kept: `--theirs` drops it and keeps the "
                                 "team's record; ask a manager to make the change.")) from None
        except sqlite3.IntegrityError:
            kept = {"mine": conflict["mine"], "theirs": conflict["theirs"], "edited": value}
            raise CommandError(_("{field} {value} is another record's already: choose another "
                                 "with --value.").format(
                field=_field(conflict, args.language) if conflict["field"] else _("the record"),
                value=kept[choice]), code=4) from None
        kept = {"mine": _("this laptop's value"), "theirs": _("the team's value"),
                "edited": _("the value {value}").format(value=args.value)}[choice]
    print(_("Conflict {id} decided: {kept} is kept. The next `desktop-crm sync` sends it to the "
            "team.").format(id=args.id, kept=kept))
    return 0
