"""The interface in Chinese for one test, and back in English after it (the session's
language, tests/ui/conftest.py), whatever the test did in between."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


@contextmanager
def chinese_interface() -> Iterator[None]:
    from desktop_crm.ui.app import install_language

    app = QApplication.instance()
    translators = install_language(app, "zh")
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
