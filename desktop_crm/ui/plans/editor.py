"""The plan editor: one customer's account plan, version by version, with its SWOT grid,
strategies, actions and objectives; saving, new versions, activation, comparison, print
preview, printing and PDF export. Opened from the dossier's Plans tab."""

from __future__ import annotations


from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QHBoxLayout, QLabel, QMessageBox, QTabWidget, QToolButton,
    QVBoxLayout, QWidget,
)

from desktop_crm.domain.fields import PLAN_FIELDS, by_name
from desktop_crm.domain.plans import (
    PLAN_STATUSES, QUADRANTS, Plan, PlanService, label, template, templates,
)
from desktop_crm.domain.validation import ValidationError
from desktop_crm.reports.pdf.batch import paper_printed, plan_pdf, print_options
from desktop_crm.reports.pdf.fonts import pdf_font
from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.actions import widget_action
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.messages import error_text
from desktop_crm.ui.plans.printing import PdfPrinter, ask_pdf_path, open_file
from desktop_crm.ui.plans.sections import ActionsPage, AnalysisPage, ClosingPage
from desktop_crm.ui.plans.strategies import StrategiesPage
from desktop_crm.ui.plans.swot import QuadrantGrid

SWOT_COLOURS = {"S": "#e6f2e8", "W": "#fbeaea", "O": "#e7effa", "T": "#fdf3e1"}
ERROR_STYLE = "color: #b3261e;"


_PLAN_FIELDS = by_name(PLAN_FIELDS)

