from __future__ import annotations

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a user would: ASCII key by key, Chinese as an input method commits it."""
    for chunk in _runs(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs


@pytest.fixture
def type_into(qtbot):
    return lambda widget, text: type_text(qtbot, widget, text)


@pytest.fixture
def ctx(qtbot, store):
    """The context pages are built with, over the test database, with a live worker thread."""
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.tasks import TaskRunner

    tasks = TaskRunner(store.path)
    context = AppContext(store=store, actor="测试员", language="zh", tasks=tasks, signals=AppSignals())
    yield context
    tasks.shutdown()


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp):
    """The app in English, as `desktop-crm` starts it for an English-speaking user."""
    from desktop_crm.ui.app import install_language

    translators = install_language(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
