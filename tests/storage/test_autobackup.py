"""Automatic backups: where they go, how they are named, verified and thinned."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest

from desktop_crm import paths
from desktop_crm.storage import autobackup, errors, temporaries
from desktop_crm.storage.autobackup import KEEP_LAST, ChangeWatch, kept
from desktop_crm.storage.backup import integrity_problem
from desktop_crm.storage.db import open_database

NOW = datetime(2026, 11, 20, 18, 30)


def backup_every(hours: int, days: int, end: datetime = NOW) -> list[datetime]:
    """Synthetic backup times: one every ``hours`` hours for ``days`` days up to ``end``."""
    count = days * 24 // hours
    return [end - timedelta(hours=hours * i) for i in range(count)]


def test_thinning_keeps_the_last_ten_then_one_a_day_a_week_a_month() -> None:
    stamps = backup_every(hours=6, days=730)
    keep = {stamps[i] for i in kept(stamps, NOW)}

    newest = sorted(stamps, reverse=True)
    assert set(newest[:KEEP_LAST]) <= keep
    rest = keep - set(newest[:KEEP_LAST])
    # one a day for the last week: the newest of each day not already among the last ten
    for day in range(7):
        of_day = [s for s in stamps if (NOW - s) < timedelta(days=7) and s.date() == (NOW - timedelta(days=day)).date()]
        assert max(of_day) in keep
    in_week = [s for s in rest if NOW - s < timedelta(days=7)]
    assert len({s.date() for s in in_week}) == len(in_week)
    # then one a week up to a month, one a month up to a year
    weekly = [s for s in rest if timedelta(days=7) <= NOW - s < timedelta(days=31)]
    assert len({s.isocalendar()[:2] for s in weekly}) == len(weekly) and 4 <= len(weekly) <= 5
    monthly = [s for s in rest if timedelta(days=31) <= NOW - s < timedelta(days=365)]
    assert len({(s.year, s.month) for s in monthly}) == len(monthly) and 11 <= len(monthly) <= 12
    assert not [s for s in keep if NOW - s >= timedelta(days=365)]
    assert len(keep) <= KEEP_LAST + 7 + 5 + 12


def test_thinning_as_time_goes_by_leaves_a_backup_in_every_month() -> None:
    """A year of a shop's life, thinned after each backup as the app does: a close backup
    most evenings and a daily one most mornings; at the end every month still has one."""
    held: list[datetime] = []
    day = datetime(2025, 11, 1, 8, 0)
    while day < NOW:
        for stamp in (day, day.replace(hour=19)):
            if stamp.weekday() != 6:  # closed on Sundays
                held.append(stamp)
                held = [held[i] for i in sorted(kept(held, stamp))]
        day += timedelta(days=1)
    months = {(s.year, s.month) for s in held}
    assert len(months) >= 12
    assert len(held) <= KEEP_LAST + 7 + 5 + 12
    assert max(held) == datetime(2026, 11, 20, 19, 0)


def test_a_backup_is_named_verified_and_private(store, customers, db_path) -> None:
    for name in ("明佳烟酒", "鑫源超市"):
        customers.create({"name": name})
    path = autobackup.take(store, "import", when=datetime(2026, 11, 20, 9, 5, 7))

    assert path.name == "crm-20261120-090507-import.sqlite3"
    assert path.parent == autobackup.folder(db_path) and path.parent.parent == paths.backup_dir()
    assert integrity_problem(path) is None
    [listed] = autobackup.listing(db_path)
    assert (listed.path, listed.reason, listed.taken, listed.customers()) == (
        path, "import", datetime(2026, 11, 20, 9, 5, 7), 2)
    assert listed.size == path.stat().st_size
    assert not temporaries.sidecars(path) and [p.name for p in path.parent.iterdir()] == [path.name]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700
        assert paths.backup_dir().stat().st_mode & 0o777 == 0o700


def test_two_in_the_same_second_both_kept(store) -> None:
    when = datetime(2026, 11, 20, 9, 5, 7)
    first = autobackup.take(store, "import", when=when)
    second = autobackup.take(store, "import", when=when)
    assert second.name == "crm-20261120-090507-import-2.sqlite3"
    assert [b.path for b in autobackup.listing(store.path)] == [second, first]


def test_two_databases_of_the_same_name_never_mix(tmp_path) -> None:
    stores = [open_database(tmp_path / place / "crm.sqlite3") for place in ("shop", "office")]
    try:
        taken = [autobackup.take(s, "daily") for s in stores]
    finally:
        for s in stores:
            s.close()
    assert taken[0].parent != taken[1].parent
    assert [b.path for b in autobackup.listing(tmp_path / "shop" / "crm.sqlite3")] == [taken[0]]


def test_the_daily_backup_is_due_once_a_day(store) -> None:
    today = date(2026, 11, 20)
    assert autobackup.daily_due(store.path, today)
    autobackup.take(store, "close", when=datetime(2026, 11, 19, 18, 0))
    assert autobackup.daily_due(store.path, today)
    autobackup.take(store, "daily", when=datetime(2026, 11, 20, 8, 0))
    assert not autobackup.daily_due(store.path, today)
    assert autobackup.daily_due(store.path, today + timedelta(days=1))


def test_thinning_removes_only_automatic_backups_of_ours(store, db_path) -> None:
    """Thirty days of daily backups made from one real backup; the folder also holds a
    manual backup and a file of the user's: only automatic ones are thinned."""
    first = autobackup.take(store, "daily", when=datetime(2026, 10, 1, 8, 0))
    place = first.parent
    for day in range(1, 30):
        stamp = datetime(2026, 10, 1, 8, 0) + timedelta(days=day)
        shutil.copy(first, place / f"crm-{stamp:%Y%m%d-%H%M%S}-daily.sqlite3")
    shutil.copy(first, place / "crm-20260901-120000-manual.sqlite3")
    (place / "notes.txt").write_text("mine")

    removed = autobackup.thin(db_path, now=datetime(2026, 10, 31, 9, 0))

    left = {b.path.name for b in autobackup.listing(db_path)}
    assert "crm-20260901-120000-manual.sqlite3" in left and (place / "notes.txt").exists()
    daily = sorted(n for n in left if n.endswith("-daily.sqlite3"))
    assert len(daily) == 30 - len(removed)
    assert daily[-10:] == [f"crm-202610{d:02d}-080000-daily.sqlite3" for d in range(21, 31)]
    assert "crm-20261001-080000-daily.sqlite3" not in left  # an older day of a week kept once
    assert len(daily) < 30


