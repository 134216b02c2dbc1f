"""The main window: one tab per area (see ``areas.py``) and one per open dossier."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QTabWidget,
    QVBoxLayout, QWidget,
)

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain import follow_ups
from desktop_crm.storage.db import DAMAGED
from desktop_crm.ui.analytics.refresher import ScoreRefresher
from desktop_crm.ui.areas import AREAS, Area
from desktop_crm.ui.context import AppContext

if TYPE_CHECKING:
    from desktop_crm.ui.dossier.widget import DossierWidget

DEMO_CUSTOMERS = 500


class MainWindow(QMainWindow):
    """Asks its owner (the app controller) to switch files through these signals."""

    sig_new_database = Signal()
    sig_open_database = Signal()
    sig_open_recent = Signal(Path)
    sig_backup = Signal()
    sig_restore = Signal()
    sig_recover = Signal()
    sig_backups = Signal()
    sig_encryption = Signal()  # encrypt the file, or remove its encryption
    sig_settings = Signal()
    sig_closed = Signal()

    def __init__(self, ctx: AppContext, recent: list[Path] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("desktop-crm — %1").replace("%1", ctx.store.path.name))
        self.resize(1280, 680)  # within a 1366×768 screen, less taskbar and title bar
        self.setMinimumSize(960, 600)

        self.tabs = QTabWidget(documentMode=True, tabsClosable=True, movable=True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self._areas: dict[str, _AreaTab] = {}
        self._opener: dict[QWidget, QWidget | None] = {}  # dossier -> the tab it was opened from
        for area in AREAS:
            holder = self._areas[area.key] = _AreaTab(area, ctx)
            index = self.tabs.addTab(holder, area.label())
            self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)

        self.notice = _Notice()
        self.notice.sig_show.connect(lambda: self.show_area("follow_ups"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._banner: QLabel | None = None
        self._central_layout = layout
        if ctx.store.read_only:
            self.show_read_only(ctx.store.read_only)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.path_label = QLabel(str(ctx.store.path))
        self.count_label = QLabel()
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.count_label)
        # a method, not a lambda: Qt drops the connection when the window is deleted
        ctx.tasks.sig_busy_changed.connect(self._show_busy)
        self._announce_overdue = False
        self._build_menus(recent or [])
        ctx.signals.sig_open_customer.connect(self.open_customer)
        ctx.signals.sig_customers_changed.connect(self.refresh_status)
        ctx.signals.sig_visits_changed.connect(self.refresh_status)
        self.score_refresher = ScoreRefresher(ctx, self)  # re-scores edited customers
        ctx.signals.sig_show_segment.connect(self.show_segment)
        ctx.signals.sig_show_owner.connect(self.show_owner)
        self.refresh_status()

    # --- menus --------------------------------------------------------------------------------

    def _build_menus(self, recent: list[Path]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New database…"), self.sig_new_database.emit)
        self._action(file_menu, self.tr("&Open database…"), self.sig_open_database.emit,
                     QKeySequence.StandardKey.Open)
        recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        for path in recent:
            recent_menu.addAction(str(path), lambda p=path: self.sig_open_recent.emit(p))
        recent_menu.setEnabled(bool(recent))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Back up…"), self.sig_backup.emit)
        self._action(file_menu, self.tr("Bac&kups…"), self.sig_backups.emit)
        self._action(file_menu, self.tr("Re&store from a backup…"), self.sig_restore.emit)
        self._action(file_menu, self.tr("Re&cover a damaged file…"), self.sig_recover.emit)
        self.encryption_action = self._action(
            file_menu, self.tr("Remove encr&yption…") if self.ctx.store.passphrase
            else self.tr("&Encrypt…"), self.sig_encryption.emit)
        self.encryption_action.setEnabled(not self.ctx.store.read_only)
        file_menu.addSeparator()
        import_action = self._action(file_menu, self.tr("&Import…"), self.open_import,
                                     QKeySequence("Ctrl+Shift+I"))
        self._action(file_menu, self.tr("E&xport the customer list…"),
                     lambda: self.show_area("customers").export_list())
        self._action(file_menu, self.tr("Import &history…"), self.open_import_history)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Se&ttings…"), self.sig_settings.emit,
                     QKeySequence.StandardKey.Preferences)
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        customer_menu = self.menuBar().addMenu(self.tr("&Customer"))
        self._action(customer_menu, self.tr("&New customer"), lambda: self.open_customer(None),
                     QKeySequence.StandardKey.New)
        self._action(customer_menu, self.tr("&Close tab"), lambda: self.close_tab(self.tabs.currentIndex()),
                     QKeySequence.StandardKey.Close)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._view_actions = {
            area.key: self._action(view_menu, area.label(),
                                   lambda _=False, key=area.key: self.show_area(key),
                                   QKeySequence(f"Ctrl+{number}") if number < 10 else None)
            for number, area in enumerate(AREAS, start=1)}
        from desktop_crm.ui.team.window import TeamInWindow

        self.team = TeamInWindow(self, file_menu, import_action)
        self.team.give.add_to(customer_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&About desktop-crm"), self.show_about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    # --- help ----------------------------------------------------------------------------------

    @Slot()
    def show_about(self):
        from desktop_crm.ui.about import AboutDialog

        dialog = AboutDialog(self.ctx.store.path, self)
        dialog.open()
        return dialog

    @Slot()
    def show_guide(self):
        from desktop_crm.ui.about import GuideDialog

        dialog = GuideDialog(self)
        dialog.open()
        return dialog

    def show_read_only(self, reason: str) -> None:
        """The red bar that says, for as long as the window is open, that nothing can be
        changed, why, and what to do."""
        if self._banner is None:
            self._banner = _read_only_banner(reason)
            self._central_layout.insertWidget(0, self._banner)

    def bring_to_front(self) -> None:
        """Another launch asked for this file: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- import and export (ui/transfer) -------------------------------------------------------

    @Slot()
    def open_import(self):
        from desktop_crm.ui.transfer.import_wizard import open_import

        return open_import(self.ctx, self)

    @Slot()
    def open_import_history(self):
        from desktop_crm.ui.transfer.history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.ctx, self)
        dialog.open()
        return dialog

    # --- areas --------------------------------------------------------------------------------

    def area(self, key: str) -> QWidget:
        """The page of an area, built now if it has not been shown yet."""
        return self._areas[key].page()

    def area_tab(self, key: str) -> _AreaTab:
        return self._areas[key]

    def view_action(self, key: str) -> QAction:
        return self._view_actions[key]

    def show_area(self, key: str) -> QWidget:
        self.tabs.setCurrentWidget(self._areas[key])
        return self.area(key)

    @Slot(str)
    def show_segment(self, segment: str) -> None:
        """The customer list, filtered to a segment of the latest scoring run."""
        self.show_area("customers").filters.select_segment(segment)

    @Slot(int)
    def show_owner(self, staff_id: int) -> None:
        """The customer list, filtered to one account manager's customers (the other filters
        cleared)."""
        from desktop_crm.domain.customer_list import CustomerFilter

        self.show_area("customers").filters.apply(CustomerFilter(owner_id=staff_id))

    def current_area(self) -> str | None:
        current = self.tabs.currentWidget()
        return current.area.key if isinstance(current, _AreaTab) else None

    @property
    def customers(self):  # the pages most code and tests talk to
        return self.area("customers")

    @property
    def follow_ups(self):
        return self.area("follow_ups")

    @property
    def visits(self):
        return self.area("visits")

    # --- dossiers -----------------------------------------------------------------------------

    def dossiers(self) -> list[DossierWidget]:
        return [w for i in range(self.tabs.count()) if not isinstance(w := self.tabs.widget(i), _AreaTab)]

    @Slot(int)
    def open_customer(self, customer_id: int | None) -> DossierWidget:
        for dossier in self.dossiers():
            if customer_id is not None and dossier.customer_id == customer_id:
                self.tabs.setCurrentWidget(dossier)
                return dossier
        from desktop_crm.ui.dossier.widget import DossierWidget  # loaded when first needed

        dossier = DossierWidget(self.ctx, customer_id)
        self._opener[dossier] = self.tabs.currentWidget()  # where closing it goes back to
        index = self.tabs.addTab(dossier, self.tr("New customer") if customer_id is None else "…")
        dossier.sig_title_changed.connect(
            lambda title, d=dossier: self.tabs.setTabText(self.tabs.indexOf(d), title)
        )
        self.tabs.setCurrentIndex(index)
        return dossier

    @Slot(int)
    def close_tab(self, index: int) -> bool:
        widget = self.tabs.widget(index)
        if widget not in self.dossiers() or not widget.maybe_close():
            return False
        back = self._opener.pop(widget, None)
        for opened, opener in self._opener.items():  # dossiers opened from this one
            if opener is widget:
                self._opener[opened] = back
        if index == self.tabs.currentIndex() and back is not None and self.tabs.indexOf(back) >= 0:
            self.tabs.setCurrentWidget(back)  # where the user was when they opened it
        self.tabs.removeTab(self.tabs.indexOf(widget))
        widget.deleteLater()
        return True

    # --- status -------------------------------------------------------------------------------

    @Slot(bool)
    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    @Slot()
    def refresh_status(self, *_: object) -> None:
        """Count customers and overdue follow-ups on the worker (a join over every open
        follow-up: too slow for the UI thread at 100k customers), then show them."""
        def counts(store, progress) -> tuple[int, follow_ups.Overdue]:
            return store.count("customers", deleted_at=None), follow_ups.overdue(store)

        self.ctx.tasks.submit(counts, self._show_status,
                              lambda exc: self.count_label.setText(str(exc)))

    def _show_status(self, counts: tuple[int, follow_ups.Overdue]) -> None:
        """The customers in the file (not in the trash), and everyone's overdue follow-ups
        and plan actions: the number on the Follow-ups tab, in the banner, and under
        "Overdue" in the agenda with "Only mine" off."""
        customers, due = counts
        overdue = due.items
        text = self.tr("%n customer(s) in the file", "", customers)
        if overdue:
            text += " · " + self.tr("%n overdue follow-up(s)", "", overdue)
        self.count_label.setText(text)
        follow_ups = self._areas["follow_ups"]
        self.tabs.setTabText(
            self.tabs.indexOf(follow_ups),
            self.tr("Follow-ups (%1)").replace("%1", str(overdue)) if overdue else follow_ups.area.label(),
        )
        if self._announce_overdue and overdue:
            self.notice.show_message(
                self.tr("%n follow-up(s) are overdue.", "", overdue), self.tr("Show them")
            )
        self._announce_overdue = False

    def show_overdue_notice(self) -> None:
        """Announce overdue follow-ups (once, at start-up) when the counts arrive."""
        self._announce_overdue = True
        self.refresh_status()

    # --- first start ---------------------------------------------------------------------------

    def offer_demo_if_empty(self) -> None:
        if self.ctx.store.read_only or self.ctx.store.exists("customers"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Welcome to desktop-crm"),
            self.tr("This database is empty. Load demo data (%1 customers with contacts, "
                    "visits, purchases and plans) to try the app?").replace("%1", str(DEMO_CUSTOMERS)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo(DEMO_CUSTOMERS)

    def load_demo(self, customers: int) -> None:
        from desktop_crm.domain.demo import build_demo

        def done(_: object) -> None:
            self.ctx.signals.sig_customers_changed.emit([])
            self.ctx.signals.sig_visits_changed.emit(0)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("Demo data cancelled; nothing was written."), 8000)
            else:
                QMessageBox.warning(self, self.tr("Demo data"), str(exc))

        self.ctx.tasks.submit(
            lambda store, progress: build_demo(store, customers, progress=progress),
            done, failed, title=self.tr("Writing demo data…"), parent=self,
        )

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        for dossier in self.dossiers():
            self.tabs.setCurrentWidget(dossier)
            if not dossier.maybe_close():
                event.ignore()
                return
        event.accept()
        self.team.shutdown()
        self.sig_closed.emit()


class _AreaTab(QWidget):
    """Holds an area's tab and builds its page the first time the tab is shown."""

    def __init__(self, area: Area, ctx: AppContext) -> None:
        super().__init__()
        self.area = area
        self.ctx = ctx
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self.area.build(self.ctx)
            self._layout.addWidget(self._page)
            self._page.show()  # a child added to a shown widget stays hidden otherwise
        return self._page

    def built(self) -> QWidget | None:
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)


