"""Editing plan templates: each section's heading and the boilerplate text (title, opening
text, closing line) with placeholders such as {customer_name}. Changes apply to plans
printed from then on; plans keep the title and closing line written on them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from desktop_crm.domain.plans import PLACEHOLDERS, save_template, template, templates
from desktop_crm.domain.plans.templates import BOILERPLATE, HEADINGS, defaults
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext


class TemplateDialog(QDialog):
    sig_saved = Signal(str)   # template key

    def __init__(self, ctx: AppContext, key: str = "retail_outlet",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Plan templates"))
        self.resize(820, 640)
        self.chooser = QComboBox()
        for t in templates(ctx.store):
            self.chooser.addItem(t.name(ctx.language), t.key)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(key)))
        self.chooser.currentIndexChanged.connect(self.load)
        captions = {
            "background": self.tr("Background"), "analysis": self.tr("Customer analysis"),
            "business_format_analysis": self.tr("Business format analysis"),
            "consumer_groups": self.tr("Consumer groups"), "competition": self.tr("Competition"),
            "owner_personality": self.tr("Owner's personality"), "swot": self.tr("SWOT analysis"),
            "S": self.tr("Strengths"), "W": self.tr("Weaknesses"), "O": self.tr("Opportunities"),
            "T": self.tr("Threats"), "strategies": self.tr("Strategies"),
            "actions": self.tr("Actions"), "objectives": self.tr("Objectives"),
            "signature_customer": self.tr("Customer signature"),
            "signature_manager": self.tr("Account manager signature"),
            "signature_date": self.tr("Date line"),
        }
        self.headings = {k: QLineEdit() for k in HEADINGS}
        heading_box = QGroupBox(self.tr("Section headings"))
        grid = QGridLayout(heading_box)
        for i, k in enumerate(HEADINGS):  # two columns: 17 headings fit without scrolling far
            caption = QLabel(captions[k])
            caption.setBuddy(self.headings[k])
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(self.headings[k], i // 2, (i % 2) * 2 + 1)
        self.boilerplate = {k: QPlainTextEdit() for k in BOILERPLATE}
        text_box = QGroupBox(self.tr("Boilerplate text"))
        form = QFormLayout(text_box)
        for k, caption in (("title", self.tr("Title")), ("intro", self.tr("Opening text")),
                           ("closing", self.tr("Closing line"))):
            edit = self.boilerplate[k]
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (1 if k == "title" else 2) + 16)
            form.addRow(caption, edit)
        names = "  ".join("{" + k + "} " + (zh if ctx.language == "zh" else en)
                          for k, (zh, en) in PLACEHOLDERS.items())
        hint = QLabel(self.tr("Placeholders: %1").replace("%1", names))
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(hint)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(heading_box)
        body_layout.addWidget(text_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.defaults)
        top = QHBoxLayout()
        caption = QLabel(self.tr("&Template"))
        caption.setBuddy(self.chooser)
        top.addWidget(caption)
        top.addWidget(self.chooser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load()

    def key(self) -> str:
        return self.chooser.currentData()

    @Slot()
    def load(self, *_: object) -> None:
        t = template(self.ctx.store, self.key(), self.ctx.language)
        self._show(t.headings, t.boilerplate)

    def _show(self, headings: dict[str, str], boilerplate: dict[str, str]) -> None:
        for k, edit in self.headings.items():
            edit.setText(headings.get(k, ""))
        for k, edit in self.boilerplate.items():
            edit.setPlainText(boilerplate.get(k, ""))
        self.error.clear()

    @Slot()
    def defaults(self) -> None:
        """Put the built-in wording back in the fields (saved when the user saves)."""
        d = defaults(self.key(), self.ctx.language)
        self._show(d["headings"], d["boilerplate"])

    @Slot()
    def save(self) -> bool:
        try:
            save_template(self.ctx.store, self.key(),
                          {k: e.text().strip() for k, e in self.headings.items()},
                          {k: e.toPlainText().strip() for k, e in self.boilerplate.items()},
                          self.ctx.language)
        except ValidationError as exc:
            placeholder = exc.errors[0].params.get("placeholder", "")
            self.error.setText(self.tr("{%1} is not a placeholder; use one of those listed.")
                               .replace("%1", placeholder))
            return False
        self.error.setText(self.tr("Saved."))
        self.sig_saved.emit(self.key())
        return True
