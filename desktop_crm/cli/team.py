"""``desktop-crm connect | sync | disconnect``: a laptop's file working with the team server.

The password is asked on a terminal (and may be kept in the OS keyring); without a terminal
it comes, as for every libpq tool, from PGPASSWORD, ~/.pgpass or the URL.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from desktop_crm.cli.common import open_store, write_json
from desktop_crm.cli.words import _, said, term

T = TypeVar("T")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("connect", help=_("connect this file to the team server as your login"),
                       description=_(__doc__.split("\n\n")[1]))
    p.add_argument("url", help=_("the team database, e.g. postgresql://crm.example.com/crm"))
    p.add_argument("--user", required=True, metavar="LOGIN", help=_("your login on the server"))
    p.set_defaults(run=cmd_connect)

    p = sub.add_parser("sync", help=_("send this file's changes to the team server and receive "
                                      "the team's ('sync status': how things stand, without the "
                                      "server)"))
    p.add_argument("what", nargs="?", choices=("status",),
                   help=_("status: the server, last sync, changes waiting, open conflicts"))
    p.add_argument("--json", action="store_true", help=_("as JSON, for scripts"))
    p.set_defaults(run=cmd_sync)

    p = sub.add_parser("disconnect",
                       help=_("stop syncing this file (it keeps everything it holds)"))
    p.add_argument("--yes", action="store_true",
                   help=_("disconnect even with changes not yet sent (they stay here only)"))
    p.set_defaults(run=cmd_disconnect)

    from desktop_crm.cli import publish

    publish.register(sub)


def on_terminal() -> bool:
    return sys.stdin.isatty()


def ask_yes(question: str) -> bool:
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def with_password(address: str, attempt: Callable[[str | None], T]) -> T:
    """Run ``attempt`` with the kept password (or none, for libpq to find); when the server
    asks for one and there is a terminal, ask and try once more."""
    from desktop_crm import keychain
    from desktop_crm.sync import PasswordNeeded

    try:
        return attempt(keychain.server_password(address))
    except PasswordNeeded:
        if not on_terminal():
            raise
        return attempt(getpass.getpass(_("Password for {address}: ").format(address=address)))


def connected(store) -> Any:
    from desktop_crm.cli import CommandError
    from desktop_crm.sync import connection

    current = connection.link(store)
    if current is None:
        raise CommandError(_("This file is not connected to a team server: run "
                             "`desktop-crm connect URL --user LOGIN` first."))
    return current


def not_connected(store) -> None:
    from desktop_crm.cli import CommandError
    from desktop_crm.sync import connection

    current = connection.link(store)
    if current is not None:
        raise CommandError(
            _("This file is connected to {address} already: `desktop-crm disconnect` first to "
              "connect it elsewhere.").format(address=connection.address(current.url,
                                                                         current.login)))


def typed_password(url: str, address: str) -> str | None:
    """The password for a first connection: in the URL, typed, or left to libpq."""
    from psycopg.conninfo import conninfo_to_dict

    if conninfo_to_dict(url).get("password") or not on_terminal():
        return None
    typed = getpass.getpass(_("Password for {address} (empty: from PGPASSWORD or ~/.pgpass): ")
                            .format(address=address))
    return typed or None


def offer_keyring(address: str, password: str | None) -> None:
    from desktop_crm import keychain

    if password and on_terminal() and keychain.available() and ask_yes(
            _("Keep the password in this computer's keyring, so sync does not ask for it?")):
        if not keychain.remember_server_password(address, password):
            print(_("The keyring refused to keep it; sync will ask."), file=sys.stderr)


def cmd_connect(args: argparse.Namespace) -> int:
    from desktop_crm.sync import connection

    with open_store(args, create=True) as store:  # a new laptop starts with an empty file
        not_connected(store)
        address = connection.address(args.url, args.user)
        password = typed_password(args.url, address)
        link = connection.connect(store, args.url, args.user, password)
        offer_keyring(address, password)
    print(_("This file is connected to {address} ({role}). Run `desktop-crm sync` to send its "
            "records and receive what your login may see.").format(address=address,
                                                                   role=term(link.role)))
    return 0


def quiet(_phase: str, _count: int) -> None:
    pass


def show_progress(phase: str, count: int) -> None:
    line = {"pull": _("pull: {count} records"), "push": _("push: {count} records")}.get(
        phase, f"{phase}: {{count}} records")
    sys.stderr.write("\r" + line.format(count=count) + " ")
    sys.stderr.flush()


def cmd_sync(args: argparse.Namespace) -> int:
    if args.what == "status":
        return cmd_status(args)
    from desktop_crm.sync import connection

    with open_store(args) as store:
        current = connected(store)
        address = connection.address(current.url, current.login)
        progress = show_progress if sys.stderr.isatty() and not args.json else quiet
        result = with_password(address, lambda password: connection.sync(store, password,
                                                                           progress))
        if progress is show_progress:
            sys.stderr.write("\n")
    if args.json:
        write_json(asdict(result))
        return 0
    print(_("Synced with {address}: {pulled} records received, {pushed} sent.").format(
        address=address, pulled=result.pulled, pushed=result.pushed))
    if result.conflicts:
        print(_("{n} new conflicts wait for your decision: `desktop-crm conflicts list`.")
              .format(n=result.conflicts))
    if result.stray:
        print(_("{n} edits were to customers now someone else's: they went to the new owner to "
                "review.").format(n=result.stray))
    if result.removed:
        print(_("{n} customers were given to someone else and left this file.")
              .format(n=result.removed))
    for note in result.notes:
        print(_("Note: {note}.").format(note=said(note)))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from desktop_crm.sync import connection

    with open_store(args) as store:
        status = connection.status(store)
    if args.json:
        write_json(status)
        return 0
    if status is None:
        print(_("This file is not connected to a team server (it works on its own)."))
        return 0
    print(_("server      {server}").format(server=status["server"]))
    print(_("login       {login} ({role})").format(login=status["login"],
                                                           role=term(status["role"])))
    checkpoint = status["checkpoint"]
    print(_("last sync   {when}").format(when=status["last_sync_at"] or _("never"))
          + (_(" (checkpoint {checkpoint})").format(checkpoint=checkpoint) if checkpoint else ""))
    pending, total = status["pending"], sum(status["pending"].values())
    if pending:
        kinds = _(", ").join(_("{n} {kind}").format(n=n, kind=term(kind))
                             for kind, n in pending.items())
        print(_("to send     {n} changes: {kinds}").format(n=total, kinds=kinds))
    else:
        print(_("to send     {n} changes").format(n=total))
    print(_("conflicts   {n} open").format(n=status["open_conflicts"]))
    return 0


def cmd_disconnect(args: argparse.Namespace) -> int:
    from desktop_crm import keychain
    from desktop_crm.cli import CommandError
    from desktop_crm.sync import connection

    with open_store(args) as store:
        current = connected(store)
        address = connection.address(current.url, current.login)
        waiting = sum(connection.status(store)["pending"].values())
        if waiting and not args.yes:
            question = _("{n} changes have not been sent to the team; they will stay on this "
                         "laptop only. Disconnect anyway?").format(n=waiting)
            if not on_terminal():
                raise CommandError(_("{n} changes have not been sent to the team: run "
                                     "`desktop-crm sync` first, or pass --yes to disconnect "
                                     "anyway.").format(n=waiting))
            if not ask_yes(question):
                print(_("Still connected; nothing was changed."))
                return 0
        connection.disconnect(store)
        keychain.forget_server_password(address)
    print(_("Disconnected from {address}. The file keeps all its records and works on its own.")
          .format(address=address))
    return 0
