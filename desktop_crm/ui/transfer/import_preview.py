"""The import wizard's preview: a dry run over the whole file, row by row, with a choice for
each likely duplicate (update the customer found, create a new one, skip the row) and for
staff names not on file (create them, or leave the field empty)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop_crm.domain import importing
from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.importing import ImportResult
from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.tables import ColumnsModel, list_table
from desktop_crm.ui.transfer.texts import problem_text

if TYPE_CHECKING:
    from desktop_crm.ui.transfer.import_wizard import ImportWizard

Index = QModelIndex | QPersistentModelIndex
REJECTED = QColor("#b3261e")
MAYBE = QColor("#8a5a00")
# what a choice makes of a likely duplicate
CHOSEN_ACTION = {"update": "updated", "create": "created", "skip": "skipped"}


class OutcomeModel(ColumnsModel):
    """The rows of a dry run or an import: line, what happens, the record, and the problems
    or who the row likely is. A likely duplicate's choice can be changed (``choose``)."""

    COLUMNS = ("line", "action", "label", "problem")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Line"), self.tr("Action"), self.tr("Record"), self.tr("Problem or note")]
        self._actions = {"created": self.tr("New"), "updated": self.tr("Update"),
                         "unchanged": self.tr("Unchanged"), "skipped": self.tr("Skip"),
                         "rejected": self.tr("Rejected")}
        self._reasons = {"phone": self.tr("same phone"), "same_name": self.tr("same name"),
                         "same_pinyin": self.tr("name reads the same")}
        self.rows: list[importing.RowOutcome] = []
        self.choices: dict[int, str] = {}   # line -> the choice of a likely duplicate

    def set_rows(self, rows: list[importing.RowOutcome]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.choices = {r.line: r.duplicate_of.choice for r in rows if r.duplicate_of is not None}
        self.endResetModel()

    def choose(self, lines: list[int] | None, choice: str | None) -> None:
        """Set the choice of these likely duplicates (None: all); ``choice`` None puts each
        back to its suggestion. A choice a row does not offer (update, for an earlier row of
        the file) leaves it as it is."""
        for row in self.rows:
            likely = row.duplicate_of
            if likely is None or (lines is not None and row.line not in lines):
                continue
            wanted = likely.default if choice is None else choice
            if wanted in likely.choices:
                self.choices[row.line] = wanted
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    def action(self, row: importing.RowOutcome) -> str:
        """What happens to the row with the choice now made."""
        if row.duplicate_of is None:
            return row.action
        choice = self.choices.get(row.line, row.duplicate_of.choice)
        if choice == row.duplicate_of.choice:
            return row.action  # as the dry run found (an update may change nothing)
        return CHOSEN_ACTION[choice]

    def counts(self, result: ImportResult) -> dict[str, int]:
        counts = dict(result.counts)
        for row in self.rows:
            now = self.action(row)
            if now != row.action:
                counts[row.action] -= 1
                counts[now] += 1
        return counts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.action == "rejected":
                return QBrush(REJECTED)
            return QBrush(MAYBE) if row.duplicate_of is not None or row.new_staff else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = self.COLUMNS[index.column()]
        if key == "line":
            return str(row.line)
        if key == "action":
            return self._actions[self.action(row)]
        if key == "label":
            return row.label
        return self.note(row)

    def note(self, row: importing.RowOutcome) -> str:
        notes = [describe(p) for p in row.problems]
        likely = row.duplicate_of
        if likely is not None:
            reason = self._reasons.get(likely.reason, likely.reason)
            if likely.customer_id is not None:
                text = self.tr("Likely duplicate of %1 (%2): %3.").replace("%2", likely.code)
            else:
                text = self.tr("Likely the same as line %2 (%1): %3.").replace("%2", str(likely.line))
            notes.append(text.replace("%1", likely.name).replace("%3", reason))
        if row.new_staff:
            notes.append(self.tr("Not on staff: %1.").replace("%1", self.tr(", ").join(row.new_staff)))
        return " ".join(notes)


def describe(problem: importing.Problem) -> str:
    text = problem_text(problem.code, problem.params, problem.message, problem.field)
    return f"{problem.column}: {text}" if problem.column else text


class PreviewPage(QWizardPage):
    """A dry run over the whole file, off the UI thread: what would happen, row by row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet. Rows with problems are left out; "
                                 "you can save them with the reasons, fix them and import them again."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = OutcomeModel(self)
        self.view = list_table(self.model, multi_select=True)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((60, 90, 200)):
            self.view.setColumnWidth(column, width)
        # likely duplicates: a choice for the selected rows, and one for all
        self.all_likely = QComboBox()
        self.all_likely.addItem(self.tr("as suggested for each row"), None)
        self.all_likely.addItem(self.tr("update the customer found"), "update")
        self.all_likely.addItem(self.tr("create a new customer"), "create")
        self.all_likely.addItem(self.tr("skip the row"), "skip")
        self.all_likely.activated.connect(self._choose_all)
        self.choice_buttons: dict[str, QPushButton] = {}
        likely_row = QHBoxLayout()
        self.likely_label = QLabel(self.tr("Likely duplicates:"))
        likely_row.addWidget(self.likely_label)
        likely_row.addWidget(self.all_likely)
        likely_row.addSpacing(12)
        self.selected_label = QLabel(self.tr("Selected rows:"))
        likely_row.addWidget(self.selected_label)
        for choice, text in (("update", self.tr("&Update the customer found")),
                             ("create", self.tr("Create &new")), ("skip", self.tr("S&kip"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=choice: self.choose_selected(c))
            self.choice_buttons[choice] = button
            likely_row.addWidget(button)
        likely_row.addStretch(1)
        self.likely_widgets = [self.likely_label, self.all_likely, self.selected_label,
                               *self.choice_buttons.values()]
        # staff names not on file
        staff_row = QHBoxLayout()
        self.staff_label = QLabel()
        self.staff_label.setWordWrap(True)
        self.staff_choice = QComboBox()
        self.staff_choice.addItem(self.tr("create them as staff members"), "create")
        self.staff_choice.addItem(self.tr("leave the field empty"), "empty")
        staff_row.addWidget(self.staff_label, 1)
        staff_row.addWidget(self.staff_choice)
        self.save_button = QPushButton(self.tr("&Save rejected rows…"))
        self.save_button.clicked.connect(self.save_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(staff_row)
        layout.addLayout(likely_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.dry: ImportResult | None = None
        self._running = False
        self._show_choices(False, False)

    def _show_choices(self, staff: bool, likely: bool) -> None:
        self.staff_label.setVisible(staff)
        self.staff_choice.setVisible(staff)
        for widget in self.likely_widgets:
            widget.setVisible(likely)

    def initializePage(self) -> None:
        self.dry = None
        self.model.set_rows([])
        self.summary.setText(self.tr("Checking every row…"))
        self.save_button.setEnabled(False)
        self._show_choices(False, False)
        self.all_likely.setCurrentIndex(0)
        self._running = True
        self.completeChanged.emit()
        source, options = self.w.source, self.w.options(dry_run=True)
        self.w.ctx.tasks.submit(
            lambda store, progress: importing.run_import(store, source, options, progress=progress),
            self._done, self._failed, title=self.tr("Checking the file…"), parent=self.w)

    def _done(self, result: ImportResult) -> None:
        self._running = False
        self.dry = result
        self.model.set_rows(sorted(result.outcomes, key=lambda o: (
            o.action != "rejected", o.duplicate_of is None, o.line)))
        if result.unknown_staff:
            names = self.tr(", ").join(f"{n} ({c})" for n, c in list(result.unknown_staff.items())[:8])
            more = "" if len(result.unknown_staff) <= 8 else self.tr(", …")
            self.staff_label.setText(self.tr("%n staff name(s) not on file: %1. For these:", "",
                                             len(result.unknown_staff)).replace("%1", names + more))
        self._show_choices(bool(result.unknown_staff), result.possible_duplicates > 0)
        self._refresh()
        self.save_button.setEnabled(result.counts["rejected"] > 0)
        self.completeChanged.emit()

    def _refresh(self) -> None:
        result = self.dry
        if result is None:
            return
        text = self.w.counts_text(result, self.model.counts(result))
        if result.new_fields:
            text += " " + self.tr("New fields: %1.").replace("%1", self.tr(", ").join(result.new_fields))
        if result.possible_duplicates:
            text += " " + self.tr("%n row(s) are likely duplicates: choose for each what it does.", "",
                                  result.possible_duplicates)
        self.summary.setText(text)
        self.completeChanged.emit()

    @Slot()
    def _choose_all(self) -> None:
        self.model.choose(None, self.all_likely.currentData())
        self._refresh()

    def choose_selected(self, choice: str) -> None:
        lines = [self.model.rows[i.row()].line for i in self.view.selectionModel().selectedRows()]
        self.model.choose(lines, choice)
        self._refresh()

    def duplicate_choices(self) -> tuple[str, dict[int, str]]:
        """``(for all, by line)`` as the import is to apply them."""
        everyone = self.all_likely.currentData() or "auto"
        return everyone, dict(self.model.choices)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Checking was cancelled. Go back, or check again."))
        elif isinstance(exc, (importing.ReadProblem, importing.MappingProblem)):
            self.summary.setText(problem_text(exc.code, exc.params, exc.message))
        else:
            self.summary.setText(self.tr("The file could not be checked: %1").replace("%1", str(exc)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self._running or self.dry is None:
            return False
        counts = self.model.counts(self.dry)
        return counts["created"] + counts["updated"] > 0

    @Slot()
    def save_rejected(self) -> None:
        source = self.w.source
        start = source.path.with_name(f"{source.path.stem}-rejected.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), str(start),
                                                self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if chosen:
            try:
                self.dry.save_rejected(self.w.ctx.store, chosen, describe,
                                       reason_header=self.tr("Reason"), actor=self.w.ctx.actor)
            except StorageError as exc:
                QMessageBox.warning(self, self.tr("Save rejected rows"), str(exc))
                return
            self.summary.setText(self.summary.text() + "\n" +
                                 self.tr("Rejected rows saved to %1.").replace("%1", Path(chosen).name))
