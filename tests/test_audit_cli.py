"""The audit trail from the command line: what ``show`` and ``--json`` record, ``audit``
listing the log, ``check`` naming a tampered row, one sentence for every export that cannot
be written or recorded, and batch prints killed at random moments never leaving a file
without its row."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_crm.cli import main
from desktop_crm.domain.plans import PlanService
from desktop_crm.storage import audit
from desktop_crm.storage.check import problems
from desktop_crm.storage.db import open_database
from desktop_crm.storage.temporaries import clean_leftovers
from tests.disks import checkpoint, fill, small_disk
from tests.domain.test_plans import sample

CODE = "420381104741"


@pytest.fixture
def with_plan(store, customers, mingjia) -> int:
    plans = PlanService(store, "李娟")
    plans.save(sample(plans, mingjia))
    customers.create({"name": "文博便利店", "code": "420381100099", "phone": "13800001111"})
    store.close()  # the command opens the file itself
    return mingjia


def run(db: Path, *args: str, capsys) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--lang", "zh", *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in conn.execute("SELECT action, detail FROM audit_log ORDER BY id")]
    finally:
        conn.close()


def one_sentence(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("desktop-crm: ") and "Traceback" not in err, err
    return err.strip()


# --- what is recorded --------------------------------------------------------------------

def test_show_and_every_json_dump_are_recorded(cli, db_path, with_plan) -> None:
    assert cli("show", CODE)[0] == 0
    assert cli("show", CODE, "--json")[0] == 0
    code, out, _ = cli("search", "明佳", "--json")
    assert code == 0 and CODE in out
    assert cli("agenda", "--json")[0] == 0
    assert cli("staff", "list", "--json")[0] == 0
    assert cli("search", "明佳")[0] == 0  # a plain search is ordinary use: not recorded
    assert rows(db_path) == [
        ("show", f"{CODE} 明佳烟酒"),
        ("show", f"{CODE} 明佳烟酒 (JSON)"),
        ("dump_json", "search '明佳': 1 customers"),
        ("dump_json", "agenda: 0 follow-ups of 0 customers"),
        ("dump_json", "staff figures: 0 staff, no customers"),
    ]


def test_audit_lists_the_log_with_filters_and_its_json_is_recorded(cli, db_path, with_plan, tmp_path,
                                                                   capsys) -> None:
    assert cli("card", "print", CODE, "-o", str(tmp_path / "card.pdf"))[0] == 0
    assert cli("export", "customers", str(tmp_path / "all.csv"))[0] == 0
    code, out, _ = cli("audit")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "at", "actor", "machine", "action", "detail"]
    assert "print_card" in lines[1] and "测试员" not in lines[1] and "export" in lines[2]
    code, out, _ = cli("audit", "--action", "print")
    assert code == 0 and len(out.splitlines()) == 2 and "card.pdf" in out
    assert cli("audit", "--since", "2999-01-01")[1] == "no audit rows match\n"
    code, out, _ = cli("audit", "--json", "--action", "export")
    assert code == 0 and '"action": "export"' in out and "print_card" not in out
    assert rows(db_path)[-1] == ("dump_json", "audit log: 1 rows")
    with pytest.raises(SystemExit) as usage:
        cli("audit", "--since", "yesterday")
    assert usage.value.code == 2 and "'yesterday' is not a date" in capsys.readouterr().err


def test_check_names_a_row_removed_behind_the_apps_back(cli, db_path, with_plan, tmp_path) -> None:
    for n in range(3):
        assert cli("card", "print", CODE, "-o", str(tmp_path / f"card{n}.pdf"))[0] == 0
    assert cli("check") == (0, f"{db_path}: ok\n", "")
    conn = sqlite3.connect(db_path, isolation_level=None)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 2")
    conn.close()
    code, out, _ = cli("check")
    assert code == 5
    assert "audit log row 3 does not follow row 1: a row between them was removed" in out
    assert "audit_log_no_delete is missing" in out and "keep this file as it is" in out


# --- one sentence, no file ------------------------------------------------------------------

def test_a_read_only_database_refuses_exports_and_shows(db_path, with_plan, read_only_folder,
                                                        tmp_path, capsys) -> None:
    folder = read_only_folder(lambda f: shutil.copy(db_path, f / "crm.sqlite3"))
    db = folder / "crm.sqlite3"
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(db, "export", "customers", str(out / "list.csv"), capsys=capsys)
    assert code == 1
    assert one_sentence(err) == (
        "desktop-crm: list.csv was not written, because it must be recorded in the audit log "
        "and crm.sqlite3 can only be read (the disk is read-only): copy it to a folder of your "
        "own and open the copy.")
    code, _, err = run(db, "card", "print", CODE, "-o", str(out / "card.pdf"), capsys=capsys)
    assert code == 1 and "card.pdf was not written" in one_sentence(err)
    code, stdout, err = run(db, "show", CODE, capsys=capsys)
    assert code == 1 and stdout == "" and one_sentence(err).startswith("desktop-crm: Nothing was shown")
    code, stdout, err = run(db, "search", "明佳", "--json", capsys=capsys)
    assert code == 1 and stdout == "" and "Nothing was shown" in err
    assert list(out.iterdir()) == []


def test_a_full_database_disk_refuses_a_print(with_plan, db_path, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with small_disk(tmp_path / "disk", "8m") as disk:
        db = disk / "crm.sqlite3"
        shutil.copy(db_path, db)
        open_database(db).close()
        keeper = sqlite3.connect(db)  # the app open in a window: its -wal and -shm stay
        keeper.execute("SELECT count(*) FROM customers").fetchone()
        checkpoint(db)
        fill(disk)
        code, _, err = run(db, "card", "print", CODE, "-o", str(out / "card.pdf"), capsys=capsys)
        keeper.close()
        assert code == 1
        assert one_sentence(err) == (
            f"desktop-crm: card.pdf was not written, because it must be recorded in the audit log "
            f"and the disk holding {db} is full: free some space, then try again.")
    assert list(out.iterdir()) == []


def test_a_full_export_disk_says_so_and_leaves_nothing(with_plan, db_path, tmp_path, capsys) -> None:
    with small_disk(tmp_path / "usb", "32k") as usb:
        code, _, err = run(db_path, "plan", "print", "--all", "-o", str(usb / "all.pdf"), capsys=capsys)
        assert code == 1
        assert one_sentence(err) == (f"desktop-crm: The disk holding {usb / 'all.pdf'} is full; "
                                     "nothing was saved. Free some space, then try again.")
        assert list(usb.iterdir()) == []
    assert [a for a, _ in rows(db_path)] == []


def test_a_read_only_folder_and_a_name_too_long(with_plan, db_path, read_only_folder, tmp_path,
                                                capsys) -> None:
    folder = read_only_folder(lambda f: None)
    code, _, err = run(db_path, "export", "customers", str(folder / "list.csv"), capsys=capsys)
    assert code == 1 and "read-only" in one_sentence(err) and audit.TEMP_MARK not in err
    long = tmp_path / ("明佳烟酒" * 25 + ".pdf")
    code, _, err = run(db_path, "card", "print", CODE, "-o", str(long), capsys=capsys)
    assert code == 1 and one_sentence(err).endswith("is too long for this disk. Choose a shorter name.")
    assert rows(db_path) == [] and not [p for p in tmp_path.iterdir() if audit.TEMP_MARK in p.name]


# --- kill -9 in the middle of a batch ---------------------------------------------------------

@pytest.mark.slow
def test_a_batch_killed_at_random_moments_never_leaves_a_file_without_its_row(tmp_path) -> None:
    db = tmp_path / "crm.sqlite3"
    assert main(["--db", str(db), "demo", "--customers", "80"]) == 0
    rng = random.Random(20261204)
    kills = 0
    for attempt in range(6):
        folder = tmp_path / f"cards-{attempt}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop_crm", "--db", str(db), "card", "print", "--all",
             "--out-dir", str(folder)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not (folder.exists() and any(folder.iterdir())) and time.monotonic() < deadline:
            time.sleep(0.02)  # the first card is being written: the batch is under way
        time.sleep(rng.uniform(0.0, 2.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()

        names = sorted(p.name for p in folder.iterdir())
        temps = [n for n in names if audit.TEMP_MARK in n]
        pdfs = [folder / n for n in names if n not in temps]
        recorded = {detail.rpartition(" -> ")[2] for action, detail in rows(db)
                    if action == "print_card" and f"{folder}/" in detail}
        assert len(temps) <= 1, temps                        # only the one being written
        assert {str(p) for p in pdfs} <= recorded            # no file without its row
        assert len(recorded) - len(pdfs) <= 1                # at most one recorded, not renamed
        assert all(len(PdfReader(p).pages) >= 1 for p in pdfs)  # every visible file whole
        clean_leftovers()                                    # the next start
        with open_database(db) as store:
            assert problems(store) == []
        assert not [p for p in folder.iterdir() if audit.TEMP_MARK in p.name]
    assert kills >= 4  # most attempts were stopped part-way
