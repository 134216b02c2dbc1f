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

T = TypeVar("T")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("connect", help="connect this file to the team server as your login",
                       description=__doc__.split("\n\n")[1])
    p.add_argument("url", help="the team database, e.g. postgresql://crm.example.com/crm")
    p.add_argument("--user", required=True, metavar="LOGIN", help="your login on the server")
    p.set_defaults(run=cmd_connect)

    p = sub.add_parser("sync", help="send this file's changes to the team server and receive "
                       "the team's ('sync status': how things stand, without the server)")
    p.add_argument("what", nargs="?", choices=("status",),
                   help="status: the server, last sync, changes waiting, open conflicts")
    p.add_argument("--json", action="store_true", help="as JSON, for scripts")
    p.set_defaults(run=cmd_sync)

    p = sub.add_parser("disconnect", help="stop syncing this file (it keeps everything it holds)")
    p.add_argument("--yes", action="store_true",
                   help="disconnect even with changes not yet sent (they stay here only)")
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
        return attempt(getpass.getpass(f"Password for {address}: "))


def connected(store) -> Any:
    from desktop_crm.cli import CommandError
    from desktop_crm.sync import connection

    current = connection.link(store)
    if current is None:
        raise CommandError("This file is not connected to a team server: run "
                           "`desktop-crm connect URL --user LOGIN` first.")
    return current


def not_connected(store) -> None:
    from desktop_crm.cli import CommandError
    from desktop_crm.sync import connection

    current = connection.link(store)
    if current is not None:
        raise CommandError(
            f"This file is connected to {connection.address(current.url, current.login)} "
            "already: `desktop-crm disconnect` first to connect it elsewhere.")


def typed_password(url: str, address: str) -> str | None:
    """The password for a first connection: in the URL, typed, or left to libpq."""
    from psycopg.conninfo import conninfo_to_dict

    if conninfo_to_dict(url).get("password") or not on_terminal():
        return None
    typed = getpass.getpass(f"Password for {address} (empty: from PGPASSWORD or ~/.pgpass): ")
    return typed or None


def offer_keyring(address: str, password: str | None) -> None:
    from desktop_crm import keychain

    if password and on_terminal() and keychain.available() and ask_yes(
            "Keep the password in this computer's keyring, so sync does not ask for it?"):
        if not keychain.remember_server_password(address, password):
            print("The keyring refused to keep it; sync will ask.", file=sys.stderr)


def cmd_connect(args: argparse.Namespace) -> int:
    from desktop_crm.sync import connection

    with open_store(args, create=True) as store:  # a new laptop starts with an empty file
        not_connected(store)
        address = connection.address(args.url, args.user)
        password = typed_password(args.url, address)
        link = connection.connect(store, args.url, args.user, password)
        offer_keyring(address, password)
    print(f"This file is connected to {address} ({link.role}). Run `desktop-crm sync` to "
          "send its records and receive what your login may see.")
    return 0


def quiet(_phase: str, _count: int) -> None:
    pass


def show_progress(phase: str, count: int) -> None:
    sys.stderr.write(f"\r{phase}: {count} records ")
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
    print(f"Synced with {address}: {result.pulled} records received, {result.pushed} sent.")
    if result.conflicts:
        print(f"{result.conflicts} new conflicts wait for your decision: "
              "`desktop-crm conflicts list`.")
    if result.stray:
        print(f"{result.stray} edits were to customers now someone else's: they went to the "
              "new owner to review.")
    if result.removed:
        print(f"{result.removed} customers were given to someone else and left this file.")
    for note in result.notes:
        print(f"Note: {note}.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from desktop_crm.sync import connection

    with open_store(args) as store:
        status = connection.status(store)
    if args.json:
        write_json(status)
        return 0
    if status is None:
        print("This file is not connected to a team server (it works on its own).")
        return 0
    print(f"server      {status['server']}")
    print(f"login       {status['login']} ({status['role']})")
    print(f"last sync   {status['last_sync_at'] or 'never'}"
          + (f" (checkpoint {status['checkpoint']})" if status["checkpoint"] else ""))
    pending = status["pending"]
    print(f"to send     {sum(pending.values())} changes"
          + (": " + ", ".join(f"{n} {kind}" for kind, n in pending.items()) if pending else ""))
    print(f"conflicts   {status['open_conflicts']} open")
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
            question = (f"{waiting} changes have not been sent to the team; they will stay on "
                        "this laptop only. Disconnect anyway?")
            if not on_terminal():
                raise CommandError(f"{waiting} changes have not been sent to the team: run "
                                   "`desktop-crm sync` first, or pass --yes to disconnect anyway.")
            if not ask_yes(question):
                print("Still connected; nothing was changed.")
                return 0
        connection.disconnect(store)
        keychain.forget_server_password(address)
    print(f"Disconnected from {address}. The file keeps all its records and works on its own.")
    return 0
