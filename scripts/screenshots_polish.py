"""Screenshots of the small things that make the list and the dossier read well (called by
screenshots.py, or alone): search hits marked in the customer list (pinyin too), what the
list and the status bar count, the dossier's tab badges and amounts, and the message after
an export that offers to open the file or its folder.

    .venv/bin/python scripts/screenshots_polish.py [--out /tmp/shots] [--customers 300]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path


def _wait(app, until, seconds: float = 10.0) -> None:
    end = time.time() + seconds
    while not until() and time.time() < end:
        app.processEvents()
        time.sleep(0.05)


def shoot(app, window, ctx, name, grab) -> None:
    from desktop_crm.ui.transfer.export_dialog import ExportDialog

    page = window.show_area("customers")
    page.search_box.setText("yanjiu")  # pinyin: marks 烟酒 in the names
    page.apply_filter()
    _wait(app, lambda: not page.model.is_counting())
    grab(app, window, name("customers-search-pinyin"))
    page.search_box.clear()
    page.apply_filter()

    customer = ctx.store.conn.execute(
        "SELECT c.id FROM customers c JOIN transactions t ON t.customer_id = c.id "
        "WHERE c.assets IS NOT NULL AND c.deleted_at IS NULL "
        "GROUP BY c.id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    dossier = window.open_customer(customer)
    for tab in ("profile", "purchases"):
        dossier.show_tab(tab)
        grab(app, window, name(f"dossier-badges-{tab}"))
    window.close_tab(window.tabs.indexOf(dossier))

    dest = Path(tempfile.mkdtemp()) / ("客户名单.xlsx" if ctx.language == "zh" else "customers.xlsx")
    export = ExportDialog(ctx, lambda store: [customer], 1, window)
    export.export_to(str(dest))
    _wait(app, lambda: getattr(export, "offer", None) is not None)
    grab(app, export.offer, name("export-done"))
    export.offer.close()


def main() -> int:
    import argparse
    import os
    import sys
    from datetime import date

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_crm.domain.demo import build_demo
    from desktop_crm.storage.db import open_database
    from desktop_crm.ui import fonts
    from desktop_crm.ui.app import install_language
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from screenshots import SIZE, grab

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("/tmp/screenshots-polish"))
    parser.add_argument("--customers", type=int, default=300)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(fonts.install(app.font())[0])
    db = workdir / "demo.sqlite3"
    with open_database(db) as store:
        build_demo(store, args.customers, seed=1, today=date(2026, 11, 20))
    for language in ("zh", "en"):
        translators = install_language(app, language)
        store = open_database(db)
        tasks = TaskRunner(db)
        ctx = AppContext(store, "谢斌", language, tasks, AppSignals())
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        _wait(app, lambda w=window: "·" in w.count_label.text() or w.count_label.text() != "")
        shoot(app, window, ctx, lambda view, lang=language: args.out / f"{lang}-{view}.png", grab)
        window.close()
        tasks.shutdown()
        store.close()
        for t in translators:
            app.removeTranslator(t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
