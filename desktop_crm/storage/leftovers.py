"""Temporary files: made private and held while they are written, swept away after a crash.

Every file desktop-crm writes before it is in place carries ``audit.TEMP_MARK`` in its name
(see :func:`desktop_crm.storage.audit.temporary`). A writer makes it through :func:`hold`:
the file is created 0600 (only its owner may read a copy of customer data) and locked for
as long as it is being written. :func:`sweep`, called whenever a database is opened, removes
the temporary files a killed process left beside that database and in its backup folder —
never one that a live process still holds, and never a file that is not ours.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_crm.storage import errors
from desktop_crm.storage.audit import TEMP_MARK

SIDECARS = ("-journal", "-wal", "-shm")  # the files SQLite keeps beside a database
LOCK_SUFFIX = "-lock"  # beside a temporary file while it is written


def sidecars(path: Path) -> list[Path]:
    """The journal files SQLite has beside ``path`` now (none for a closed, tidy file)."""
    return [p for p in (Path(f"{path}{s}") for s in SIDECARS) if p.exists()]


def remove(path: Path) -> None:
    """Remove ``path`` and its journal files, if they exist."""
    for p in (path, *(Path(f"{path}{s}") for s in SIDECARS)):
        p.unlink(missing_ok=True)


@contextmanager
def hold(path: Path) -> Iterator[Path]:
    """Create ``path`` empty and private (0600), and hold it for the duration of the block so
    that :func:`sweep` in another process leaves it alone. A leftover of a killed writer at
    the same name is removed first; one that a live writer holds raises ``StorageError``.
    ``path`` itself is not removed at the end: its writer renames or removes it.

    The hold is a lock on a file of its own (``PATH-lock``): SQLite takes its own locks on
    ``path``, and on some systems a second kind of lock on the same file would meet them."""
    busy = errors.StorageError(
        f"{path.name} is being written by another desktop-crm right now; wait for it to "
        "finish, then try again."
    )
    if _held(path):
        raise busy
    lock = _lock_file(path)
    try:
        remove(path)
        lock.unlink(missing_ok=True)
        lock_fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise busy from None  # another writer took it between our look and now
    except OSError as exc:
        raise errors.from_os_error(exc, path) from exc
    try:
        _lock(lock_fd)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
        yield path
    except OSError as exc:
        raise errors.from_os_error(exc, path) from exc
    finally:
        os.close(lock_fd)  # by now ``path`` was renamed or removed by its writer
        lock.unlink(missing_ok=True)


def sweep(db_path: Path, folders: tuple[Path, ...] = ()) -> list[Path]:
    """Remove what killed writers left beside ``db_path`` and in ``folders`` (its backup
    folder); returns what was removed. Errors are ignored: a file that cannot be removed
    now is tried again at the next start."""
    removed = []
    legacy = f"{db_path.name}.restoring"  # the name restore used before TEMP_MARK
    for folder in (db_path.parent, *folders):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if not (TEMP_MARK in name or name.startswith(legacy)):
                continue
            base = entry.with_name(_strip_sidecar(name))
            try:
                if entry.is_file() and not _held(base):
                    entry.unlink()
                    removed.append(entry)
            except OSError:
                continue
    return removed


def _strip_sidecar(name: str) -> str:
    for suffix in (*SIDECARS, LOCK_SUFFIX):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _lock_file(path: Path) -> Path:
    return Path(f"{path}{LOCK_SUFFIX}")


def _held(path: Path) -> bool:
    """Whether a live writer holds ``path`` (see :func:`hold`)."""
    return _lock_held(_lock_file(path))


if sys.platform == "win32":
    # The open lock file is the hold: Windows refuses to delete a file another process has open.
    def _lock(fd: int) -> None:
        return None

    def _lock_held(lock: Path) -> bool:
        try:
            lock.unlink()
        except FileNotFoundError:
            return False
        except OSError:
            return True
        return False

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)

    def _lock_held(lock: Path) -> bool:
        try:
            fd = os.open(lock, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)
        return False
