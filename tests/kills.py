"""kill -9 at random moments of every long operation, then check that nothing was lost.

Used by tests/test_kills.py (a few seeded rounds in the suite) and bench/bench_kills.py (as
many rounds as asked). Each operation runs the real ``desktop-crm`` command on a copy of a
prepared database; a seeded random moment within its measured length, it is killed; then
the file must pass SQLite's integrity check and ``desktop-crm check``, hold either all or
none of the operation's rows, have no process of the run left behind, and, once the next
command has opened it, no temporary file of ours left anywhere.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MARK = "DESKTOP_CRM_KILL_RUN"   # set in every killed run, inherited by its children
LEFTOVER_SIGNS = (".desktop-crm-tmp", ".part", ".restoring", ".printing-")


@dataclass(frozen=True)
class Operation:
    name: str
    args: Callable[[Path, Path], list[str]]   # (database, scratch folder) -> CLI arguments
    allowed: Callable[[int], set[int]]        # customers before -> customer counts allowed after


@dataclass
class Outcome:
    operation: str
    moment: float
    problems: list[str] = field(default_factory=list)


def write_import_file(path: Path, rows: int) -> Path:
    """A GBK CSV with Chinese headers, as a till or an Excel export gives it."""
    with path.open("w", encoding="gbk", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["客户编号", "店名", "手机", "商圈", "备注"])
        for i in range(rows):
            out.writerow([f"K{i:06d}", f"顺发烟酒{i}", f"139{i:08d}", "北街商圈", "夜里进货"])
    return path


IMPORT_ROWS = 25_000  # over the second process's threshold: both processes get killed

OPERATIONS = (
    Operation("import", lambda db, tmp: ["--db", str(db), "import", str(tmp / "import.csv")],
              lambda before: {before, before + IMPORT_ROWS}),
    Operation("backup", lambda db, tmp: ["--db", str(db), "backup", str(tmp / "copy.sqlite3")],
              lambda before: {before}),
    Operation("export", lambda db, tmp: ["--db", str(db), "export", "customers", str(tmp / "list.xlsx")],
              lambda before: {before}),
    Operation("cards", lambda db, tmp: ["--db", str(db), "card", "print", "--all", "--tier", "key",
                                        "--out-dir", str(tmp / "cards")],
              lambda before: {before}),
    Operation("reindex", lambda db, tmp: ["--db", str(db), "reindex"], lambda before: {before}),
    Operation("score", lambda db, tmp: ["--db", str(db), "score"], lambda before: {before}),
    Operation("recover", lambda db, tmp: ["recover", str(db), str(tmp / "rescued.sqlite3")],
              lambda before: {before}),
)


def prepare_base(folder: Path, customers: int = 3000) -> Path:
    """The database every round starts from (a demo file), and the import file."""
    base = folder / "base.sqlite3"
    run(["--db", str(base), "demo", "--customers", str(customers), "--seed", "7"], check=True)
    write_import_file(folder / "import.csv", IMPORT_ROWS)
    return base


def run(args: list[str], env: dict[str, str] | None = None, check: bool = False) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "desktop_crm", *args], capture_output=True,
                          text=True, env=env)
    if check and done.returncode != 0:
        raise AssertionError(f"desktop-crm {' '.join(args)}: {done.stderr}")
    return done


def durations(base: Path, folder: Path) -> dict[str, float]:
    """How long each operation takes when left alone (the window the kill falls in)."""
    found = {}
    for op in OPERATIONS:
        work = _fresh(base, folder / f"time-{op.name}")
        started = time.monotonic()
        run(op.args(work / "crm.sqlite3", work), check=True)
        found[op.name] = time.monotonic() - started
    return found


def kill_round(op: Operation, base: Path, folder: Path, length: float, rng: random.Random) -> Outcome:
    work = _fresh(base, folder)
    db = work / "crm.sqlite3"
    before = _customers(db)
    marker = uuid.uuid4().hex
    env = {**os.environ, MARK: marker}
    moment = rng.uniform(0.05, 0.95) * length
    proc = subprocess.Popen([sys.executable, "-m", "desktop_crm", *op.args(db, work)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    time.sleep(moment)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    outcome = Outcome(op.name, moment)
    deadline = time.monotonic() + 5  # helpers notice their parent's death within moments
    while (survivors := _processes_marked(marker)) and time.monotonic() < deadline:
        time.sleep(0.1)
    if survivors:
        outcome.problems.append(f"processes left running: {survivors}")
        for pid in survivors:
            os.kill(pid, signal.SIGKILL)
    # the next command opens the file as a user's next start would (and cleans up after us)
    checked = run(["--db", str(db), "check"])
    if checked.returncode != 0:
        outcome.problems.append(f"check: {checked.stdout.strip()} {checked.stderr.strip()}")
    with sqlite3.connect(db) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        after = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    if integrity != "ok":
        outcome.problems.append(f"integrity: {integrity}")
    if after not in op.allowed(before):
        outcome.problems.append(f"customers {before} -> {after}: half an operation was kept")
    leftovers = [p.name for p in work.rglob("*") if any(s in p.name for s in LEFTOVER_SIGNS)]
    if leftovers:
        outcome.problems.append(f"leftovers: {sorted(leftovers)[:5]}")
    unrecorded = _unrecorded(work)
    if unrecorded:
        outcome.problems.append(f"files without their audit row: {unrecorded[:5]}")
    return outcome


def _unrecorded(work: Path) -> list[str]:
    """Files the operation made that no audit row names (a rescued file records its own
    making, so every database in the folder is read)."""
    made = [p for p in work.rglob("*") if p.is_file()
            and not p.name.startswith(("crm.sqlite3", "import.csv"))
            and not p.name.endswith(("-wal", "-shm", "-journal"))]
    details: list[str] = []
    for db in [work / "crm.sqlite3", *(p for p in made if p.suffix == ".sqlite3")]:
        with sqlite3.connect(db) as conn:
            details += [r[0] for r in conn.execute("SELECT detail FROM audit_log")]
    return sorted(p.name for p in made if not any(p.name in d for d in details))


def _fresh(base: Path, folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy(base, folder / "crm.sqlite3")
    shutil.copy(base.parent / "import.csv", folder / "import.csv")
    return folder


def _customers(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]


def _processes_marked(marker: str) -> list[int]:
    found = []
    needle = f"{MARK}={marker}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes():
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(int(entry.name))
        except OSError:
            continue
    return found
