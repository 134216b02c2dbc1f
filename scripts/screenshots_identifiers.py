"""Screenshots of a customer's identifiers at 1366×768 in both languages: the dossier's
profile with the credit code, resident ID, tobacco licence and tax ID (a licence being typed
wrong, checked as typed, and the birth date offered for the birthday), and the same dossier
with the resident ID masked (the file's user turned "show resident IDs" off, as a rep's
login sees it).

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python scripts/screenshots_identifiers.py
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
from stdnum.cn import ric, uscc

from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.demo import build_demo
from desktop_crm.domain.team_rights import SHOW_RESIDENT_IDS
from desktop_crm.storage.db import open_database
from desktop_crm.ui import fonts
from desktop_crm.ui.app import install_language
from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.tasks import TaskRunner

USCC = "92350102MA2Y7K3F0" + uscc.calc_check_digit("92350102MA2Y7K3F00")
RID = "35010219800101123" + ric.calc_check_digit("350102198001011230")


def prepare(db: Path) -> int:
    store = open_database(db)
    build_demo(store, 60, seed=1, today=date(2026, 11, 20))
    cid = CustomerService(store, "谢斌").create({
        "name": "林福旺便利店", "kind": "individual", "phone": "13912348866",
        "address": "福州市鼓楼区杨桥中路 108 号", "area": "杨桥商圈", "business_format": "便利店",
        "uscc": USCC, "resident_id": RID, "tax_id": USCC})
    ContactService(store, "谢斌").create(cid, {"name": "林福旺", "role": "self",
                                               "mobile": "13912348866"})
    store.close()
    return cid


def shoot(app: QApplication, db: Path, cid: int, language: str, out: Path) -> None:
    from desktop_crm.ui.main_window import MainWindow

    translators = install_language(app, language)
    store = open_database(db)
    store.set_setting(SHOW_RESIDENT_IDS, None)
    ctx = AppContext(store, "谢斌", language, TaskRunner(db), AppSignals())
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    name = lambda view: out / f"{language}-{view}.png"

    dossier = window.open_customer(cid)
    dossier.show_tab("profile")
    licence = dossier.editor("licence_no")
    licence.setFocus()
    licence.setText("35010210002")
    licence.textEdited.emit(licence.text())   # as typed: checked at once
    dossier.identifiers._offer(date(1980, 1, 1))
    settle(app)
    grab(app, window, name("identifiers-dossier"))
    dossier.load()  # the wrong licence was only typed: no question on closing

    window.close()
    store.set_setting(SHOW_RESIDENT_IDS, "0")
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    dossier = window.open_customer(cid)
    dossier.show_tab("profile")
    dossier.editor("resident_id").setFocus()
    settle(app)
    grab(app, window, name("identifiers-dossier-masked"))
    store.set_setting(SHOW_RESIDENT_IDS, None)
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
    cid = prepare(db)
    for language in ("zh", "en"):
        shoot(app, db, cid, language, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
