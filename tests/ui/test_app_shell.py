"""Settings, the first start and fonts: what a new user meets before the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel

from desktop_crm.ui import fonts
from desktop_crm.ui.app import choose_database
from desktop_crm.ui.first_start import FirstStartDialog
from desktop_crm.ui.settings import AppSettings, SettingsDialog


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_settings_dialog_saves_language_database_and_name(qtbot, type_into, settings, tmp_path) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.database.setText(str(tmp_path / "shop.sqlite3"))
    dialog.user_name.clear()
    type_into(dialog.user_name, "李娟")
    dialog.accept()
    again = AppSettings(settings.q)
    assert (again.language, again.default_database, again.user_name) == ("zh", tmp_path / "shop.sqlite3", "李娟")


def test_recent_files_newest_first_without_repeats(settings, tmp_path) -> None:
    for name in ("a", "b", "a", "c"):
        settings.add_recent(tmp_path / f"{name}.sqlite3")
    assert [p.stem for p in settings.recent_files] == ["c", "a", "b"]


def test_an_existing_default_database_opens_without_asking(settings, tmp_path) -> None:
    default = tmp_path / "crm.sqlite3"
    default.write_bytes(b"")
    settings.default_database = default
    assert choose_database(settings, None) == default
    assert choose_database(settings, tmp_path / "other.sqlite3") == tmp_path / "other.sqlite3"


def test_first_start_offers_the_default_place(qtbot, tmp_path) -> None:
    dialog = FirstStartDialog(tmp_path / "new.sqlite3")
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any(str(tmp_path / "new.sqlite3") in text for text in labels)
    dialog.create_button.click()
    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    assert dialog.chosen == tmp_path / "new.sqlite3"


def test_a_chinese_font_is_found_and_put_behind_the_ui_font(qapp) -> None:
    family = fonts.chinese_family()
    assert family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    font, used = fonts.install(QFont("DejaVu Sans"))
    assert used == family and font.families()[-1] == family


def test_the_main_window_opens_without_the_heavy_libraries(tmp_path) -> None:
    """Cold start (issue 17): numpy, pandas, matplotlib, reportlab, psycopg and sqlite-utils
    load when a run, a chart, a print, a sync or a migration needs them, not to show the
    customer list (numpy alone was a sixth of the start)."""
    import os
    import subprocess
    import sys

    from desktop_crm.domain import staff
    from desktop_crm.domain.customers import CustomerService
    from desktop_crm.storage.db import open_database

    path = tmp_path / "shop.sqlite3"
    store = open_database(path)
    CustomerService(store, actor="测试员").create({"name": "明佳烟酒"})
    staff.set_current_user(store, "测试员")
    store.close()
    heavy = ("numpy", "pandas", "matplotlib", "reportlab", "psycopg", "sqlite_utils")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})\n"
        "from desktop_crm.ui import app as gui\n"
        "qapp = QApplication(sys.argv)\n"
        "controller = gui.App(qapp, gui.AppSettings())\n"
        f"assert controller.open(Path({str(path)!r}))\n"
        "def shown():\n"
        "    print(controller.window.isVisible(), type(controller.window.customers).__name__)\n"
        f"    print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
        "    qapp.quit()\n"
        "QTimer.singleShot(0, shown)\n"
        "qapp.exec()\n"
        "controller.close_current()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    shown, loaded = out.stdout.strip().splitlines()[-2:]
    assert shown == "True CustomersPage" and loaded == "[]", out.stdout
