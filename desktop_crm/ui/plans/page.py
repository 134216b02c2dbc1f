"""The Plans area: every account plan with its customer, version, status, date and open
actions; filter by status, open one in the editor, print plans of the selected customers,
edit the templates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.plans import PLAN_STATUSES, all_plans, label, templates
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.pages import RefreshWhenShown
from desktop_crm.ui.tables import ColumnsModel, list_table

Index = QModelIndex | QPersistentModelIndex


class PlansModel(ColumnsModel):
    COLUMNS = ("code", "customer_name", "version", "status", "plan_date", "template", "owner",
               "open_actions")

    def __init__(self, language: str, template_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.template_names = template_names
        self.rows: list[dict[str, Any]] = []
        self._headers = [self.tr("Code"), self.tr("Customer"), self.tr("Version"),
                         self.tr("Status"), self.tr("Date"), self.tr("Template"),
                         self.tr("Account manager"), self.tr("Open actions")]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.isValid() and self.COLUMNS[index.column()] in ("version", "open_actions"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "version":
            return f"v{row['version']}"
        if column == "status":
            return label(PLAN_STATUSES, row["status"], self.language)
        if column == "template":
            return self.template_names.get(row["template"], row["template"])
        value = row[column]
        return "" if value is None else str(value)


class PlansPage(RefreshWhenShown, QWidget):
    sig_refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self.dialog: QWidget | None = None
        names = {t.key: t.name(ctx.language) for t in templates(ctx.store)}
        self.model = PlansModel(ctx.language, names, self)
        self.table = list_table(self.model, multi_select=True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 200, 70, 80, 100, 200, 100)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self.open_plan)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code in PLAN_STATUSES:
            self.status_filter.addItem(label(PLAN_STATUSES, code, ctx.language), code)
        self.status_filter.setCurrentIndex(self.status_filter.findData("active"))
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(lambda: self.open_plan(self.table.currentIndex()))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the plans of the selected customers, or of "
                                             "all listed when none is selected"))
        self.print_button.clicked.connect(self.print_plans)
        self.templates_button = QPushButton(self.tr("Edit &templates…"))
        self.templates_button.clicked.connect(self.edit_templates)
        self.count = QLabel()
        caption = QLabel(self.tr("&Status"))
        caption.setBuddy(self.status_filter)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.status_filter)
        for button in (self.open_button, self.print_button, self.templates_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        ctx.signals.sig_customers_changed.connect(self._data_changed)

    @Slot()
    def refresh(self, *_: object) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        status = self.status_filter.currentData()
        self.count.setText(self.tr("Loading…"))
        self.ctx.tasks.submit(lambda store, _p: all_plans(store, status),
                              lambda rows: self._loaded(generation, rows),
                              lambda exc: self._loaded(generation, [], exc))

    def _loaded(self, generation: int, rows: list[dict[str, Any]],
                exc: BaseException | None = None) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        if exc is not None:
            self.count.setText(self.tr("Could not load the plans: %1").replace("%1", str(exc)))
        else:
            self.count.setText(self.tr("%n plan(s)", "", len(rows)))
        self.sig_refreshed.emit()

    @Slot(QModelIndex)
    def open_plan(self, index: QModelIndex):
        if not index.isValid():
            return None
        from desktop_crm.ui.plans.editor import PlanEditor

        editor = PlanEditor(self.ctx, self.model.rows[index.row()]["id"], parent=self.window())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        self.dialog = editor
        return editor

    @Slot()
    def print_plans(self):
        from desktop_crm.ui.plans.batch import BatchPrintDialog

        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}) or \
            list(range(self.model.rowCount()))
        ids = list(dict.fromkeys(self.model.rows[r]["customer_id"] for r in rows))
        if not ids:
            return None
        dialog = BatchPrintDialog(self.ctx, lambda _store: ids, len(ids), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def edit_templates(self):
        from desktop_crm.ui.plans.templates import TemplateDialog

        dialog = TemplateDialog(self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
