"""Giving customers to another account manager from the customer list: Customer ▸ Give to…
(Ctrl+Shift+G) and the list's context menu, offered only to a login that may give
(``domain/team_rights``); the dialog says in a sentence what the move means, and the owner
changes through the bulk edit's write path (``domain/give.give``), so it has a history entry
per customer, is undone with Ctrl+Z, and goes to the team with a sync right after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMenu, QVBoxLayout, QWidget,
)

from desktop_crm.domain import give
from desktop_crm.domain.team_rights import rights
from desktop_crm.ui.context import AppContext

if TYPE_CHECKING:
    from desktop_crm.ui.customers.page import CustomersPage
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.team.sync_control import TeamSync

GIVE_KEYS = "Ctrl+Shift+G"


class GiveDialog(QDialog):
    """Whom to give the chosen customers to, and what that means, said before it is done."""

    def __init__(self, ctx: AppContext, handover: give.Handover,
                 targets: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.handover = handover
        self.setWindowTitle(self.tr("Give to…"))
        self.person = QComboBox()
        self.person.setMaxVisibleItems(20)
        for sid, name in targets:
            self.person.addItem(name, sid)
        self.person.setAccessibleName(self.tr("Account manager"))
        intro = QLabel(self.tr("Give %n selected customer(s) to another account manager.", "",
                               handover.count))
        intro.setWordWrap(True)
        self.consequence = QLabel()
        self.consequence.setObjectName("give_consequence")
        self.consequence.setWordWrap(True)
        self.consequence.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        label = QLabel(self.tr("&Account manager"))
        label.setBuddy(self.person)
        form.addRow(label, self.person)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.give_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.give_button.setText(self.tr("&Give"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.person.currentIndexChanged.connect(self._explain)
        self._explain()

    def chosen(self) -> tuple[int, str] | None:
        sid = self.person.currentData()
        return None if sid is None else (sid, self.person.currentText())

    @Slot()
    def _explain(self) -> None:
        chosen = self.chosen()
        self.give_button.setEnabled(chosen is not None and self.handover.moving(chosen[0]) > 0)
        self.consequence.setText(self.sentence() if chosen else "")

    def sentence(self) -> str:
        sid, name = self.chosen()
        h = self.handover
        moving = h.moving(sid)
        if moving == 0:
            return self.tr("The selected customers belong to %1 already.").replace("%1", name)
        if not h.connected:
            text = self.tr("%n customer(s) will belong to %1 from now on. Each customer's history "
                           "notes the change; Ctrl+Z undoes it.", "", moving)
            return text.replace("%1", name)
        leaving = h.leaving(sid)
        sep = "、" if self.ctx.language == "zh" else ", "
        if not leaving:
            text = self.tr("%n customer(s), with their visits, plans, members and purchases, will "
                           "move to %1's laptop at the next sync.", "", moving)
        elif len(leaving) == 1:
            text = self.tr("%n customer(s), with their visits, plans, members and purchases, will "
                           "move to %1's laptop at the next sync and leave %2's laptop; changes "
                           "not yet synced on that laptop are sent first, later ones become "
                           "conflicts for %1.", "", moving)
        else:
            text = self.tr("%n customer(s), with their visits, plans, members and purchases, will "
                           "move to %1's laptop at the next sync and leave the laptops of %2; "
                           "changes not yet synced on those laptops are sent first, later ones "
                           "become conflicts for %1.", "", moving)
        return text.replace("%1", name).replace("%2", sep.join(leaving))


class GiveInWindow(QObject):
    """Customer ▸ Give to… and the customer list's context menu, shown to those who may give."""

    def __init__(self, window: MainWindow, sync: TeamSync) -> None:
        super().__init__(window)
        self.window = window
        self.sync = sync
        self.dialog: GiveDialog | None = None
        self.context_menu: QMenu | None = None
        self.action = QAction(self.tr("&Give to…"), window)
        self.action.setShortcut(QKeySequence(GIVE_KEYS))
        self.action.triggered.connect(self.open_give)
        self._page: CustomersPage | None = None
        holder = window.area_tab("customers")
        if holder.built() is not None:
            self._install(holder.built())
        else:
            holder.installEventFilter(self)
        sync.sig_link_changed.connect(self.show_rights)
        self.show_rights()

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._page is None:
            watched.removeEventFilter(self)
            self._install(watched.page())
        return False

    def _install(self, page: CustomersPage) -> None:
        """The list's context menu (right click, or the menu key): its own actions and Give to…"""
        self._page = page
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page.table.customContextMenuRequested.connect(self._menu)

    @Slot(QPoint)
    def _menu(self, pos: QPoint) -> QMenu:
        page = self._page
        menu = QMenu(page)
        for action in (page.open_action, page.edit_action, self.action, page.trash_action,
                       page.restore_action, page.purge_action):
            if action.isVisible() and action.isEnabled():
                menu.addAction(action)
        menu.popup(page.table.viewport().mapToGlobal(pos))
        self.context_menu = menu
        return menu

    @Slot()
    def show_rights(self, *_: object) -> None:
        allowed = rights(self.window.ctx.store).give and not self.window.ctx.store.read_only
        self.action.setVisible(allowed)
        self.action.setEnabled(allowed)

    # --- giving -------------------------------------------------------------------------------

    @Slot()
    def open_give(self) -> None:
        """Read the selected customers and whom they belong to (on the worker: a selection
        can be 100,000 rows), then ask."""
        if not self.action.isEnabled():
            return
        page = self.window.show_area("customers")
        if page.trash_toggle.isChecked() or page.selected_count() == 0:
            page.status.setText(self.tr("Select the customers to give, then Give to… (%1).")
                                .replace("%1", GIVE_KEYS))
            return
        resolve = page.resolver(page.selected_ranges())
        self.window.ctx.tasks.submit(
            lambda store, progress: give.handover(store, resolve(store)),
            self._ask, page.task_failed)

    def _ask(self, handover: give.Handover) -> GiveDialog:
        ctx = self.window.ctx
        dialog = GiveDialog(ctx, handover, give.targets(ctx.store), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._give(handover, *dialog.chosen()))
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _give(self, handover: give.Handover, to: int, name: str) -> None:
        ctx, page = self.window.ctx, self._page or self.window.customers
        actor = ctx.actor

        def done(edit) -> None:
            page.edit_done(edit, self.tr("Gave %n customer(s) to %1. Undo with Ctrl+Z.", "",
                                         len(edit.changed)).replace("%1", name))
            self.sync.sync_in_background()  # the team learns it now, not in twenty seconds

        ctx.tasks.submit(
            lambda store, progress: give.give(store, actor, handover.ids, to, progress),
            done, page.task_failed, title=self.tr("Giving customers…"), parent=self.window)
