"""A page reloads at once when it can be seen, and only on being shown when it cannot."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_crm.ui.pages import RefreshWhenShown


class _Page(RefreshWhenShown, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.loads = 0

    def refresh(self) -> None:
        self._stale = False
        self.loads += 1


def test_hidden_pages_wait_until_shown(qtbot) -> None:
    page = _Page()
    qtbot.addWidget(page)
    assert page.loads == 0  # built but never shown: nothing read
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    page.hide()
    page._data_changed()
    page._data_changed()
    assert page.loads == 1  # two changes while hidden: no work yet
    page.show()
    qtbot.waitUntil(lambda: page.loads == 2)  # one reload for both
    page._data_changed()
    assert page.loads == 3  # seen: at once
