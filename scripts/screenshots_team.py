"""Screenshots of the team in the app (issue 16): File ▸ Team server… with a failure's
sentence, the status bar's sync line, and the Conflicts page with a conflict from a second
laptop; a manager's Give to… dialog and Team overview, and the notice of customers that came and
went. Needs PostgreSQL's server programs (as the test suite does): it starts a throwaway
cluster with tests/pg.py, so it is run alone, not by screenshots.py.

    PYTHONPATH=. .venv/bin/python scripts/screenshots_team.py [--out /tmp/shots]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse 电池"


def _wait(app, until, seconds: float = 30.0) -> None:
    end = time.time() + seconds
    while not until() and time.time() < end:
        app.processEvents()
        time.sleep(0.05)


def main() -> int:
    import argparse
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "scripts"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_crm.storage.db import open_database
    from desktop_crm.sync import server
    from desktop_crm.ui import fonts
    from desktop_crm.ui.app import install_language
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner
    from screenshots import SIZE, grab
    from tests.pg import _free_port, start_cluster
    from tests.sync.laptops import laptop

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("/tmp/screenshots-team"))
    parser.add_argument("--only", choices=("addresses",), help="one view alone, without a server")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = str(workdir / "data")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setFont(fonts.install(app.font())[0])

    if args.only == "addresses":  # a dossier's addresses need no team server
        for language in ("zh", "en"):
            translators = install_language(app, language)
            _addresses(app, workdir, language, args.out, grab, _wait)
            for t in translators:
                app.removeTranslator(t)
        return 0

    cluster = start_cluster()
    try:
        owner = cluster.new_database("crm")
        server.init(owner)
        server.add_user(owner, "wang", "王敏", "rep", "north", PASSWORD)
        server.add_user(owner, "chen", "陈经理", "manager", "north", PASSWORD)
        server.add_user(owner, "li", "李强", "rep", "north", PASSWORD)
        server.add_user(owner, "boss", "总经理", "admin", None, PASSWORD)

        class Team:  # what tests/sync/laptops.laptop needs of the suite's Team
            pass
        team = Team()
        team.cluster, team.dbname = cluster, "crm"
        (workdir / "office").mkdir()
        (workdir / "laptop").mkdir()
        office = laptop(workdir / "office", team, "wang", PASSWORD)
        office.sync()
        for name, phone, tier in (("明佳烟酒", "0710-3212345", "key"),
                                  ("曾记便利店", "0710-3300001", "regular"),
                                  ("永兴超市", "0710-3300002", "key"),
                                  ("老街茶庄", "0710-3300003", "occasional")):
            office.customers.create({"name": name, "phone": phone, "tier": tier,
                                     "owner": office.staff_id("王敏")})
        _visits_and_plan(office)  # for the manager's Team overview
        office.sync()
        mine = laptop(workdir / "laptop", team, "wang", PASSWORD)
        mine.sync()
        office.customers.update(office.id_of("明佳烟酒"), {"phone": "0710-1111111"})
        office.customers.update(office.id_of("曾记便利店"), {"address": "解放路8号"})
        office.sync()
        mine.customers.update(mine.id_of("明佳烟酒"), {"phone": "0710-2222222"})
        mine.customers.update(mine.id_of("曾记便利店"), {"address": "解放路10号"})
        # a rep gives a customer away behind the interface: the server refuses it
        mine.customers.update(mine.id_of("老街茶庄"), {"owner": mine.staff_id("李强")})
        mine.store.close()
        # the manager gives 永兴超市 to 李强: it leaves 王敏's laptop and reaches 李强's
        from desktop_crm.domain import give

        for login in ("chen", "li"):
            (workdir / login).mkdir()
        li = laptop(workdir / "li", team, "li", PASSWORD)
        li.sync()
        li.store.close()
        chen = laptop(workdir / "chen", team, "chen", PASSWORD)
        chen.sync()
        give.give(chen.store, "chen", [chen.id_of("永兴超市")], chen.staff_id("李强"))
        chen.sync()
        chen.store.close()

        for language in ("zh", "en"):
            translators = install_language(app, language)
            store = open_database(workdir / "laptop" / "wang.sqlite3")
            tasks = TaskRunner(store.path)
            ctx = AppContext(store, "王敏", language, tasks, AppSignals())
            window = MainWindow(ctx)
            window.resize(*SIZE)
            window.show()
            window.team.sync.password = PASSWORD
            if language == "zh":  # the first pass syncs; the second finds the conflicts kept
                window.team.sync_action.trigger()
                _wait(app, lambda w=window: not w.team.sync.running)
            else:  # what the first pass's sync told, told again
                window.team.moved.moved([], ["永兴超市"])
            window.team.sync.show_status()
            window.show_area("customers")
            _wait(app, lambda: False, 0.5)
            grab(app, window, args.out / f"{language}-team-left-notice.png")
            listed = window.team.moved.open_list()
            grab(app, listed, args.out / f"{language}-team-left-list.png")
            listed.close()
            page = window.show_area("conflicts")
            page.refresh()
            _wait(app, lambda: False, 0.5)
            grab(app, window, args.out / f"{language}-team-conflicts.png")
            refused = next(i for i, c in enumerate(page.items) if c.refused)
            page.table.selectRow(refused)
            grab(app, window, args.out / f"{language}-team-conflicts-refused.png")

            dialog = window.team.open_dialog()
            grab(app, dialog, args.out / f"{language}-team-server-connected.png")
            dialog.close()
            ctx2_store = open_database(workdir / f"alone-{language}.sqlite3")
            ctx2 = AppContext(ctx2_store, "王敏", language, TaskRunner(ctx2_store.path),
                              AppSignals())
            alone = MainWindow(ctx2)
            alone.resize(*SIZE)
            dialog = alone.team.open_dialog()
            dialog.address.setText(f"postgresql://127.0.0.1:{cluster.port}/crm")
            dialog.login.setText("wang")
            dialog.password.setText("wrong password")
            dialog.test()
            grab(app, dialog, args.out / f"{language}-team-server-wrong-password.png")
            dialog.address.setText(f"postgresql://127.0.0.1:{_free_port()}/crm")
            dialog.test()
            grab(app, dialog, args.out / f"{language}-team-server-unreachable.png")
            dialog.close()
            alone.close()
            ctx2.tasks.shutdown()
            ctx2_store.close()
            window.close()
            tasks.shutdown()
            store.close()
            _give_and_arrive(app, workdir, language, args.out, grab, _wait)
            _users(app, workdir, team, language, args.out, grab, _wait)
            _publish(app, cluster, workdir, language, args.out, grab, _wait)
            _first_sync_cut(app, workdir, team, language, args.out, grab, _wait)
            _addresses(app, workdir, language, args.out, grab, _wait)
            for t in translators:
                app.removeTranslator(t)
    finally:
        cluster.stop()
    return 0


def _addresses(app, workdir: Path, language: str, out: Path, grab, wait) -> None:
    """A dossier's Addresses tab (the main one first) and the dialog adding one from a pasted
    line, split into its parts."""
    from desktop_crm.domain.addresses import AddressService
    from desktop_crm.domain.customers import CustomerService
    from desktop_crm.storage.db import open_database
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner
    from screenshots import SIZE

    store = open_database(workdir / f"addresses-{language}.sqlite3")
    cid = CustomerService(store, "王敏").create({
        "name": "明佳烟酒", "phone": "0755-26001234", "area": "科技园",
        "address": "广东省深圳市南山区科技园南路18号"})
    service = AddressService(store, "王敏")
    service.add(cid, {"kind": "delivery", "province": "广东省", "city": "深圳市",
                      "district": "宝安区", "street": "福永大道288号", "building": "3号仓库",
                      "postcode": "518103"})
    service.add(cid, {"kind": "billing", "line": "深圳市南山区财务中心（开票请寄此处）"})
    service.add(cid, {"kind": "home", "province": "上海市", "city": "上海市",
                      "district": "浦东新区", "street": "张杨路500号", "building": "12栋1502室"})
    ctx = AppContext(store, "王敏", language, TaskRunner(store.path), AppSignals())
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    dossier = window.open_customer(cid)
    dossier.show_tab("addresses")
    wait(app, lambda: False, 0.5)
    grab(app, window, out / f"{language}-dossier-addresses.png")
    dialog = dossier.addresses_tab.dialog()
    dialog.paste.setText("湖北省武汉市江汉区解放大道1号")
    dialog.split_line()
    dialog.kind_form.apply_values({"kind": "delivery"})
    dialog.form.apply_values({"building": "汉口仓库B座"})
    dialog.show()
    wait(app, lambda: False, 0.3)
    grab(app, dialog, out / f"{language}-address-dialog.png")
    dialog.close()
    window.close()
    ctx.tasks.shutdown()
    store.close()


def _visits_and_plan(office) -> None:
    """This month's visits, an overdue follow-up and an active plan of 王敏's customers."""
    from datetime import date, timedelta

    from desktop_crm.domain.plans.service import PlanService

    me, today = office.staff_id("王敏"), date.today()
    shop = office.id_of("明佳烟酒")
    office.visits.log_visit(shop, {"occurred_at": today.isoformat(), "channel": "visit",
                                   "staff": me})
    office.visits.log_visit(office.id_of("曾记便利店"), {
        "occurred_at": (today - timedelta(days=40)).isoformat(), "channel": "visit",
        "staff": me, "follow_up_due": (today - timedelta(days=3)).isoformat()})
    plans = PlanService(office.store, "王敏")
    plans.set_status(plans.save(plans.new_plan(shop)), "active")


def _give_and_arrive(app, workdir: Path, language: str, out: Path, grab, wait) -> None:
    """The manager's Give to… for two of 王敏's customers, and 李强's laptop after the sync
    that brought him 永兴超市."""
    from PySide6.QtCore import QItemSelectionModel

    from desktop_crm.storage.db import open_database
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner
    from screenshots import SIZE

    for login, user in (("chen", "陈经理"), ("li", "李强")):
        store = open_database(workdir / login / f"{login}.sqlite3")
        tasks = TaskRunner(store.path)
        ctx = AppContext(store, user, language, tasks, AppSignals())
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        window.team.sync.password = PASSWORD
        page = window.show_area("customers")
        wait(app, lambda p=page: p.model.total() >= 1 and p.model.row_data(0) is not None)
        if login == "chen":
            flags = (QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
            for row in range(page.model.total()):
                if page.model.row_data(row).name in ("明佳烟酒", "曾记便利店"):
                    page.table.selectionModel().select(page.model.index(row, 0), flags)
            window.team.give.open_give()
            wait(app, lambda w=window: w.team.give.dialog is not None)
            dialog = window.team.give.dialog
            dialog.person.setCurrentIndex(dialog.person.findText("李强"))
            grab(app, dialog, out / f"{language}-team-give-dialog.png")
            dialog.reject()
            overview = window.show_area("team_overview")
            wait(app, lambda o=overview: not o.reading and o.model.rowCount() > 0)
            grab(app, window, out / f"{language}-team-overview.png")
        else:
            if language == "zh":
                window.team.sync_action.trigger()
                wait(app, lambda w=window: not w.team.sync.running)
            else:
                window.team.moved.moved(["永兴超市"], [])
            wait(app, lambda: False, 0.5)
            grab(app, window, out / f"{language}-team-arrived-notice.png")
            listed = window.team.moved.open_list()
            grab(app, listed, out / f"{language}-team-arrived-list.png")
            listed.close()
        window.close()
        tasks.shutdown()
        store.close()


def _first_sync_cut(app, workdir: Path, team, language: str, out: Path, grab, wait) -> None:
    """A manager's first sync cut short (as Cancel does after a few batches): the status bar
    says how far it got, and the first sync's dialog counts records of the total."""
    from desktop_crm.storage.db import open_database
    from desktop_crm.sync import connection, engine
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner
    from screenshots import SIZE
    from tests.sync.laptops import laptop

    folder = workdir / f"cut-{language}"
    folder.mkdir()
    cut = laptop(folder, team, "chen", PASSWORD)

    def stop(phase: str, count: int) -> None:
        if phase == "pull" and count >= 35:
            raise KeyboardInterrupt

    engine.COMMIT_EVERY, engine.PROGRESS_EVERY, was = 10, 1, (engine.COMMIT_EVERY,
                                                              engine.PROGRESS_EVERY)
    try:
        with connection.open_server(connection.link(cut.store).url, PASSWORD) as conn:
            engine.sync(cut.store, conn, stop)
    except KeyboardInterrupt:
        pass
    finally:
        engine.COMMIT_EVERY, engine.PROGRESS_EVERY = was
    cut.store.close()
    store = open_database(folder / "chen.sqlite3")
    ctx = AppContext(store, "陈经理", language, TaskRunner(store.path), AppSignals())
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    window.show_area("customers")
    wait(app, lambda: False, 0.5)
    grab(app, window, out / f"{language}-team-first-sync-cut.png")
    sync = window.team.sync
    sync._dialog = sync._first_sync_dialog()
    share = connection.status(store)["first_pull"]
    sync._progress("total", share[1])
    sync._progress("pull", share[0])
    wait(app, lambda: False, 0.3)
    grab(app, sync._dialog, out / f"{language}-team-first-sync-progress.png")
    sync._close_dialog()
    window.close()
    window.team.shutdown()
    ctx.tasks.shutdown()
    store.close()


