"""The care calendar: who has a birthday, an anniversary or a follow-up, and which festivals
come, in the next days; and the greetings for them — previewed per person, editable, exported
as CSV for an SMS tool or copied, and recorded in the visit log as sent."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import care
from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.campaigns import saved_filters
from desktop_crm.domain.greetings import OCCASIONS, Greeting, GreetingService
from desktop_crm.storage import queries
from desktop_crm.ui.care.templates import TemplatesDialog
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.files import offer_to_open, remember_folder, suggested_path
from desktop_crm.ui.members.common import RowsModel, show_error
from desktop_crm.ui.tables import list_table

GREETABLE = ("birthday", "anniversary", "festival")
FESTIVAL_COLOR = QColor("#9a3412")


class CarePage(QWidget):
    sig_sent = Signal(int)  # greetings exported or copied (and logged, if chosen)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.lang = 0 if ctx.language == "zh" else 1
        self._stale = True
        self._loading: dict[str, int] = {}  # the newest load of events and of greetings
        self._staff = queries.staff_names(ctx.store)

        self.first = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.days = QSpinBox(minimum=1, maximum=care.MAX_DAYS, value=14, suffix=self.tr(" days"))
        today = QPushButton(self.tr("T&oday"))
        self.kind_boxes: dict[str, QCheckBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("for")))
        bar.addWidget(self.days)
        bar.addWidget(today)
        for kind in care.KINDS:
            box = QCheckBox(care.KIND_LABELS[kind][self.lang], checked=True)
            box.toggled.connect(lambda _on: self.reload())
            self.kind_boxes[kind] = box
            bar.addWidget(box)
        bar.addStretch(1)

        self.events = RowsModel(
            ("on", "kind", "name", "detail", "phone", "staff"),
            (self.tr("Date"), self.tr("What"), self.tr("Who"), self.tr("Detail"), self.tr("Phone"),
             self.tr("Staff")), self._event_cell, parent=self)
        self.events.colors = lambda e: QBrush(FESTIVAL_COLOR) if e.kind == "festival" else None
        self.events_table = list_table(self.events, self)
        self.events_table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.count_label)
        lv.addWidget(self.events_table, 1)

        # greetings
        self.occasion = QComboBox()
        for code in GREETABLE:
            self.occasion.addItem(OCCASIONS[code][self.lang], code)
        self.template = QComboBox()
        self.audience = QComboBox()  # festivals: every member, or a saved filter's customers
        self.audience.setToolTip(self.tr("Whom to greet on a festival"))
        templates = QPushButton(self.tr("&Templates…"))
        self.greetings = RowsModel(("on", "name", "phone", "text"),
                                   (self.tr("Date"), self.tr("Name"), self.tr("Mobile"), self.tr("Text")),
                                   self._greeting_cell, parent=self)
        self.greetings_table = list_table(self.greetings, self, multi_select=True)
        self.greetings_table.horizontalHeader().setStretchLastSection(True)
        self.preview = QPlainTextEdit()
        self.preview.setMaximumHeight(90)
        self.preview.setPlaceholderText(self.tr("The text for the chosen person; edit it before sending."))
        self.log_box = QCheckBox(self.tr("Record as sent (SMS) in the visit log"), checked=True)
        export = QPushButton(self.tr("&Export CSV…"))
        copy = QPushButton(self.tr("&Copy texts"))
        self.greet_count = QLabel()
        gbar = QHBoxLayout()
        gbar.addWidget(QLabel(self.tr("Greet for")))
        gbar.addWidget(self.occasion)
        gbar.addWidget(self.audience)
        gbar.addWidget(self.template, 1)
        gbar.addWidget(templates)
        abar = QHBoxLayout()
        abar.addWidget(self.greet_count, 1)
        abar.addWidget(self.log_box)
        abar.addWidget(copy)
        abar.addWidget(export)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(gbar)
        rv.addWidget(self.greetings_table, 1)
        rv.addWidget(self.preview)
        rv.addLayout(abar)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.first.dateChanged.connect(lambda _d: self.reload())
        self.days.valueChanged.connect(lambda _v: self.reload())
        today.clicked.connect(lambda: self.first.setDate(QDate.currentDate()))
        self.occasion.currentIndexChanged.connect(lambda _i: self._fill_templates())
        self.audience.currentIndexChanged.connect(lambda _i: self.reload_greetings())
        self.template.currentIndexChanged.connect(lambda _i: self.reload_greetings())
        templates.clicked.connect(self.edit_templates)
        self.greetings_table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._preview(cur.row()))
        self.preview.textChanged.connect(self._edited)
        self.events_table.doubleClicked.connect(self._open_customer)
        export.clicked.connect(self.export)
        copy.clicked.connect(self.copy)
        ctx.signals.sig_customers_changed.connect(lambda _ids: self._mark_stale())
        ctx.signals.sig_visits_changed.connect(lambda _id: self._mark_stale())
        self._fill_templates()

    # --- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self._fill_audiences()  # filters may have been saved for a campaign meanwhile
        if self._stale:
            self.reload()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def window_start(self) -> date:
        return self.first.date().toPython()

    @Slot()
    def reload(self) -> None:
        self._stale = False
        first, days = self.window_start(), self.days.value()
        kinds = [k for k, box in self.kind_boxes.items() if box.isChecked()]
        self.count_label.setText(self.tr("Loading…"))  # a year of a large file takes seconds
        self._latest("events", self.ctx.tasks.submit(
            lambda store, _p: care.upcoming(store, first, days, kinds),
            self._events_loaded, self._load_failed))
        self.reload_greetings()

    def _latest(self, what: str, task_id: int) -> None:
        """Only the newest load of ``what`` counts: one still waiting its turn is dropped
        (stepping the window through 30…365 days queues a load a step)."""
        previous = self._loading.get(what)
        if previous is not None:
            self.ctx.tasks.cancel(previous)
        self._loading[what] = task_id

    def _load_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):  # a load superseded by a newer one
            show_error(self, exc)

    def _events_loaded(self, events: list[care.Event]) -> None:
        self.events.set_rows(events)  # the columns fit their text (tables.fit_columns)
        self.count_label.setText(self.tr("%n events", "", len(events)))

    def _fill_audiences(self) -> None:
        self.audience.blockSignals(True)
        current = self.audience.currentText()
        self.audience.clear()
        self.audience.addItem(self.tr("All members"), None)
        for f in saved_filters(self.ctx.store):
            self.audience.addItem(f.name, f.filter)
        self.audience.setCurrentIndex(max(0, self.audience.findText(current)))
        self.audience.blockSignals(False)

    def _fill_templates(self) -> None:
        self.audience.setVisible(self.occasion.currentData() == "festival")
        service = GreetingService(self.ctx.store, self.ctx.actor, self.ctx.language)
        self.template.blockSignals(True)
        self.template.clear()
        for t in service.templates(self.occasion.currentData()):
            self.template.addItem(t.name, t)
        self.template.blockSignals(False)
        self.reload_greetings()

    def reload_greetings(self) -> None:
        template = self.template.currentData()
        occasion = self.occasion.currentData()
        if template is None:
            self.greetings.set_rows([])
            self.greet_count.setText(self.tr("No template for this occasion: add one under Templates…"))
            return
        first, days, actor, lang = self.window_start(), self.days.value(), self.ctx.actor, self.ctx.language

        audience = self.audience.currentData() if occasion == "festival" else None

        def build(store, _p) -> list[Greeting]:
            return GreetingService(store, actor, lang).greetings(occasion, first, days, template,
                                                                  audience)

        self.greet_count.setText(self.tr("Loading…"))
        self._latest("greetings", self.ctx.tasks.submit(build, self._greetings_loaded,
                                                        self._load_failed))

    def _greetings_loaded(self, found: list[Greeting]) -> None:
        self.greetings.set_rows(found)
        text = self.tr("%n greetings", "", len(found))
        left_out = getattr(found, "left_out", 0)
        if left_out:
            text += self.tr("; %n left out (no consent to marketing messages)", "", left_out)
        self.greet_count.setText(text)
        if found:
            self.greetings_table.selectRow(0)
        else:
            self.preview.clear()

    # --- cells ----------------------------------------------------------------------------

    def _event_cell(self, e: care.Event, column: str) -> Any:
        if column == "on":
            return e.on.isoformat()
        if column == "kind":
            return care.KIND_LABELS[e.kind][self.lang]
        if column == "name":
            return care.festival_label(e.festival, self.ctx.language) if e.festival else e.name
        if column == "detail":
            if e.kind == "birthday":
                return self.tr("turns %1").replace("%1", str(e.years))
            if e.kind == "child_birthday":
                return self.tr("child turns %1").replace("%1", str(e.years))
            if e.kind == "anniversary":
                return self.tr("%n years a member", "", e.years or 0)
            return e.detail or ""
        if column == "phone":
            return e.phone or ""
        return self._staff.get(e.staff_id or 0, "")

    def _greeting_cell(self, g: Greeting, column: str) -> Any:
        return {"on": g.on.isoformat(), "name": g.name, "phone": g.phone or "", "text": g.text}[column]

    # --- greeting actions --------------------------------------------------------------------

    def _preview(self, row: int) -> None:
        self.preview.blockSignals(True)
        self.preview.setPlainText(self.greetings.rows[row].text if 0 <= row < len(self.greetings.rows) else "")
        self.preview.blockSignals(False)

    def _edited(self) -> None:
        row = self.greetings_table.currentIndex().row()
        if 0 <= row < len(self.greetings.rows):
            g = self.greetings.rows[row]
            self.greetings.rows[row] = GreetingService(self.ctx.store).with_text(g, self.preview.toPlainText())
            idx = self.greetings.index(row, 3)
            self.greetings.dataChanged.emit(idx, idx)

    def chosen(self) -> list[Greeting]:
        """The selected greetings, or all when none is selected."""
        rows = sorted({i.row() for i in self.greetings_table.selectionModel().selectedRows()})
        return [self.greetings.rows[r] for r in rows] if len(rows) > 1 else list(self.greetings.rows)

    def export(self, path: str | None = None) -> None:
        found = self.chosen()
        if not found:
            QMessageBox.information(self, self.tr("Export"), self.tr("There are no greetings to export."))
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export greetings"), str(suggested_path("greetings.csv")),
                self.tr("CSV for an SMS tool (*.csv);;Excel (*.xlsx)"))
            if not path:
                return
            remember_folder(Path(path))
        self._send(found, path)

    def copy(self) -> None:
        """Greetings to the clipboard, once the copy is recorded in the audit log."""
        self._send(self.chosen(), None)

    def _send(self, found: list[Greeting], path: str | None) -> None:
        """Write the file (or record the copy) and log the greetings as sent on the worker: a
        festival greets every member, 100,000 rows at a large shop."""
        actor, lang, log = self.ctx.actor, self.ctx.language, self.log_box.isChecked()

        def run(store, progress) -> int:
            service = GreetingService(store, actor, lang)
            if path:  # the file, its audit row and the log go together
                service.export_csv(found, path, log_sent=log, progress=progress)
                return len(found)
            with store.transaction():
                service.copied(found)
                if log:
                    service.log_sent(found, progress=progress)
            return len(found)

        def done(count: int) -> None:
            if not path:
                QGuiApplication.clipboard().setText("\n".join(f"{g.phone or ''}\t{g.text}" for g in found))
            self.greet_count.setText(
                self.tr("%n greetings exported.", "", count) if path else self.tr("%n greetings copied.", "", count))
            if path:
                self.offer = offer_to_open(self, Path(path), self.greet_count.text())
            if log:
                customers = {g.customer_id for g in found}
                for customer_id in customers if len(customers) <= 50 else [0]:  # 0: many
                    self.ctx.signals.sig_visits_changed.emit(customer_id)
            self.sig_sent.emit(count)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.greet_count.setText(self.tr("Cancelled: no greeting was recorded as sent."))
            else:
                show_error(self, exc)

        self.ctx.tasks.submit(run, done, failed, title=self.tr("Recording the greetings…"), parent=self)

    def edit_templates(self) -> None:
        TemplatesDialog(self.ctx, self).exec()
        self._fill_templates()

    def _open_customer(self, index) -> None:
        event = self.events.row(index)
        if event is not None and event.customer_id:
            self.ctx.signals.sig_open_customer.emit(event.customer_id)