# Why a file is read-only, as storage/location.py and storage/db.py say it.
READ_ONLY_REASONS = (
    QT_TRANSLATE_NOOP("ReadOnly", "the disk is read-only"),
    QT_TRANSLATE_NOOP("ReadOnly", "the file is read-only"),
    QT_TRANSLATE_NOOP("ReadOnly", "its folder is read-only"),
    QT_TRANSLATE_NOOP("ReadOnly", "opened read-only"),
)


def _read_only_banner(reason: str) -> QLabel:
    """Says, for as long as the window is open, that nothing can be changed and what to do."""
    if reason == DAMAGED:
        text = QCoreApplication.translate(
            "MainWindow", "This file is damaged, so it is open read-only. You can search, read, "
            "print and export; changes cannot be saved. Use File ▸ Recover a damaged file… to "
            "rescue what can be read into a new file, or restore a backup."
        )
    else:
        text = QCoreApplication.translate(
            "MainWindow", "This file is open read-only (%1). You can search, read, print and "
            "export; changes cannot be saved. To edit it, copy it to a folder of your own and "
            "open the copy."
        ).replace("%1", QCoreApplication.translate("ReadOnly", reason))
    banner = QLabel(text)
    banner.setObjectName("read_only_banner")
    banner.setWordWrap(True)
    banner.setStyleSheet("#read_only_banner { background: #fde2e1; color: #7a1c17; "
                         "border-bottom: 1px solid #e8a8a4; padding: 6px 10px; }")
    return banner


class _Notice(QFrame):
    """A dismissible bar above the tabs, for things worth seeing at start-up."""

    sig_show = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("notice")
        self.setStyleSheet("#notice { background: #fff4d6; border-bottom: 1px solid #e6cf8f; }")
        self.label = QLabel()
        show = QPushButton()
        show.clicked.connect(self.sig_show.emit)
        show.clicked.connect(self.hide)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        self.show_button = show
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(show)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, button: str) -> None:
        self.label.setText(text)
        self.show_button.setText(button)
        self.show()
