"""Screenshots of the Week plan page (拜访计划), the staff page's share within the visit
policy and the customer list filtered by it, at 1366×768, in English and Chinese, over a
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
        grab(app, window, args.out / f"{language}-customers-visit-policy.png")
        window.close()
        tasks.shutdown()
        store.close()
        for t in translators:
            app.removeTranslator(t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
