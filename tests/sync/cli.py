"""The laptop's sync commands as a user runs them: ``python -m desktop_crm`` in a process of
its own, with no terminal (the password comes from PGPASSWORD, as for every libpq tool)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.sync.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Done:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def crm_command(db: Path, *args: str, password: str = PASSWORD,
                locale: str | None = None) -> tuple[list[str], dict]:
    """The command line and environment of ``desktop-crm --db DB ARGS`` (no keyring, no
    ~/.pgpass: the password is PGPASSWORD's), in English, or as the ``locale`` (LANG) says."""
    env = {**os.environ, "PGPASSWORD": password, "PYTHONPATH": str(ROOT),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "PGPASSFILE": os.devnull}
    if locale is None:
        return [sys.executable, "-m", "desktop_crm", "--db", str(db), "--lang", "en", *args], env
    env = {k: v for k, v in env.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return [sys.executable, "-m", "desktop_crm", "--db", str(db), *args], {**env, "LANG": locale}


def crm(db: Path, *args: str, password: str = PASSWORD, locale: str | None = None) -> Done:
    command, env = crm_command(db, *args, password=password, locale=locale)
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                          stdin=subprocess.DEVNULL, timeout=300)
    return Done(done.returncode, done.stdout, done.stderr)


def ok(db: Path, *args: str, **kw) -> Done:
    done = crm(db, *args, **kw)
    assert done.code == 0, done.err
    assert done.err.strip() == "", done.err
    return done


def address(team, login: str) -> str:
    """The team database's URL without a password, as a user types it."""
    return team.cluster.url(login, "", team.dbname).replace(":@", "@")
