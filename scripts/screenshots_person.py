"""Screenshots of a person's rights (PIPL) at 1366×768 in both languages: the member card
with its "Personal data" button, the erase question, the dossier's consent fields, the
contact editor with consent, and the targets dialog saying how many are left out.

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python scripts/screenshots_person.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots_members
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshots import SIZE, grab, settle

from desktop_crm.domain.demo import build_demo
from desktop_crm.storage.db import open_database
from desktop_crm.ui import fonts
from desktop_crm.ui.app import install_language
from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.tasks import TaskRunner


def shoot(app: QApplication, db: Path, language: str, out: Path) -> None:
    from desktop_crm.ui.campaigns.dialogs import TargetsDialog
    from desktop_crm.ui.dossier.contacts_tab import ContactDialog
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.members.person_rights import EraseDialog

    translators = install_language(app, language)
    store = open_database(db)
    ctx = AppContext(store, "谢斌", language, TaskRunner(db), AppSignals())
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    name = lambda view: out / f"{language}-{view}.png"

    page = window.show_area("members")
    settle(app, 60)
    page.table.selectRow(0)
    settle(app)
    grab(app, window, name("person-member-card"))
    member = page.card.member
    erase = EraseDialog(member.name, member.card_no, window)
    erase.show()
    erase.typed.setText(member.card_no[:-1])
    grab(app, erase, name("person-erase-dialog"))
    erase.reject()

    customer, contact_id = store.conn.execute(
        "SELECT c.id, t.id FROM customers c JOIN contacts t ON t.customer_id = c.id "
        "WHERE t.consent_channels IS NOT NULL ORDER BY c.id LIMIT 1").fetchone()
    store.conn.execute("UPDATE customers SET consent_channels = 'sms_wechat', consent_on = "
                       "'2026-03-01', consent_how = 'written' WHERE id = ?", (customer,))
    dossier = window.open_customer(customer)
    dossier.show_tab("dna")
    grab(app, window, name("person-dossier-consent"))
    contact = ContactDialog(ctx, customer, contact_id, window)
    contact.show()
    grab(app, contact, name("person-contact-consent"))
    contact.reject()
    cid = store.conn.execute("SELECT id FROM campaigns ORDER BY id LIMIT 1").fetchone()[0]
    targets = TargetsDialog(ctx, cid, window)
    targets.show()
    grab(app, targets, name("person-targets-left-out"))
    targets.reject()
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
    store = open_database(db)
    build_demo(store, 200, seed=1, today=date(2026, 11, 20))
    screenshots_members.prepare(store, date(2026, 11, 20))
    store.close()
    for language in ("zh", "en"):
        shoot(app, db, language, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
