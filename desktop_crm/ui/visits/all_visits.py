"""Every visit of everyone, newest first: ~500,000 rows at 100k customers, so the model holds
only pages of rows, fetched by key as the view asks for them, and the count comes from SQL."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import visit_list
from desktop_crm.domain.visit_list import VisitFilter, VisitKey
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.pages import RefreshWhenShown
from desktop_crm.ui.tables import ColumnsModel, list_table
from desktop_crm.ui.visits.customer_visits import (
    DONE_COLOR,
    OVERDUE_COLOR,
    follow_up_text,
    one_line,
    short_time,
)

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
MAX_PAGES = 100  # rows of pages further away are dropped; their keys are kept


class VisitListModel(ColumnsModel):
    """Rows are fetched a page at a time, each page by key from a neighbour page, so a page
    deep in the list costs what the first one does. A jump to a page with no loaded
    neighbour first finds its starting key on the index (:func:`visit_key_at`), from the
    nearest loaded page or from either end of the list."""

    COLUMNS = ("occurred_at", "customer", "code", "channel", "staff", "purpose", "outcome",
               "follow_up")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = VisitFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self._bounds: dict[int, tuple[VisitKey, VisitKey]] = {}  # page -> (first, last) key
        self.today = date.today()
        self.queries = 0  # statements run to fill pages, for tests and measurements
        fields = visit_list.interaction_fields()
        lang = ctx.language
        self._channel = fields["channel"]
        self._headers = [
            fields["occurred_at"].label(lang), self.tr("Customer"), self.tr("Code"),
            fields["channel"].label(lang), fields["staff"].label(lang),
            fields["purpose"].label(lang), fields["outcome"].label(lang),
            fields["follow_up_due"].label(lang),
        ]

    # --- filter and reload -------------------------------------------------------------------

    def set_filter(self, f: VisitFilter) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._bounds.clear()
        self.today = date.today()
        self._count = visit_list.count_visits(self.ctx.store, self.filter)
        self.endResetModel()

    # --- table shape --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        if not index.isValid():
            return None
        row = self.visit(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column != "follow_up" or not row["follow_up_due"]:
                return None
            if row["follow_up_done_at"]:
                return QBrush(DONE_COLOR)
            return QBrush(OVERDUE_COLOR) if row["follow_up_due"] < self.today.isoformat() else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("purpose", "outcome"):
                return row[column] or None
            if column == "follow_up":
                return row["next_step"] or None
            return None
        return self._text(row, column)

    def _text(self, row: dict[str, Any], column: str) -> str:
        if column == "occurred_at":
            return short_time(row["occurred_at"])
        if column == "customer":
            return row["customer_name"]
        if column == "code":
            return row["code"]
        if column == "channel":
            return self._channel.choice_label(row["channel"], self.ctx.language)
        if column == "staff":
            return row["staff_name"] or ""
        if column == "follow_up":
            return follow_up_text(row, self.today)
        return one_line(row[column])

    # --- pages ----------------------------------------------------------------------------------

    def visit(self, row: int) -> dict[str, Any] | None:
        """The visit shown in ``row`` (loading its page if needed)."""
        if not 0 <= row < self._count:
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load(page)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def _load(self, page: int) -> list[dict[str, Any]]:
        start = page * PAGE
        size = min(PAGE, self._count - start)
        if page == 0:
            rows = self._fetch(size)
        elif page - 1 in self._bounds:
            rows = self._fetch(size, after=self._bounds[page - 1][1])
        elif page + 1 in self._bounds:
            rows = self._fetch(size, before=self._bounds[page + 1][0])
        else:
            rows = self._seek(page, start, size)
        if rows:
            self._bounds[page] = (visit_list.key_of(rows[0]), visit_list.key_of(rows[-1]))
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _fetch(self, size: int, **where: Any) -> list[dict[str, Any]]:
        self.queries += 1
        return visit_list.visit_page(self.ctx.store, self.filter, size, **where)

    def _seek(self, page: int, start: int, size: int) -> list[dict[str, Any]]:
        """Load a page with no loaded neighbour: skip rows on the index from whichever known
        key is nearest (a loaded page above or below, or either end), then fetch by key."""
        end = start + size - 1
        lower = max((p for p in self._bounds if p < page), default=None)
        upper = min((p for p in self._bounds if p > page), default=None)
        # going down from the nearest loaded page above (or the top): rows to pass over
        low_skip = start - ((lower + 1) * PAGE if lower is not None else 0)
        low_from: dict[str, Any] = {"after": self._bounds[lower][1]} if lower is not None else {}
        # going up from the nearest loaded page below (or the bottom)
        high_skip = (upper * PAGE - 1 if upper is not None else self._count - 1) - end
        high_from: dict[str, Any] = (
            {"before": self._bounds[upper][0]} if upper is not None else {"oldest": True}
        )
        if low_skip <= high_skip:
            if low_skip == 0:
                return self._fetch(size, **low_from)
            self.queries += 1
            key = visit_list.visit_key_at(self.ctx.store, self.filter, low_skip - 1, **low_from)
            return self._fetch(size, after=key) if key is not None else []
        if high_skip == 0:
            return self._fetch(size, **high_from)
        self.queries += 1
        key = visit_list.visit_key_at(self.ctx.store, self.filter, high_skip - 1, **high_from)
        return self._fetch(size, before=key) if key is not None else []


class VisitsPage(RefreshWhenShown, QWidget):
    """The main window's "Visits" page: filter by staff, channel and period; Enter opens the
    customer's dossier."""

    PERIODS = ("any", "7", "30", "90", "year", "custom")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        fields = visit_list.interaction_fields()
        lang = ctx.language

        # Choices are looked up by position in these lists, not kept as item data: reading
        # an item's data of None back from Qt leaks a reference to None under PySide6 6.12.0
        # on Python 3.11 (enough of them crash the interpreter).
        staff = visit_list.staff_list(ctx.store)
        self._staff_ids: list[int | None] = [None, *(staff_id for staff_id, _ in staff)]
        self.staff = QComboBox()
        self.staff.addItems([self.tr("Everyone"), *(name for _, name in staff)])
        # Hundreds of staff: typing a name (or part of it) is quicker than scrolling.
        self.staff.setEditable(True)
        self.staff.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.staff.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.staff.setMinimumContentsLength(8)
        channels = visit_list.channel_choices(lang)
        self._channel_codes: list[str | None] = [None, *(c.code for c in channels)]
        self.channel = QComboBox()
        self.channel.addItems([self.tr("All channels"), *(c.label for c in channels)])
        self.period = QComboBox()
        self.period.addItems([
            self.tr("Any time"), self.tr("Last 7 days"), self.tr("Last 30 days"),
            self.tr("Last 90 days"), self.tr("This year"), self.tr("Dates…"),
        ])
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.until = QDateEdit(today)
        self.since.setToolTip(self.tr("First day"))
        self.until.setToolTip(self.tr("Last day"))
        self.dash = QLabel("–")
        for edit in (self.since, self.dash, self.until):
            edit.setVisible(False)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.count_label = QLabel()

        self.model = VisitListModel(ctx, self)
        self.table = list_table(self.model)
        for column, width in enumerate((128, 180, 110, 80, 70, 260, 220, 150)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.open_action = QAction(self.tr("Open customer"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.triggered.connect(self.open_customer)
        self.addAction(self.open_action)

        bar = QHBoxLayout()
        for label, widget in ((fields["staff"].label(lang), self.staff),
                              (fields["channel"].label(lang), self.channel),
                              (self.tr("Period"), self.period)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
            bar.addSpacing(8)
        bar.addWidget(self.since)
        bar.addWidget(self.dash)
        bar.addWidget(self.until)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self.staff.currentIndexChanged.connect(self._filters_changed)
        self.channel.currentIndexChanged.connect(self._filters_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.since.dateChanged.connect(self._filters_changed)
        self.until.dateChanged.connect(self._filters_changed)
        ctx.signals.sig_visits_changed.connect(self._data_changed)
        ctx.signals.sig_customers_changed.connect(self._data_changed)

    # --- filters ------------------------------------------------------------------------------

    def set_channel(self, code: str | None) -> None:
        self.channel.setCurrentIndex(self._channel_codes.index(code))

    def set_staff(self, staff_id: int | None) -> None:
        self.staff.setCurrentIndex(self._staff_ids.index(staff_id))

    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(self.PERIODS.index(key))

    def current_filter(self) -> VisitFilter:
        period = self.PERIODS[max(self.period.currentIndex(), 0)]
        today = date.today()
        since = until = None
        if period in ("7", "30", "90"):
            since = (today - timedelta(days=int(period) - 1)).isoformat()
        elif period == "year":
            since = date(today.year, 1, 1).isoformat()
        elif period == "custom":
            since = self.since.date().toPython().isoformat()
            until = self.until.date().toPython().isoformat()
        staff = self.staff.currentIndex()
        return VisitFilter(
            staff_id=self._staff_ids[staff] if 0 <= staff < len(self._staff_ids) else None,
            channel=self._channel_codes[max(self.channel.currentIndex(), 0)],
            since=since, until=until,
        )

    @Slot()
    def _period_changed(self) -> None:
        custom = self.PERIODS[max(self.period.currentIndex(), 0)] == "custom"
        for widget in (self.since, self.dash, self.until):
            widget.setVisible(custom)
        self._filters_changed()

    @Slot()
    def _filters_changed(self) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        self.model.set_filter(self.current_filter())
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n visit(s)", "", count))
        if count:
            self.table.setCurrentIndex(self.model.index(0, 0))

    # --- actions ----------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_customer()

    @Slot()
    def open_customer(self) -> None:
        index = self.table.currentIndex()
        row = self.model.visit(index.row()) if index.isValid() else None
        if row is not None:
            self.ctx.signals.sig_open_customer.emit(row["customer_id"])
