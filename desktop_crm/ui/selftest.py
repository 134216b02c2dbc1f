"""The window's part of ``desktop-crm --self-test`` (``cli/selftest.py``): the main window
over a database, every page of it shown and loaded, one dossier opened — offscreen unless a
platform is set. Whatever goes wrong on the way is caught and said in one sentence: an
exception in a slot, a message box a page put up, a Qt error, a page that never finishes
loading, no Chinese font for the window.

It runs in the self-test's own short-lived process, so it may create the QApplication,
take over ``sys.excepthook`` and Qt's message handler while it works, and points QSettings
at a temporary folder so the user's own settings are left alone.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication, QEvent, QMessageLogContext, QSettings, QTimer, QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_crm.domain.customers import CustomerService
from desktop_crm.storage.db import open_database
from desktop_crm.ui import fonts
from desktop_crm.ui.areas import AREAS
from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.tasks import TaskRunner

LOAD_TIMEOUT = 60.0   # seconds a page may take to load offscreen before it counts as stuck
QUIET = 0.3           # seconds without background work after which a page has loaded
ACTOR = "self-test"


class WindowProblem(Exception):
    """What went wrong in the window, as one sentence."""


def build_every_page(db_path: Path, settings_dir: Path, language: str, customer_id: int) -> str:
    """Show every area of the main window and the dossier of ``customer_id``; a short
    summary of what was built, or :class:`WindowProblem`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QCoreApplication.setOrganizationName("desktop-crm-self-test")
    QCoreApplication.setApplicationName("desktop-crm-self-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    app = QApplication.instance() or QApplication([sys.argv[0]])

    from desktop_crm.ui.app import install_language  # the same start-up steps as the app
    from desktop_crm.ui.main_window import MainWindow

    install_language(app, language)
    font, family = fonts.install(app.font())
    if family is None:
        raise WindowProblem("the window has no Chinese font (neither the app's own nor one of "
                            "this computer's), so Chinese would show as empty boxes")
    app.setFont(font)

    store = open_database(db_path, create=False)
    tasks = TaskRunner(db_path)
    window = None
    try:
        with _Trouble.watched() as trouble:
            with _named("the main window"):
                window = MainWindow(AppContext(store, ACTOR, language, tasks, AppSignals()))
                window.show()
            for area in AREAS:
                with _named(f"the {area.title} page"):
                    window.show_area(area.key)
                _settle(app, tasks, trouble, f"the {area.title} page")
            customers = store.count("customers", deleted_at=None)
            if str(customers) not in window.count_label.text():
                raise WindowProblem(f"the status bar says {window.count_label.text()!r} for "
                                    f"{customers} customers")
            with _named("the customer's dossier"):
                dossier = window.open_customer(customer_id)
            _settle(app, tasks, trouble, "the customer's dossier")
            name = CustomerService(store).get(customer_id)["name"]
            shown = window.tabs.tabText(window.tabs.indexOf(dossier))
            if name not in shown:
                raise WindowProblem(f"the dossier of {name} opened with the title {shown!r}")
            window.close()
            _settle(app, tasks, trouble, "closing the window")
    finally:
        if window is not None:
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        tasks.shutdown()
        store.close()
    return f"{len(AREAS)} pages and a dossier, Chinese in {family}"


@contextmanager
def _named(what: str) -> Iterator[None]:
    """An error while building ``what`` comes back as a WindowProblem naming it."""
    try:
        yield
    except WindowProblem:
        raise
    except Exception as exc:  # noqa: BLE001 (the self-test words it)
        raise WindowProblem(what) from exc


def _settle(app: QApplication, tasks: TaskRunner, trouble: _Trouble, what: str) -> None:
    """Run the event loop until nothing has run in the background for a moment (a page may
    start its loads from a timer), then say if anything went wrong meanwhile."""
    deadline = time.monotonic() + LOAD_TIMEOUT
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        app.processEvents()
        trouble.raise_for(what)
        if tasks.busy():
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= QUIET:
            return
        time.sleep(0.01)
    raise WindowProblem(f"{what} did not finish loading within {LOAD_TIMEOUT:.0f} s")


class _Trouble:
    """Collects what goes wrong while the window works: exceptions raised in slots (Qt hands
    them to ``sys.excepthook``; the caller words them), message boxes (closed at once, their
    text kept) and Qt's critical messages. Qt's warnings are dropped: offscreen, they are
    noise."""

    def __init__(self) -> None:
        self.found: list[str | BaseException] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close_message_boxes)

    @classmethod
    @contextmanager
    def watched(cls) -> Iterator[_Trouble]:
        trouble = cls()
        hook = sys.excepthook
        sys.excepthook = trouble._exception
        previous = qInstallMessageHandler(trouble._qt_message)
        trouble.timer.start()
        try:
            yield trouble
        finally:
            trouble.timer.stop()
            qInstallMessageHandler(previous)
            sys.excepthook = hook

    def raise_for(self, what: str) -> None:
        """An exception met comes back as the cause of a WindowProblem naming ``what``."""
        if not self.found:
            return
        first = self.found[0]
        if isinstance(first, BaseException):
            raise WindowProblem(what) from first
        raise WindowProblem(f"{what}: {first}")

    def _exception(self, _kind: type[BaseException], exc: BaseException,
                   _tb: TracebackType | None) -> None:
        self.found.append(exc)

    def _qt_message(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.found.append(f"Qt said: {message}")

    def _close_message_boxes(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.found.append(f"a message box said {widget.text()!r}")
                widget.done(0)
