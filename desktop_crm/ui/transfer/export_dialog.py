"""Exporting the customers of a list (or those selected): a table with chosen columns (CSV or
XLSX), a call list, contacts as vCards, follow-ups and plan actions as a calendar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain import exporting
from desktop_crm.storage.db import Store
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.files import offer_to_open, remember_folder, suggested_path

IdsFn = Callable[[Store], list[int]]  # runs on the worker: the customers to export


class ExportDialog(QDialog):
    """``ids`` is called on the worker thread with its store; ``count`` says how many for the
    title (None: not known yet)."""

    def __init__(self, ctx: AppContext, ids: IdsFn, count: int | None = None,
                 parent: QWidget | None = None,
                 on_done: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = ids
        self.on_done = on_done
        self.setWindowTitle(self.tr("Export"))
        scope = self.tr("%n customer(s)", "", count) if count is not None else self.tr("the list")
        self.intro = intro = QLabel(self.tr("Export %1:").replace("%1", scope))
        self.what = QButtonGroup(self)
        self.kinds: dict[str, QRadioButton] = {}
        for key, text in (("table", self.tr("&Table of customers")), ("calls", self.tr("&Call list")),
                          ("vcard", self.tr("C&ontacts (vCard, for phones and mail)")),
                          ("ical", self.tr("Follow-ups and plan actions (&iCalendar)"))):
            button = QRadioButton(text)
            self.what.addButton(button)
            self.kinds[key] = button
        self.kinds["table"].setChecked(True)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.format.addItem(self.tr("CSV, UTF-8 (.csv)"), ".csv")
        self.columns_box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(self.columns_box)
        self.columns: dict[str, QCheckBox] = {}
        for n, fld in enumerate(exporting.EXPORT_COLUMNS):
            box = QCheckBox(fld.label(ctx.language))
            box.setChecked(fld.name in exporting.DEFAULT_COLUMNS)
            self.columns[fld.name] = box
            grid.addWidget(box, n // 4, n % 4)
        note = QLabel(self.tr("Cells that start with = + - @ are written with a leading ' so that "
                              "spreadsheets show them rather than run them."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.kinds.values():
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.columns_box)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.what.buttonToggled.connect(self._kind_changed)
        self.result_text = ""

    def kind(self) -> str:
        return next(k for k, b in self.kinds.items() if b.isChecked())

    @Slot()
    def _kind_changed(self, *_: object) -> None:
        kind = self.kind()
        self.columns_box.setEnabled(kind == "table")
        self.format.setEnabled(kind in ("table", "calls"))

    def suffix(self) -> str:
        return {"vcard": ".vcf", "ical": ".ics"}.get(self.kind(), self.format.currentData())

    @Slot()
    def choose_file(self) -> None:
        names = {"table": self.tr("customers"), "calls": self.tr("call-list"),
                 "vcard": self.tr("contacts"), "ical": self.tr("follow-ups")}
        start = suggested_path(f"{names[self.kind()]}{self.suffix()}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(start),
                                                f"*{self.suffix()}")
        if chosen:
            if not chosen.lower().endswith(self.suffix()):
                chosen += self.suffix()
            remember_folder(Path(chosen))
            self.export_to(chosen)

    def export_to(self, dest: str) -> None:
        """Write ``dest`` on the worker, with progress and cancel; close when done."""
        kind, ids, language, actor = self.kind(), self.ids, self.ctx.language, self.ctx.actor
        columns = [name for name, box in self.columns.items() if box.isChecked()]
        if kind == "table" and not columns:
            self.result_text = self.tr("Choose at least one column.")
            return
        left_out: list[str] = []  # calendar entries whose date cannot be an event

        def task(store, progress) -> int:
            chosen = ids(store)
            if kind == "table":
                return exporting.export_customers(store, dest, chosen, columns, language=language,
                                                  actor=actor, progress=progress)
            if kind == "calls":
                return exporting.export_call_list(store, dest, chosen, language=language,
                                                  actor=actor, progress=progress)
            if kind == "vcard":
                return exporting.export_vcards(store, dest, chosen, actor=actor)
            return exporting.export_calendar(store, dest, chosen, actor=actor, left_out=left_out)

        self.export_button.setEnabled(False)
        self.ctx.tasks.submit(task, lambda n: self._done(dest, n, left_out), self._failed,
                              title=self.tr("Exporting…"), parent=self)

    def _done(self, dest: str, count: int, left_out: list[str] | None = None) -> None:
        self.result_text = self.tr("%1 written to %2.").replace("%1", str(count)).replace("%2", dest)
        if left_out:
            self.result_text += " " + self.tr(
                "%1 left out: their date is not between 1900 and 2100 (%2).").replace(
                "%1", str(len(left_out))).replace("%2", "; ".join(left_out[:5]))
        self.export_button.setEnabled(True)
        if self.on_done is not None:
            self.on_done(self.result_text)
        self.accept()
        self.offer = offer_to_open(self.parentWidget(), Path(dest), self.result_text)

    def _failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.export_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.result_text = self.tr("Export cancelled; no file was written.")
            return
        QMessageBox.warning(self, self.tr("Export"), self.tr("The file could not be written: %1")
                            .replace("%1", getattr(exc, "message", str(exc))))


def open_export(ctx: AppContext, ids: IdsFn, count: int | None, parent: QWidget,
                on_done: Callable[[str], None] | None = None) -> ExportDialog:
    dialog = ExportDialog(ctx, ids, count, parent, on_done)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
