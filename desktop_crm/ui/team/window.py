"""The team in the main window: File ▸ Team server…, File ▸ Sync (F9), the sync's words in the
status bar, the Conflicts tab (with its count) while the file is connected, and the Team
overview tab while it is connected as a manager or an admin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from desktop_crm.ui.team.sync_control import TeamSync

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow

SYNC_KEYS = "F9"  # Ctrl+Shift+S is the plan editor's "Save as PDF"


class TeamInWindow(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.sync = TeamSync(window.ctx, window)
        self.server_action = QAction(self.tr("&Team server…"), window)
        self.server_action.triggered.connect(self.open_dialog)
        self.sync_action = QAction(self.tr("S&ync with the team"), window)
        self.sync_action.setShortcut(QKeySequence(SYNC_KEYS))
        self.sync_action.triggered.connect(self.sync.sync_now)
        file_menu.insertAction(before, self.server_action)
        self.users_action = QAction(self.tr("&Users and roles…"), window)  # administrators
        self.users_action.triggered.connect(self.open_users)
        file_menu.insertAction(before, self.users_action)
        self.audit_action = QAction(self.tr("Team &audit log…"), window)  # administrators
        self.audit_action.triggered.connect(self.open_audit)
        file_menu.insertAction(before, self.audit_action)
        file_menu.insertAction(before, self.sync_action)
        file_menu.insertSeparator(before)
        self.status_label = QLabel()
        self.status_label.setObjectName("team_status")
        window.statusBar().addPermanentWidget(self.status_label)
        self.sync.sig_status.connect(self.status_label.setText)
        self.sync.sig_link_changed.connect(self.show_link)
        self.sync.sig_conflicts.connect(self.show_conflicts)
        self.sync.sig_synced.connect(self.synced)
        window.ctx.signals.sig_conflicts_changed.connect(self.conflicts_decided)
        self.show_link(self.sync.connected())
        self.sync.show_status()
        from desktop_crm.ui.team.give import GiveInWindow
        from desktop_crm.ui.team.moved import MovedNotice

        self.give = GiveInWindow(window, self.sync)   # Customer ▸ Give to…, for who may give
        self.moved = MovedNotice(window)              # what a sync brought in or took away
        self.sync.sig_moved.connect(self.moved.moved)

    @Slot()
    def open_dialog(self):
        from desktop_crm.ui.team.connect_dialog import TeamServerDialog

        dialog = TeamServerDialog(self.sync, self.window)
        dialog.open()
        return dialog

    @Slot()
    def open_users(self):
        from desktop_crm.ui.team.users_dialog import UsersDialog

        dialog = UsersDialog(self.sync, self.window)
        dialog.open()
        return dialog

    @Slot()
    def open_audit(self):
        from desktop_crm.ui.team.audit_dialog import AuditDialog

        dialog = AuditDialog(self.sync, self.window)
        dialog.open()
        dialog.reload()
        return dialog

    @Slot(bool)
    def show_link(self, connected: bool) -> None:
        from desktop_crm.domain.team_rights import rights

        self.sync_action.setEnabled(connected and not self.window.ctx.store.read_only)
        may = rights(self.window.ctx.store)
        self.users_action.setVisible(connected and may.users)
        self.audit_action.setVisible(connected and may.audit)
        tabs = self.window.tabs
        holder = self.window.area_tab("conflicts")
        tabs.setTabVisible(tabs.indexOf(holder), connected)
        self.window.view_action("conflicts").setVisible(connected)
        manager = False
        if connected:  # the page's module (and the tables it imports) only for a team's file
            from desktop_crm.ui.team.overview_page import may_see

            manager = may_see(self.window.ctx.store)
        overview = self.window.area_tab("team_overview")
        tabs.setTabVisible(tabs.indexOf(overview), manager)
        self.window.view_action("team_overview").setVisible(manager)
        self.show_conflicts(self.sync.conflict_count())

    @Slot(int)
    def show_conflicts(self, count: int) -> None:
        """The Conflicts tab says how many wait; the page, if built, shows them."""
        holder = self.window.area_tab("conflicts")
        tabs = self.window.tabs
        label = holder.area.label()
        tabs.setTabText(tabs.indexOf(holder), f"{label} ({count})" if count else label)
        page = holder.built()
        if page is not None:
            page._data_changed()
        self.sync.show_status()

    @Slot(object)
    def synced(self, _result: object) -> None:
        """After a sync, the Team overview (if built) asks the server for the last syncs
        again: this laptop's own has just changed."""
        page = self.window.area_tab("team_overview").built()
        if page is not None:
            page.syncs_changed()

    @Slot()
    def conflicts_decided(self) -> None:
        self.show_conflicts(self.sync.conflict_count())

    def shutdown(self) -> None:
        self.sync.shutdown()
