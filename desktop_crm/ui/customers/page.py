"""The customer list page: one search box, a filter bar, the table of customers, bulk edits
with undo, and the trash.

Everything that reads many rows or writes many customers runs on the worker thread through
``ctx.tasks``; the page itself only reads single pages (a few ms each).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.bulk_edit import BulkChange, BulkEdit, BulkEditService
from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.customer_list import (
    SHOWN_HITS,
    CustomerFilter,
    CustomerList,
    FilterChoices,
    column_index,
    rows_to_ids,
)
from desktop_crm.domain.fields import CUSTOMER_FIELDS, by_name
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.actions import widget_action
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.tables import list_table, merged_ranges
from desktop_crm.ui.customers import columns
from desktop_crm.ui.customers.filters import FilterBar
from desktop_crm.ui.customers.highlight import HighlightDelegate
from desktop_crm.ui.customers.model import CustomerListModel
from desktop_crm.ui.customers.saved_filters import SavedFiltersButton

if TYPE_CHECKING:
    from desktop_crm.ui.customers.bulk_edit import BulkEditDialog

_F = by_name(CUSTOMER_FIELDS)
SEARCH_DELAY_MS = 250
# Emitting thousands of ids helps no listener: beyond this, "many" ([]) is said instead.
MAX_IDS_IN_SIGNAL = 1000


class CustomersPage(QWidget):
    """All customers, found, filtered and sorted in SQL; opens dossiers, edits in bulk."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CustomerListModel(ctx, self)
        # filled on the worker: owners are sorted by pinyin, which costs a moment to load
        self.choices = FilterChoices()
        self.last_edit: BulkEdit | None = None
        self.confirm_box: QMessageBox | None = None   # while a confirmation is open
        self.confirm_yes: QAbstractButton | None = None
        self.bulk_dialog: BulkEditDialog | None = None
        self.header_menu: QMenu | None = None

        self._build_search_row()
        self._build_filter_bar()
        self._build_table()
        self._build_actions()
        self._layout()

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._search_entered)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.sig_count_changed.connect(self._show_count)
        self.model.sig_current_row.connect(self._make_current)
        self.model.sig_new_list.connect(self.table.scrollToTop)
        self.model.sig_failed.connect(self._show_error)
        ctx.signals.sig_customers_changed.connect(self.on_customers_changed)
        # a visit moves the last visit and next follow-up columns
        ctx.signals.sig_visits_changed.connect(lambda cid: self.on_customers_changed([cid]))
        self._show_count(self.model.total(), not self.model.is_counting())
        self._update_actions()

    # --- building ------------------------------------------------------------------------

    def _build_search_row(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search code, name, pinyin, phone, address, tag… (Ctrl+F)")
        )
        self.search_box.setClearButtonEnabled(True)
        self.trash_toggle = QToolButton()
        self.trash_toggle.setText(self.tr("Show trash"))
        self.trash_toggle.setCheckable(True)
        self.trash_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.trash_toggle.toggled.connect(self._trash_toggled)
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setMinimumWidth(160)

    def _build_filter_bar(self) -> None:
        self.filters = FilterBar(self.ctx, self.choices)
        self.filters.sig_changed.connect(self.apply_filter)
        self.saved_filters = SavedFiltersButton(self.ctx, self.current_filter)
        self.saved_filters.sig_chosen.connect(self.use_saved_filter)
        self.saved_filters.sig_message.connect(lambda text: self.status.setText(text))
        self.filters.add_widget(self.saved_filters)
        self.refresh_choices()

    def _build_table(self) -> None:
        self.table = list_table(self.model, multi_select=True)
        self.table.setItemDelegate(HighlightDelegate(self.table))
        columns.set_up_header(self.table, self.ctx.language, self.choices.tiers)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # said over the empty table, so an empty list never looks like a broken one
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyList")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 15px;")
        self.empty_label.hide()
        self.table.viewport().installEventFilter(self)

    def _build_actions(self) -> None:
        action = partial(widget_action, self)
        self.find_action = action(self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search)
        self.open_action = action(self.tr("Open dossier"), "Return", self.open_current)
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)  # Return on the table, not in the search box
        self.edit_action = action(self.tr("Change selected…"), "Ctrl+E", self.open_bulk_edit)
        self.undo_action = action(self.tr("Undo change"), QKeySequence.StandardKey.Undo, self.undo_bulk_edit)
        self.trash_action = action(self.tr("Move to trash"), QKeySequence.StandardKey.Delete, self.move_to_trash)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.trash_action)  # Delete in the search box deletes text
        self.restore_action = action(self.tr("Restore"), "Ctrl+R", self.restore_from_trash)
        self.purge_action = action(self.tr("Delete permanently…"), "Shift+Del", self.purge_from_trash)
        self.purge_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.purge_action)
        self.trash_view_action = action(self.tr("Show trash"), "Ctrl+T", self.trash_toggle.toggle)
        self.print_action = action(self.tr("Print…"), "Ctrl+P", self.print_selected)
        self.export_action = action(self.tr("Export this list…"), "Ctrl+Shift+E", self.export_list)

        self.buttons: dict[str, QToolButton] = {}
        for key, act in (("edit", self.edit_action), ("undo", self.undo_action),
                         ("trash", self.trash_action), ("restore", self.restore_action),
                         ("purge", self.purge_action),
                         ("print", self.print_action), ("export", self.export_action)):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[key] = button
        self.columns_button = QPushButton(self.tr("Columns"))
        self.columns_menu = QMenu(self.columns_button)
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))
        self.columns_button.setMenu(self.columns_menu)
        self.status = QLabel()
        self.status.setObjectName("pageStatus")
        self.status.setWordWrap(False)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.trash_toggle)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.columns_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        order = [self.search_box, self.trash_toggle, *self.filters.widgets(), self.table,
                 *self.buttons.values(), self.columns_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- filtering -------------------------------------------------------------------------

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            search=self.search_box.text().strip(), trashed=self.trash_toggle.isChecked(),
            **self.filters.values(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_actions()

    @Slot(object)
    def use_saved_filter(self, flt: CustomerFilter) -> None:
        """Show the customers of a saved filter (its search text too), out of the trash."""
        self.trash_toggle.blockSignals(True)
        self.trash_toggle.setChecked(False)
        self.trash_toggle.blockSignals(False)
        self.search_box.setText(flt.search)
        self.filters.apply(flt)  # its sig_changed applies the whole filter

    @Slot(bool)
    def _trash_toggled(self, on: bool) -> None:
        self.status.clear()
        self.apply_filter()

    @Slot()
    def _search_entered(self) -> None:
        """Enter in the search box: search now, then go to the first customer found (a
        second Enter opens it)."""
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._make_current(0)

    @Slot()
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # --- refreshing ------------------------------------------------------------------------

    @Slot(list)
    def on_customers_changed(self, ids: list) -> None:
        """Something changed customers: read the list again, keeping the current row, and
        the filter choices (new areas, tags, owners). The view stays where it was scrolled."""
        self.model.reload()
        self.refresh_choices()

    def refresh_choices(self) -> None:
        language = self.ctx.language
        self.ctx.tasks.submit(
            lambda store, progress: CustomerList(store, language).choices(),
            self._set_choices,
            lambda exc: QMessageBox.warning(self, self.tr("Filters"), str(exc)),
        )

    def _set_choices(self, choices: FilterChoices) -> None:
        self.choices = choices
        self.filters.set_choices(choices)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def _show_empty(self, count: int, exact: bool) -> None:
        if count or not exact:
            self.empty_label.hide()
            return
        if self.trash_toggle.isChecked() and self.model.filter.is_empty():
            text = self.tr("The trash is empty.")
        elif self.model.filter.is_empty():
            text = self.tr("No customers yet.")
        else:
            text = self.tr("No customer matches the search and filters.")
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.table.viewport().rect())
        self.empty_label.show()

    @Slot(int, bool)
    def _show_count(self, count: int, exact: bool) -> None:
        self._show_empty(count, exact)
        if not exact:
            self.count_label.setText(self.tr("Counting customers…"))
        elif self.trash_toggle.isChecked():
            self.count_label.setText(
                self.tr("1 customer in the trash") if count == 1
                else self.tr("%1 customers in the trash").replace("%1", f"{count:,}")
            )
        elif self.model.has_more():  # a search of a very common term: the list holds some
            self.count_label.setText(
                self.tr("More than %1 match the search; %2 shown")
                .replace("%1", f"{SHOWN_HITS:,}").replace("%2", f"{count:,}"))
        elif not self.model.filter.is_empty():  # what the search and filters found
            self.count_label.setText(self.tr("%1 matching").replace("%1", f"{count:,}"))
        else:
            self.count_label.setText(
                self.tr("1 customer") if count == 1
                else self.tr("%1 customers").replace("%1", f"{count:,}")
            )
        self._update_actions()

    @Slot(int)
    def _make_current(self, row: int) -> None:
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        selection = self.table.selectionModel()
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():  # a reset clears the view's current row: keep the customer
            self.model.current_id = self.model.customer_id(current.row())

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.status.setText(message)

    # --- selection and opening --------------------------------------------------------------

    def selected_ranges(self) -> list[tuple[int, int]]:
        """Selected rows as merged ``(first, last)`` ranges: no row data needed, so selecting
        all of 100,000 customers costs nothing until something is done with them."""
        return merged_ranges((r.top(), r.bottom()) for r in self.table.selectionModel().selection())

    def selected_count(self) -> int:
        return sum(b - t + 1 for t, b in self.selected_ranges())

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        customer = self.model.customer_id(index.row())
        if customer is not None:
            self.ctx.signals.sig_open_customer.emit(customer)

    @Slot()
    def open_current(self) -> None:
        self._open(self.table.currentIndex())

    @Slot()
    def _update_actions(self) -> None:
        trash_view = self.trash_toggle.isChecked()
        selected = self.selected_count()
        self.edit_action.setEnabled(not trash_view and selected > 0)
        self.trash_action.setEnabled(not trash_view and selected > 0)
        self.restore_action.setEnabled(trash_view and selected > 0)
        self.purge_action.setEnabled(trash_view and selected > 0)
        self.print_action.setEnabled(not trash_view and (selected > 0 or self.model.total() > 0))
        self.undo_action.setEnabled(self.last_edit is not None and not self.last_edit.undone)
        self.buttons["restore"].setVisible(trash_view)
        self.buttons["purge"].setVisible(trash_view)
        for key in ("edit", "undo", "trash", "print"):
            self.buttons[key].setVisible(not trash_view)

    @Slot()
    def print_selected(self):
        """Plans or file cards of the selected customers, or of the whole list as filtered
        when none is selected (ui/plans/batch.py)."""
        from desktop_crm.ui.plans.batch import print_from_list

        return print_from_list(self)

    @Slot()
    def export_list(self):
        """Export the selected customers, or the whole list as filtered and sorted when at
        most one is selected (ui/transfer/export_dialog.py)."""
        from desktop_crm.domain.exporting import list_ids
        from desktop_crm.ui.transfer.export_dialog import open_export

        if self.selected_count() > 1:
            ids, count = self.resolver(self.selected_ranges()), self.selected_count()
        else:
            q, _ = self.model.snapshot()
            ids, count = (lambda store: list_ids(store, q)), self.model.total()
        return open_export(self.ctx, ids, count, self, self.status.setText)

    # --- confirmation ----------------------------------------------------------------------

    def _confirm(
        self, text: str, yes: str, on_yes: Callable[[], None], *, undoable: bool = True
    ) -> QMessageBox:
        """Ask before acting, window-modal but without blocking: ``on_yes`` runs when the
        user presses ``yes`` (Enter presses Cancel for what cannot be undone). The box is
        kept in :attr:`confirm_box` while open."""
        box = QMessageBox(QMessageBox.Icon.Question if undoable else QMessageBox.Icon.Warning,
                          self.tr("Customers"), text, QMessageBox.StandardButton.Cancel, self)
        button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(button if undoable else box.button(QMessageBox.StandardButton.Cancel))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(pressed: QAbstractButton) -> None:
            self.confirm_box = self.confirm_yes = None
            if pressed is button:
                on_yes()

        box.buttonClicked.connect(clicked)
        self.confirm_box, self.confirm_yes = box, button
        box.open()
        return box

    def _many(self, one: str, many: str, count: int) -> str:
        return one if count == 1 else many.replace("%1", f"{count:,}")

    # --- bulk edit, trash, restore ----------------------------------------------------------

    @Slot()
    def open_bulk_edit(self) -> BulkEditDialog | None:
        """Ask what to change for the selection; returns the (open) dialog."""
        count = self.selected_count()
        if count == 0 or self.trash_toggle.isChecked():
            return None
        ranges = self.selected_ranges()
        from desktop_crm.ui.customers.bulk_edit import BulkEditDialog  # loaded when first used

        dialog = BulkEditDialog(self.ctx, count, self.choices, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confirm_bulk(dialog.change(), dialog, ranges, count))
        self.bulk_dialog = dialog
        dialog.open()
        return dialog

    def _confirm_bulk(
        self, change: BulkChange, dialog: BulkEditDialog, ranges: list[tuple[int, int]], count: int
    ) -> None:
        field = dialog.operation.currentText()
        field = field if self.ctx.language.startswith("zh") else field.lower()
        value = dialog.value_text()
        n = f"{count:,}"
        if change.operation == "add_tags":
            text = self._many(self.tr("Add the tags %2 to the selected customer?"),
                              self.tr("Add the tags %2 to %1 customers?"), count)
        elif change.operation == "remove_tags":
            text = self._many(self.tr("Remove the tags %2 from the selected customer?"),
                              self.tr("Remove the tags %2 from %1 customers?"), count)
        elif change.value is None:
            text = self._many(self.tr("Clear the %3 of the selected customer?"),
                              self.tr("Clear the %3 of %1 customers?"), count)
        else:
            text = self._many(self.tr("Change the %3 of the selected customer to %2?"),
                              self.tr("Change the %3 of %1 customers to %2?"), count)
        text = text.replace("%1", n).replace("%2", value).replace("%3", field)
        self._confirm(text, self.tr("Change"), lambda: self.run_bulk_edit(change, ranges))

    def run_bulk_edit(self, change: BulkChange, ranges: list[tuple[int, int]]) -> None:
        """Make ``change`` to the customers at rows ``ranges`` on the worker thread."""
        resolve = self.resolver(ranges)
        actor = self.ctx.actor

        def task(store, progress):
            return BulkEditService(store, actor).apply(resolve(store), change, progress)

        self.ctx.tasks.submit(task, self._bulk_done, self.task_failed,
                              title=self.tr("Changing customers…"), parent=self)

    def _bulk_done(self, edit: BulkEdit) -> None:
        self.edit_done(edit, self._many(self.tr("Changed 1 customer. Undo with Ctrl+Z."),
                                        self.tr("Changed %1 customers. Undo with Ctrl+Z."),
                                        len(edit.changed)))

    def edit_done(self, edit: BulkEdit, text: str) -> None:
        """A change of many customers made (here or by Give to…): said, undoable, announced."""
        self.last_edit = edit
        self.status.setText(text)
        self._update_actions()
        self._announce(edit.changed)

    @Slot()
    def undo_bulk_edit(self) -> None:
        edit = self.last_edit
        if edit is None or edit.undone:
            return
        actor = self.ctx.actor
        self.ctx.tasks.submit(
            lambda store, progress: BulkEditService(store, actor).undo(edit, progress),
            lambda result: self._undo_done(edit, result), self.task_failed,
            title=self.tr("Undoing the change…"), parent=self,
        )

    def _undo_done(self, edit: BulkEdit, result) -> None:
        edit.undone = True
        text = self._many(self.tr("Undid the change of 1 customer."),
                          self.tr("Undid the change of %1 customers."), len(result.restored))
        if result.skipped:
            text += " " + self._many(
                self.tr("1 customer was changed again since and was left as it is."),
                self.tr("%1 customers were changed again since and were left as they are."),
                len(result.skipped),
            )
        self.status.setText(text)
        self._update_actions()
        self._announce(result.restored)

    @Slot()
    def move_to_trash(self) -> None:
        count = self.selected_count()
        if count == 0 or self.trash_toggle.isChecked():
            return
        ranges = self.selected_ranges()
        row = self.model.row_data(ranges[0][0]) if count == 1 else None
        if row is not None:
            text = self.tr("Move %1 to the trash? You can restore it from the trash.").replace("%1", row.name)
        else:
            text = self.tr("Move %1 customers to the trash? You can restore them from the trash.").replace("%1", f"{count:,}")
        self._confirm(text, self.tr("Move to trash"), lambda: self._run_trash(ranges, "trash"))

    @Slot()
    def restore_from_trash(self) -> None:
        if self.selected_count() and self.trash_toggle.isChecked():
            self._run_trash(self.selected_ranges(), "restore")

    @Slot()
    def purge_from_trash(self) -> None:
        count = self.selected_count()
        if count == 0 or not self.trash_toggle.isChecked():
            return
        ranges = self.selected_ranges()
        text = self._many(
            self.tr("Delete the selected customer for good, with its contacts, visits, plans and "
                    "purchases? This cannot be undone here; a backup of the file is taken first "
                    "(File ▸ Backups…)."),
            self.tr("Delete %1 customers for good, with their contacts, visits, plans and "
                    "purchases? This cannot be undone here; a backup of the file is taken first "
                    "(File ▸ Backups…)."),
            count)
        self._confirm(text, self.tr("Delete permanently"), lambda: self._run_trash(ranges, "purge"),
                      undoable=False)

    def _run_trash(self, ranges: list[tuple[int, int]], what: str) -> None:
        """Move to the trash, restore from it, or purge it: ``what`` is the BulkEditService
        method, run on the worker with progress and cancel."""
        resolve = self.resolver(ranges)
        actor = self.ctx.actor

        def task(store, progress):
            return getattr(BulkEditService(store, actor), what)(resolve(store), progress)

        done_texts = {
            "trash": (self.tr("Moved 1 customer to the trash."), self.tr("Moved %1 customers to the trash.")),
            "restore": (self.tr("Restored 1 customer."), self.tr("Restored %1 customers.")),
            "purge": (self.tr("Deleted 1 customer for good."), self.tr("Deleted %1 customers for good.")),
        }

        def done(ids: list[int]) -> None:
            self.status.setText(self._many(*done_texts[what], len(ids)))
            self._announce(ids)

        title = {"trash": self.tr("Moving customers to the trash…"),
                 "restore": self.tr("Restoring customers…"),
                 "purge": self.tr("Deleting customers…")}[what]
        self.ctx.tasks.submit(task, done, self.task_failed, title=title, parent=self)

    def resolver(self, ranges: list[tuple[int, int]]) -> Callable[[object], list[int]]:
        """A function for the worker: the ids of the customers at rows ``ranges`` of the list
        as it is now (read there, so that selecting 100,000 rows costs the UI nothing)."""
        q, anchors = self.model.snapshot()
        return lambda store: rows_to_ids(store, q, anchors, ranges)

    def task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was changed."))
        elif isinstance(exc, ValidationError):
            self.status.setText("; ".join(e.message for e in exc.errors))
        else:
            self.status.setText(self.tr("The change failed: %1").replace("%1", str(exc)))

    def _announce(self, ids: list[int]) -> None:
        self.ctx.signals.sig_customers_changed.emit(list(ids) if len(ids) <= MAX_IDS_IN_SIGNAL else [])

    # --- columns ---------------------------------------------------------------------------

    @Slot(QPoint)
    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))
        self.header_menu = menu

    def _fill_columns_menu(self, menu: QMenu) -> None:
        columns.fill_menu(menu, self.table.horizontalHeader(), self.ctx.language, self.set_column_visible)

    def set_column_visible(self, name: str, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column_index(name), not visible)
        columns.save_visible(self.table.horizontalHeader())

    def visible_columns(self) -> list[str]:
        return columns.visible_columns(self.table.horizontalHeader())
