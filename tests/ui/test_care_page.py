"""The care calendar page: events of the window, greetings previewed, edited, exported."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop_crm.domain.greetings import GreetingService
from desktop_crm.domain.members import MemberService


@pytest.fixture
def people(store, customers, contacts):
    members = MemberService(store, actor="测试员")
    for i, (name, born) in enumerate((("王丽", "1990-12-30"), ("陈静", "1988-01-02"), ("李娜", "1990-06-01"))):
        cid = customers.create({"name": name, "kind": "individual", "consent_channels": "sms"})
        contacts.create(cid, {"name": name, "role": "self", "mobile": f"1391234886{i}", "birthday": born})
        members.enrol(cid, f"BB100{i}", joined_on="2020-12-31")
    GreetingService(store).set_shop_name("贝贝乐")


def test_calendar_and_birthday_greetings_across_the_year_end(qtbot, ctx, people, store, tmp_path, qtmodeltester):
    from desktop_crm.ui.care.page import CarePage

    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.days.setValue(7)
    page.first.setDate(QDate(2025, 12, 28))
    page.show()
    qtbot.waitUntil(lambda: page.events.rowCount() == 6)
    qtmodeltester.check(page.events)
    shown = [[page.events.data(page.events.index(r, c)) for c in (0, 1, 2, 3)] for r in range(6)]
    assert shown == [
        ["2025-12-30", "生日", "王丽", "turns 35"],
        ["2025-12-31", "入会周年", "李娜", "5 years a member"],
        ["2025-12-31", "入会周年", "王丽", "5 years a member"],
        ["2025-12-31", "入会周年", "陈静", "5 years a member"],
        ["2026-01-01", "节日", "元旦", ""],
        ["2026-01-02", "生日", "陈静", "turns 38"],
    ]

    page.kind_boxes["anniversary"].setChecked(False)
    qtbot.waitUntil(lambda: page.events.rowCount() == 3)  # + 元旦 and 陈静's birthday
    assert [page.events.data(page.events.index(r, 2)) for r in range(3)] == ["王丽", "元旦", "陈静"]

    qtbot.waitUntil(lambda: page.greetings.rowCount() == 2)
    qtmodeltester.check(page.greetings)
    assert "王丽" in page.preview.toPlainText() and "贝贝乐" in page.preview.toPlainText()
    page.preview.setPlainText("王丽，生日快乐！小礼物已为您备好。")
    assert page.greetings.rows[0].text == "王丽，生日快乐！小礼物已为您备好。"

    out = tmp_path / "birthdays.csv"
    with qtbot.waitSignal(page.sig_sent):
        page.export(str(out))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert [r[1] for r in rows[1:]] == ["王丽", "陈静"]
    assert rows[1][3] == "王丽，生日快乐！小礼物已为您备好。"
    logged = [r[0] for r in store.conn.execute("SELECT outcome FROM interactions ORDER BY id")]
    assert logged[0] == "王丽，生日快乐！小礼物已为您备好。" and len(logged) == 2


def test_festival_greetings_for_every_member(qtbot, ctx, people):
    from desktop_crm.ui.care.page import CarePage

    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.first.setDate(QDate(2026, 9, 20))
    page.days.setValue(7)
    page.occasion.setCurrentIndex(page.occasion.findData("festival"))
    page.show()
    qtbot.waitUntil(lambda: page.greetings.rowCount() == 3)
    assert all("中秋节" in g.text and g.on == date(2026, 9, 25) for g in page.greetings.rows)


def test_festival_greetings_to_a_saved_filter(qtbot, ctx, people, store, customers, contacts):
    from desktop_crm.domain.campaigns import save_filter
    from desktop_crm.domain.customer_list import CustomerFilter
    from desktop_crm.ui.care.page import CarePage

    shop = customers.create({"name": "明佳烟酒", "tags": "重点户"})
    contacts.create(shop, {"name": "李娟", "role": "owner", "mobile": "13912348866", "is_primary": 1,
                           "consent_channels": "sms"})  # the one greeted agreed
    save_filter(store, "重点户", CustomerFilter(tags=("重点户",)))
    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.first.setDate(QDate(2026, 9, 20))
    page.days.setValue(7)
    page.occasion.setCurrentIndex(page.occasion.findData("festival"))
    page.show()
    assert page.audience.isVisible() and page.audience.count() == 2
    qtbot.waitUntil(lambda: page.greetings.rowCount() == 3)  # every member
    page.audience.setCurrentIndex(page.audience.findText("重点户"))
    qtbot.waitUntil(lambda: page.greetings.rowCount() == 1)
    assert page.greetings.rows[0].name == "李娟" and "中秋节" in page.greetings.rows[0].text


def test_stepping_the_window_loads_only_what_is_asked_last(qtbot, ctx, people, monkeypatch):
    """Each step of the window queues a load; those overtaken while waiting are dropped,
    quietly (no error box), and the page shows the last one asked for."""
    import threading

    from desktop_crm.ui.care import page as care_page
    from desktop_crm.ui.care.page import CarePage

    errors = []
    monkeypatch.setattr(care_page, "show_error", lambda parent, exc: errors.append(exc))
    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.first.setDate(QDate(2025, 12, 28))
    page.show()
    qtbot.waitUntil(lambda: "Loading" not in page.count_label.text(), timeout=10_000)
    release = threading.Event()
    ctx.tasks.submit(lambda store, p: release.wait(10), lambda r: None, lambda e: None)  # busy
    loads = []
    real = care_page.care.upcoming
    monkeypatch.setattr(care_page.care, "upcoming", lambda *a: loads.append(a[2]) or real(*a))
    for days in (7, 14, 30, 60):
        page.days.setValue(days)
    release.set()
    qtbot.waitUntil(lambda: "Loading" not in page.count_label.text(), timeout=10_000)
    assert set(loads) == {60} and errors == []  # (the greetings read the same 60 days)


def test_copying_greetings_is_recorded_before_the_clipboard_gets_them(qtbot, ctx, people, store):
    from PySide6.QtGui import QGuiApplication

    from desktop_crm.ui.care.page import CarePage

    QGuiApplication.clipboard().setText("")
    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.days.setValue(7)
    page.first.setDate(QDate(2025, 12, 28))
    page.kind_boxes["anniversary"].setChecked(False)
    page.show()
    qtbot.waitUntil(lambda: page.greetings.rowCount() == 2)
    page.log_box.setChecked(False)
    with qtbot.waitSignal(page.sig_sent):
        page.copy()
    assert "13912348860" in QGuiApplication.clipboard().text()
    assert [(r["action"], r["detail"]) for r in store.find("audit_log")] == [
        ("copy_greetings", "2 greetings to the clipboard")]


def test_a_birthday_greeting_says_when_the_birthday_is(qtbot, ctx, store, customers, contacts):
    """"今天是您的生日" only on the day; for a birthday ahead the text says when."""
    from datetime import timedelta

    from desktop_crm.ui.care.page import CarePage

    today = date.today()
    members = MemberService(store, actor="测试员")
    for i, ahead in enumerate((0, 1, 3)):
        day = today + timedelta(days=ahead)
        born = day.replace(year=1990) if (day.month, day.day) != (2, 29) else date(1990, 2, 28)
        cid = customers.create({"name": f"会员{ahead}", "kind": "individual", "consent_channels": "sms"})
        contacts.create(cid, {"name": f"会员{ahead}", "role": "self",
                              "mobile": f"1391234887{i}", "birthday": born.isoformat()})
        members.enrol(cid, f"BB200{i}", joined_on="2020-01-15")
    page = CarePage(ctx)
    qtbot.addWidget(page)
    page.days.setValue(7)
    page.first.setDate(QDate(today))
    page.show()
    qtbot.waitUntil(lambda: page.greetings.rowCount() == 3)
    assert page.template.currentData().language == "zh"  # the Chinese template for zh
    texts = {g.name: g.text for g in page.greetings.rows}
    assert "今天是您的生日" in texts["会员0"]
    assert "明天是您的生日" in texts["会员1"]
    assert "3天后是您的生日" in texts["会员3"] and "今天" not in texts["会员3"]
    page.greetings_table.selectRow(2)
    assert "3天后是您的生日" in page.preview.toPlainText()


def test_english_users_get_english_greeting_templates(qtbot, store, people):
    from desktop_crm.ui.care.page import CarePage
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.tasks import TaskRunner

    tasks = TaskRunner(store.path)
    try:
        english = AppContext(store=store, actor="测试员", language="en", tasks=tasks,
                             signals=AppSignals())
        page = CarePage(english)
        qtbot.addWidget(page)
        for occasion in ("birthday", "festival", "anniversary"):
            page.occasion.setCurrentIndex(page.occasion.findData(occasion))
            assert page.template.currentData().language == "en", occasion
        assert GreetingService(store, language="en").template_for("thank_you").body.startswith("Dear")
        assert GreetingService(store).template_for("birthday").language == "zh"
    finally:
        tasks.shutdown()
