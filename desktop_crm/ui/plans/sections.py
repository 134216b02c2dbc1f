"""The editor's pages other than the SWOT grid: background and analysis, actions and
objectives, closing and signatures. Each page reads from and writes into a :class:`Plan`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from desktop_crm.domain.plans import ANALYSIS, Plan, Template
from desktop_crm.ui.plans.rows import ActionDelegate, ActionsModel, ObjectivesModel, ListModel

BACKGROUND_KEYS = ("owner", "customer_code", "shop_name", "business_format")


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class AnalysisPage(QWidget):
    """Title, background (as written on the plan) and the four analysis texts."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.background = {k: QLineEdit() for k in BACKGROUND_KEYS}
        self.analysis = {k: _text_box(4) for k in ANALYSIS}
        self.background_box = QGroupBox()
        grid = QFormLayout(self.background_box)
        captions = {"owner": self.tr("Owner"), "customer_code": self.tr("Customer code"),
                    "shop_name": self.tr("Shop name"), "business_format": self.tr("Business format")}
        row = QHBoxLayout()
        for key in BACKGROUND_KEYS:
            row.addWidget(QLabel(captions[key]))
            row.addWidget(self.background[key], 1)
        grid.addRow(row)
        self.analysis_box = QGroupBox()
        self.analysis_form = QFormLayout(self.analysis_box)
        self.analysis_labels = {k: QLabel() for k in ANALYSIS}
        for key in ANALYSIS:
            self.analysis_labels[key].setBuddy(self.analysis[key])
            self.analysis_form.addRow(self.analysis_labels[key], self.analysis[key])
        layout = QVBoxLayout(self)
        title_row = QFormLayout()
        title_row.addRow(self.tr("&Title"), self.title)
        layout.addLayout(title_row)
        layout.addWidget(self.background_box)
        layout.addWidget(self.analysis_box)
        layout.addStretch(1)
        for edit in (self.title, *self.background.values()):
            edit.textEdited.connect(self.sig_changed)
        for box in self.analysis.values():
            box.textChanged.connect(self.sig_changed)

    def set_template(self, template: Template) -> None:
        self.background_box.setTitle(template.heading("background"))
        self.analysis_box.setTitle(template.heading("analysis"))
        for key in ANALYSIS:
            self.analysis_labels[key].setText(template.heading(key))

    def load(self, plan: Plan) -> None:
        self.title.setText(plan.title)
        for key, edit in self.background.items():
            edit.setText(plan.background.get(key, ""))
        for key, box in self.analysis.items():
            box.setPlainText(getattr(plan, key))

    def store(self, plan: Plan) -> None:
        plan.title = self.title.text()
        plan.background = {k: e.text().strip() for k, e in self.background.items()}
        for key, box in self.analysis.items():
            setattr(plan, key, box.toPlainText())


class RowsEditor(QWidget):
    """A table of an editable list with Add / Remove / Up / Down (Insert, Delete, Ctrl+↑↓)."""

    def __init__(self, model: ListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for text, keys, slot in ((self.tr("Add"), "Ins", self.add),
                                 (self.tr("Remove"), "Del", self.remove),
                                 ("↑", "Ctrl+Up", self.up), ("↓", "Ctrl+Down", self.down)):
            action = QAction(text, self.table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            self.table.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _row(self) -> int:
        return self.table.currentIndex().row()

    @Slot()
    def add(self) -> None:
        row = self.model.insert(self._row() + 1 if self._row() >= 0 else self.model.rowCount())
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    @Slot()
    def remove(self) -> None:
        self.model.remove(self._row())

    @Slot()
    def up(self) -> None:
        self._move(-1)

    @Slot()
    def down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        column = max(0, self.table.currentIndex().column())
        row = self.model.move(self._row(), step)
        self.table.setCurrentIndex(self.model.index(row, column))


class ActionsPage(QWidget):
    sig_changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_model = ActionsModel(language, self)
        self.objectives_model = ObjectivesModel(self)
        self.actions = RowsEditor(self.actions_model)
        self.actions.table.setItemDelegate(ActionDelegate(language, self.actions.table))
        header = self.actions.table.horizontalHeader()
        for column, width in ((1, 90), (2, 100), (3, 90), (4, 200)):
            header.resizeSection(column, width)
        self.objectives = RowsEditor(self.objectives_model)
        self.objectives.table.horizontalHeader().resizeSection(1, 200)
        self.actions_box = QGroupBox()
        QVBoxLayout(self.actions_box).addWidget(self.actions)
        self.objectives_box = QGroupBox()
        QVBoxLayout(self.objectives_box).addWidget(self.objectives)
        layout = QVBoxLayout(self)
        layout.addWidget(self.actions_box, 3)
        layout.addWidget(self.objectives_box, 1)
        self.actions_model.sig_changed.connect(self.sig_changed)
        self.objectives_model.sig_changed.connect(self.sig_changed)

    def set_template(self, template: Template) -> None:
        self.actions_box.setTitle(template.heading("actions"))
        self.objectives_box.setTitle(template.heading("objectives"))

    def load(self, plan: Plan) -> None:
        self.actions_model.set_items(plan.actions)
        self.objectives_model.set_items(plan.objectives)

    def store(self, plan: Plan) -> None:
        plan.actions = self.actions_model.values()
        plan.objectives = self.objectives_model.values()


class ClosingPage(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closing = _text_box(3)
        self.customer = QLineEdit()
        self.manager = QLineEdit()
        self.signed_on = QLineEdit()
        self.signed_on.setPlaceholderText(self.tr("YYYY-MM-DD, when the owner has signed"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Closing line"), self.closing)
        self.customer_label = QLabel()
        self.manager_label = QLabel()
        self.date_label = QLabel()
        for lab, edit in ((self.customer_label, self.customer), (self.manager_label, self.manager),
                          (self.date_label, self.signed_on)):
            lab.setBuddy(edit)
            form.addRow(lab, edit)
        hint = QLabel(self.tr("Leave the signatures empty to print blank lines for signing."))
        hint.setEnabled(False)
        form.addRow(hint)
        self.closing.textChanged.connect(self.sig_changed)
        for edit in (self.customer, self.manager, self.signed_on):
            edit.textEdited.connect(self.sig_changed)

    def set_template(self, template: Template) -> None:
        self.customer_label.setText(template.heading("signature_customer"))
        self.manager_label.setText(template.heading("signature_manager"))
        self.date_label.setText(template.heading("signature_date"))

    def load(self, plan: Plan) -> None:
        self.closing.setPlainText(plan.closing)
        self.customer.setText(plan.signed_by_customer)
        self.manager.setText(plan.signed_by_manager)
        self.signed_on.setText(plan.signed_on)

    def store(self, plan: Plan) -> None:
        plan.closing = self.closing.toPlainText()
        plan.signed_by_customer = self.customer.text().strip()
        plan.signed_by_manager = self.manager.text().strip()
        plan.signed_on = self.signed_on.text().strip()
