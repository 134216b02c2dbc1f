"""A person's rights from the member card and the dossier: "Export this person's data…" (PDF
and JSON into a folder) and "Erase this person…" (a question saying what goes and what
stays, confirmed by typing the card number or code), both run on the worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.person_rights import Erasure, PersonRights, find
from desktop_crm.reports.pdf.document import PrintOptions
from desktop_crm.reports.pdf.person import render_person
from desktop_crm.ui.context import AppContext


class EraseDialog(QDialog):
    """The question before an erase: what goes, what stays, typed confirmation."""

    def __init__(self, name: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(self.tr("Erase this person"))
        intro = QLabel(self.tr("Erase the personal data of %1? This cannot be undone.").replace("%1", name))
        intro.setWordWrap(True)
        goes = QLabel(self.tr(
            "Goes: name, phone numbers, address, birthdays, children's birthdays and due date, "
            "household and other notes, tags, contacts, custom fields, the texts of visits and "
            "greetings, plans, and the old and new values in the change history."))
        stays = QLabel(self.tr(
            "Stays, without a name: purchases and points as amounts, the dates and channels of "
            "visits, campaign results, so that reports still add up. The audit log records the "
            "erase, without the erased values."))
        backups = QLabel(self.tr(
            "Backups made before still hold the data until they are thinned out; the app lists "
            "them afterwards."))
        for label in (goes, stays, backups):
            label.setWordWrap(True)
        prompt = QLabel(self.tr("Type %1 to confirm:").replace("%1", key))
        self.typed = QLineEdit()
        prompt.setBuddy(self.typed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.typed.textChanged.connect(
            lambda text: self.erase_button.setEnabled(text.strip() == self.key))
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, goes, stays, backups, prompt, self.typed, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)


class PersonDataButton(QPushButton):
    """A button with the two actions, for the member card and the dossier."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personal data"), parent)
        self.ctx = ctx
        self.key: str | None = None          # card number or customer code
        self.name = ""
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("Export this person's data…"), self.export)
        self.erase_action = menu.addAction(self.tr("Erase this person…"), self.erase)
        self.setMenu(menu)

    def set_person(self, key: str | None, name: str = "") -> None:
        self.key, self.name = key, name
        self.setEnabled(key is not None)

    @Slot()
    def export(self) -> None:
        if self.key is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export this person's data to"))
        if not folder:
            return
        key, actor = self.key, self.ctx.actor
        options = PrintOptions(language=self.ctx.language, printed_by=actor)

        def work(store, _progress) -> list[Path]:
            return PersonRights(store, actor).export(
                find(store, key), folder, lambda data, path: render_person(data, path, options))

        self.ctx.tasks.submit(work, self._exported, self._failed,
                              title=self.tr("Exporting…"), parent=self)

    def _exported(self, written: list[Path]) -> None:
        QMessageBox.information(self, self.tr("Export this person's data"),
                                self.tr("Written:") + "\n" + "\n".join(str(p) for p in written))

    @Slot()
    def erase(self) -> None:
        if self.key is None or not EraseDialog(self.name, self.key, self).exec():
            return
        key, actor = self.key, self.ctx.actor

        def work(store, _progress) -> Erasure:
            return PersonRights(store, actor).erase(find(store, key))

        self.ctx.tasks.submit(work, self._erased, self._failed,
                              title=self.tr("Erasing…"), parent=self)

    def _erased(self, result: Erasure) -> None:
        lines = [self.tr("The personal data was erased.")]
        for backup in result.backups:
            if backup.expires is None:
                lines.append(self.tr("Still in %1 (made by hand: delete it yourself).")
                             .replace("%1", backup.path.name))
            else:
                lines.append(self.tr("Still in %1 until %2 at the latest.")
                             .replace("%1", backup.path.name)
                             .replace("%2", backup.expires.date().isoformat()))
        QMessageBox.information(self, self.tr("Erase this person"), "\n".join(lines))
        self.ctx.signals.sig_customers_changed.emit([result.person.customer_id])
        self.ctx.signals.sig_members_changed.emit([])

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Personal data"), str(exc))
