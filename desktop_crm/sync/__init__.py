"""The team: laptops that each keep their own SQLite file, synced through a stock PostgreSQL.

A layer beside domain, on storage, without Qt. Importing this package is cheap (no psycopg):
the CLI and the GUI name its errors and roles before anyone asks for a server.
"""

from __future__ import annotations

ROLES = ("rep", "manager", "admin")


class ServerError(Exception):
    """A sentence for the user: what went wrong with the team server and what to do."""


class PasswordNeeded(ServerError):
    """The server asks for a password and none was given (a terminal can ask for one)."""
