"""A new user's first start, in a real X window (Xvfb, Qt's xcb platform) with an empty HOME:
what the offscreen tests cannot see (the xcb plugin's libraries, the data folder not yet
made, the dialogs' keyboard defaults)."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PIL import Image, ImageStat

from tests.desktop.xvfb import walk_first_start

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("language, name, titles", [
    ("en", "Wang Wei", ["Welcome to desktop-crm", "Who are you?", "Welcome to desktop-crm",
                        "desktop-crm — desktop-crm.sqlite3"]),
    ("zh", "Li Juan", ["欢迎使用 desktop-crm", "您是哪位？", "欢迎使用 desktop-crm",
                       "desktop-crm — desktop-crm.sqlite3"]),
])
def test_a_new_user_gets_from_an_empty_home_to_a_window_with_demo_data(
    tmp_path, language, name, titles
) -> None:
    home = tmp_path / "home"
    run = walk_first_start([sys.executable, "-m", "desktop_crm"], home, name=name,
                           language=language, shots=tmp_path)

    assert run.returncode == 0, run.output
    assert run.titles == titles
    # The data folder did not exist: the app made it, in the platform's place under HOME.
    assert run.database == home / ".local/share/desktop-crm/desktop-crm.sqlite3"
    with sqlite3.connect(run.database) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'user_name'").fetchone() == (name,)
        assert conn.execute("SELECT count(*) FROM staff WHERE name = ?", (name,)).fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 500
    assert run.main_size[0] <= 1366 and run.main_size[1] <= 768
    # The window drew a table, not a blank or black screen.
    picture = Image.open(run.screenshot).convert("L")
    assert picture.size == (1366, 768)
    assert ImageStat.Stat(picture).stddev[0] > 20
    assert "Traceback" not in run.output
