"""The customer list searching for a character nearly every name holds: more hits than the
list holds, and what it says about them. Chinese and English, 1366x768.

    .venv/bin/python scripts/screenshots_search.py [--out docs/screenshots] [--customers 3500]
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_crm.domain.demo import build_demo  # noqa: E402
from desktop_crm.storage.db import open_database  # noqa: E402
from desktop_crm.ui import fonts  # noqa: E402
from desktop_crm.ui.app import install_language  # noqa: E402
from desktop_crm.ui.context import AppContext, AppSignals  # noqa: E402
from desktop_crm.ui.main_window import MainWindow  # noqa: E402
from desktop_crm.ui.tasks import TaskRunner  # noqa: E402

SIZE = (1366, 768)


def shoot(app: QApplication, db: Path, language: str, term: str, out: Path) -> None:
    translators = install_language(app, language)
    store = open_database(db)
    tasks = TaskRunner(db)
    window = MainWindow(AppContext(store, "谢斌", language, tasks, AppSignals()))
    window.resize(*SIZE)
    window.show()
    page = window.customers
    page.search_box.setText(term)
    page.apply_filter()
    deadline = time.monotonic() + 10
    while page.model.is_counting() and time.monotonic() < deadline:  # the layout's worker
        app.processEvents()
        time.sleep(0.05)
    for _ in range(20):
        app.processEvents()
    path = out / f"{language}-customers-search-many.png"
    window.grab().save(str(path))
    print(path, page.count_label.text())
    window.close()
    tasks.shutdown()
    store.close()
    for t in translators:
        app.removeTranslator(t)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--customers", type=int, default=3500)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(fonts.install(app.font())[0])
    db = workdir / "demo.sqlite3"
    store = open_database(db)
    build_demo(store, args.customers, seed=1, today=date(2026, 11, 20))
    names = collections.Counter(ch for (n,) in store.conn.execute("SELECT name FROM customers")
                                for ch in set(n) if not ch.isascii())
    term = names.most_common(1)[0][0]  # the commonest character of names (店, 司...)
    store.close()
    for language in ("zh", "en"):
        shoot(app, db, language, term, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
