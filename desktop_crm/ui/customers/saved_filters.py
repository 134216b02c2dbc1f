"""The customer list's "Saved filters" menu: use a saved filter, save the list's search and
filters under a name, delete one. They are the same saved filters campaigns, greetings and
the care calendar choose from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QPushButton, QWidget

from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.messages import error_text

if TYPE_CHECKING:
    from desktop_crm.domain.campaigns import SavedFilter


class SavedFiltersButton(QPushButton):
    """Emits :attr:`sig_chosen` with the filter picked (search text included) and
    :attr:`sig_message` with what saving did; ``current`` gives the list's filter to save."""

    sig_chosen = Signal(object)   # CustomerFilter
    sig_message = Signal(str)

    def __init__(self, ctx: AppContext, current: Callable[[], CustomerFilter],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Saved filters"), parent)
        self.ctx = ctx
        self.current = current
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self.fill_menu)

    @Slot()
    def fill_menu(self) -> None:
        from desktop_crm.domain import campaigns  # when first opened: not at start-up

        menu = self.menu()
        menu.clear()
        saved = campaigns.saved_filters(self.ctx.store)
        for f in saved:
            menu.addAction(f.name).triggered.connect(lambda _=False, f=f: self.sig_chosen.emit(f.filter))
        if not saved:
            menu.addAction(self.tr("No saved filters yet")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Save the current filter…")).triggered.connect(self.save)
        forget = menu.addMenu(self.tr("Delete a saved filter"))
        forget.setEnabled(bool(saved))
        for f in saved:
            forget.addAction(f.name).triggered.connect(lambda _=False, f=f: self._delete(f))

    @Slot()
    def save(self) -> None:
        """Save the list's filter under a name the user gives (replacing one, if they say so)."""
        from desktop_crm.domain import campaigns
        from desktop_crm.domain.validation import ValidationError

        flt = self.current()
        if flt.is_empty():
            self.sig_message.emit(self.tr("Choose some filters first: this one would be every customer."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of this filter:"))
        if not ok:
            return
        names = {f.name for f in campaigns.saved_filters(self.ctx.store)}
        if name.strip() in names and QMessageBox.question(
            self, self.tr("Save filter"),
            self.tr("A filter called %1 exists. Replace it?").replace("%1", name.strip()),
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            campaigns.save_filter(self.ctx.store, name, replace(flt, trashed=False))
        except ValidationError as exc:
            self.sig_message.emit(" ".join(error_text(e) for e in exc.errors))
            return
        self.sig_message.emit(self.tr("Saved the filter %1.").replace("%1", name.strip()))

    def _delete(self, saved: SavedFilter) -> None:
        from desktop_crm.domain import campaigns
        from desktop_crm.ui.dossier.forms import ask

        if ask(self, self.tr("Delete a saved filter"),
               self.tr("Delete the saved filter %1? Campaigns already made from it keep their "
                       "customers.").replace("%1", saved.name), self.tr("Delete")):
            campaigns.delete_filter(self.ctx.store, saved.id)
