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

import hashlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from desktop_crm import paths
from desktop_crm.storage import errors
from desktop_crm.storage.lock import lock_file, unlock_file

TEMP_MARK = ".desktop-crm-tmp"  # in every temporary file's name
NAME_MAX = 255                  # bytes in one file name on the file systems we meet
SIDECARS = ("-journal", "-wal", "-shm")  # the files SQLite keeps beside a database
SIDE_FILES = ("", *SIDECARS)


def temporary(dest: Path) -> Path:
    """The name ``dest`` is written under before it is complete: hidden, beside it, with
    :data:`TEMP_MARK`, and no longer than a file name may be (a long name is shortened and
    told apart by a digest of the whole name)."""
    longest = NAME_MAX - len("-journal")  # SQLite's side files must fit too
    mark = f".{os.getpid()}{TEMP_MARK}"  # two writers of one file never share a temporary
    name = f".{dest.name}{mark}"
    if len(name.encode("utf-8")) <= longest:
        return dest.with_name(name)
    tag = "-" + hashlib.sha256(dest.name.encode("utf-8")).hexdigest()[:12]
    room = longest - len(f".{tag}{mark}".encode("utf-8"))
    stem = dest.name.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return dest.with_name(f".{stem}{tag}{mark}")


def registry() -> Path:
    return paths.data_dir() / "temporaries"


@contextmanager
def tracked(dest: Path) -> Iterator[Path]:
    """The temporary path to write ``dest`` under, registered until the block ends; the
    temporary (and any SQLite side files) is removed at the end unless it was renamed."""
    with hold(temporary(Path(dest)), Path(dest)) as tmp:
        yield tmp


@contextmanager
def hold(tmp: Path, shown: Path | None = None) -> Iterator[Path]:
    """Create ``tmp`` (a name with :data:`TEMP_MARK`) empty and private (0600, whatever the
    umask), register it for as long as the block runs, and remove it and its side files at
    the end unless it was renamed. A place that cannot take it raises a
    :class:`~desktop_crm.storage.errors.StorageError` naming ``shown`` (the file the user
    asked for), not the hidden temporary name."""
    entry = _register(tmp)  # first: a kill right after the file appears leaves it named
    try:
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        except OSError as exc:
            raise errors.from_os_error(
                OSError(exc.errno, exc.strerror, str(shown or tmp))) from exc
        yield tmp
    finally:
        gone = remove(tmp)
        if entry is not None:
            handle, path = entry
            unlock_file(handle)
            handle.close()
            if gone:  # else the entry stays, and the next start tries again
                path.unlink(missing_ok=True)


def sidecars(path: Path) -> list[Path]:
    """The journal files SQLite has beside ``path`` now (none for a closed, tidy file)."""
    return [p for p in (Path(f"{path}{s}") for s in SIDECARS) if p.exists()]


def remove(tmp: Path) -> bool:
    """Remove ``tmp`` and SQLite's side files; whether none is left."""
    gone = True
    for suffix in SIDE_FILES:
        side = Path(f"{tmp}{suffix}")
        try:
            side.unlink(missing_ok=True)
        except OSError:
            gone = gone and not os.path.lexists(side)
    return gone


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
        gone = True
        if TEMP_MARK in tmp.name and tmp.exists():
            gone = remove(tmp)
            if gone:
                removed.append(tmp)
        unlock_file(handle)
        handle.close()
        if gone:
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
