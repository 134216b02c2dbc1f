"""Screenshots of scoring: the analytics tabs, the value model editor, tier policies and a
dossier's Scores tab. Called from screenshots.py; run alone for just these:

    .venv/bin/python scripts/screenshots_scoring.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_crm.domain.scoring.service import ScoringService  # noqa: E402
from desktop_crm.storage.db import Store  # noqa: E402


def prepare(store: Store, today: date) -> None:
    """Two runs a month apart, so history and changed segments have something to show."""
    service = ScoringService(store)
    service.run(date.fromordinal(today.toordinal() - 30))
    service.run(today)


def wait(app: QApplication, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app, window, ctx, name, grab, customer: int) -> None:
    from desktop_crm.ui.analytics.ahp_editor import ModelDialog
    from desktop_crm.ui.analytics.tiers import TierDialog

    window.show_area("analytics")
    wait(app, 2.0)
    analytics = next(w for w in window.findChildren(object) if type(w).__name__ == "AnalyticsPage")
    for index, tab in enumerate(("value", "segments", "rfm", "funnel", "nps", "changed")):
        analytics.tabs.setCurrentIndex(index)
        wait(app, 1.5)
        grab(app, window, name(f"analytics-{tab}"))
    dialog = ModelDialog(ctx, window)
    dialog.show()
    dialog.criteria.setCurrentRow(6)  # trust
    dialog.set_judgement(0, 1, "1/9")  # spoil a judgement to show the refusal
    grab(app, dialog, name("analytics-model"))
    dialog.reject()
    tiers = TierDialog(ctx, window)
    tiers.show()
    grab(app, tiers, name("analytics-tiers"))
    tiers.reject()
    dossier = window.open_customer(customer)
    dossier.show_tab("scores")
    wait(app, 1.0)
    grab(app, window, name("dossier-scores"))


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from screenshots import SIZE, grab  # the shared helpers

    from desktop_crm.domain.demo import build_demo
    from desktop_crm.storage.db import open_database
    from desktop_crm.ui import fonts
    from desktop_crm.ui.app import install_language
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--lang", default="zh,en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(fonts.install(app.font())[0])
    db = workdir / "demo.sqlite3"
    store = open_database(db)
    today = date(2026, 11, 20)
    build_demo(store, args.customers, seed=1, today=today)
    prepare(store, today)
    customer = store.conn.execute(
        "SELECT customer_id FROM score_customers WHERE run_id = (SELECT max(id) FROM score_runs) "
        "AND value_quadrant = 'invest' ORDER BY value DESC LIMIT 1").fetchone()[0]
    store.close()
    for language in args.lang.split(","):
        translators = install_language(app, language)
        store = open_database(db)
        tasks = TaskRunner(db)
        ctx = AppContext(store, "谢斌", language, tasks, AppSignals())
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        shoot(app, window, ctx, lambda view, lang=language: args.out / f"{lang}-{view}.png",
              grab, customer)
        for d in window.dossiers():
            d.has_unsaved_changes = lambda: False
        window.close()
        tasks.shutdown()
        store.close()
        for t in translators:
            app.removeTranslator(t)
    return 0


if __name__ == "__main__":
    sys.exit(main())
