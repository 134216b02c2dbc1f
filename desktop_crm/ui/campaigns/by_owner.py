"""A campaign's evaluation per account manager (customer owner): one row per owner, the
customers without owner on their own row, and the whole campaign as the total row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop_crm.domain.campaigns import ByOwner, Evaluation, OwnerEvaluation
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.members.common import RowsModel, money, percent
from desktop_crm.ui.tables import list_table

COLUMNS = ("owner", "targets", "reached", "converted", "rate", "holdout", "uplift", "revenue",
           "cost", "roi")


def _value(ev: Evaluation, column: str) -> Any:
    """What a column sorts by (None sorts first)."""
    t = ev.treated
    return {"targets": t.targets, "reached": t.reached, "converted": t.converted,
            "rate": t.conversion_rate, "holdout": ev.holdout.targets, "uplift": ev.uplift,
            "revenue": t.revenue, "cost": ev.cost, "roi": ev.roi}[column]


class OwnerModel(RowsModel):
    """Rows are ``OwnerEvaluation``s and, last, the total (``self.total``, told apart by
    identity from the row of customers without owner); a sort keeps the total at the bottom."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(COLUMNS, COLUMNS, self._cell, COLUMNS[1:], parent)
        self._headers = [self.tr("Account manager"), self.tr("Contact group"), self.tr("Reached"),
                         self.tr("Converted"), self.tr("Conversion rate"), self.tr("Held back"),
                         self.tr("Uplift"), self.tr("Revenue"), self.tr("Cost"), self.tr("ROI")]
        self.total: OwnerEvaluation | None = None

    def set_result(self, result: ByOwner | None) -> None:
        self.total = None if result is None else OwnerEvaluation(None, "", result.total)
        self.set_rows([] if result is None else [*result.owners, self.total])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column]
        owners = [r for r in self.rows if r is not self.total]

        def by(r: OwnerEvaluation) -> tuple:
            if key == "owner":
                return (r.owner_id is None, r.name)
            value = _value(r.evaluation, key)
            return (value is not None, value or 0)

        owners.sort(key=by, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self.rows = owners + ([self.total] if self.total else [])
        self.layoutChanged.emit()

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.row(index) is self.total and self.total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            r = self.row(index)
            if r is not None and r is not self.total and r.owner_id is not None:
                return self.tr("Double-click to list this account manager's customers.")
        return super().data(index, role)

    def _cell(self, r: OwnerEvaluation, column: str) -> Any:
        ev = r.evaluation
        if column == "owner":
            if r is self.total:
                return self.tr("Whole campaign")
            return r.name or self.tr("No account manager")
        if column == "reached":
            return f"{ev.treated.reached} ({percent(ev.treated.reach_rate)})"
        if column == "uplift":
            return "–" if ev.uplift is None else f"{ev.uplift * 100:+.1f} pp"
        if column in ("revenue", "cost"):
            return money(_value(ev, column))
        if column in ("rate", "roi"):
            return percent(_value(ev, column))
        return _value(ev, column)


def owner_table(ctx: AppContext, model: OwnerModel, parent: QWidget) -> QTableView:
    """The table over ``model``, sortable by any column; double-click (or Enter) on an account
    manager lists that manager's customers in the customer list."""
    table = list_table(model, parent)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def show_customers(index: Any) -> None:
        r = model.row(index)
        if r is not None and r is not model.total and r.owner_id is not None:
            ctx.signals.sig_show_owner.emit(r.owner_id)

    table.activated.connect(show_customers)
    return table
