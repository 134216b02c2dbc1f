"""Real small disks for tests of full-disk failures: a tmpfs of a few hundred KB mounted in
the test (as root, as in CI) and filled to the last byte. The mount is undone by the caller's
fixture, as ``read_only_folder`` in conftest.py does."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def need_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root (CI runs as root)")


@contextmanager
def small_disk(folder: Path, size: str = "512k") -> Iterator[Path]:
    """``folder`` as a tmpfs of ``size``, unmounted at the end."""
    need_root()
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of ``folder``'s disk with a filler file; returns the filler."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    fh.write(b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    return filler


def checkpoint(path: Path) -> None:
    """Empty the database's WAL, so its next write needs new space on the disk."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
