"""The value model editor: the pairwise-comparison matrix of each criterion, the indicator
in each place, weights, λmax, CI and CR as you type. A matrix with CR ≥ 0.1 cannot be saved;
its most inconsistent judgement is highlighted, with the value the others imply."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QListWidget,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_crm.domain.scoring.ahp import (
    CR_LIMIT, ahp_weights, format_judgement, most_inconsistent, parse_judgement, with_judgement,
)
from desktop_crm.domain.scoring.model import CRITERIA, INDICATORS, LEAVES, TREE, ValueModel
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.ui.context import AppContext

ORDER = ("value", "current", "potential", "profit", "volume", "loyalty", "trust")
BAD = QColor("#fde2e1")
WORST = QColor("#f87171")


class ModelDialog(QDialog):
    """Edits a copy of the stored model; Save stores it for the next scoring run."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Customer value model"))
        self.service = ScoringService(ctx.store)
        self.model = self.service.model()
        self._key = ORDER[0]
        self._filling = False

        self.criteria = QListWidget()
        self.criteria.setAccessibleName(self.tr("Criteria"))
        for key in ORDER:
            self.criteria.addItem(self._name(key))
        self.criteria.setFixedWidth(self.criteria.sizeHintForColumn(0) + 60)
        self.criteria.currentRowChanged.connect(self._criterion_chosen)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Pairwise comparisons"))
        self.table.itemChanged.connect(self._judged)
        self.indicator_box = QWidget()
        self.indicator_grid = QGridLayout(self.indicator_box)
        self.indicator_grid.setContentsMargins(0, 0, 0, 0)
        self.consistency = QLabel()
        self.consistency.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("Use the suggested value"))
        self.use_suggestion.clicked.connect(self._apply_suggestion)
        self.standardise = QComboBox()
        self.standardise.addItem(
            self.tr("z-score (distance from the mean in standard deviations)"), "zscore")
        self.standardise.addItem(self.tr("min-max (0 for the lowest, 1 for the highest)"), "minmax")
        self.standardise.setCurrentIndex(max(0, self.standardise.findData(self.model.standardise)))
        self.weights = QLabel()
        self.weights.setWordWrap(True)
        self.weights.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.table, 1)
        right.addWidget(self.indicator_box)
        right.addWidget(self.consistency)
        advice_row = QHBoxLayout()
        advice_row.addWidget(self.advice, 1)
        advice_row.addWidget(self.use_suggestion)
        right.addLayout(advice_row)
        std_row = QHBoxLayout()
        std_row.addWidget(QLabel(self.tr("Standardise indicators by")))
        std_row.addWidget(self.standardise, 1)
        right.addLayout(std_row)
        right.addWidget(self.weights)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(
            self.tr("Source's defaults"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)

        body = QHBoxLayout()
        body.addWidget(self.criteria)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 620)
        self.criteria.setCurrentRow(0)

    # --- names ------------------------------------------------------------------------------

    def _label(self, pair: tuple[str, str]) -> str:
        return self.ctx.label(*pair)

    def _name(self, key: str) -> str:
        return self._label(CRITERIA[key])

    def _items(self, key: str) -> list[str]:
        """Row and column names of a criterion's matrix."""
        if key in TREE:
            return [self._name(child) for child in TREE[key]]
        return [self._label(INDICATORS[k]) for k in self.model.indicators[key]]

    # --- showing a matrix -------------------------------------------------------------------

    @Slot(int)
    def _criterion_chosen(self, row: int) -> None:
        if row < 0:
            return
        self._key = ORDER[row]
        self._fill()

    def _fill(self) -> None:
        key = self._key
        matrix = self.model.matrices[key]
        names = self._items(key)
        n = len(matrix)
        self._filling = True
        self.table.clear()
        self.table.setRowCount(n)
        self.table.setColumnCount(n + 1)
        self.table.setHorizontalHeaderLabels(names + [self.tr("Weight")])
        self.table.setVerticalHeaderLabels(names)
        result = ahp_weights(matrix)
        for i in range(n):
            for j in range(n):
                item = QTableWidgetItem(format_judgement(matrix[i][j]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if j <= i:  # the diagonal and the reciprocals follow from the upper half
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setForeground(QBrush(QColor("#6b7280")))
                self.table.setItem(i, j, item)
            weight = QTableWidgetItem(f"{result.weights[i]:.4f}")
            weight.setFlags(Qt.ItemFlag.ItemIsEnabled)
            weight.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, n, weight)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        scale = self.tr(
            "How much more important is the row than the column? "
            "1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; "
            "1/3 … 1/9 the other way round.")
        self.heading.setText(scale + "\n" + self.tr("Criterion: %1").replace("%1", self._name(key)))
        self._fill_indicators()
        self._show_consistency()  # colours cells: itemChanged must not take it for typing
        self._filling = False

    def _fill_indicators(self) -> None:
        while self.indicator_grid.count():
            widget = self.indicator_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # deleted later: must not show meanwhile under the new ones
                widget.setParent(None)
                widget.deleteLater()
        if self._key not in LEAVES:
            self.indicator_box.hide()
            return
        self.indicator_box.show()
        for row, current in enumerate(self.model.indicators[self._key]):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Indicator %1").replace("%1", str(row + 1)))
            for code, pair in INDICATORS.items():
                combo.addItem(self._label(pair), code)
            combo.setCurrentIndex(combo.findData(current))
            combo.currentIndexChanged.connect(
                lambda _i, r=row, c=combo: self._remap(r, c.currentData()))
            place = QLabel(self.tr("Place %1").replace("%1", str(row + 1)))
            self.indicator_grid.addWidget(place, row, 0)
            self.indicator_grid.addWidget(combo, row, 1)

    def _show_consistency(self) -> None:
        matrix = self.model.matrices[self._key]
        result = ahp_weights(matrix)
        ok = result.cr < CR_LIMIT
        text = self.tr("λmax %1 · CI %2 · CR %3").replace("%1", f"{result.lambda_max:.4f}") \
            .replace("%2", f"{result.ci:.4f}").replace("%3", f"{result.cr:.4f}")
        text += " — " + (self.tr("consistent enough (CR < 0.1)") if ok
                         else self.tr("too inconsistent (CR ≥ 0.1): revise before saving"))
        self.consistency.setText(text)
        self.consistency.setStyleSheet("" if ok else "color: #b3261e; font-weight: 600;")
        worst = None if ok else most_inconsistent(matrix)
        self._suggestion = worst
        names = self._items(self._key)
        for i in range(len(matrix)):
            for j in range(len(matrix)):
                item = self.table.item(i, j)
                if item is not None:
                    item.setBackground(QBrush())
        if worst is not None:
            for i, j in ((worst.row, worst.col), (worst.col, worst.row)):
                self.table.item(i, j).setBackground(QBrush(WORST if i < j else BAD))
            self.advice.setText(
                self.tr("Most inconsistent: %1 against %2 is %3; "
                        "the other judgements imply about %4.")
                .replace("%1", names[worst.row]).replace("%2", names[worst.col])
                .replace("%3", format_judgement(worst.value))
                .replace("%4", format_judgement(worst.suggested)))
            self.table.setCurrentCell(worst.row, worst.col)
        else:
            self.advice.clear()
        self.use_suggestion.setVisible(worst is not None)
        self._show_weights()

    def _show_weights(self) -> None:
        bad = self.model.problems()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not bad)
        if bad:
            save.setToolTip(self.tr("Revise the inconsistent matrix first: %1")
                            .replace("%1", "、".join(self._name(k) for k in bad)))
            self.weights.setText(save.toolTip())
            return
        save.setToolTip("")
        parts = [f"{self._label(INDICATORS[k])} {w:.4f}" for _leaf, k, w in self.model.leaves()]
        self.weights.setText(self.tr("Global weights: %1").replace("%1", " · ".join(parts)))
        for row in range(self.criteria.count()):
            key = ORDER[row]
            item = self.criteria.item(row)
            item.setForeground(QBrush(QColor("#b3261e")) if key in bad else QBrush())

    # --- editing ----------------------------------------------------------------------------

    @Slot(QTableWidgetItem)
    def _judged(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        i, j = item.row(), item.column()
        try:
            value = parse_judgement(item.text())
        except ValueError:
            QMessageBox.warning(self, self.tr("Not a judgement"),
                                self.tr("Type a number from 1/9 to 9, for example 3 or 1/3."))
            self._fill()
            return
        self.model.matrices[self._key] = with_judgement(self.model.matrices[self._key], i, j, value)
        self._fill()
        self.table.setCurrentCell(i, j)

    def set_judgement(self, row: int, col: int, text: str) -> None:
        """Type ``text`` into a cell, as the user would."""
        self.table.item(row, col).setText(text)

    @Slot()
    def _apply_suggestion(self) -> None:
        worst = self._suggestion
        if worst is not None:
            self.set_judgement(worst.row, worst.col, format_judgement(worst.suggested))

    def _remap(self, place: int, code: str) -> None:
        self.model.indicators[self._key][place] = code
        self._fill()

    @Slot()
    def restore_defaults(self) -> None:
        standard = ValueModel()
        self.model = standard
        self.standardise.setCurrentIndex(self.standardise.findData(standard.standardise))
        self._fill()

    @Slot()
    def save(self) -> None:
        self.model.standardise = self.standardise.currentData()
        try:
            self.service.save_model(self.model)
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Cannot save"),
                self.tr("A matrix is too inconsistent (CR ≥ 0.1); revise it first."))
            return
        self.accept()
