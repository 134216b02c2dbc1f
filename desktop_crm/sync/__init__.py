"""The team: laptops that each keep their own SQLite file, synced through a stock PostgreSQL.

A layer beside domain, on storage, without Qt. Importing this package is cheap (no psycopg):
the CLI and the GUI name its errors and roles before anyone asks for a server.
"""

from __future__ import annotations

from typing import Any

ROLES = ("rep", "manager", "admin")


class Sentence(str):
    """A sentence for the user, in English, that keeps how it was made: ``text``, a format
    string with named fields, and its ``fields``. Read as a str it is the English sentence
    (logs, --json); the command line says it in the user's language from ``text`` (its
    Chinese is in cli/zh_cn_team.py, keyed by ``text``)."""

    text: str
    fields: dict[str, Any]

    def __new__(cls, text: str, **fields: Any) -> Sentence:
        said = super().__new__(cls, text.format(**fields) if fields else text)
        said.text, said.fields = text, fields
        return said


class ServerError(Exception):
    """A sentence for the user: what went wrong with the team server and what to do.
    ``ServerError("The login {login} exists already.", login=login)``: see Sentence."""

    def __init__(self, text: str, **fields: Any) -> None:
        self.sentence = text if isinstance(text, Sentence) else Sentence(text, **fields)
        super().__init__(self.sentence)


class PasswordNeeded(ServerError):
    """The server asks for a password and none was given (a terminal can ask for one)."""
