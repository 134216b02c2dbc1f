"""Everything the app writes is private to the user (0600 files in 0700 folders), unless an
export is asked to be shared."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps files private by ACL")
def test_database_backups_exports_and_folders_are_private(tmp_path) -> None:
    home = tmp_path / "home"
    data = home / ".local/share/desktop-crm"
    data.mkdir(parents=True)
    data.chmod(0o755)  # as an older version left it
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share")}
    env.pop("DESKTOP_CRM_DB", None)

    def cli(*args: str) -> None:
        done = subprocess.run([sys.executable, "-m", "desktop_crm", *args], env=env,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

    os.umask(0o022)  # a typical login's: would make everything world-readable
    cli("add", "name=明佳烟酒", "phone=13912348866")
    db = data / "desktop-crm.sqlite3"
    cli("export", "customers", str(tmp_path / "list.csv"))
    cli("export", "customers", str(tmp_path / "shared.csv"), "--shared")
    cli("backup")
    backups = [p for p in (data / "backups").rglob("*.sqlite3")]

    assert mode(data) == 0o700 and mode(data / "backups") == 0o700
    assert mode(db) == 0o600
    assert backups and all(mode(p) == 0o600 for p in backups)
    assert mode(tmp_path / "list.csv") == 0o600
    assert mode(tmp_path / "shared.csv") == 0o644
    assert all(mode(p) == 0o600 for p in data.iterdir() if p.is_file())  # -wal, -shm, lock
