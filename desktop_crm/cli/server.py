"""``desktop-crm server …``: set up and look after the team's PostgreSQL database.

Run by whoever administers the team: `init` and `upgrade` as the database's owner,
`add-user` as a login that may create roles. The URL is libpq's
(postgresql://admin@host/crm?sslmode=require); a password not in it comes, as for every
libpq tool, from PGPASSWORD or ~/.pgpass.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from desktop_crm.cli.words import _
from desktop_crm.sync import ROLES


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("server", help=_("set up and look after the team server (PostgreSQL)"),
                         description=_(__doc__.split("\n\n")[1]))
    commands = top.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    p = commands.add_parser("init", help=_("make an empty PostgreSQL database the team server"))
    p.add_argument("url", help=_("the database, e.g. postgresql://admin@host/crm"))
    p.set_defaults(run=cmd_init)

    p = commands.add_parser("upgrade", help=_("bring the team server's schema up to this version"))
    p.add_argument("url")
    p.set_defaults(run=cmd_upgrade)

    p = commands.add_parser("add-user", help=_("give a person a login to the team server"))
    p.add_argument("login", help=_("their login: lower-case letters, digits, _ . -"))
    p.add_argument("--url", required=True, help=_("the team database, as its administrator"))
    p.add_argument("--staff", required=True, metavar="NAME", help=_("the staff member they are"))
    p.add_argument("--role", required=True, choices=ROLES,
                   help=_("rep: their own customers; manager: their team's; admin: everything"))
    p.add_argument("--team", help=_("the team they belong to (a manager sees the whole team)"))
    p.add_argument("--password-stdin", action="store_true",
                   help=_("read the initial password from standard input instead of asking"))
    p.set_defaults(run=cmd_add_user)

    p = commands.add_parser("passwd", help=_("give a login a new password"))
    p.add_argument("login")
    p.add_argument("--url", required=True, help=_("the team database, as its administrator"))
    p.add_argument("--password-stdin", action="store_true",
                   help=_("read the new password from standard input instead of asking"))
    p.set_defaults(run=cmd_passwd)

    p = commands.add_parser("deactivate",
                            help=_("stop a login signing in and give their customers to another"))
    p.add_argument("login")
    p.add_argument("--url", required=True, help=_("the team database, as its administrator"))
    p.add_argument("--give-to", metavar="LOGIN",
                   help=_("the login who takes over their customers (needed if they own any)"))
    p.set_defaults(run=cmd_deactivate)

    p = commands.add_parser("activate", help=_("let a deactivated login sign in again"))
    p.add_argument("login")
    p.add_argument("--url", required=True, help=_("the team database, as its administrator"))
    p.set_defaults(run=cmd_activate)

    p = commands.add_parser("users", help=_("list the team server's logins"))
    p.add_argument("url")
    p.add_argument("--json", action="store_true", help=_("as JSON, for scripts"))
    p.set_defaults(run=cmd_users)

    p = commands.add_parser("status", help=_("the team server's schema version and what it holds"))
    p.add_argument("url")
    p.add_argument("--json", action="store_true", help=_("as JSON, for scripts"))
    p.set_defaults(run=cmd_status)

    p = commands.add_parser("purge-erased", help=_(
        "remove what the server still keeps of erased people (old row versions, refused edits)"))
    p.add_argument("url", help=_("the team database, as its owner"))
    p.add_argument("--no-vacuum", action="store_true",
                   help=_("blank and remove only; leave the old row versions to autovacuum "
                          "(no table lock)"))
    p.set_defaults(run=cmd_purge_erased)

    p = commands.add_parser("audit", help=_("the team's audit log: exports and prints on laptops"))
    p.add_argument("url", help=_("the team database, as an administrator"))
    p.add_argument("--limit", type=int, default=200, help=_("at most this many rows (newest)"))
    p.add_argument("--json", action="store_true", help=_("as JSON, for scripts"))
    p.set_defaults(run=cmd_audit)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop_crm.sync import server

    version = server.init(args.url)
    print(_("The team server is set up (schema version {version}). Next: add each person's "
            "login with `desktop-crm server add-user`.").format(version=version))
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from desktop_crm.sync import server

    before, after = server.upgrade(args.url)
    if before == after:
        print(_("The team server's schema is already version {after}; nothing to do.")
              .format(after=after))
    else:
        print(_("The team server's schema went from version {before} to {after}.")
              .format(before=before, after=after))
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    from desktop_crm.sync import server

    password = _password(args)
    login = server.add_user(args.url, args.login, args.staff, args.role, args.team, password)
    team = _(" in team {team}").format(team=login.team) if login.team else ""
    print(_("{login} can now sign in as {staff} ({role}{team}). Give them the server address, "
            "their login and password; they run `desktop-crm connect`.")
          .format(login=login.login, staff=login.staff, role=login.role, team=team))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from desktop_crm.sync import server

    server.set_password(args.url, args.login, _password(args, _("New password for {login}: ")))
    print(_("{login} has a new password; their laptop asks for it at the next sync.")
          .format(login=args.login))
    return 0


def cmd_deactivate(args: argparse.Namespace) -> int:
    from desktop_crm.sync import server

    given = server.deactivate(args.url, args.login, args.give_to)
    print(_("{login} can no longer sign in.").format(login=args.login))
    if given:
        print(_("{count} customers, with everything that hangs off them, now belong to "
                "{heir}: they arrive on that laptop at its next sync.")
              .format(count=given, heir=args.give_to))
    return 0


def cmd_activate(args: argparse.Namespace) -> int:
    from desktop_crm.sync import server

    server.activate(args.url, args.login)
    print(_("{login} can sign in again.").format(login=args.login))
    return 0


def _password(args: argparse.Namespace, prompt: str | None = None) -> str:
    from desktop_crm.cli import CommandError

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CommandError(_("No terminal to ask the password on: pass it with --password-stdin."))
    prompt = prompt or _("Initial password for {login}: ")
    password = getpass.getpass(prompt.format(login=args.login))
    if getpass.getpass(_("The same password again: ")) != password:
        raise CommandError(_("The two passwords differ; nothing was changed."))
    return password


def cmd_users(args: argparse.Namespace) -> int:
    from desktop_crm.sync import server

    logins = server.users(args.url)
    if args.json:
        print(json.dumps([vars(login) for login in logins], ensure_ascii=False, indent=2,
                         default=str))
        return 0
    if not logins:
        print(_("No logins yet: add them with `desktop-crm server add-user`."))
    for login in logins:
        print(f"{login.login:<20} {login.staff:<12} {login.role:<8} {login.team or ''}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from desktop_crm.sync import server

    status = server.status(args.url)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return 0
    version = status["schema_version"]
    if version is None:
        print(_("{database} is not a team server yet: run `desktop-crm server init`.")
              .format(database=status["database"]))
        return 0
    print(_("database {database} as {login}: schema version {version} (this app: {app}), "
            "{logins} logins").format(database=status["database"], login=status["login"],
                                      version=version, app=status["app_schema_version"],
                                      logins=status["logins"]))
    for kind, count in status["records"].items():
        print(f"  {kind:<20} {count}")
    return 0


def cmd_purge_erased(args: argparse.Namespace) -> int:
    from desktop_crm.sync.purge import purge_erased

    if not args.no_vacuum:
        print(_("Rewriting the records and refused edits; syncs wait until it is done…"),
              file=sys.stderr)
    done = purge_erased(args.url, vacuum=not args.no_vacuum)
    print(_("{dossiers} erased people: {tombstones} deleted records blanked, {strays} refused "
            "edits removed.").format(dossiers=done.dossiers, tombstones=done.tombstones,
                                     strays=done.stray_edits))
    if done.vacuumed:
        print(_("The old versions of the rows are gone from the tables. Still holding them until "
                "they expire: the server's write-ahead log and any WAL archive or base backup "
                "of the server."))
    else:
        print(_("The old versions of the rows stay until PostgreSQL vacuums the tables."))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from desktop_crm.sync import audit

    rows = audit.listing(args.url, args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(_("No exports or prints recorded yet: laptops send theirs when they sync."))
    for row in rows:
        print(f"{row['at']:<20} {row['login']:<12} {row['machine']:<16} {row['action']:<10} "
              f"{row['detail'] or ''}")
    return 0
