"""Tier thresholds and service policies: the lowest yearly sales that earns each tier, how
often its customers should be visited, and what they are offered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from desktop_crm.domain.scoring.service import METRIC_LABELS, SALES, ScoringService, TierPolicy
from desktop_crm.ui.context import AppContext

MAX_SALES = 1e12


class TierDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Tiers and service policies"))
        self.service = ScoringService(ctx.store)
        self.policies = self.service.tier_policies()
        floors = dict(self.service.tier_floors())
        self.metric_box = QComboBox()
        self.metric_box.setAccessibleName(self.tr("Tiers by"))
        for code in self.service.tier_metrics():
            pair = METRIC_LABELS.get(code)
            text = (self.tr("Sales in the last 12 months (¥)") if code == SALES
                    else ctx.label(*pair) if pair else code)
            self.metric_box.addItem(text, code)
        current = self.metric_box.findData(self.service.tier_metric())
        self.metric_box.setCurrentIndex(max(0, current))
        by = QHBoxLayout()
        by.addWidget(QLabel(self.tr("Tiers by")))
        by.addWidget(self.metric_box, 1)
        grid = QGridLayout()
        for col, title in enumerate((self.tr("Tier"), self.tr("From (at least)"),
                                     self.tr("Visit every (days)"), self.tr("Privileges"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, col)
        self.rows: list[tuple[QDoubleSpinBox, QSpinBox, QLineEdit]] = []
        for row, p in enumerate(self.policies, start=1):
            floor = QDoubleSpinBox()
            floor.setRange(0, MAX_SALES)
            floor.setDecimals(0)
            floor.setGroupSeparatorShown(True)
            floor.setValue(p.min_value if p.min_value is not None else floors.get(p.key, 0.0))
            days = QSpinBox()
            days.setRange(0, 3650)
            days.setSpecialValueText(self.tr("no policy"))
            days.setValue(p.visit_every_days or 0)
            privileges = QLineEdit(p.privileges or "")
            privileges.setMinimumWidth(220)  # e.g. "专属客户经理、生日礼品、优先配货"
            label = ctx.label(p.label_zh, p.label_en)
            for widget in (floor, days, privileges):
                widget.setAccessibleName(label)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(floor, row, 1)
            grid.addWidget(days, row, 2)
            grid.addWidget(privileges, row, 3)
            self.rows.append((floor, days, privileges))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        hint = QLabel(self.tr(
            "A customer is suggested the best tier whose floor they reach (a balance of "
            "150,000 with floors 100,000 and 200,000 is in the 100,000 tier); the next scoring "
            "run applies changes."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(by)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def values(self) -> list[TierPolicy]:
        return [
            replace(p, min_value=floor.value(), visit_every_days=days.value() or None,
                    privileges=privileges.text().strip() or None)
            for p, (floor, days, privileges) in zip(self.policies, self.rows)
        ]

    @Slot()
    def save(self) -> None:
        try:
            self.service.save_tier_policies(self.values(), self.metric_box.currentData())
        except ValueError:
            self.message.setText(
                self.tr("Each tier must start at lower sales than the tier above it."))
            return
        self.accept()