class PlanEditor(QDialog):
    """Edits ``plan_id``, or a new draft for ``customer_id`` from ``template_key``."""

    sig_saved = Signal(int)   # plan id

    def __init__(self, ctx: AppContext, plan_id: int | None = None, *,
                 customer_id: int | None = None, template_key: str = "retail_outlet",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = PlanService(ctx.store, ctx.actor, ctx.language)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setSizeGripEnabled(True)
        self.resize(1180, 680)  # within a 1366×768 screen, less taskbar and title bar
        self.plan: Plan = (self.service.load(plan_id) if plan_id is not None
                           else self.service.new_plan(customer_id, template_key))
        self.loaded: Plan = self.plan.copy()
        self.customer = self.service.customer(self.plan.customer_id)
        self.last_pdf = None
        self.printer: PdfPrinter | None = None
        self.dialog: QWidget | None = None   # the preview, compare or confirmation open now
        self._loading = False
        self._closing_confirmed = False
        self._close_result = 0
        self._confirm_yes = None
        self._on_yes = None
        self._build()
        self._show_plan()
        if parent is not None:
            # the main window closing would take this window with it, unsaved: ask first
            parent.window().installEventFilter(self)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        lang = self.ctx.language
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.version_box = QComboBox()
        self.version_box.setMinimumWidth(220)
        self.version_box.activated.connect(self._version_chosen)
        self.status_label = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.dateChanged.connect(self._edited)
        self.template_box = QComboBox()
        for t in templates(self.ctx.store):
            self.template_box.addItem(t.name(lang), t.key)
        self.template_box.activated.connect(self._template_chosen)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        for caption, widget in ((self.tr("&Version"), self.version_box),
                                (self.tr("Status"), self.status_label),
                                (self.tr("&Date"), self.date_edit),
                                (self.tr("T&emplate"), self.template_box)):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            top.addWidget(caption_label)
            top.addWidget(widget)

        self.save_action = widget_action(self, self.tr("Save"), "Ctrl+S", self.save)
        self.version_action = widget_action(self, self.tr("New version"), "Ctrl+Shift+N", self.new_version)
        self.activate_action = widget_action(self, self.tr("Activate"), None, self.activate)
        self.archive_action = widget_action(self, self.tr("Archive"), None, self.archive)
        self.delete_action = widget_action(self, self.tr("Delete draft…"), None, self.delete_draft)
        self.compare_action = widget_action(self, self.tr("Compare versions…"), None, self.compare)
        self.preview_action = widget_action(self, self.tr("Print preview…"), "Ctrl+P", self.preview)
        self.print_action = widget_action(self, self.tr("Print…"), "Ctrl+Shift+P", self.print_now)
        self.pdf_action = widget_action(self, self.tr("Save as PDF…"), "Ctrl+Shift+S", self.save_pdf)
        self.open_action = widget_action(self, self.tr("Open PDF"), None, self.open_pdf)
        self.template_action = widget_action(self, self.tr("Edit template…"), None, self.edit_template)
        bar = QHBoxLayout()
        for action in (self.save_action, self.version_action, self.activate_action,
                       self.archive_action, self.delete_action, None, self.compare_action,
                       self.preview_action, self.print_action, self.pdf_action, self.open_action,
                       None, self.template_action):
            if action is None:
                bar.addSpacing(16)
                continue
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch(1)

        titles = {q: f"{label(QUADRANTS, q, lang)} {q}" for q in QUADRANTS}
        self.analysis_page = AnalysisPage()
        self.swot = QuadrantGrid((("S", "W"), ("O", "T")), titles, SWOT_COLOURS)
        self.strategies = StrategiesPage(self.swot, lang)
        self.actions_page = ActionsPage(lang)
        self.actions_page.actions_model.default_owner = self.customer.manager
        self.closing_page = ClosingPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.analysis_page, self.tr("Background && analysis"))
        self.tabs.addTab(self.swot, self.tr("SWOT"))
        self.tabs.addTab(self.strategies, self.tr("Strategies"))
        self.tabs.addTab(self.actions_page, self.tr("Actions && objectives"))
        self.tabs.addTab(self.closing_page, self.tr("Closing && signatures"))
        for page in (self.analysis_page, self.swot, self.strategies, self.actions_page,
                     self.closing_page):
            page.sig_changed.connect(self._edited)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    # --- showing --------------------------------------------------------------------------------

    def _show_plan(self) -> None:
        self._loading = True
        plan = self.plan
        t = template(self.ctx.store, plan.template, self.ctx.language)
        for page in (self.analysis_page, self.actions_page, self.closing_page):
            page.set_template(t)
            page.load(plan)
        self.swot.set_values(plan.points)
        self.strategies.set_values(plan.strategies)
        self.date_edit.setDate(QDate.fromString(plan.plan_date, "yyyy-MM-dd"))
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(plan.template)))
        self.template_box.setEnabled(plan.status == "draft")
        self._fill_versions()
        self._loading = False
        self._update()

    def _fill_versions(self) -> None:
        self.version_box.clear()
        lang = self.ctx.language
        if self.plan.id is None:
            self.version_box.addItem(self.tr("New plan (not saved)"), None)
        for v in self.service.versions(self.plan.customer_id):
            self.version_box.addItem(
                f"v{v['version']} · {label(PLAN_STATUSES, v['status'], lang)} · {v['plan_date']}",
                v["id"])
        self.version_box.setCurrentIndex(max(0, self.version_box.findData(self.plan.id)))

    def collect(self) -> Plan:
        """The plan as the editor shows it now."""
        plan = self.plan.copy()
        self.analysis_page.store(plan)
        self.actions_page.store(plan)
        self.closing_page.store(plan)
        plan.points = self.swot.values()
        plan.strategies = self.strategies.values()
        plan.plan_date = self.date_edit.date().toString("yyyy-MM-dd")
        plan.template = self.template_box.currentData()
        return plan

    def has_unsaved_changes(self) -> bool:
        """Edited since loaded or saved (a new plan nobody touched closes without asking)."""
        return self.collect() != self.loaded

    @Slot()
    def _edited(self, *_: object) -> None:
        if not self._loading:
            self._update()

    def _update(self) -> None:
        dirty = self.has_unsaved_changes()
        status = self.plan.status
        saved = self.plan.id is not None
        self.heading.setText(f"{self.customer.name} ({self.customer.code})")
        self.status_label.setText(label(PLAN_STATUSES, status, self.ctx.language))
        title = self.plan.title or self.customer.name
        self.setWindowTitle(("* " if dirty else "") + self.tr("Account plan: %1").replace("%1", title))
        self.save_action.setEnabled(dirty or not saved)
        self.version_action.setEnabled(saved)
        self.activate_action.setEnabled(status != "active")
        self.archive_action.setEnabled(saved and status != "archived")
        self.delete_action.setEnabled(saved and status == "draft")
        self.compare_action.setEnabled(len(self.service.versions(self.plan.customer_id)) >= 2)
        self.open_action.setEnabled(self.last_pdf is not None)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # --- saving and the plan's life ---------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        plan = self.collect()
        try:
            plan_id = self.service.save(plan)
        except ValidationError as exc:
            self._say("\n".join(self.error_text(e) for e in exc.errors), error=True)
            return False
        self.plan = self.service.load(plan_id)
        self.loaded = self.plan.copy()
        self._show_plan()
        self._say(self.tr("Saved version %1.").replace("%1", str(self.plan.version)))
        self._announce()
        return True

    def error_text(self, problem) -> str:
        """The problem in the user's words, naming the action it is about."""
        p = problem.params
        if problem.field == "actions" and problem.code == "date":
            return self.tr("Action %1: \"%2\" is not a date. Use YYYY-MM-DD.") \
                .replace("%1", str(p.get("number"))).replace("%2", str(p.get("value")))
        if problem.field == "actions" and problem.code == "required":
            return self.tr("Action %1 has no text: write what is to be done.") \
                .replace("%1", str(p.get("number")))
        if problem.field in ("plan_date", "signed_on") and problem.code == "date":
            return self.tr("\"%1\" is not a date. Use YYYY-MM-DD.").replace("%1", str(p.get("value")))
        fld = _PLAN_FIELDS.get(problem.field)
        if fld is None:
            return error_text(problem)
        # the editor shows its messages in one place: say which part of the plan is meant
        where = fld.label(self.ctx.language)
        if "number" in p:
            where += f" {p['number']}"
        return f"{where}: {error_text(problem)}"

    def _announce(self) -> None:
        self.sig_saved.emit(self.plan.id)
        self.ctx.signals.sig_customers_changed.emit([self.plan.customer_id])
        self.ctx.signals.sig_visits_changed.emit(self.plan.customer_id)  # its actions are due

    def _saved_first(self) -> bool:
        return not self.has_unsaved_changes() or self.save()

    @Slot()
    def new_version(self) -> None:
        if not self._saved_first():
            return
        plan_id = self.service.new_version(self.plan.id)
        self._load(plan_id)
        self._say(self.tr("Version %1 is a new draft copied from the plan you had open.")
                  .replace("%1", str(self.plan.version)))
        self._announce()

    @Slot()
    def activate(self) -> None:
        if not self._saved_first():
            return
        active = [v for v in self.service.versions(self.plan.customer_id)
                  if v["status"] == "active" and v["id"] != self.plan.id]
        text = self.tr("Make this plan the active one?")
        if active:
            text = self.tr("Make this plan the active one? Version %1, active now, will be archived.") \
                .replace("%1", str(active[0]["version"]))
        self._confirm(text, self.tr("Activate"), lambda: self._set_status("active"))

    @Slot()
    def archive(self) -> None:
        if self._saved_first():
            self._confirm(self.tr("Archive this plan? Its actions leave the follow-up agenda."),
                          self.tr("Archive"), lambda: self._set_status("archived"))

    def _set_status(self, status: str) -> None:
        self.service.set_status(self.plan.id, status)
        self._load(self.plan.id)
        self._announce()

    @Slot()
    def delete_draft(self) -> None:
        if self.plan.id is not None and self.plan.status == "draft":
            self._confirm(self.tr("Delete this draft for good? This cannot be undone."),
                          self.tr("Delete"), self._delete)

    def _delete(self) -> None:
        customer_id = self.plan.customer_id
        self.service.delete(self.plan.id)
        self.ctx.signals.sig_customers_changed.emit([customer_id])
        remaining = self.service.versions(customer_id)
        if remaining:
            self._load(remaining[0]["id"])
        else:
            self._closing_confirmed = True   # nothing left to save: the draft is gone
            self._close_result = QDialog.DialogCode.Rejected
            QTimer.singleShot(0, self._close_now)

    def _load(self, plan_id: int) -> None:
        self.plan = self.service.load(plan_id)
        self.loaded = self.plan.copy()
        self._show_plan()

    @Slot(int)
    def _version_chosen(self, index: int) -> None:
        plan_id = self.version_box.itemData(index)
        if plan_id is None or plan_id == self.plan.id:
            return
        if self.has_unsaved_changes():
            self.version_box.setCurrentIndex(max(0, self.version_box.findData(self.plan.id)))
            self._say(self.tr("Save or undo your changes before opening another version."), True)
            return
        self._load(plan_id)

    @Slot()
    def _template_chosen(self, *_: object) -> None:
        t = template(self.ctx.store, self.template_box.currentData(), self.ctx.language)
        for page in (self.analysis_page, self.actions_page, self.closing_page):
            page.set_template(t)
        self._edited()

    def _confirm(self, text: str, yes: str, on_yes) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Account plan"), text,
                          QMessageBox.StandardButton.Cancel, self)
        self._confirm_yes = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        self._on_yes = on_yes
        box.setDefaultButton(self._confirm_yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # a bound slot, not a lambda holding the box (see docs/NOTES.md)
        box.buttonClicked.connect(self._confirm_clicked)
        self.dialog = box
        box.open()
        return box

    @Slot(object)
    def _confirm_clicked(self, pressed) -> None:
        yes, on_yes = self._confirm_yes, self._on_yes
        self._confirm_yes = self._on_yes = None
        if pressed is yes and on_yes is not None:
            on_yes()

    # --- comparing and printing -------------------------------------------------------------------

    @Slot()
    def compare(self):
        from desktop_crm.ui.plans.compare import CompareDialog

        dialog = CompareDialog(self.ctx, self.plan.customer_id, right_id=self.plan.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _options(self):
        return print_options(self.ctx.store, self.ctx.actor, self.ctx.language)

    def _printer(self) -> PdfPrinter:
        plan, options, store = self.collect(), self._options(), self.ctx.store
        data = plan_pdf(store, plan, options)
        self.printer = PdfPrinter(data, plan.title or self.customer.name, self,
                                  record=lambda printer: paper_printed(store, plan, options, printer))
        self._font_warning()
        return self.printer

    @Slot()
    def preview(self):
        dialog = self._printer().preview_dialog(self)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def print_now(self):
        dialog = self._printer().print_dialog(self)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def save_pdf(self, path=None) -> bool:
        """Write the plan as shown to a PDF (asks where, unless ``path`` is given)."""
        plan = self.collect()
        name = f"{self.customer.code}-{self.customer.name}-v{plan.version or 1}"
        path = path or ask_pdf_path(self, self.tr("Save plan as PDF"), name)
        if path is None:
            return False
        try:
            plan_pdf(self.ctx.store, plan, self._options(), target=path)
        except StorageError as exc:  # one sentence: full disk, read-only folder or database…
            QMessageBox.warning(self, self.tr("Save plan as PDF"), str(exc))
            self._say(str(exc), error=True)
            return False
        self.last_pdf = path
        self._say(self.tr("Saved the PDF as %1.").replace("%1", str(path)))
        self._font_warning()
        self._update()
        return True

    def _font_warning(self) -> None:
        """Said once a PDF is made without an embedded Chinese font (reports/pdf/fonts.py)."""
        if not pdf_font().embedded:
            self._say(self.tr("No TrueType Chinese font was found: this PDF uses a built-in font "
                              "that is not embedded and may look different on other computers. "
                              "Install one, e.g. fonts-wqy-microhei."), error=True)

    @Slot()
    def edit_template(self):
        from desktop_crm.ui.plans.templates import TemplateDialog

        dialog = TemplateDialog(self.ctx, self.template_box.currentData(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._template_chosen)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            open_file(self.last_pdf)

    # --- closing --------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self.has_unsaved_changes() and not self._closing_confirmed:
            self._ask_to_close(result)
            return
        super().done(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Close and watched is not self and self.isVisible()
                and self.has_unsaved_changes() and not self._closing_confirmed):
            event.ignore()
            self.raise_()
            self.activateWindow()
            self._ask_to_close(QDialog.DialogCode.Rejected)
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.has_unsaved_changes() and not self._closing_confirmed:
            event.ignore()
            self._ask_to_close(QDialog.DialogCode.Rejected)
            return
        super().closeEvent(event)

    def _ask_to_close(self, result: int) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Account plan"),
                          self.tr("This plan has changes that are not saved."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._close_result = result
        box.finished.connect(self._close_answered)  # bound: see docs/NOTES.md
        self.dialog = box
        box.open()
        return box

    @Slot(int)
    def _close_answered(self, answer: int) -> None:
        if answer == QMessageBox.StandardButton.Save and not self.save():
            return
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            self._closing_confirmed = True
            # after the question box has gone: closing from inside its signal pulls the
            # parent out from under it
            QTimer.singleShot(0, self._close_now)

    @Slot()
    def _close_now(self) -> None:
        super().done(self._close_result)
