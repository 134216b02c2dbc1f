from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_crm.ui.main_window import MainWindow


def shown_names(window: MainWindow) -> list[str]:
    return [window.results.item(r, 1).text() for r in range(window.results.rowCount())]


def test_search_as_you_type(qtbot, type_into, store, customers, mingjia) -> None:
    customers.create({"name": "鑫源超市", "area": "火车站商圈"})
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert "2" in window.count_label.text()

    type_into(window.search_box, "mjyj")
    qtbot.waitUntil(lambda: shown_names(window) == ["明佳烟酒"])
    assert window.results.item(0, 0).text() == "420381104741"

    window.search_box.clear()
    type_into(window.search_box, "火车")
    qtbot.waitUntil(lambda: shown_names(window) == ["鑫源超市"])

    qtbot.keyClick(window.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown_names(window) == [])


def test_demo_data_fills_an_empty_database(qtbot, store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.load_demo(30)
    assert store.count("customers") == 30
    assert "30" in window.count_label.text()
