"""Cold start to the main window shown, on the 100k database, against a bare PySide6 window.

Each run is a fresh Python process, timed from spawn until the window has been shown and the
event loop has run once (the child reports that moment; work the app starts in the
background after showing itself is not counted, nor is shutting down); the app goes
through its real start-up path (settings, language, fonts, lock, migrations check, main
window with its pages).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from bench.harness import Figure, demo_database, report, summary

APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
from desktop_crm.ui import app as gui
qapp = QApplication(sys.argv)
settings = gui.AppSettings()
settings.language = "zh"
gui.install_language(qapp, settings.language)
qapp.setFont(gui.fonts.install(qapp.font())[0])
controller = gui.App(qapp, settings)
assert controller.open(Path(sys.argv[1]))
import time
QTimer.singleShot(0, lambda: (print(time.time() - float(sys.argv[3])), qapp.quit()))
qapp.exec()
controller.close_current()
"""

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
qapp = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 760)
window.show()
import time
QTimer.singleShot(0, lambda: (print(time.time() - float(sys.argv[1])), qapp.quit()))
qapp.exec()
"""


def timed_run(code: str, args: list[str], env: dict[str, str]) -> float:
    import time

    result = subprocess.run([sys.executable, "-c", code, *args, str(time.time())],
                            check=True, env=env, capture_output=True, text=True)
    return float(result.stdout.strip().splitlines()[-1]) * 1000


def used_before(db) -> None:
    """The file as after its first start: its user chosen (else the first window would wait
    for the "who are you" question)."""
    from desktop_crm.domain import staff
    from desktop_crm.domain.service import current_user
    from desktop_crm.storage.db import open_database

    store = open_database(db)
    try:
        if not current_user(store):
            staff.set_current_user(store, "基准测试")
    finally:
        store.close()


def main(repeat: int = 11) -> None:
    db = demo_database()
    used_before(db)
    settings_dir = tempfile.mkdtemp()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed app has its modules compiled (pip and PyInstaller write the .pyc files);
    # without this, a shell with PYTHONDONTWRITEBYTECODE=1 would time the compiler on every
    # run. The first round, dropped below, writes them and warms the disk cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_args = [str(db), settings_dir]
    app, bare = [], []
    for round_ in range(repeat + 1):
        # alternate, so that both see the same moments of a busy machine
        a, b = timed_run(APP, app_args, env), timed_run(BARE, [], env)
        if round_:
            app.append(a)
            bare.append(b)
    app_median, app_p95 = summary(app)
    report(
        "Cold start",
        [
            Figure("start to main window shown, 100k customers", app_median, app_p95,
                   baseline="bare PySide6 QMainWindow shown, same machine and run",
                   baseline_median_ms=summary(bare)[0], target="<= 2x baseline (issue 17)"),
        ],
    )


if __name__ == "__main__":
    main()
