"""Screenshots of the Week plan page (拜访计划; a Monday overfull by hand, then balanced),
the staff page's share within the visit policy, the customer list filtered by it (with its
Visit policy column), the list filtered by consent (its Consent column) and the member dialog's
consent rows, at 1366×768, in English and Chinese, over a
small file: one account manager, 27 outlets in three trade zones with coordinates, some
follow-ups due this week, one visit already logged.

    PYTHONPATH=$PWD QT_QPA_PLATFORM=offscreen python scripts/screenshots_week.py --out docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshots import SIZE, grab

from desktop_crm.domain import week_plan
from desktop_crm.domain.customer_list import column_index
from desktop_crm.storage.db import open_database
from desktop_crm.ui import fonts
from desktop_crm.ui.app import install_language
from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.tasks import TaskRunner

ZONES = {"均州路商圈": (["均州路", "文博路", "太和大道"], (32.54, 111.51)),
         "沿江路商圈": (["沿江路", "环库路"], (32.56, 111.49)),
         "三官殿商圈": (["丹赵路", "左岸路"], (32.52, 111.53))}


def make_file(path: Path) -> None:
    from desktop_crm.domain.contacts import ContactService
    from desktop_crm.domain.custom_fields import CustomFieldService
    from desktop_crm.domain.customers import CustomerService
    from desktop_crm.domain.interactions import InteractionService
    from desktop_crm.domain.staff import StaffService

    rnd = random.Random(3)
    monday = week_plan.week_start(date.today())
    with open_database(path) as store:
        wang = StaffService(store, "王敏").save({"name": "王敏", "role": "account_manager"})
        store.set_setting("user", "王敏")
        people, visits = CustomerService(store, "王敏"), InteractionService(store, "王敏")
        fields = CustomFieldService(store, "王敏")
        fields.define("纬度", "number", key="latitude")
        fields.define("经度", "number", key="longitude")
        for zone, (streets, (lat, lon)) in ZONES.items():
            for k in range(9):
                street = rnd.choice(streets)
                cid = people.create({
                    "name": f"{street[:2]}{['烟酒', '超市', '便利店', '副食'][k % 4]}{k + 1}号店",
                    "tier": rnd.choice(["key", "regular", "occasional"]), "area": zone,
                    "address": f"湖北省丹江口市{street}{rnd.randint(1, 300)}号", "owner": wang,
                    "phone": f"0719-52{rnd.randint(10000, 99999)}"})
                ContactService(store, "王敏").create(cid, {
                    "name": rnd.choice(["李娟", "张伟", "刘芳"]),
                    "mobile": f"139{rnd.randint(10000000, 99999999)}"})
                follow = k % 5 == 0
                visits.log_visit(cid, {
                    "occurred_at": (monday - timedelta(days=rnd.randint(10, 100))).isoformat(),
                    "channel": "visit", "staff": wang,
                    "next_step": "送新品样品，检查陈列" if follow else None,
                    "follow_up_due": (monday + timedelta(days=rnd.randint(0, 4))).isoformat()
                    if follow else None})
                fields.set_values(cid, {"latitude": f"{lat + rnd.uniform(-0.01, 0.01):.5f}",
                                        "longitude": f"{lon + rnd.uniform(-0.01, 0.01):.5f}"})
        week_plan.set_preferences(store, 7, [7])
        # consent: most agreed through their contact, two in their own name, one withdrawn
        ids = [r[0] for r in store.conn.execute("SELECT id FROM customers ORDER BY id")]
        for n, cid in enumerate(ids):
            if n % 3:
                store.conn.execute("UPDATE contacts SET consent_channels = 'wechat', consent_on = "
                                   "'2026-03-01', consent_how = 'verbal' WHERE customer_id = ?", (cid,))
        people.update(ids[0], {"consent_channels": "sms_wechat", "consent_on": "2026-02-01",
                               "consent_how": "written"})
        people.update(ids[3], {"consent_channels": "sms", "consent_on": "2026-01-10",
                               "consent_how": "online", "consent_withdrawn_on": "2026-09-30"})
        member = people.create({"name": "欧阳灵珊", "kind": "individual", "phone": "13977001122",
                                "consent_channels": "sms_wechat", "consent_on": "2026-03-01",
                                "consent_how": "written", "consent_withdrawn_on": "2026-06-01"})
        from desktop_crm.domain.members import MemberService
        MemberService(store, "王敏").enrol(member, "CARD77001")
        # eight customers dragged onto next Monday by hand: more than its seven a day
        nxt = monday + timedelta(days=7)
        for cid in ids[:8]:
            week_plan.move(store, wang, nxt, cid, nxt)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("/tmp/screenshots-week"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(fonts.install(app.font())[0])
    db = workdir / "week.sqlite3"
    make_file(db)
    from desktop_crm.ui.main_window import MainWindow

    for language in ("en", "zh"):
        translators = install_language(app, language)
        store = open_database(db)
        tasks = TaskRunner(db)
        window = MainWindow(AppContext(store, "王敏", language, tasks, AppSignals()))
        window.resize(*SIZE)
        window.show()
        page = window.show_area("week_plan")
        page.week.setDate(page.week.date().addDays(7))  # next week: every day still to plan
        deadline = time.monotonic() + 20
        while page.plan is None or page.plan.start != page.start():
            app.processEvents()
            if time.monotonic() > deadline:
                raise SystemExit("the week plan did not load")
        grab(app, window, args.out / f"{language}-week-plan.png")
        page.balance()
        deadline = time.monotonic() + 20
        while "Ctrl+Z" not in page.status.text():
            app.processEvents()
            if time.monotonic() > deadline:
                raise SystemExit("the balanced week did not load")
        grab(app, window, args.out / f"{language}-week-plan-balanced.png")
        page.undo_balance()  # the other language balances it again
        # keeping to the policy: the staff page's share, the customer list's filter
        staff = window.show_area("staff")
        deadline = time.monotonic() + 20
        while not staff.policy_label.text():
            app.processEvents()
            if time.monotonic() > deadline:
                raise SystemExit("the staff page did not load")
        grab(app, window, args.out / f"{language}-staff-visit-policy.png")
        listing = window.show_area("customers")
        combo = listing.filters.policy_combo
        combo.setCurrentIndex(combo.findData("overdue"))
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            app.processEvents()
        table = listing.table
        header = table.horizontalHeader()
        for name in ("lifecycle", "asset_grade", "owner", "phone", "business_format", "tags"):
            header.setSectionHidden(column_index(name), True)  # room for the new columns
        grab(app, window, args.out / f"{language}-customers-visit-policy.png")
        listing.filters.clear()
        combo = listing.filters.consent_combo
        combo.setCurrentIndex(combo.findData("withdrawn"))
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            app.processEvents()
        grab(app, window, args.out / f"{language}-customers-consent.png")
        for name in ("lifecycle", "asset_grade", "owner", "phone", "business_format", "tags"):
            header.setSectionHidden(column_index(name), False)
        listing.filters.clear()
        from desktop_crm.ui.members.dialogs import EditMemberDialog

        member = store.conn.execute("SELECT id FROM members").fetchone()[0]
        dialog = EditMemberDialog(window.ctx, member, window)
        dialog.show()
        grab(app, dialog, args.out / f"{language}-member-consent.png")
        dialog.reject()
        window.close()
        tasks.shutdown()
        store.close()
        for t in translators:
            app.removeTranslator(t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
