"""Where a command gets the passphrase of an encrypted database.

In this order: ``DESKTOP_CRM_PASSPHRASE`` (for scripts), else the operating system's
keyring when it has an entry for the file (see :mod:`desktop_crm.keychain`), else a prompt
on the terminal. Without a terminal (a pipe, a scheduled task) the command stops with one
sentence instead of waiting for an answer nobody can give.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from desktop_crm import keychain
from desktop_crm.cli.words import _
from desktop_crm.storage.driver import is_encrypted
from desktop_crm.storage.encryption import passphrase_problem

PASSPHRASE_ENV = "DESKTOP_CRM_PASSPHRASE"


def passphrase_for(path: Path) -> str | None:
    """The passphrase to open ``path`` with; None for a plain or a new file."""
    path = Path(path).expanduser()
    if not path.is_file() or not is_encrypted(path):
        return None
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    kept = keychain.stored(path)
    if kept:
        return kept
    return _ask(_("Passphrase for {name}: ").format(name=path.name), path)


def new_passphrase(path: Path) -> str:
    """A passphrase to encrypt ``path`` with: ``DESKTOP_CRM_PASSPHRASE``, else typed twice."""
    from desktop_crm.cli import CommandError

    passphrase = os.environ.get(PASSPHRASE_ENV) or ""
    if not passphrase:
        passphrase = _ask(_("New passphrase for {name}: ").format(name=path.name), path)
        if _ask(_("The same passphrase again: "), path) != passphrase:
            raise CommandError(_("The two passphrases differ; nothing was changed."), code=1)
    problem = passphrase_problem(passphrase)
    if problem:
        raise CommandError(_("{problem} Nothing was changed.").format(problem=problem), code=1)
    return passphrase


def _ask(prompt: str, path: Path) -> str:
    from desktop_crm.cli import CommandError

    if not sys.stdin.isatty():
        raise CommandError(
            _("{name} is encrypted and there is no terminal to ask its passphrase on: "
              "set {env}.").format(name=path.name, env=PASSPHRASE_ENV), code=1,
        )
    return getpass.getpass(prompt)
