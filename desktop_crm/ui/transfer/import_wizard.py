"""The import wizard: file and sheet → columns mapped (suggested, remembered per set of
headers; a column no field fits becomes a new field) → key and what a match does → preview
(import_preview.py: a dry run with counts, every problem by line and column, and a choice
per likely duplicate) → the import, with progress and cancel, ending with its batch number
and an offer to revert it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
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
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_crm.domain import importing
from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.custom_fields import type_label
from desktop_crm.domain.importing import ImportOptions, ImportResult, Source, columns
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.transfer.import_preview import PreviewPage
from desktop_crm.ui.transfer.texts import problem_text

SAMPLE_ROWS = 3
KEY_KINDS = ("code", "text", "phone", "email", "date", "datetime")


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

    def counts_text(self, result: ImportResult, counts: dict[str, int] | None = None) -> str:
        c = counts or result.counts
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
        options = ImportOptions(self.kind(), page.mapping(), page.key.currentData(),
                                page.on_match(), dry_run,
                                self.kind() == "members" and page.create_customers.isChecked(),
                                new_fields=page.new_fields())
        if not dry_run and self.preview_page.dry is not None:
            options.on_duplicate, options.duplicates = self.preview_page.duplicate_choices()
            options.unknown_staff = self.preview_page.staff_choice.currentData()
        return options


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
        self.setSubTitle(self.tr("Each column of the file goes into the field chosen beside it, or "
                                 "becomes a new field. Suggestions come from the headers and from "
                                 "your last import of the same columns."))
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
        self.fate = QLabel()   # what happens to the columns, in one line
        self.fate.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setStyleSheet("color: #b3261e;")
        self.missing.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Find existing records by:"), self.key)
        form.addRow(self.tr("When a row matches one:"), match_row)
        form.addRow("", self.create_customers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.fate)
        layout.addLayout(form)
        layout.addWidget(self.missing)
        self.combos: list[QComboBox] = []
        self._offered_keys: set[str | None] = set()
        self.detected: dict[str, columns.NewField] = {}

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
        # a column no field was found for is offered as a new field of the type of its values
        offered = columns.offered(spec.name)
        self.detected = columns.detect_columns(source, source.headers) if offered else {}
        custom = importing.custom_columns(self.w.ctx.store, spec.name)
        self.table.setRowCount(len(source.headers))
        self.combos = []
        for row, header in enumerate(source.headers):
            self.table.setItem(row, 0, _item(header))
            self.table.setItem(row, 1, _item(" | ".join(samples[row])))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            if offered:
                new = self.detected[header]
                combo.addItem(self.tr("New field “%1” (%2)").replace("%1", new.label)
                              .replace("%2", type_label(new.type, lang)), columns.new_marker(new))
            for fld in spec.columns:
                combo.addItem(fld.label(lang), fld.name)
            for fld in custom:
                combo.addItem(self.tr("%1 (custom field)").replace("%1", fld.label_zh), fld.name)
            default = suggested.get(header, columns.new_marker(self.detected[header]) if offered else "")
            combo.setCurrentIndex(max(0, combo.findData(default)))
            combo.setToolTip(combo.currentText())
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 290)
        self.create_customers.setVisible(spec.name == "members")
        self._changed()

    def mapping(self) -> dict[str, str]:
        """header -> field for the columns going into a field (not new ones)."""
        return {h: v for h, v in self.choices().items() if v and not columns.is_new(v)}

    def choices(self) -> dict[str, str]:
        """What each column does: a field, a new field ('new:<type>') or '' (not imported)."""
        headers = self.w.source.headers if self.w.source else []
        return {h: c.currentData() for h, c in zip(headers, self.combos)}

    def new_fields(self) -> dict[str, columns.NewField]:
        return {h: self.detected[h] for h, v in self.choices().items() if columns.is_new(v)}

    def on_match(self) -> str:
        return next(v for v, b in self.match_buttons.items() if b.isChecked())

    @Slot()
    def _changed(self) -> None:
        spec = importing.kind(self.w.kind())
        mapped = set(self.mapping().values())
        previous = self.key.currentData() if self.key.count() else spec.default_key
        if spec.default_key in mapped and spec.default_key not in self._offered_keys:
            previous = spec.default_key   # a code column just mapped: the code is the key
        self.key.clear()
        self.key.addItem(self.tr("nothing: new rows are checked for likely duplicates")
                         if spec.name == "customers" else self.tr("nothing: every row is new"), None)
        # the usual keys first, then any other mapped column that can identify a record
        others = [f.name for f in spec.fields if f.kind in KEY_KINDS and f.name not in spec.keys]
        for name in (*spec.keys, *others):
            if name in mapped:
                self.key.addItem(spec.field(name).label(self.w.ctx.language), name)
        self.key.setCurrentIndex(max(0, self.key.findData(previous)))
        self._offered_keys = {self.key.itemData(i) for i in range(self.key.count())}
        choices = list(self.choices().values())
        fields = sum(1 for v in choices if v and not columns.is_new(v))
        new = sum(1 for v in choices if columns.is_new(v))
        self.fate.setText(self.tr("Columns: %1 into fields, %2 as new fields, %3 not imported.")
                          .replace("%1", str(fields)).replace("%2", str(new))
                          .replace("%3", str(len(choices) - fields - new)))
        for combo in self.combos:
            combo.setToolTip(combo.currentText())
        self.completeChanged.emit()

    def problems(self) -> str:
        spec = importing.kind(self.w.kind())
        values = list(self.mapping().values())
        new = self.new_fields()
        labels = [f.label for f in new.values()]
        if len(values) != len(set(values)) or len(labels) != len(set(labels)):
            return problem_text("mapped_twice", {}, "")
        taken = {f.label_zh for f in importing.custom_columns(self.w.ctx.store, spec.name)}
        clash = next((h for h, f in new.items() if f.label in taken), None)
        if clash is not None:
            return problem_text("new_field", {"header": clash}, "")
        missing = importing.missing_columns(spec.name, set(values), self.key.currentData(), self.on_match())
        if missing:
            labels = self.tr(", ").join(f.label(self.w.ctx.language) for f in missing)
            return problem_text("required_missing", {"fields": labels}, "")
        return ""

    def isComplete(self) -> bool:
        text = self.problems()
        self.missing.setText(text)
        return not text


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

