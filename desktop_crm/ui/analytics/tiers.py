"""Tier thresholds and service policies: the lowest yearly sales that earns each tier, how
often its customers should be visited, and what they are offered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout, QLabel, QLineEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from desktop_crm.domain.scoring.service import ScoringService, TierPolicy
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
        grid = QGridLayout()
        for col, title in enumerate((self.tr("Tier"), self.tr("From yearly sales (¥)"),
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
            "A customer is suggested the best tier whose yearly sales they reach; "
            "the next scoring run applies changes."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
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
            self.service.save_tier_policies(self.values())
        except ValueError:
            self.message.setText(
                self.tr("Each tier must start at lower sales than the tier above it."))
            return
        self.accept()
