"""Errors the storage layer raises, each with one sentence a user can act on."""

from __future__ import annotations

import errno
from pathlib import Path

from desktop_crm.storage.driver import sqlite3


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


class PassphraseNeeded(StorageError):
    """The file is encrypted and no passphrase was given; ask for one and try again."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(
            f"{self.path.name} is encrypted: give its passphrase (in a script, set "
            "DESKTOP_CRM_PASSPHRASE)."
        )


class WrongPassphrase(StorageError):
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(
            f"The passphrase is wrong; {self.path.name} was not changed — type it again, "
            "minding capital letters and the keyboard layout."
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


class DamagedError(StorageError):
    def __init__(self, path: Path | str, detail: str = "") -> None:
        # SQLite's report starts with "*** in database main ***" on a line of its own
        lines = [line for line in detail.splitlines() if line and not line.startswith("***")]
        detail = lines[0] if lines else ""
        super().__init__(
            f"{path} is damaged{f' ({detail})' if detail else ''}, so nothing will be written "
            "to it. Rescue what can be read into a new file with File ▸ Recover… "
            "(desktop-crm recover), or restore a backup."
        )


class FileNameError(StorageError):
    """This one file's name cannot be written (too long, a folder already there); other
    files in the same place can."""


class ReadOnlyError(StorageError):
    def __init__(self, path: Path | str, reason: str = "it is read-only") -> None:
        super().__init__(
            f"{path} is open read-only ({reason}), so changes cannot be saved. To edit it, "
            "copy it to a folder of your own and open the copy."
        )


class NetworkPathError(StorageError):
    def __init__(self, path: Path | str, share: str) -> None:
        super().__init__(
            f"{path} is on a network drive ({share}). A desktop-crm database must live on this "
            "computer's own disk, because its journal does not work over a network: copy the "
            "file to your Documents folder and open the copy."
        )


def from_os_error(exc: OSError, path: Path | str | None = None) -> StorageError:
    """The sentence for a failure of the operating system around ``path`` (the file the
    error names wins; without either, the sentence names no file)."""
    path = exc.filename or path
    code = exc.errno
    if path is None:
        if code == errno.ENOSPC:
            return StorageError("The disk is full; nothing was saved. Free some space, then try again.")
        return StorageError(f"The operating system refused: {exc.strerror or exc}.")
    folder = Path(path).parent
    if code == errno.ENOSPC:
        return DiskFullError(path)
    if code in (errno.EACCES, errno.EPERM):
        return StorageError(
            f"desktop-crm may not use {exc.filename or path}: permission denied. Choose a "
            "folder of your own (for example in Documents), or ask whoever manages this computer."
        )
    if code == errno.EROFS:
        return StorageError(
            f"{folder} is on a read-only disk. Choose a folder on a disk you can write to."
        )
    if code == errno.ENAMETOOLONG:
        return StorageError(
            f"The name {Path(path).name[:40]}… is too long for this disk. Choose a shorter name."
        )
    if code in (errno.ENOLCK, errno.EOPNOTSUPP):
        return StorageError(
            f"The disk holding {path} cannot lock files, so two programs could damage the "
            "database. Keep the database on this computer's own disk."
        )
    if code == errno.ENOENT:
        return StorageError(f"The folder {folder} does not exist and could not be made.")
    reason = exc.strerror or str(exc)
    return StorageError(f"Cannot use {path}: {reason}.")


def translate(exc: sqlite3.Error, path: Path | str) -> StorageError | None:
    """The user-facing error for a low-level SQLite failure, or None to re-raise it as is."""
    message = str(exc).lower()
    if "database or disk is full" in message or "disk i/o error" in message:
        return DiskFullError(path)
    if "readonly database" in message:
        return ReadOnlyError(path)
    if "database is locked" in message or "database is busy" in message:
        return DatabaseBusyError(path)
    if "malformed" in message:
        return DamagedError(path, str(exc))
    if "file is not a database" in message:
        return NotADatabaseError(Path(path), "it is damaged or not a SQLite database")
    return None
