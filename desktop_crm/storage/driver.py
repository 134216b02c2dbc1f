"""The one SQLite driver every connection goes through: SQLCipher's build of SQLite.

Plain and encrypted files take the same path, so exception classes and row types are one
family everywhere: ``from desktop_crm.storage.driver import sqlite3`` instead of the standard
library's module (which is a different SQLite, without encryption, whose exceptions would not
match). A plain file opened through it is an ordinary SQLite file that any SQLite tool reads.
Connections are made in :mod:`desktop_crm.storage.db` only; this module says which files are
encrypted and how a connection is given its key.
"""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite3

__all__ = ["PLAIN_HEADER", "is_encrypted", "quote", "sqlite3", "use_key"]

PLAIN_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every plain SQLite file
SMALLEST_PAGE = 512  # an encrypted file is whole pages of at least this size


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an encrypted database: not a plain SQLite header, and whole
    pages (an encrypted file shows nothing else; a CSV or a picture is rarely whole pages)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return header != PLAIN_HEADER and size > 0 and size % SMALLEST_PAGE == 0


def quote(text: str) -> str:
    """``text`` as an SQL string literal (PRAGMA and ATTACH take no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def use_key(conn: sqlite3.Connection, passphrase: str | None) -> None:
    """Give a new connection its key: the first statement on it, before anything reads the
    file. SQLCipher's default (4.x) settings derive the key from the passphrase. A wrong
    passphrase shows at the first read, as "file is not a database"."""
    _quiet()
    if passphrase is not None:
        conn.execute(f"PRAGMA key = {quote(passphrase)}")


_quieted = False


def _quiet() -> None:
    """SQLCipher writes its own log lines to stderr (a wrong passphrase gives three "ERROR
    CORE … hmac check failed"); our users get one sentence instead. The level is one setting
    for the whole process, so it is set once."""
    global _quieted
    if not _quieted:
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _quieted = True