def test_a_backup_that_cannot_be_written_says_what_did_not_start(read_only_folder, monkeypatch, store) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(read_only_folder(lambda folder: None)))
    with pytest.raises(errors.StorageError, match="automatic backup before the import could "
                       "not be written, so the import did not start"):
        autobackup.before(store, "import")


def test_a_read_only_database_takes_no_backup_before_an_action(db_path, store) -> None:
    store.close()
    read_only = open_database(db_path, read_only=True)
    try:
        assert autobackup.before(read_only, "purge") is None
    finally:
        read_only.close()
    assert autobackup.listing(db_path) == []


def test_the_change_watch_sees_commits_from_any_connection(db_path, store, customers) -> None:
    watch = ChangeWatch(db_path)
    try:
        assert not watch.changed()
        store.conn.execute("SELECT count(*) FROM customers").fetchone()  # reading is no change
        assert not watch.changed()
        customers.create({"name": "明佳烟酒"})
        assert watch.changed()
    finally:
        watch.close()

    watch = ChangeWatch(db_path)
    try:
        subprocess.run([sys.executable, "-c", (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute(\"UPDATE settings SET value = 'x' WHERE key = 'nothing'\"); "
            "c.execute(\"INSERT INTO settings (key, value) VALUES ('other', 'program')\"); c.commit()"
        ), str(db_path)], check=True)
        assert watch.changed()
    finally:
        watch.close()


def test_a_backup_reads_one_snapshot_while_another_program_writes(monkeypatch, db_path, store, customers) -> None:
    """The count the copy is checked against is the snapshot's own, whatever commits land
    while the copy is made page by page (here one page a step, so many land)."""
    from desktop_crm.storage import backup

    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    customers.create_many([{"name": f"客户{i}", "notes": "备注" * 200} for i in range(2000)])
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
        "print('writing', flush=True)\n"
        "for i in range(1, 2001):\n"
        "    c.execute(\"UPDATE customers SET deleted_at = '2026-01-01' WHERE id = ?\", (i,))\n"
    ), str(db_path)], stdout=subprocess.PIPE, text=True)
    steps = []
    try:
        assert writer.stdout.readline().strip() == "writing"
        path = autobackup.take(store, "daily", progress=lambda done, total: steps.append(done) or True)
    finally:
        writer.wait(60)
    assert len(steps) > 100
    left = store.count("customers", deleted_at=None)
    assert left == 0  # the writer trashed them all, while and after the copy was made
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