def _users(app, workdir: Path, team, language: str, out: Path, grab, wait) -> None:
    """An administrator's File ▸ Users and roles…, and the form for a new login."""
    from desktop_crm.sync import ROLES
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner
    from desktop_crm.ui.team.users_dialog import NewLoginDialog
    from tests.pg import SUPERUSER, SUPERUSER_PASSWORD
    from tests.sync.laptops import laptop

    folder = workdir / f"boss-{language}"
    folder.mkdir()
    boss = laptop(folder, team, "boss", PASSWORD)
    from desktop_crm.storage import audit

    audit.record(boss.store, "总经理", "export", "12 位客户 → 客户.xlsx")
    audit.record(boss.store, "总经理", "print_plan", "明佳烟酒 经营计划书.pdf")
    boss.sync()
    tasks = TaskRunner(boss.store.path)
    ctx = AppContext(boss.store, "总经理", language, tasks, AppSignals())
    window = MainWindow(ctx)
    window.show()
    dialog = window.team.open_users()
    dialog.admin.setText(SUPERUSER)
    dialog.password.setText(SUPERUSER_PASSWORD)
    dialog.reload()
    dialog.table.selectRow(1)
    wait(app, lambda: False, 0.3)
    grab(app, dialog, out / f"{language}-team-users.png")
    form = NewLoginDialog([(dialog.role_name(r), r) for r in ROLES], dialog)
    form.login.setText("zhou.ping")
    form.staff.setText("周平")
    form.team.setText("north")
    form.show()
    grab(app, form, out / f"{language}-team-new-login.png")
    form.close()
    dialog.close()
    window.team.sync.password = PASSWORD
    logged = window.team.open_audit()
    grab(app, logged, out / f"{language}-team-audit.png")
    logged.close()
    window.close()
    tasks.shutdown()
    boss.store.close()


