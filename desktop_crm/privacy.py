"""Files the app writes are the user's alone: created 0600 in 0700 folders.

Customer data (phones, addresses, notes) must not be readable by other accounts on a shared
computer. Rather than remember a mode at every ``open``, the process's umask is set once at
start-up, so the database, its journal, backups, exports, PDFs and logs are all born private;
the app's own folders are made private too, including ones an older version left open. An
export meant for a shared folder opts out with :func:`share`. (On Windows, files under the
user's profile are private through its access control lists; umask changes nothing there.)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_crm import paths

PRIVATE_UMASK = 0o077
SHARED_MODE = 0o644


def make_private() -> None:
    """Call once, first thing: new files 0600, new folders 0700; our folders made 0700."""
    if sys.platform == "win32":
        return
    os.umask(PRIVATE_UMASK)
    for folder in (paths.data_dir(), paths.backup_dir(), paths.log_dir()):
        try:
            if folder.is_dir() and folder.stat().st_mode & 0o077:
                folder.chmod(0o700)
        except OSError:
            pass  # not ours to change (a managed profile): the files inside are still 0600


def share(path: Path) -> None:
    """Let other accounts read ``path`` (an export for a shared folder, on request)."""
    if sys.platform != "win32":
        path.chmod(SHARED_MODE)
