"""Open each main view on a demo database offscreen and save PNG screenshots.

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

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_crm.domain.demo import build_demo  # noqa: E402
from desktop_crm.storage.db import open_database  # noqa: E402
from desktop_crm.ui.main_window import MainWindow  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--customers", type=int, default=500)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(sys.argv)
    store = open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3")
    build_demo(store, args.customers, seed=1, today=date(2026, 11, 1))

    window = MainWindow(store)
    window.resize(1100, 640)
    window.show()
    window.search_box.setText("烟酒")
    window.run_search()
    app.processEvents()
    path = args.out / "main-window.png"
    window.grab().save(str(path))
    print(path)
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
