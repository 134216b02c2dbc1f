"""Editing greeting templates and the shop name their {shop} placeholder takes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import Qt

from desktop_crm.domain.greetings import OCCASIONS, PLACEHOLDERS, GreetingService, Template
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.members.common import ERROR_STYLE, problem_text


class TemplatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = GreetingService(ctx.store, ctx.actor, ctx.language)
        self.setWindowTitle(self.tr("Greeting templates"))
        self.resize(760, 460)
        lang = 0 if ctx.language == "zh" else 1

        self.shop = QLineEdit(self.service.shop_name())
        self.list = QListWidget()
        self.name = QLineEdit()
        self.occasion = QComboBox()
        for code, labels in OCCASIONS.items():
            self.occasion.addItem(labels[lang], code)
        self.body = QPlainTextEdit()
        hint = QLabel(self.tr("Placeholders: %1").replace(
            "%1", "  ".join(f"{{{k}}} {v[lang]}" for k, v in PLACEHOLDERS.items())))
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        new = QPushButton(self.tr("&New"))
        save = QPushButton(self.tr("&Save template"))
        delete = QPushButton(self.tr("&Delete"))

        form = QFormLayout()
        form.addRow(self.tr("Shop name ({shop}):"), self.shop)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Occasion:"), self.occasion)
        form.addRow(self.tr("Text:"), self.body)
        form.addRow(hint)
        form.addRow(self.error)
        row = QHBoxLayout()
        for b in (new, save, delete):
            row.addWidget(b)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(row)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)

        self.current: Template | None = None
        self.list.currentItemChanged.connect(lambda item, _p: self._show(item))
        new.clicked.connect(self._new)
        save.clicked.connect(self.save)
        delete.clicked.connect(self._delete)
        self._fill()

    def _fill(self, select: int | None = None) -> None:
        self.list.clear()
        for t in self.service.templates():
            item = QListWidgetItem(f"{t.name} ({OCCASIONS[t.occasion][0 if self.ctx.language == 'zh' else 1]})"
                                   if t.occasion in OCCASIONS else t.name)
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.list.addItem(item)
            if t.id == select:
                self.list.setCurrentItem(item)
        if select is None and self.list.count():
            self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.current = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.error.clear()
        if self.current is None:
            return
        self.name.setText(self.current.name)
        self.occasion.setCurrentIndex(max(0, self.occasion.findData(self.current.occasion)))
        self.body.setPlainText(self.current.body)

    def _new(self) -> None:
        self.list.clearSelection()
        self.current = None
        self.name.clear()
        self.body.clear()
        self.name.setFocus()

    def save(self) -> None:
        self.service.set_shop_name(self.shop.text())
        template = Template(self.current.id if self.current else None, self.occasion.currentData(),
                            self.name.text(), self.body.toPlainText(), self.ctx.language)
        try:
            saved = self.service.save_template(template)
        except ValidationError as exc:
            self.error.setText(problem_text(exc))
            return
        self._fill(saved)

    def _delete(self) -> None:
        if self.current is None or self.current.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete template"),
                                      self.tr("Delete the template “%1”?").replace("%1", self.current.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.service.delete_template(self.current.id)
            self._fill()

    def accept(self) -> None:
        self.service.set_shop_name(self.shop.text())
        super().accept()
