"""Backups at 100k customers: an automatic backup (backup-API snapshot in one read
transaction, quick check and customer count where the copy lies, thinning) and a manual one
(full integrity check, audit row), against copying the same file with the operating system
(what a careless backup would do, and the least any copy can cost)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from bench.harness import Figure, demo_database, report, summary, timings
from desktop_crm.storage import autobackup
from desktop_crm.storage.backup import backup
from desktop_crm.storage.db import open_database


def main() -> None:
    workdir = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")  # the backups go to the bench's folder
    db = workdir / "demo.sqlite3"
    source = sqlite3.connect(f"{demo_database().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(db)
    source.backup(target)
    target.close()
    source.close()
    store = open_database(db)
    counter = iter(range(1000))

    def file_copy() -> None:
        shutil.copyfile(db, workdir / f"copy-{next(counter)}.sqlite3")

    def automatic() -> None:
        autobackup.take(store, "daily")

    def manual() -> None:
        backup(store, workdir / f"manual-{next(counter)}.sqlite3", actor="bench")

    base = summary(timings(file_copy, repeat=5))
    auto = summary(timings(automatic, repeat=5))
    hand = summary(timings(manual, repeat=3))
    size = db.stat().st_size / 1e6
    store.close()
    report("Backup", [
        Figure("automatic backup (quick check), 100k", *auto, baseline="OS file copy of the same file",
               baseline_median_ms=base[0], target="on closing: a few seconds", notes={"file_mb": size}),
        Figure("backup DEST (full integrity check), 100k", *hand, baseline="OS file copy of the same file",
               baseline_median_ms=base[0], notes={"file_mb": size}),
    ])
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
