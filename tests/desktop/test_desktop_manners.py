"""Habits of a desktop app, in a real X window: a file handed over on the command line (as a
file association does), a second launch on the same file, a file in a read-only folder."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.staff import set_current_user
from desktop_crm.storage.db import open_database
from tests.desktop.xvfb import Driver, clean_env, display, running

pytestmark = pytest.mark.slow
APP = [sys.executable, "-m", "desktop_crm"]


def shop(folder: Path) -> Path:
    path = folder / "明佳的店.sqlite3"
    with open_database(path) as store:
        set_current_user(store, "王伟")
        CustomerService(store, "王伟").create({"name": "明佳烟酒", "kind": "company"})
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in folder.glob("*.sqlite3-*"):
        leftover.unlink()
    return path


def banner_share(shot: Path) -> float:
    """How much of the strip under the menu bar is the read-only banner's pale red."""
    strip = Image.open(shot).convert("RGB").crop((0, 20, 1270, 46))
    red = sum(n for n, colour in strip.getcolors(1 << 16) if colour == (0xFD, 0xE2, 0xE1))
    return red / (strip.width * strip.height)


def banner_seen(drive: Driver, target: Path, timeout: float = 20) -> float:
    """The banner's share of the strip once it is painted (the window behind a dialog may be
    painted a moment after the dialog shows), or the last share seen when it never is."""
    deadline = time.monotonic() + timeout
    while True:
        share = banner_share(drive.painted(target))
        if share > 0.3 or time.monotonic() > deadline:
            return share
        time.sleep(0.3)


def test_a_second_launch_on_the_same_file_brings_the_first_window_forward(tmp_path) -> None:
    path = shop(tmp_path)
    with display() as name:
        env = clean_env(tmp_path / "home", name)
        with running([*APP, str(path)], env, tmp_path / "first.log") as first:
            drive = Driver(env, first.pid)
            drive.wait_for("desktop-crm — 明佳的店.sqlite3")
            with running([*APP, str(path)], env, tmp_path / "second.log") as second:
                assert second.wait(30) == 0  # handed over, quietly
            assert (tmp_path / "second.log").read_text() == ""
            assert [w.title for w in drive.windows()] == ["desktop-crm — 明佳的店.sqlite3"]
            drive.keys(drive.windows()[0], "ctrl+q")
            assert first.wait(30) == 0


def test_a_file_in_a_read_only_folder_opens_read_only(tmp_path, read_only_folder) -> None:
    folder = read_only_folder(shop)
    with display() as name:
        env = clean_env(tmp_path / "home", name, "zh")
        with running([*APP, str(folder / "明佳的店.sqlite3")], env, tmp_path / "app.log") as app:
            drive = Driver(env, app.pid)
            main = drive.wait_for("desktop-crm — 明佳的店.sqlite3")
            assert banner_seen(drive, tmp_path / "read-only.png") > 0.6
            drive.keys(main, "ctrl+q")
            assert app.wait(30) == 0
    assert "Traceback" not in (tmp_path / "app.log").read_text()


def test_a_damaged_file_opens_read_only_and_says_how_to_rescue_it(tmp_path) -> None:
    from desktop_crm.domain.demo import build_demo
    from tests.faults import corrupt_pages

    path = tmp_path / "damaged.sqlite3"
    with open_database(path) as store:
        build_demo(store, 400, seed=4)
        set_current_user(store, "王伟")
    corrupt_pages(path)
    with display() as name:
        env = clean_env(tmp_path / "home", name)
        with running([*APP, str(path)], env, tmp_path / "app.log") as app:
            drive = Driver(env, app.pid)
            warning = drive.wait_for("The database is damaged")
            share = banner_seen(drive, tmp_path / "damaged.png")
            drive.keys(warning, "Return")
            main = drive.wait_for("desktop-crm — damaged.sqlite3")
            assert share > 0.3
            drive.keys(main, "ctrl+q")
            assert app.wait(30) == 0
    assert "Traceback" not in (tmp_path / "app.log").read_text()
