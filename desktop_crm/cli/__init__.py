"""The ``desktop-crm`` command. With no sub-command it starts the desktop app.

Every command calls the same domain services as the GUI. Exit codes: 0 success, 1 a problem
with the database file, 2 wrong usage, 3 not found, 4 invalid data, 5 ``check`` found
problems, 6 the destination of a backup exists or is open elsewhere (nothing was written),
7 the team server refused or could not be reached, 130 interrupted. Errors go to stderr as one sentence.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_crm import __version__, paths
from desktop_crm.cli import (
    compliance, conflicts, encryption, maintenance, members, person, plans, records, scoring,
    server, team, transfer, week,
)
from desktop_crm.domain.validation import NotFoundError, ValidationError
from desktop_crm.cli.system import ensure_streams, system_language
from desktop_crm.cli.words import _, language_of, said, use
from desktop_crm.privacy import make_private
from desktop_crm.storage.backup import DestinationError
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.errors import StorageError, from_os_error, translate
from desktop_crm.storage.temporaries import clean_leftovers
from desktop_crm.sync import ServerError

DB_SUFFIXES = (".sqlite3", ".sqlite", ".db")
EXIT_STORAGE, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_INVALID, EXIT_PROBLEMS = 1, 2, 3, 4, 5
EXIT_DESTINATION, EXIT_SERVER = 6, 7


class CommandError(Exception):
    """A user mistake the command found itself; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-crm",
        description=_("Customer files, visits and account plans, offline. "
                      "Run without a command to open the desktop app."),
    )
    parser.add_argument("--version", action="version", version=f"desktop-crm {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument(
        "--db", type=Path, metavar="PATH",
        help=_("database file (default: ${env}, else {path})").format(
            env=paths.DB_ENV, path=paths.default_database()),
    )
    parser.add_argument("--lang", choices=("zh", "en"), help=_("language of the output and labels (default: the system's, from LANG)"))
    parser.add_argument("--self-test", action="store_true",
                        help=_("check this copy works (a database, every page, a PDF, an import) "
                               "in a temporary folder, then exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))
    sub.add_parser("gui", help=_("open the desktop app (the default)"))
    records.register(sub)
    maintenance.register(sub)
    encryption.register(sub)
    members.register(sub)
    person.register(sub)
    plans.register(sub)
    week.register(sub)
    compliance.register(sub)
    scoring.register(sub)
    transfer.register(sub)
    server.register(sub)
    team.register(sub)
    conflicts.register(sub)
    parser.commands = tuple(sub.choices)  # type: ignore[attr-defined]
    return parser


def language(args: argparse.Namespace) -> str:
    return args.lang or system_language()


def file_argument(argv: Sequence[str], commands: Sequence[str]) -> list[str]:
    """``desktop-crm PATH.sqlite3`` (how a file association starts us) as ``--db PATH``."""
    argv = list(argv)
    if not argv or argv[-1].startswith("-") or any(a in commands for a in argv):
        return argv
    if len(argv) > 1 and argv[-2] in ("--db", "--lang"):
        return argv
    if Path(argv[-1]).suffix.lower() in DB_SUFFIXES or Path(argv[-1]).is_file():
        return [*argv[:-1], "--db", argv[-1]]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    ensure_streams()
    make_private()
    clean_leftovers()  # half-files of a run that was killed
    argv = sys.argv[1:] if argv is None else argv
    use(language_of(argv) or system_language())  # the help speaks it too
    parser = build_parser()
    args = parser.parse_args(file_argument(argv, parser.commands))
    args.language = language(args)
    if args.self_test:
        from desktop_crm.cli.selftest import run_self_test

        return run_self_test(args.language)
    if args.command in (None, "gui"):
        from desktop_crm.ui.app import run  # Qt is only imported when the GUI is wanted

        named = args.db or (Path(os.environ[paths.DB_ENV]) if os.environ.get(paths.DB_ENV) else None)
        return run(named.expanduser() if named else None)
    args.db = (args.db or paths.default_database()).expanduser()
    try:
        code = args.run(args) or 0
        sys.stdout.flush()  # a closed pipe shows here, inside the try, not at exit
        return code
    except CommandError as exc:
        return _fail(str(exc), exc.code)
    except ValidationError as exc:
        return _fail(str(exc), EXIT_INVALID)
    except NotFoundError as exc:
        return _fail(str(exc), EXIT_NOT_FOUND)
    except DestinationError as exc:
        return _fail(str(exc), EXIT_DESTINATION)
    except StorageError as exc:
        return _fail(str(exc), EXIT_STORAGE)
    except ServerError as exc:
        return _fail(said(exc.sentence), EXIT_SERVER)
    except KeyboardInterrupt:
        return _fail(_("interrupted; nothing was half-written."), 130)
    except BrokenPipeError:  # output piped into a reader that stopped (e.g. head)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - no flush error at exit
        return 0
    except OSError as exc:
        return _fail(str(from_os_error(exc)), EXIT_STORAGE)
    except sqlite3.Error as exc:  # a failure no layer below turned into a sentence
        return _fail(str(translate(exc, args.db) or _("the database could not be used ({error}).").format(error=exc)),
                     EXIT_STORAGE)


def _fail(message: str, code: int) -> int:
    print(f"desktop-crm: {message}", file=sys.stderr)
    return code
