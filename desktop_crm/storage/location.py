"""Where a database may live, checked before anything touches the file.

A database belongs on the computer's own disk, in a folder the user can write: SQLite's WAL
journal shares memory between the programs that have the file open, which a network share
cannot do, so a database on a share is refused with a sentence rather than opened and damaged
later. A file the user may read but not write (a read-only file, folder or disk) is opened
read-only. Every ``OSError`` on the way becomes a :class:`StorageError` that says what to do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from desktop_crm.storage import errors

# File systems whose files live on another computer (Linux /proc/mounts and macOS `mount` names).
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "ncpfs", "afs", "9p",
    "webdav", "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs", "osxfuse", "macfuse",
    "fuse.rclone", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive


@dataclass(frozen=True)
class Place:
    """What :func:`check_place` found: the file's resolved path, whether it holds a database
    already, and why it can only be read (None when it can be written)."""

    path: Path
    exists: bool
    read_only: str | None


def check_place(path: Path, *, create: bool) -> Place:
    """Check ``path`` before opening it; make its folder when a new database goes there.

    Raises :class:`~desktop_crm.storage.errors.StorageError` (one sentence) for a network
    share, a folder that cannot be made, a new database in a read-only place, or a file that
    is missing when ``create`` is false. A 0-byte file counts as an empty new database.
    """
    path = Path(path).expanduser()
    share = network_share(path)
    if share is not None:
        raise errors.NetworkPathError(path, share)
    try:
        path = path.resolve()
        if path.is_dir():
            raise errors.NotADatabaseError(path, "it is a folder")
        exists = path.exists()
        if not exists and not create:
            raise errors.StorageError(
                f"{path} does not exist. Check the path, or create a new database there."
            )
        if not exists:
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.from_os_error(exc, path) from exc
    reason = read_only_reason(path) if exists else None
    if reason is None and not os.access(path.parent, os.W_OK):
        reason = "its folder is read-only"
    if reason and (not exists or path.stat().st_size == 0):
        raise errors.StorageError(
            f"Cannot create a database in {path.parent}: {reason}. "
            "Choose a folder of your own, for example in Documents."
        )
    return Place(path, exists and path.stat().st_size > 0, reason)


def read_only_reason(path: Path) -> str | None:
    """Why an existing file can only be read, or None when it can be written."""
    if not os.access(path, os.W_OK):
        return "the disk is read-only" if _read_only_disk(path) else "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "the disk is read-only" if _read_only_disk(path) else "its folder is read-only"
    return None


def _read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


# --- network shares ------------------------------------------------------------------------

def network_share(
    path: PurePath, *, platform: str = sys.platform, mounts: list[tuple[str, str]] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """The network share ``path`` is on (its UNC root, drive or mount point), or None.

    ``platform``, ``mounts`` (mount point, file system type) and ``drive_type`` default to
    this computer's; tests pass other computers' to check the rules here.
    """
    if platform == "win32":
        return _windows_share(PureWindowsPath(str(path)), drive_type or _windows_drive_type)
    if mounts is None:
        mounts = _mounts(platform)
    text = str(_absolute(path) if isinstance(path, Path) else path)
    best = ("", "")
    for point, fstype in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best[0]):
            best = (point, fstype)
    return best[0] if best[1].lower() in NETWORK_FILE_SYSTEMS else None


def _windows_share(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    text = str(path)
    if text.startswith("\\\\?\\UNC\\"):  # long-path form of \\server\share
        return "\\\\" + "\\".join(text[8:].split("\\")[:2])
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):  # long path of a local drive
        path = PureWindowsPath(text[4:])
    elif text.startswith(("\\\\", "//")):
        return path.anchor.rstrip("\\/") or text
    if path.drive and drive_type(path.drive + "\\") == DRIVE_REMOTE:
        return path.drive
    return None


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def _absolute(path: PurePath) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except OSError:
        return Path(os.path.abspath(path))


def _mounts(platform: str) -> list[tuple[str, str]]:
    try:
        if platform.startswith("linux"):
            return parse_proc_mounts(Path("/proc/self/mounts").read_text())
        if platform == "darwin":
            out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5)
            return parse_bsd_mount(out.stdout)
    except (OSError, subprocess.SubprocessError):
        pass
    return []


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, type) from Linux's /proc/mounts (spaces in names are written \\040)."""
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            found.append((parts[1].replace("\\040", " "), parts[2]))
    return found


def parse_bsd_mount(text: str) -> list[tuple[str, str]]:
    """(mount point, type) from macOS's ``mount``: ``//u@srv/share on /Volumes/share (smbfs, …)``."""
    found = []
    for line in text.splitlines():
        head, sep, rest = line.rpartition(" (")
        _, on, point = head.partition(" on ")
        if sep and on:
            found.append((point, rest.split(",")[0].strip(" )")))
    return found
