"""Strategies paired from the SWOT (the TOWS matrix): SO, ST, WO, WT in a 2×2 grid, and a
row to pair an internal point (S or W) with an external one (O or T) into a new strategy."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.plans import STRATEGY_KINDS, label
from desktop_crm.ui.plans.swot import QuadrantGrid

COLOURS = {"SO": "#e6f2e8", "ST": "#e7effa", "WO": "#fdf3e1", "WT": "#fbeaea"}
MAX_CHARS = 40  # of a point, in the pairing pickers


class StrategiesPage(QWidget):
    sig_changed = Signal()

    def __init__(self, swot: QuadrantGrid, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swot = swot
        titles = {k: label(STRATEGY_KINDS, k, language) for k in STRATEGY_KINDS}
        self.grid = QuadrantGrid((("SO", "ST"), ("WO", "WT")), titles, COLOURS)
        self.grid.sig_changed.connect(self.sig_changed)
        self.internal = QComboBox()
        self.external = QComboBox()
        for box in (self.internal, self.external):
            box.setMinimumContentsLength(24)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pair_button = QPushButton(self.tr("Pair into a strategy"))
        self.pair_button.clicked.connect(self.pair)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Pair"))
        caption.setBuddy(self.internal)
        row.addWidget(caption)
        row.addWidget(self.internal, 1)
        row.addWidget(QLabel("×"))
        row.addWidget(self.external, 1)
        row.addWidget(self.pair_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.grid, 1)
        swot.sig_changed.connect(self.refresh_pickers)
        self.refresh_pickers()

    def values(self) -> dict[str, list[str]]:
        return self.grid.values()

    def set_values(self, values: dict[str, list[str]]) -> None:
        self.grid.set_values(values)
        self.refresh_pickers()

    @Slot()
    def refresh_pickers(self) -> None:
        points = self.swot.values()
        for box, quadrants in ((self.internal, "SW"), (self.external, "OT")):
            keep = box.currentData()
            box.clear()
            for q in quadrants:
                for n, text in enumerate(points.get(q, []), start=1):
                    short = text if len(text) <= MAX_CHARS else text[:MAX_CHARS] + "…"
                    box.addItem(f"{q}{n} {short}", (q, n, text))
            if keep is not None:
                box.setCurrentIndex(max(0, box.findData(keep)))
        self.pair_button.setEnabled(self.internal.count() > 0 and self.external.count() > 0)

    @Slot()
    def pair(self) -> None:
        """Add a strategy naming both points, then let the user write it out."""
        inner, outer = self.internal.currentData(), self.external.currentData()
        if inner is None or outer is None:
            return
        kind = inner[0] + outer[0]
        points = self.grid.lists[kind]
        points.add_point(f"{inner[0]}{inner[1]}×{outer[0]}{outer[1]}：{inner[2]}；{outer[2]}")
