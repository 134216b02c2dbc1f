"""File ▸ Team server… with a file that holds customers: an administrator publishes it as the
team's data (a report, the server holds the customers, another laptop gets them), merges a
second file in (matched by code and by the duplicate rules); a rep is told what connecting
does and is not offered publishing; a failure is one sentence."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QTimer

from desktop_crm.domain.customers import CustomerService
from desktop_crm.storage.db import open_database
from desktop_crm.sync import connection
from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskRunner
from tests.pg import _free_port
from tests.teams import PASSWORD
from tests.ui.team.test_connect_dialog import address, fill


@pytest.fixture
def file_window(qtbot, tmp_path):
    """A window over a file of its own, made with the customers given."""
    made = []

    def make(name: str, customers: list[dict]) -> MainWindow:
        store = open_database(tmp_path / f"{name}.sqlite3")
        CustomerService(store, "老板").create_many(customers)
        tasks = TaskRunner(store.path)
        window = MainWindow(AppContext(store, "老板", "en", tasks, AppSignals()))
        qtbot.addWidget(window)
        window.show()
        made.append((window, tasks, store))
        return window

    yield make
    for window, tasks, store in made:
        window.team.shutdown()
        window.close()
        tasks.shutdown()
        store.close()


def answer_offer(dialog, button: str, seen: dict) -> None:
    """Click a button of the offer once it shows (it is modal), noting what it said."""
    def click() -> None:
        box = getattr(dialog, "offer", None)
        if box is None or not box.isVisible():
            QTimer.singleShot(50, click)
            return
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        getattr(box, button).click()

    QTimer.singleShot(50, click)


def connect(qtbot, window, team, login: str, button: str, password: str = PASSWORD) -> dict:
    dialog = window.team.open_dialog()
    fill(qtbot, dialog, address(team), login, password)
    seen: dict = {"dialog": dialog}
    answer_offer(dialog, button, seen)
    seen["done"] = dialog.connect_file()
    qtbot.waitUntil(lambda: not window.team.sync.running, timeout=30_000)
    return seen


def server_names(team) -> list[str]:
    with psycopg.connect(team.owner_url) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT data ->> 'name' FROM crm.records WHERE kind = 'customer' AND NOT deleted"))


def test_publish_a_file_then_merge_a_second_one(qtbot, team, file_window, service_laptop,
                                                tmp_path) -> None:
    first = file_window("first", [
        {"code": "K-001", "name": "明佳烟酒", "phone": "0710-3600001"},
        {"code": "K-002", "name": "红旗超市"}])
    seen = connect(qtbot, first, team, "boss", "publish_button")
    assert "This file holds 2 customers; the team server has none yet." in seen["text"]
    assert seen["default"] == "&Publish this file as the team's data"
    assert seen["done"]
    report = seen["dialog"].report_dialog
    assert report.isVisible()
    assert report.summary.text() == ("0 matched by code, 0 by the duplicate rules, 2 added, "
                                     "0 with a new code.")
    assert "Added: 2\n    K-001 明佳烟酒\n    K-002 红旗超市" in report.text.toPlainText()
    assert server_names(team) == ["明佳烟酒", "红旗超市"]
    assert connection.link(first.ctx.store).checkpoint is not None  # connected and synced
    assert first.team.status_label.text() == "Synced just now"
    other = service_laptop("boss", "second-laptop")  # the admin's other computer
    other.sync()
    assert sorted(r["name"] for r in other.store.find("customers")) == [
        "明佳烟酒", "红旗超市"]

    second = file_window("second", [
        {"code": "K-001", "name": "明佳烟酒行"},                    # the same code
        {"code": "X-9", "name": "红旗 超市", "phone": "0710-3600009"},
        {"code": "Z-1", "name": "张三便利店", "phone": "0710-3600001"}])  # 明佳's phone
    seen = connect(qtbot, second, team, "boss", "publish_button")
    assert "the team's data holds 2 already" in seen["text"]
    assert seen["default"] == "&Merge this file into the team's data"
    text = seen["dialog"].report_dialog.text.toPlainText()
    assert "Matched by code: 1\n    K-001 明佳烟酒行  =  K-001 明佳烟酒" in text
    assert "Added: 2" in text
    saved = tmp_path / "report.csv"
    seen["dialog"].report_dialog.save(saved)
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "What,Code,Name,Team's code,Team's name"
    assert "matched by code,K-001,明佳烟酒行,K-001,明佳烟酒" in lines
    assert len(server_names(team)) == 4  # 明佳 once; 红旗 超市 and 张三 are added


def test_a_match_by_the_duplicate_rules_is_reported(qtbot, team, file_window) -> None:
    first = file_window("first", [
        {"code": "K-001", "name": "明佳烟酒", "phone": "0710-3600001"}])
    assert connect(qtbot, first, team, "boss", "publish_button")["done"]
    second = file_window("second", [
        {"code": "M-7", "name": "明佳 烟酒", "phone": "07103600001"}])
    seen = connect(qtbot, second, team, "boss", "publish_button")
    report = seen["dialog"].report_dialog
    assert report.summary.text().startswith("0 matched by code, 1 by the duplicate rules")
    assert ("Matched by the duplicate rules (same phone or name): 1\n"
            "    M-7 明佳 烟酒  =  K-001 明佳烟酒") in report.text.toPlainText()
    assert server_names(team) == ["明佳烟酒"]


def test_a_rep_is_not_offered_publishing_and_cancel_is_the_default(qtbot, team,
                                                                    file_window) -> None:
    window = file_window("rep", [{"code": "K-001", "name": "明佳烟酒"}])
    seen = connect(qtbot, window, team, "wang", "cancel_button")
    assert not seen["done"]
    assert set(seen["buttons"]) == {"Connect &anyway", "Cancel"}  # no publishing
    assert seen["default"] == "Cancel"
    assert ("sends it to the team at the first sync as a new customer: if the team has it "
            "already, it will be there twice") in seen["text"]
    assert "ask an administrator to publish it" in seen["text"]
    assert connection.link(window.ctx.store) is None
    assert server_names(team) == []


def test_unreachable_or_a_wrong_password_is_one_sentence(qtbot, team, file_window) -> None:
    window = file_window("first", [{"code": "K-001", "name": "明佳烟酒"}])
    dialog = window.team.open_dialog()
    fill(qtbot, dialog, address(team, _free_port()), "boss", PASSWORD)
    assert not dialog.connect_file()
    assert dialog.result.text() == (
        "Could not reach the team server; check the address and your network, then try again.")
    dialog.reject()
    dialog = window.team.open_dialog()
    fill(qtbot, dialog, address(team), "boss", "not the password")
    assert not dialog.connect_file()
    assert dialog.result.text() == (
        "The server refused the login or password; check them with your administrator.")
    assert connection.link(window.ctx.store) is None
