"""The dossier's read-only tabs: account plans, purchases and the change history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_crm.domain import dossier
from desktop_crm.domain.money import money
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.models import (
    CAPTION_STYLE, Column, Row, RowsModel, fit_columns, make_table,
)

MAX_CHANGE_TEXT = 80


def quantity(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


class PlansTab(QWidget):
    """The customer's account plans, newest version first; activating a row emits
    ``sig_open_plan``, which opens the plan editor (``ui/plans``)."""

    sig_open_plan = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(
            [
                Column(self.tr("Version"), "right"), Column(self.tr("Status")),
                Column(self.tr("Date")), Column(self.tr("Title")),
                Column(self.tr("SWOT points"), "right"), Column(self.tr("Actions"), "right"),
                Column(self.tr("Open actions"), "right"),
            ],
            self,
        )
        self.table = make_table(self.model, stretch=3)
        self.table.activated.connect(self._activated)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.customer_id: int | None = None
        from desktop_crm.ui.plans.dossier_tab import attach  # the editor, loaded with the tab

        self.plan_actions = attach(self)

    def _activated(self, index) -> None:
        self.sig_open_plan.emit(self.model.row_id(index.row()))

    def status_text(self, status: str) -> str:
        return {
            "draft": self.tr("Draft"), "active": self.tr("Active"), "archived": self.tr("Archived"),
        }.get(status, status)

    def refresh(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        plans = dossier.plans(self.ctx.store, customer_id) if customer_id is not None else []
        self.model.set_rows([
            Row(p.id, (
                f"v{p.version}", self.status_text(p.status), p.plan_date, p.title or "",
                str(p.points), str(p.actions), str(p.open_actions),
            ))
            for p in plans
        ])
        fit_columns(self.table)
        self.summary.setText(
            self.tr("%n account plan(s)", "", len(plans)) if plans
            else self.tr("No account plans yet.")
        )


class PurchasesTab(QWidget):
    """Every purchase of the customer, newest first, with totals under the table."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(
            [
                Column(self.tr("Date")), Column(self.tr("Product")), Column(self.tr("Category")),
                Column(self.tr("Quantity"), "right"), Column(self.tr("Amount"), "right"),
                Column(self.tr("Gross profit"), "right"), Column(self.tr("Points"), "right"),
            ],
            self,
        )
        self.table = make_table(self.model, stretch=1)
        self.totals: dossier.PurchaseTotals | None = None
        footer = QFrame()
        footer.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(footer)
        self.count_label = QLabel()
        self.quantity_label = QLabel()
        self.amount_label = QLabel()
        self.profit_label = QLabel()
        self.points_label = QLabel()
        captions = (
            (self.tr("Purchases"), self.count_label),
            (self.tr("Total quantity"), self.quantity_label),
            (self.tr("Total amount"), self.amount_label),
            (self.tr("Total gross profit"), self.profit_label),
            (self.tr("Points earned / redeemed"), self.points_label),
        )
        self.points_caption = QLabel()
        for col, (caption, label) in enumerate(captions):
            title = QLabel(caption) if label is not self.points_label else self.points_caption
            title.setText(caption)
            title.setStyleSheet(CAPTION_STYLE)
            label.setStyleSheet("font-weight: 600; font-size: 14px;")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, 0, col)
            grid.addWidget(label, 1, col)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(footer)

    def refresh(self, customer_id: int | None) -> None:
        if customer_id is None:
            rows, totals = [], dossier.PurchaseTotals(0, 0.0, 0.0, 0.0, 0, 0)
        else:
            rows, totals = dossier.purchases(self.ctx.store, customer_id)
        self.totals = totals
        self.model.set_rows([
            Row(p.id, (
                p.occurred_on, p.product or "", p.category or "", quantity(p.quantity),
                money(p.amount, empty=""), money(p.gross_profit, empty=""),
                _points(p.points_earned, p.points_redeemed),
            ))
            for p in rows
        ])
        fit_columns(self.table)
        self.count_label.setText(str(totals.count))
        self.quantity_label.setText(quantity(totals.quantity))
        self.amount_label.setText(money(totals.amount))
        self.profit_label.setText(money(totals.gross_profit))
        self.points_label.setText(f"+{totals.points_earned} / −{totals.points_redeemed}")
        # points exist for members only; an outlet's page need not show an empty column
        has_points = bool(totals.points_earned or totals.points_redeemed)
        self.table.setColumnHidden(6, not has_points)
        self.points_caption.setVisible(has_points)
        self.points_label.setVisible(has_points)


def _points(earned: int, redeemed: int) -> str:
    parts = []
    if earned:
        parts.append(f"+{earned}")
    if redeemed:
        parts.append(f"−{redeemed}")
    return " / ".join(parts)


class HistoryTab(QWidget):
    """Who changed what, when: the dossier's change log, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(
            [Column(self.tr("When")), Column(self.tr("Who")), Column(self.tr("What")),
             Column(self.tr("Change"))],
            self,
        )
        self.table = make_table(self.model)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def event_text(self, event: str) -> str:
        return {
            "created": self.tr("Created"),
            "deleted": self.tr("Moved to the trash"),
            "restored": self.tr("Restored from the trash"),
        }.get(event, event)

    def refresh(self, customer_id: int | None) -> None:
        entries = (
            dossier.history(self.ctx.store, customer_id, self.ctx.language)
            if customer_id is not None else []
        )
        rows = []
        for index, e in enumerate(entries):
            what = " · ".join(p for p in (e.subject, e.field) if p) or self.tr("Customer")
            if e.event is not None:
                change = self.event_text(e.event)
                full = change
            else:
                full = f"{e.old or '—'} → {e.new or '—'}"
                change = _shorten(e.old) + " → " + _shorten(e.new)
            when = e.at.replace("T", " ")[:16]
            who = f"{e.actor or ''} · {e.machine}" if e.machine else e.actor or ""
            rows.append(Row(index, (when, who, what, change), full))
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.summary.setText(self.tr("%n change(s)", "", len(entries)))


def _shorten(text: str) -> str:
    if not text:
        return "—"
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= MAX_CHANGE_TEXT else one_line[: MAX_CHANGE_TEXT - 1] + "…"
