"""``desktop-crm backup`` and ``backups`` as a script or a person runs them: real files, real
processes, one sentence and a documented exit code for every refusal, and nothing half-written
after a kill."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_crm.storage import autobackup
from desktop_crm.storage.audit import TEMP_MARK
from desktop_crm.storage.backup import integrity_problem

EXIT_DESTINATION = 6


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def customers_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def desktop_crm(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_crm", "--db", str(db), "--lang", "en", *args],
                          capture_output=True, text=True,
                          timeout=600)  # a 5,000-customer demo on a busy machine


def test_an_existing_file_is_refused_with_one_sentence_and_exit_code_6(cli, tmp_path) -> None:
    cli("add", "code=A1", "name=明佳烟酒")
    report = tmp_path / "report.csv"
    report.write_text("客户,电话\n")
    code, out, err = cli("backup", str(report))
    assert (code, out) == (EXIT_DESTINATION, "")
    assert err.count("\n") == 1 and "already exists" in err and "--replace" in err
    assert report.read_text() == "客户,电话\n"

    code, out, err = cli("backup", str(report), "--replace")
    assert code == 0 and err == ""
    assert "verified (1 customers)" in out and "report.replaced-" in out
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("report.replaced-")]
    assert aside.read_text() == "客户,电话\n" and customers_in(report) == 1


def test_a_stale_wal_beside_the_destination_is_refused(cli, tmp_path) -> None:
    from tests.storage.test_backup import killed_writer

    cli("add", "code=A1", "name=明佳烟酒")
    dest = tmp_path / "b.sqlite3"
    killed_writer(dest)
    before = digest(dest)
    code, _, err = cli("backup", str(dest), "--replace")
    assert code == EXIT_DESTINATION and "b.sqlite3-wal beside it" in err and err.count("\n") == 1
    assert digest(dest) == before


def test_backups_lists_newest_first_with_reason_size_and_customers(cli, db_path) -> None:
    cli("add", "code=A1", "name=明佳烟酒")
    assert cli("backup")[0] == 0  # no DEST: into the database's backup folder
    cli("add", "code=A2", "name=鑫源超市")
    cli("delete", "A2")
    assert cli("trash", "purge", "A2", "--yes")[0] == 0  # an automatic backup first
    code, out, _ = cli("backups")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["taken", "reason", "size", "customers", "file"]
    assert [line.split()[2] for line in lines[1:3]] == ["purge", "manual"]
    assert [line.split()[5] for line in lines[1:3]] == ["1", "1"]  # A2 was in the trash
    assert lines[-1] == f"in {autobackup.folder(db_path)}"


def test_restore_keeps_the_current_file_as_a_backup_and_is_audited(cli, db_path, tmp_path) -> None:
    cli("add", "code=A1", "name=明佳烟酒")
    assert cli("backup", str(tmp_path / "saved.sqlite3"))[0] == 0
    cli("add", "code=A2", "name=鑫源超市")
    code, out, _ = cli("restore", str(tmp_path / "saved.sqlite3"))
    assert code == 0
    [kept] = autobackup.listing(db_path)
    assert kept.reason == "restore" and kept.customers() == 2 and f"kept as {kept.path}" in out
    assert customers_in(db_path) == 1
    conn = sqlite3.connect(db_path)
    [(detail,)] = conn.execute("SELECT detail FROM audit_log WHERE action = 'restore'").fetchall()
    conn.close()
    assert "saved.sqlite3" in detail and str(kept.path) in detail


def test_backups_of_a_database_without_any(cli, db_path) -> None:
    cli("add", "code=A1", "name=明佳烟酒")
    code, out, _ = cli("backups")
    assert code == 0 and out.startswith("no backups of")


def backup_process(db: Path, dest: Path, replace: bool = False) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_crm", "--db", str(db), "backup", str(dest),
         *(["--replace"] if replace else [])],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for_temporary(folder: Path, child: subprocess.Popen) -> float:
    """When the backup's temporary file appeared beside its destination."""
    while child.poll() is None and not any(TEMP_MARK in p.name for p in folder.iterdir()):
        time.sleep(0.005)
    return time.perf_counter()


@pytest.fixture(scope="module")
def largish(tmp_path_factory) -> Path:
    """A 5,000-customer demo database (about 30 MB), built once for the kill tests."""
    path = tmp_path_factory.mktemp("largish") / "shop.sqlite3"
    done = desktop_crm(path, "demo", "--customers", "5000", "--seed", "7")
    assert done.returncode == 0, done.stderr
    return path


@pytest.mark.slow
def test_a_killed_backup_leaves_no_half_file_and_the_database_intact(largish, tmp_path) -> None:
    """kill -9 at seeded random moments of `backup` (to a new file, and replacing one): the
    destination is either absent (or the old file, untouched) or a complete, verified backup
    with its audit row; the database is intact; the next command sweeps the leftovers."""
    db = tmp_path / largish.name
    db.write_bytes(largish.read_bytes())
    # how long the copy takes once its temporary file appears (the start-up before is long)
    child = backup_process(db, tmp_path / "timing.sqlite3")
    writing = wait_for_temporary(tmp_path, child)
    assert child.wait(60) == 0
    duration = time.perf_counter() - writing
    expected = customers_in(db)
    old = tmp_path / "old.sqlite3"
    old.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))  # someone else's file
    old_digest = digest(old)

    rng = random.Random(13)
    outcomes = []
    for round_ in range(8):
        replace = round_ % 2 == 1
        dest = tmp_path / ("old.sqlite3" if replace else f"new-{round_}.sqlite3")
        child = backup_process(db, dest, replace)
        wait_for_temporary(tmp_path, child)
        time.sleep(rng.uniform(0, duration * 1.2))  # while writing, verifying, or just after
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        finished = child.returncode == 0
        outcomes.append(finished)

        asides = sorted(tmp_path.glob("old.replaced-*.sqlite3"))
        if dest.exists() and digest(dest) != old_digest:
            assert integrity_problem(dest) is None and customers_in(dest) == expected
            conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
            details = [r[0] for r in conn.execute("SELECT detail FROM audit_log WHERE action = 'backup'")]
            conn.close()
            assert any(str(dest) in d for d in details)  # no backup without its audit row
            if replace:
                assert old_digest in {digest(a) for a in asides}
                dest.unlink()
                old.write_bytes(asides[-1].read_bytes())
        elif replace:
            assert digest(dest) == old_digest  # the old file is untouched
        for aside in asides:
            if digest(aside) == old_digest and digest(old) == old_digest:
                aside.unlink()  # a second name of the old file: keep the next round tidy

        check = desktop_crm(db, "check")
        assert check.returncode == 0, check.stdout + check.stderr  # intact, and it swept
        assert customers_in(db) == expected
        left = [p.name for p in tmp_path.iterdir() if TEMP_MARK in p.name or p.name.endswith(".part")]
        assert left == []
        assert not [p for p in autobackup.folder(db).glob(f"*{TEMP_MARK}*")]
    assert 2 <= outcomes.count(False), "the kills must land while backups are being written"
