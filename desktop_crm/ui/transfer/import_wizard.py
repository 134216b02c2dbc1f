"""The import wizard: file and sheet → columns mapped (suggested, remembered) → key and what a
match does → preview (a dry run: counts and every problem by line and column) → the import,
with progress and cancel, ending with its batch number and an offer to revert it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain import importing
from desktop_crm.domain.importing import ImportOptions, ImportResult, Source
from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.tables import ColumnsModel, list_table
from desktop_crm.ui.transfer.texts import problem_text

Index = QModelIndex | QPersistentModelIndex
SAMPLE_ROWS = 3
KEY_KINDS = ("code", "text", "phone", "email", "date", "datetime")
REJECTED = QColor("#b3261e")
MAYBE = QColor("#8a5a00")


class OutcomeModel(ColumnsModel):
    """The rows of a dry run or an import: line, what happens, the record, the problems."""

    COLUMNS = ("line", "action", "label", "problem")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Line"), self.tr("Action"), self.tr("Record"), self.tr("Problem")]
        self._actions = {"created": self.tr("New"), "updated": self.tr("Update"),
                         "unchanged": self.tr("Unchanged"), "skipped": self.tr("Skip"),
                         "rejected": self.tr("Rejected")}
        self.rows: list[importing.RowOutcome] = []

    def set_rows(self, rows: list[importing.RowOutcome]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.action == "rejected":
                return QBrush(REJECTED)
            return QBrush(MAYBE) if row.duplicate_of is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = self.COLUMNS[index.column()]
        if key == "line":
            return str(row.line)
        if key == "action":
            return self._actions[row.action]
        if key == "label":
            return row.label
        if row.duplicate_of is not None:
            reason, name, code = row.duplicate_of
            text = self.tr("May already be on file: %1 (%2), same phone.") if reason == "phone" \
                else self.tr("May already be on file: %1 (%2), same name in the same area.")
            return text.replace("%1", name).replace("%2", code)
        return "; ".join(describe(p) for p in row.problems)


def describe(problem: importing.Problem) -> str:
    text = problem_text(problem.code, problem.params, problem.message, problem.field)
    return f"{problem.column}: {text}" if problem.column else text


class ImportWizard(QWizard):
    sig_imported = Signal(int)   # batch id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(900, 620)
        self.source: Source | None = None
        self.result: ImportResult | None = None
        self.file_page = FilePage(self, path)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.run_page):
            self.addPage(page)

    def kind(self) -> str:
        return self.file_page.kind.currentData()

    def counts_text(self, result: ImportResult) -> str:
        c = result.counts
        text = self.tr("%1 rows: %2 new, %3 to update, %4 unchanged, %5 skipped, %6 rejected.") \
            .replace("%1", str(result.rows)).replace("%2", str(c["created"])) \
            .replace("%3", str(c["updated"])).replace("%4", str(c["unchanged"])) \
            .replace("%5", str(c["skipped"])).replace("%6", str(c["rejected"]))
        if result.new_customers:
            text += " " + self.tr("%n of the new members bring(s) a new customer.", "",
                                  result.new_customers)
        return text

    def options(self, dry_run: bool) -> ImportOptions:
        page = self.mapping_page
        return ImportOptions(self.kind(), page.mapping(), page.key.currentData(),
                             page.on_match(), dry_run,
                             self.kind() == "members" and page.create_customers.isChecked())


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: str | None) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("CSV (UTF-8 or GBK) or Excel (.xlsx, .xls). The first row with "
                                 "names is taken as the header; title rows above it are skipped."))
        self.kind = QComboBox()
        for spec in importing.KINDS.values():
            self.kind.addItem(spec.label(wizard.ctx.language), spec.name)
        self.path = QLineEdit(path or "")
        self.path.setPlaceholderText(self.tr("Path of the file to import"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect automatically"), None)
        for name in importing.ENCODINGS:
            self.encoding.addItem({"gb18030": "GBK / GB18030"}.get(name, name.upper()), name)
        self.info = QLabel()
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&What to import:"), self.kind)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row of two: say which one Alt+F reaches
        form.addRow(file_label, row)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.info)
        self.path.editingFinished.connect(self.reload)
        self.sheet.activated.connect(self.reload)
        self.encoding.activated.connect(self.reload)
        self.registerField("path*", self.path)
        if path:
            self.reload()

    @Slot()
    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), self.path.text(),
            self.tr("Spreadsheets (*.csv *.xlsx *.xls *.txt);;All files (*)"))
        if chosen:
            self.path.setText(chosen)
            self.reload()

    @Slot()
    def reload(self) -> bool:
        """Open the file as chosen; say what was found or what is wrong."""
        self.w.source = None
        text = self.path.text().strip()
        if not text:
            return False
        sheet = self.sheet.currentText() if self.sheet.count() and self.sheet.isEnabled() else None
        try:
            source = importing.open_source(text, sheet, self.encoding.currentData())
        except importing.ReadProblem as exc:
            if exc.code == "sheet":
                self.sheet.clear()
                return self.reload()
            self.info.setText(problem_text(exc.code, exc.params, exc.message))
            self.info.setStyleSheet("color: #b3261e;")
            return False
        self.w.source = source
        if [self.sheet.itemText(i) for i in range(self.sheet.count())] != source.sheets:
            self.sheet.clear()
            self.sheet.addItems(source.sheets)
            if source.sheet:
                self.sheet.setCurrentText(source.sheet)
        self.sheet.setEnabled(bool(source.sheets))
        self.encoding.setEnabled(source.format == "csv")
        found = self.tr("%1 columns; header on row %2").replace("%1", str(len(source.headers))) \
            .replace("%2", str(source.header_rows))
        if source.encoding:
            label = {"gb18030": "GBK / GB18030", "utf-8-sig": "UTF-8 (BOM)"}.get(source.encoding,
                                                                                source.encoding.upper())
            found += " · " + (self.tr("encoding %1 (detected)") if source.detected
                              else self.tr("encoding %1")).replace("%1", label)
        if source.total:
            found += " · " + self.tr("about %1 rows").replace("%1", f"{source.total:,}")
        self.info.setText(found)
        self.info.setStyleSheet("")
        return True

    def validatePage(self) -> bool:
        return self.reload()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the file goes into the field chosen beside it. "
                                 "Suggestions come from the headers and from your last import."))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Sample values"),
                                              self.tr("Import into")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.key = QComboBox()
        self.match_group = QButtonGroup(self)
        self.match_buttons = {}
        match_row = QHBoxLayout()
        for value, text in (("update", self.tr("&update it")), ("create", self.tr("create a &new one")),
                            ("skip", self.tr("s&kip the row"))):
            button = QRadioButton(text)
            self.match_group.addButton(button)
            self.match_buttons[value] = button
            match_row.addWidget(button)
        match_row.addStretch(1)
        self.match_buttons["update"].setChecked(True)
        # members: people not on file come in as customers (a shop's member list, first time)
        self.create_customers = QCheckBox(
            self.tr("A member whose customer is not on file brings a new customer "
                    "(a person with the row's name and phone)"))
        self.create_customers.setChecked(True)
        self.missing = QLabel()
        self.missing.setStyleSheet("color: #b3261e;")
        self.missing.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Find existing records by:"), self.key)
        form.addRow(self.tr("When a row matches one:"), match_row)
        form.addRow("", self.create_customers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        source = self.w.source
        spec = importing.kind(self.w.kind())
        lang = self.w.ctx.language
        suggested = importing.suggest_mapping(spec.name, source.headers, self.w.ctx.store)
        samples: list[list[str]] = [[] for _ in source.headers]
        for count, (_, cells) in enumerate(source.rows()):
            if count >= SAMPLE_ROWS:
                break
            for i, cell in enumerate(cells):
                if cell != "":
                    samples[i].append(str(cell))
        self.table.setRowCount(len(source.headers))
        self.combos = []
        for row, header in enumerate(source.headers):
            self.table.setItem(row, 0, _item(header))
            self.table.setItem(row, 1, _item(" | ".join(samples[row])))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            for fld in spec.columns:
                combo.addItem(fld.label(lang), fld.name)
            combo.setCurrentIndex(max(0, combo.findData(suggested.get(header, ""))))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 200)
        self.create_customers.setVisible(spec.name == "members")
        self._changed()

    def mapping(self) -> dict[str, str]:
        headers = self.w.source.headers if self.w.source else []
        return {h: c.currentData() for h, c in zip(headers, self.combos) if c.currentData()}

    def on_match(self) -> str:
        return next(v for v, b in self.match_buttons.items() if b.isChecked())

    @Slot()
    def _changed(self) -> None:
        spec = importing.kind(self.w.kind())
        mapped = set(self.mapping().values())
        previous = self.key.currentData() if self.key.count() else spec.default_key
        self.key.clear()
        self.key.addItem(self.tr("nothing: every row is new"), None)
        # the usual keys first, then any other mapped column that can identify a record
        others = [f.name for f in spec.fields if f.kind in KEY_KINDS and f.name not in spec.keys]
        for name in (*spec.keys, *others):
            if name in mapped:
                self.key.addItem(spec.field(name).label(self.w.ctx.language), name)
        self.key.setCurrentIndex(max(0, self.key.findData(previous)))
        self.completeChanged.emit()

    def problems(self) -> str:
        spec = importing.kind(self.w.kind())
        values = list(self.mapping().values())
        if len(values) != len(set(values)):
            return problem_text("mapped_twice", {}, "")
        missing = importing.missing_columns(spec.name, set(values), self.key.currentData(), self.on_match())
        if missing:
            labels = self.tr(", ").join(f.label(self.w.ctx.language) for f in missing)
            return problem_text("required_missing", {"fields": labels}, "")
        return ""

    def isComplete(self) -> bool:
        text = self.problems()
        self.missing.setText(text)
        return not text


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
        self.view = list_table(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("&Save rejected rows…"))
        self.save_button.clicked.connect(self.save_rejected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.dry: ImportResult | None = None
        self._running = False

    def initializePage(self) -> None:
        self.dry = None
        self.model.set_rows([])
        self.summary.setText(self.tr("Checking every row…"))
        self.save_button.setEnabled(False)
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
        text = self.w.counts_text(result)
        if result.possible_duplicates:
            text += " " + self.tr("%n new customer(s) may already be on file: check them, or "
                                  "merge them later under Data quality.", "",
                                  result.possible_duplicates)
        self.summary.setText(text)
        self.save_button.setEnabled(result.counts["rejected"] > 0)
        self.completeChanged.emit()

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
        return not self._running and self.dry is not None and \
            (self.dry.counts["created"] + self.dry.counts["updated"]) > 0

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


class RunPage(QWizardPage):
    """The import itself, in one transaction on the worker: all accepted rows or nothing."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Import"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("&Revert this import…"))
        self.revert_button.clicked.connect(self.revert)
        self.revert_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._running = False

    def initializePage(self) -> None:
        self.w.result = None
        self._running = True
        self.revert_button.hide()
        self.label.setText(self.tr("Importing…"))
        self.completeChanged.emit()
        source, options, actor = self.w.source, self.w.options(dry_run=False), self.w.ctx.actor
        self.w.ctx.tasks.submit(
            lambda store, progress: importing.run_import(store, source, options, actor=actor,
                                                         progress=progress),
            self._done, self._failed, title=self.tr("Importing…"), parent=self.w)

    def _done(self, result: ImportResult) -> None:
        self._running = False
        self.w.result = result
        text = self.tr("Imported. %1").replace("%1", self.w.counts_text(result))
        if result.batch_id is not None:
            text += "\n" + self.tr("This was import no. %1; it can be reverted here or later from "
                                   "File ▸ Import history.").replace("%1", str(result.batch_id))
            self.revert_button.show()
            self.w.sig_imported.emit(result.batch_id)
        self.label.setText(text)
        self.w.ctx.signals.sig_customers_changed.emit([])
        self.w.ctx.signals.sig_visits_changed.emit(0)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, Cancelled):
            self.label.setText(self.tr("The import was cancelled. Nothing was written."))
        else:
            self.label.setText(self.tr("The import failed and nothing was written: %1").replace("%1", str(exc)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._running

    @Slot()
    def revert(self) -> None:
        from desktop_crm.ui.transfer.history import confirm_revert

        if self.w.result and self.w.result.batch_id:
            confirm_revert(self.w.ctx, self, self.w.result.batch_id,
                           lambda _: (self.revert_button.hide(),
                                      self.label.setText(self.tr("The import was reverted."))))


def _item(text: str):
    from PySide6.QtWidgets import QTableWidgetItem

    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


def open_import(ctx: AppContext, parent: QWidget | None = None) -> ImportWizard:
    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard

