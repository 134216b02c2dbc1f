"""The self-test's window part says what went wrong in a page instead of letting it pass:
an exception in a slot, a message box put up while loading (tests/test_selftest.py runs the
whole self-test)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_crm.ui.selftest import WindowProblem, _settle, _Trouble


def test_an_exception_in_a_slot_fails_the_page(qapp, ctx) -> None:
    with _Trouble.watched() as trouble:
        QTimer.singleShot(0, lambda: {}["owner"])
        with pytest.raises(WindowProblem, match="^the Staff page$") as caught:
            _settle(qapp, ctx.tasks, trouble, "the Staff page")
    assert isinstance(caught.value.__cause__, KeyError)


def test_a_message_box_fails_the_page_and_is_closed(qapp, ctx) -> None:
    with _Trouble.watched() as trouble:
        QTimer.singleShot(0, lambda: QMessageBox.warning(None, "desktop-crm", "数据库无法读取"))
        said = "^the Care calendar page: a message box said '数据库无法读取'$"
        with pytest.raises(WindowProblem, match=said):
            _settle(qapp, ctx.tasks, trouble, "the Care calendar page")
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not [box for box in boxes if box.isVisible()]


def test_a_quiet_page_passes(qapp, ctx) -> None:
    loaded = []
    with _Trouble.watched() as trouble:
        ctx.tasks.submit(lambda store, _p: store.count("customers"), loaded.append, loaded.append)
        _settle(qapp, ctx.tasks, trouble, "the Customers page")
    assert loaded == [0]
