"""Open each main view on a demo database offscreen and save PNG screenshots, in Chinese and
English, at 1366x768 (the smallest screen the app is made for).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--customers 500]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_crm.domain.demo import build_demo  # noqa: E402
from desktop_crm.storage.db import open_database  # noqa: E402
from desktop_crm.ui import fonts  # noqa: E402
from desktop_crm.ui.app import install_language  # noqa: E402
from desktop_crm.ui.areas import AREAS  # noqa: E402
from desktop_crm.ui.context import AppContext, AppSignals  # noqa: E402
from desktop_crm.ui.first_start import FirstStartDialog  # noqa: E402
from desktop_crm.ui.settings import AppSettings, SettingsDialog  # noqa: E402
from desktop_crm.ui.tasks import TaskRunner  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshots_backups  # noqa: E402
import screenshots_members  # noqa: E402
import screenshots_plans  # noqa: E402
import screenshots_polish  # noqa: E402
import screenshots_scoring  # noqa: E402
import screenshots_transfer  # noqa: E402

SIZE = (1366, 768)


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def shoot(app: QApplication, db: Path, language: str, out: Path) -> None:
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.visits.visit_dialog import VisitDialog

    translators = install_language(app, language)
    store = open_database(db)
    tasks = TaskRunner(db)
    ctx = AppContext(store, "谢斌", language, tasks, AppSignals())
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.show_overdue_notice()
    name = lambda view: out / f"{language}-{view}.png"  # noqa: E731

    grab(app, window, name("customers"))
    window.customers.search_box.setText("烟酒 文博路")
    app.processEvents()
    import time

    time.sleep(0.4)
    grab(app, window, name("customers-search"))
    window.customers.search_box.clear()

    customer = store.conn.execute(
        "SELECT customer_id FROM plans GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    dossier = window.open_customer(customer)
    for tab in ("profile", "contacts", "status", "visits", "purchases", "history"):
        dossier.show_tab(tab)
        grab(app, window, name(f"dossier-{tab}"))

    for area in AREAS[1:]:  # every other area, as first opened
        window.show_area(area.key)
        settle(app)
        time.sleep(0.4)  # background loads
        grab(app, window, name(area.key.replace("_", "-")))

    screenshots_members.shoot(app, window, ctx, name, grab)
    screenshots_plans.shoot(app, window, ctx, name, grab, customer)
    screenshots_scoring.shoot(app, window, ctx, name, grab, customer)
    screenshots_transfer.shoot(app, window, ctx, name, grab)
    screenshots_backups.shoot(app, window, ctx, name, grab)
    screenshots_polish.shoot(app, window, ctx, name, grab)

    dialog = VisitDialog(ctx, customer, window)
    dialog.show()
    grab(app, dialog, name("visit-dialog"))
    dialog.reject()

    settings = SettingsDialog(AppSettings(), window)
    settings.show()
    grab(app, settings, name("settings"))
    settings.reject()
    first = FirstStartDialog(Path.home() / ".local/share/desktop-crm/desktop-crm.sqlite3")
    first.show()
    grab(app, first, name("first-start"))
    first.reject()

    for d in window.dossiers():
        d.has_unsaved_changes = lambda: False  # nothing was edited; close without asking
    window.close()
    tasks.shutdown()
    store.close()
    for t in translators:
        app.removeTranslator(t)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--customers", type=int, default=500)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    workdir = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")  # the demo's backups stay in workdir
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(fonts.install(app.font())[0])
    db = workdir / "demo.sqlite3"
    store = open_database(db)
    build_demo(store, args.customers, seed=1, today=date(2026, 11, 20))
    screenshots_members.prepare(store, date(2026, 11, 20))
    screenshots_scoring.prepare(store, date(2026, 11, 20))
    store.close()
    for language in ("zh", "en"):
        shoot(app, db, language, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
