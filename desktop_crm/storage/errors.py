"""Errors the storage layer raises, each with one sentence a user can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StorageError(Exception):
    """A problem with the database file; ``str(err)`` is meant for the user."""


class NotADatabaseError(StorageError):
    def __init__(self, path: Path, detail: str = "it is not a SQLite database") -> None:
        super().__init__(
            f"Cannot open {path}: {detail}. The file was left untouched; "
            "choose a desktop-crm database file (*.sqlite3) or create a new one."
        )


class SchemaTooNewError(StorageError):
    def __init__(self, path: Path, unknown: list[str]) -> None:
        super().__init__(
            f"{path} was written by a newer version of desktop-crm "
            f"(unknown schema steps: {', '.join(unknown)}). The file was left untouched; "
            "update desktop-crm to open it."
        )


class DatabaseBusyError(StorageError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"{path} is in use by another desktop-crm window or program. "
            "Close it there, then try again."
        )


class DiskFullError(StorageError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(
            f"The disk holding {path} is full; nothing was saved. "
            "Free some space, then try again."
        )


def translate(exc: sqlite3.Error, path: Path | str) -> StorageError | None:
    """The user-facing error for a low-level SQLite failure, or None to re-raise it as is."""
    message = str(exc).lower()
    if "database or disk is full" in message or "disk i/o error" in message:
        return DiskFullError(path)
    if "database is locked" in message or "database is busy" in message:
        return DatabaseBusyError(path)
    if "file is not a database" in message or "malformed" in message:
        return NotADatabaseError(Path(path), "it is damaged or not a SQLite database")
    return None
