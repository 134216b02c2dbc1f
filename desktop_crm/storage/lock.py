"""A lock file that says "this database is open in a desktop-crm window".

The GUI holds it for as long as a database is open; operations that replace the file
(restore) refuse to run while another process holds it. The operating system releases the
lock when the process dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from desktop_crm.storage.errors import DatabaseBusyError, from_os_error


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseBusyError` when another process has it (a
        :class:`StorageError` with its sentence when the lock file cannot be made)."""
        try:
            fh = open(self.path, "a+")
        except OSError as exc:
            raise from_os_error(exc, self.path.with_suffix("")) from exc
        try:
            lock_file(fh)
        except OSError:
            fh.close()
            raise DatabaseBusyError(self.path.with_suffix("")) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            unlock_file(self._fh)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def lock_file(fh: IO[str]) -> None:
        """Lock ``fh`` for this process or raise OSError at once (another process has it)."""
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def unlock_file(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def lock_file(fh: IO[str]) -> None:
        """Lock ``fh`` for this process or raise OSError at once (another process has it)."""
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock_file(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
