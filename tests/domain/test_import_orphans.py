"""The import's second process never outlives the program that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_crm.storage.db import open_database
from tests.domain.test_import_bulk import ROWS
from tests.domain.test_import import write_csv

pytestmark = pytest.mark.slow


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_killing_an_import_takes_its_second_process_along(tmp_path, how) -> None:
    path = write_csv(tmp_path / "big.csv", ROWS * 25)  # 75,000 rows: several seconds of work
    open_database(tmp_path / "crm.sqlite3").close()
    importer = subprocess.Popen(
        [sys.executable, "-m", "desktop_crm", "--db", str(tmp_path / "crm.sqlite3"),
         "import", str(path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        helpers: list[int] = []
        while not helpers and time.monotonic() < deadline:
            helpers = [c for c in children_of(importer.pid)
                       if b"multiprocessing" in Path(f"/proc/{c}/cmdline").read_bytes()]
            time.sleep(0.05)
        assert helpers, "the import did not start its second process"
        time.sleep(0.5)  # well into the file
        importer.send_signal(how)
        importer.wait(10)
        deadline = time.monotonic() + 10
        while any(alive(h) for h in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(h) for h in helpers)
    finally:
        if importer.poll() is None:
            importer.kill()
        for pid in children_of(importer.pid):
            os.kill(pid, signal.SIGKILL)
