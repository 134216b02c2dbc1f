"""Printing plans or file cards for many customers at once (a selection or a filter of the
customer list): into one PDF or one PDF per customer, in the background with progress and
cancel, then opened if wished."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.fields import CUSTOMER_FIELDS
from desktop_crm.reports.pdf.batch import PrintResult, print_batch, print_options
from desktop_crm.reports.pdf.fitting import cut
from desktop_crm.storage.db import Store
from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.files import open_file, remember_folder, suggested_path

Resolve = Callable[[Store], list[int]]


class BatchPrintDialog(QDialog):
    """``resolve(store)`` gives the customers' ids on the worker thread (so a selection of
    100,000 rows costs the UI nothing); ``count`` is how many that is, for the wording."""

    sig_finished = Signal(object)   # PrintResult, or the exception

    def __init__(self, ctx: AppContext, resolve: Resolve, count: int, *, kind: str = "plan",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resolve = resolve
        self.count = count
        self.result_: PrintResult | None = None
        self.task_id: int | None = None
        self.setWindowTitle(self.tr("Print plans and file cards"))
        self.plans = QRadioButton(self.tr("&Account plans (the active plan, else the newest)"))
        self.cards = QRadioButton(self.tr("&File cards"))
        (self.cards if kind == "card" else self.plans).setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.plans)
        kinds.addButton(self.cards)
        self.one_file = QRadioButton(self.tr("&One PDF file"))
        self.per_customer = QRadioButton(self.tr("One PDF &per customer, in a folder"))
        self.one_file.setChecked(True)
        outputs = QButtonGroup(self)
        outputs.addButton(self.one_file)
        outputs.addButton(self.per_customer)
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self.choose_path)
        self.footer = QCheckBox(self.tr("Footer: confidential, printed by you, date and time"))
        self.footer.setChecked(True)
        self.open_after = QCheckBox(self.tr("Open when done"))
        self.open_after.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        form = QFormLayout()
        heading = (self.tr("For the selected customer.") if count == 1
                   else self.tr("For %1 customers.").replace("%1", f"{count:,}"))
        self.heading = QLabel(heading)
        form.addRow(self.heading)
        form.addRow(self.tr("Print"), self.plans)
        form.addRow("", self.cards)
        form.addRow(self.tr("Into"), self.one_file)
        form.addRow("", self.per_customer)
        where = QLabel(self.tr("&Where"))
        where.setBuddy(self.path)
        form.addRow(where, path_row)
        form.addRow("", self.footer)
        form.addRow("", self.open_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = buttons.addButton(self.tr("Print"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for button in (self.plans, self.cards, self.one_file, self.per_customer):
            button.toggled.connect(self._suggest)
        self._suggest()
        self.resize(560, self.sizeHint().height())

    def kind(self) -> str:
        return "card" if self.cards.isChecked() else "plan"

    @Slot()
    def _suggest(self, *_: object) -> None:
        name = self.tr("plans") if self.kind() == "plan" else self.tr("file cards")
        base = suggested_path(name)
        self.path.setText(str(base if self.per_customer.isChecked() else base.with_suffix(".pdf")))

    @Slot()
    def choose_path(self) -> None:
        if self.per_customer.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"),
                                                      self.path.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.path.text(),
                                                    self.tr("PDF files (*.pdf)"))
        if chosen:
            self.path.setText(chosen)

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not self.per_customer.isChecked() and path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        return path

    @Slot()
    def start(self) -> None:
        target = self.target()
        if target is None:
            self.error.setText(self.tr("Say where the PDF should go."))
            return
        if self.per_customer.isChecked() and target.exists() and not target.is_dir():
            self.error.setText(self.tr("%1 is a file; choose a folder for one PDF per customer.")
                               .replace("%1", str(target)))
            return
        if not self.per_customer.isChecked() and target.is_dir():
            self.error.setText(self.tr("%1 is a folder; give a file name ending in .pdf.")
                               .replace("%1", str(target)))
            return
        remember_folder(target if self.per_customer.isChecked() else target.parent)
        self.error.clear()
        self.print_button.setEnabled(False)
        kind, per_customer, resolve = self.kind(), self.per_customer.isChecked(), self.resolve
        options = print_options(self.ctx.store, self.ctx.actor, self.ctx.language,
                                footer=self.footer.isChecked())

        def task(store: Store, progress) -> PrintResult:
            return print_batch(store, kind, resolve(store), target, options,
                               per_customer=per_customer, progress=progress)

        self.task_id = self.ctx.tasks.submit(task, self._done, self._failed,
                                             title=self.tr("Printing…"), parent=self)

    def _done(self, result: PrintResult) -> None:
        self.result_ = result
        self.print_button.setEnabled(True)
        self.sig_finished.emit(result)
        if not result.printed and not result.failed:
            self.error.setText(self.tr("None of these customers has an account plan yet."))
            return
        if result.failed or result.shortened:  # say which, and keep the dialog open to read it
            self.error.setText(problems_text(result, self.ctx.language))
            self.open_after.setChecked(False)
            return
        if result.warning:  # the font is not embedded: say so before anything opens
            self.error.setText(self.tr(
                "Printed, but no TrueType Chinese font was found: the PDFs use a built-in font "
                "that is not embedded. Install one, e.g. fonts-wqy-microhei."))
            self.open_after.setChecked(False)
            return
        if self.open_after.isChecked():
            open_file(result.files[0] if len(result.files) == 1 else self.target())
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.sig_finished.emit(exc)
        if isinstance(exc, Cancelled):
            self.error.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(exc, StorageError):  # one sentence: full disk, read-only folder or database…
            self.error.setText(str(exc))
            QMessageBox.warning(self, self.windowTitle(), str(exc))
        elif isinstance(exc, OSError):
            self.error.setText(self.tr("Could not write the PDF: %1").replace(
                "%1", exc.strerror or str(exc)))
        else:
            self.error.setText(self.tr("Printing failed: %1").replace("%1", str(exc)))


def result_text(result: PrintResult) -> str:
    """One line saying what a batch printed and skipped."""
    if result.skipped:
        text = QCoreApplication.translate("BatchPrintDialog",
                                          "Printed %1; %2 without a plan skipped.")
    else:
        text = QCoreApplication.translate("BatchPrintDialog", "Printed %1.")
    text = text.replace("%1", str(result.printed)).replace("%2", str(len(result.skipped)))
    if result.failed:
        text += " " + QCoreApplication.translate(
            "BatchPrintDialog", "%1 could not be printed.").replace("%1", str(len(result.failed)))
    return text


def problems_text(result: PrintResult, language: str) -> str:
    """What a batch did not print and why, and what it printed cut short, by customer."""
    reasons = {
        "layout": QCoreApplication.translate("BatchPrintDialog", "does not fit on the page"),
        "file": QCoreApplication.translate("BatchPrintDialog", "its file cannot be written"),
        "data": QCoreApplication.translate("BatchPrintDialog", "its data cannot be read"),
    }
    labels = {f.name: f.label(language) for f in CUSTOMER_FIELDS}
    lines = [result_text(result)]
    if result.failed:
        shown = "; ".join(f"{cut(f.code, 40)} ({reasons.get(f.reason, f.message)})"
                          for f in result.failed[:20])
        lines.append(QCoreApplication.translate("BatchPrintDialog", "Not printed: %1.")
                     .replace("%1", shown))
    if result.shortened:
        shown = "; ".join(f"{cut(code, 40)} ({', '.join(labels.get(n, n) for n in names)})"
                          for code, names in list(result.shortened.items())[:20])
        lines.append(QCoreApplication.translate(
            "BatchPrintDialog", "Printed with values beyond the limits (cut where they did not "
            "fit) — correct them in the customer's file: %1.").replace("%1", shown))
    return "\n".join(lines)


def print_from_list(page) -> BatchPrintDialog | None:
    """The batch dialog for the customer list ``page``: its selection, or all of its rows as
    filtered when nothing is selected. What was printed is said in the page's status line."""
    ranges = page.selected_ranges()
    count = page.selected_count()
    if not ranges:
        count = page.model.total()
        ranges = [(0, count - 1)] if count else []
    if not count:
        return None
    dialog = BatchPrintDialog(page.ctx, page.resolver(ranges), count, parent=page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.sig_finished.connect(partial(_say_result, page))
    page.batch_dialog = dialog
    dialog.open()
    return dialog


def _say_result(page, result: object) -> None:
    if isinstance(result, PrintResult) and result.printed:
        page.status.setText(result_text(result))