def _publish(app, cluster, workdir: Path, language: str, out: Path, grab, wait) -> None:
    """An administrator connects a second file to a team that has data: the offer to merge
    it in, and the report. A team database of its own, one file published before."""
    from desktop_crm.domain.customers import CustomerService
    from desktop_crm.domain.duplicates import strong_match
    from desktop_crm.storage.db import open_database
    from desktop_crm.sync import publish, server
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.tasks import TaskRunner
    from desktop_crm.ui.team.publish_dialog import offer_box
    from screenshots import SIZE

    dbname = f"publish_{language}"
    owner = cluster.new_database(dbname)
    server.init(owner)
    admin = {"zh": "laoban", "en": "head"}[language]  # logins are the cluster's roles
    server.add_user(owner, admin, "总经理", "admin", None, PASSWORD)
    url = f"postgresql://127.0.0.1:{cluster.port}/{dbname}"
    first = open_database(workdir / f"head-office-{language}.sqlite3")
    CustomerService(first, "总经理").create_many([
        {"code": "XY-001", "name": "明佳烟酒", "phone": "0710-3212345"},
        {"code": "XY-002", "name": "曾记便利店", "phone": "0710-3300001"},
        {"code": "XY-003", "name": "永兴超市", "phone": "0710-3300002"},
        {"name": "东门烟酒"}])  # a code made up: C000001
    publish.publish(first, url, admin, PASSWORD, strong_match(first))
    first.close()
    store = open_database(workdir / f"branch-{language}.sqlite3")
    CustomerService(store, "总经理").create_many(
        [{"code": "XY-001", "name": "明佳烟酒行", "address": "襄阳市人民路1号"},
         {"code": "ZJ-7", "name": "曾记 便利店", "phone": "0710 3300001"},
         {"name": "老街茶庄"}]  # C000001 too, another shop: a new code
        + [{"code": f"FC-{n:03d}", "name": name} for n, name in enumerate(
            ("新华书店", "红旗超市", "张三便利店", "李四烟酒", "东风商行", "南湖副食",
             "金桥烟酒", "四季便利", "好又多超市", "春风茶行"), 1)])
    tasks = TaskRunner(store.path)
    ctx = AppContext(store, "总经理", language, tasks, AppSignals())
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    dialog = window.team.open_dialog()
    dialog.address.setText(url)
    dialog.login.setText(admin)
    dialog.password.setText(PASSWORD)
    box = offer_box(dialog, "admin", store.count("customers"), 4)  # the first file's
    box.show()
    grab(app, box, out / f"{language}-team-publish-offer.png")
    box.close()
    dialog.publish_file(url, admin, PASSWORD)
    wait(app, lambda: False, 0.5)
    grab(app, dialog.report_dialog, out / f"{language}-team-publish-report.png")
    dialog.report_dialog.close()
    window.close()
    tasks.shutdown()
    store.close()


if __name__ == "__main__":
    raise SystemExit(main())
