"""Temporary files that no crash or kill -9 can leave behind.

Everything we write in full before showing it (a backup, an export, a PDF, a rescued
database) is written under a temporary name first and renamed when done. A process killed
in between cannot remove its half-file, so each one is registered while it exists: a small
entry in the data folder naming it, locked for as long as its writer lives. The next start
(:func:`clean_leftovers`) removes the half-files whose entry is no longer locked, wherever
they were being written: beside the database, in the backup folder, in the folder an export
was going to. A file is only removed if its name carries :data:`TEMP_MARK`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from desktop_crm import paths
from desktop_crm.storage.lock import lock_file, unlock_file

TEMP_MARK = ".desktop-crm-tmp"  # in every temporary file's name
SIDE_FILES = ("", "-wal", "-shm", "-journal")  # SQLite's companions of a database file


def temporary(dest: Path) -> Path:
    """The name ``dest`` is written under before it is complete (hidden, marked)."""
    return dest.with_name(f".{dest.name}{TEMP_MARK}")


def registry() -> Path:
    return paths.data_dir() / "temporaries"


@contextmanager
def tracked(dest: Path) -> Iterator[Path]:
    """The temporary path to write ``dest`` under, registered until the block ends; the
    temporary (and any SQLite side files) is removed at the end unless it was renamed."""
    tmp = temporary(Path(dest))
    entry = _register(tmp)
    try:
        yield tmp
    finally:
        remove(tmp)
        if entry is not None:
            handle, path = entry
            unlock_file(handle)
            handle.close()
            path.unlink(missing_ok=True)


def remove(tmp: Path) -> None:
    for suffix in SIDE_FILES:
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def clean_leftovers() -> list[Path]:
    """Remove the half-files of runs that died; the ones removed."""
    removed: list[Path] = []
    try:
        entries = list(registry().iterdir())
    except OSError:
        return removed
    for path in entries:
        try:
            handle = path.open("r+", encoding="utf-8")
        except OSError:
            continue
        try:
            lock_file(handle)
        except OSError:  # its writer is still at work
            handle.close()
            continue
        tmp = Path(handle.read().strip())
        if TEMP_MARK in tmp.name and tmp.exists():
            remove(tmp)
            removed.append(tmp)
        unlock_file(handle)
        handle.close()
        path.unlink(missing_ok=True)
    return removed


def _register(tmp: Path) -> tuple[IO[str], Path] | None:
    """An entry naming ``tmp``, locked; None when the data folder cannot take one (the
    write goes ahead: only the clean-up after a kill is lost)."""
    path = registry() / uuid.uuid4().hex
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = path.open("w+", encoding="utf-8")
    except OSError:
        return None
    try:
        lock_file(handle)
        handle.write(str(tmp.resolve()))
        handle.flush()
    except OSError:
        handle.close()
        path.unlink(missing_ok=True)
        return None
    return handle, path
