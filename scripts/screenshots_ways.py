"""Screenshots of the ways to reach (issue 18, part 3) at 1366×768 in both languages: the
dossier's Contacts tab with every way of the customer and its contacts under the table, and
the dialog adding one (with a wrong QQ number refused).

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python scripts/screenshots_ways.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshots import SIZE, grab, settle

from desktop_crm.domain.contact_ways import ContactWayService
from desktop_crm.domain.demo import build_demo
from desktop_crm.storage.db import open_database
from desktop_crm.ui import fonts
from desktop_crm.ui.app import install_language
from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.tasks import TaskRunner


def prepare(db: Path) -> int:
    store = open_database(db)
    build_demo(store, 60, seed=1, today=date(2026, 11, 20))
    customer, contact = store.conn.execute(
        "SELECT c.id, t.id FROM customers c JOIN contacts t ON t.customer_id = c.id "
        "WHERE c.kind <> 'individual' ORDER BY c.id LIMIT 1").fetchone()
    ways = ContactWayService(store, "谢斌")
    ways.add(customer, None, {"type": "landline", "value": "0710-3212345", "label": "办公室"})
    ways.add(customer, None, {"type": "fax", "value": "0710-3212346"})
    ways.add(customer, None, {"type": "website", "value": "www.mingjia.cn"})
    ways.add(customer, contact, {"type": "mobile", "value": "13700001111", "label": "老板私人"})
    ways.add(customer, contact, {"type": "qq", "value": "87654321"})
    ways.add(customer, contact, {"type": "email", "value": "boss@mingjia.cn"})
    store.close()
    return customer


def shoot(app: QApplication, db: Path, customer: int, language: str, out: Path) -> None:
    from desktop_crm.ui.dossier.ways_panel import WayDialog
    from desktop_crm.ui.main_window import MainWindow

    translators = install_language(app, language)
    store = open_database(db)
    ctx = AppContext(store, "谢斌", language, TaskRunner(db), AppSignals())
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    name = lambda view: out / f"{language}-{view}.png"
    dossier = window.open_customer(customer)
    dossier.show_tab("contacts")
    settle(app, 30)
    ways = dossier.contacts_tab.ways
    ways.table.selectRow(3)
    grab(app, window, name("ways-dossier"))
    dialog = WayDialog(ctx, customer, None, None, window)
    dialog.show()
    dialog.owner.setCurrentIndex(1)
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("qq"))
    dialog.value.setText("0123")
    dialog.label.setText("工作号" if language == "zh" else "work")
    dialog.accept()  # refused: says why and stays open
    grab(app, dialog, name("ways-dialog"))
    dialog.reject()
    window.close()
    ctx.tasks.shutdown()
    store.close()
    for t in translators:
        app.removeTranslator(t)


def main() -> int:
    out = Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(fonts.install(app.font())[0])
    db = workdir / "demo.sqlite3"
    customer = prepare(db)
    for language in ("zh", "en"):
        shoot(app, db, customer, language, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
