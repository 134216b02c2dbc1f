"""The item model of the customer list: customer ids in pages read from SQL on demand.

Nothing here holds the whole list. A change of filter or sort reads the first page at once
(a few ms, by keyset from an index) and shows it; counting the list and finding where every
page starts (:func:`desktop_crm.domain.customer_list.layout`: 50-150 ms at 100,000
customers, ~0.4 s sorted by account manager) runs on the worker thread, and the rest of the
rows appear when it reports back. Every later page is then one keyset query from its start key, wherever it is — the last
page costs what the first does.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_crm.domain.customer_list import (
    COLUMNS,
    PAGE_SIZE,
    SHOWN_HITS,
    CustomerFilter,
    CustomerList,
    Key,
    Layout,
    ListQuery,
    ListRow,
    column_index,
    is_sortable,
    layout,
)
from desktop_crm.domain.highlight import search_terms, spans
from desktop_crm.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
Page = list[tuple[Key, ListRow]]

MAX_PAGES = 60  # pages kept in memory (12,000 rows); the others are read again when shown
_OVERDUE = QBrush(QColor("#c0392b"))
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 1  # [(start, end)]: what the search matched


class CustomerListModel(QAbstractTableModel):
    """Rows: customers of the current filter, in the current order; columns: :data:`COLUMNS`.

    ``current_id`` is the customer to keep current across reloads: the view's owner sets it,
    and after a reload the model reports its new row through :attr:`sig_current_row`.
    """

    sig_count_changed = Signal(int, bool)   # rows, exact (False while the list is counted)
    sig_current_row = Signal(int)           # after a reload: the row of ``current_id``
    sig_failed = Signal(str)                # counting the list failed (the message)
    sig_new_list = Signal()                 # another filter or order: show it from the top

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listing = CustomerList(ctx.store, ctx.language)
        self.current_id: int | None = None
        self._filter = CustomerFilter()
        self._terms: tuple[str, ...] = ()
        self._sort = ("name", False)
        self._today = date.today()
        self._query: ListQuery = self._make_query()
        self._count = 0
        self._exact = True
        self._more = False  # the search found more than the list holds (SHOWN_HITS)
        self._provisional = False  # showing the first page only, the layout is on its way
        self._anchors: list[Key] = []
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._generation = 0
        self.reload(immediate=True)

    # --- what the model shows ----------------------------------------------------------------

    @property
    def filter(self) -> CustomerFilter:
        return self._filter

    @property
    def sort_column(self) -> str:
        return self._sort[0]

    @property
    def sort_descending(self) -> bool:
        return self._sort[1]

    def set_filter(self, flt: CustomerFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._terms = search_terms(flt.search)
            self.reload(immediate=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL (stable: ties in id order); keeps the current customer current."""
        if not 0 <= column < len(COLUMNS):
            return
        wanted = (COLUMNS[column].name, order == Qt.SortOrder.DescendingOrder)
        if not is_sortable(wanted[0]):
            return  # the header puts its arrow back (columns.set_up_header)
        if wanted != self._sort:
            self._sort = wanted
            self.reload(immediate=True)

    def is_counting(self) -> bool:
        return not self._exact

    def has_more(self) -> bool:
        """The search found more customers than the list holds: the count is "more than"."""
        return self._more

    def total(self) -> int:
        """Rows in the list (while counting: the rows known so far)."""
        return self._count

    def snapshot(self) -> tuple[ListQuery, list[Key]]:
        """The query and page starts of the list on screen: what row numbers mean now."""
        return self._query, list(self._anchors)

    def row_data(self, row: int) -> ListRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset][1] if offset < len(page) else None

    def customer_id(self, row: int) -> int | None:
        data = self.row_data(row)
        return None if data is None else data.id

    # --- reloading ---------------------------------------------------------------------------

    def reload(self, immediate: bool = False) -> None:
        """Read the list again. ``immediate``: show its first page at once (after a filter or
        sort change); otherwise keep showing what is there until the new list is counted,
        then swap (a refresh after a change: no flicker)."""
        self._generation += 1
        generation = self._generation
        self._today = date.today()
        self.listing.refresh_labels()
        q = self._make_query()
        keep = self.current_id
        first = self.listing.page(q, None, PAGE_SIZE + 1)
        if len(first) <= PAGE_SIZE:  # the whole list: nothing left to count
            self._query = q
            self._more = self.listing.search_has_more(q)
            self._install(len(first), [first[0][0]] if first else [], {0: first} if first else {})
            if immediate:
                self.sig_new_list.emit()
            self._restore(next((i for i, (_, r) in enumerate(first) if r.id == keep), None))
            return
        if immediate:
            self._query = q
            self._install(PAGE_SIZE, [first[0][0]], {0: first[:PAGE_SIZE]}, provisional=True)
            self.sig_new_list.emit()
            self._restore(next((i for i, (_, r) in enumerate(first[:PAGE_SIZE]) if r.id == keep), None))
        self.ctx.tasks.submit(
            lambda store, progress: layout(store, q, keep),
            lambda result: self._on_layout(generation, q, keep, result),
            lambda exc: self._on_layout_failed(generation, exc),
        )

    def _make_query(self) -> ListQuery:
        """What the list shows: a search holds no more than SHOWN_HITS of its hits (the trash
        is small: there, every hit)."""
        limit = None if self._filter.trashed else SHOWN_HITS
        return self.listing.query(self._filter, *self._sort, today=self._today,
                                  search_limit=limit)

    def _on_layout(self, generation: int, q: ListQuery, keep: int | None, result: Layout) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # a newer reload superseded this one
        self._more = result.more
        if (
            self._provisional and self._query == q and result.count >= PAGE_SIZE
            and result.anchors[:1] == self._anchors[:1]
        ):
            # the first page is on screen already: add the rows after it, keeping the view's
            # selection and scroll position
            self._anchors = result.anchors
            self._provisional = False
            self._exact = True
            if result.count > PAGE_SIZE:
                self.beginInsertRows(QModelIndex(), PAGE_SIZE, result.count - 1)
                self._count = result.count
                self.endInsertRows()
            self.sig_count_changed.emit(self._count, True)
            if self.current_id == keep and (result.position or 0) >= PAGE_SIZE:
                self._restore(result.position)  # it was not on the first page
            return
        self._query = q
        self._install(result.count, result.anchors, {})
        self._restore(result.position)

    def _on_layout_failed(self, generation: int, exc: BaseException) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self.sig_failed.emit(str(exc))

    def _install(
        self, count: int, anchors: list[Key], pages: dict[int, Page], provisional: bool = False
    ) -> None:
        self.beginResetModel()
        self._count = count
        self._anchors = anchors
        self._pages = OrderedDict(pages)
        self._provisional = provisional
        self._exact = not provisional
        self.endResetModel()
        self.sig_count_changed.emit(count, self._exact)

    def _restore(self, row: int | None) -> None:
        if row is not None:
            self.sig_current_row.emit(row)

    def _page(self, number: int) -> Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if number >= len(self._anchors):
            return []
        page = self.listing.page(self._query, self._anchors[number], PAGE_SIZE, inclusive=True)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_data(index.row()) if index.isValid() else None
            return None if row is None else self.listing.text(
                row, COLUMNS[index.column()].name, self._today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not index.isValid() or index.column() not in (_FOLLOW_UP, _LAST_VISIT, _POLICY):
                return None
            row = self.row_data(index.row())
            if row is not None and index.column() in (_LAST_VISIT, _POLICY):
                policy = self.listing.policy_status(row, self._today)
                return _OVERDUE if policy.every and not policy.within else None
            return _OVERDUE if row is not None and self.listing.is_overdue(row, self._today) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.isValid() and index.column() in (_LAST_VISIT, _POLICY):
                row = self.row_data(index.row())
                return None if row is None else self._policy_tip(row)
            if not index.isValid() or index.column() != _FOLLOW_UP:
                return None
            row = self.row_data(index.row())
            if row is None or not self.listing.is_overdue(row, self._today):
                return None
            return self.tr("The follow-up was due on %1.").replace("%1", row.next_follow_up or "")
        if role == CUSTOMER_ID_ROLE:
            return self.customer_id(index.row()) if index.isValid() else None
        if role == HIGHLIGHT_ROLE:
            if not self._terms or not index.isValid():
                return None
            row = self.row_data(index.row())
            if row is None:
                return None
            return spans(self.listing.text(row, COLUMNS[index.column()].name), self._terms) or None
        return None

    def _policy_tip(self, row) -> str | None:
        """The customer against the tier's visit policy, in words."""
        policy = self.listing.policy_status(row, self._today)
        if not policy.every:
            return None
        every = self.tr("visit every %1 days").replace("%1", str(policy.every))
        if policy.within:
            return self.tr("Visited within policy (%1).").replace("%1", every)
        if policy.overdue_days is None:
            return self.tr("Never visited (%1).").replace("%1", every)
        return (self.tr("Visit overdue by %n day(s) (%1).", "", policy.overdue_days)
                .replace("%1", every))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return COLUMNS[section].label(self.ctx.language)


_FOLLOW_UP = column_index("next_follow_up")
_LAST_VISIT = column_index("last_visit")
_POLICY = column_index("visit_policy")
