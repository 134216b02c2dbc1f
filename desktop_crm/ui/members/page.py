"""The members area: every member with card, level, points, staff; a member's facts and their
purchase and points history beside; the counter, redemption, rules and level updates.

The list holds member ids only (100,000 ints are cheap) read on the worker thread in SQL
order; rows are read from the database a page at a time as they scroll into view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.fields import MEMBER_LEVELS
from desktop_crm.domain.members import MemberService, level_label
from desktop_crm.domain.staff import StaffService
from desktop_crm.domain.team_rights import rights
from desktop_crm.storage import members as member_rows
from desktop_crm.storage import queries
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.members.common import Index, show_error
from desktop_crm.ui.members.counter import CounterDialog
from desktop_crm.ui.members.card import MemberCard
from desktop_crm.ui.members.dialogs import EnrolDialog, RulesDialog
from desktop_crm.ui.tables import ColumnsModel, list_table

PAGE = 200


class MembersModel(ColumnsModel):
    COLUMNS = ("card_no", "name", "phone", "level", "points", "joined_on", "staff", "referrer")
    SORT_KEYS = ("card_no", "name", None, "level", "points", "joined_on", "staff", None)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._headers = [self.tr("Card"), self.tr("Name"), self.tr("Phone"), self.tr("Level"),
                         self.tr("Points"), self.tr("Joined"), self.tr("Staff"), self.tr("Referred by")]
        self.ids: list[int] = []
        self._rows: dict[int, Any] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self._rows = {}
        self.endResetModel()

    def refresh_rows(self, member_ids: list[int]) -> None:
        for m in member_ids:
            self._rows.pop(m, None)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def member_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def _row(self, row: int) -> Any:
        member_id = self.ids[row]
        if member_id not in self._rows:
            start = row - row % PAGE
            page = self.ids[start:start + PAGE]
            self._rows.update(member_rows.rows(self.ctx.store, page))
        return self._rows.get(member_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "points":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._row(index.row())
        if r is None:
            return ""
        if column == "level":
            return level_label(r["level"], self.ctx.language)
        if column == "points":
            return str(r["points_balance"])
        if column == "staff":
            return r["staff_name"] or ""
        if column == "referrer":
            return r["referrer_name"] or ""
        return r[column] or ""


class MembersPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = MemberService(ctx.store, ctx.actor)
        self._stale = True
        self._sort = ("card_no", False)

        self.search_edit = QLineEdit(placeholderText=self.tr("Card number, name, phone or pinyin"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        self.level_box = QComboBox()
        self.level_box.addItem(self.tr("All levels"), None)
        for code in MEMBER_LEVELS:
            self.level_box.addItem(level_label(code, ctx.language), code)
        self.staff_box = QComboBox()
        self.count_label = QLabel()
        counter = QPushButton(self.tr("Counter (F2)"))
        counter.setToolTip(self.tr("Record a purchase: find the member, type the amount, Enter."))
        enrol = QPushButton(self.tr("New member…"))
        rules = QPushButton(self.tr("Points rules…"))
        levels = QPushButton(self.tr("Update levels"))
        expire = QPushButton(self.tr("Expire points"))
        bar = QHBoxLayout()
        for w in (self.search_edit, self.level_box, self.staff_box):
            bar.addWidget(w)
        bar.addWidget(self.count_label, 1)
        for b in (counter, enrol, rules, levels, expire):
            bar.addWidget(b)

        self.model = MembersModel(ctx, self)
        self.table = list_table(self.model, self, multi_select=True)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_by)
        header.setStretchLastSection(True)

        # the member's card and history
        self.card = MemberCard(ctx, self)
        detail = self.card

        self.give_staff = QComboBox()
        give = QPushButton(self.tr("Give selected to"))
        give.setToolTip(self.tr("Select members (Ctrl or Shift + click), then choose the staff member."))
        lower = QHBoxLayout()
        lower.addStretch(1)
        lower.addWidget(give)
        lower.addWidget(self.give_staff)
        listing = QWidget()
        lv = QVBoxLayout(listing)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addLayout(lower)
        split = QSplitter()
        split.addWidget(listing)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textEdited.connect(lambda _t: self._timer.start())
        self.level_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.staff_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.open_counter(self.current_id()))
        counter.clicked.connect(lambda: self.open_counter(None))
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=lambda: self.open_counter(self.current_id()))
        enrol.clicked.connect(self.enrol)
        rules.clicked.connect(self.edit_rules)
        self.rules_button = rules  # the team's member rules: not offered to a rep's login
        levels.clicked.connect(self.update_levels)
        expire.clicked.connect(self.expire_points)
        give.clicked.connect(self.give_selected)
        ctx.signals.sig_members_changed.connect(self._members_changed)
        ctx.signals.sig_customers_changed.connect(lambda _ids: self._mark_stale())
        self._fill_staff()

    # --- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # staff may have been added on the Staff page meanwhile
            self._refresh_staff()
            self.rules_button.setVisible(rights(self.ctx.store).shared_reference)
        if self._stale:
            self.reload()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def _refresh_staff(self) -> None:
        if self.give_staff.count() != len(queries.staff_names(self.ctx.store)):
            current = self.staff_box.currentData()
            self._fill_staff()
            self.staff_box.blockSignals(True)
            self.staff_box.setCurrentIndex(max(0, self.staff_box.findData(current)))
            self.staff_box.blockSignals(False)

    def _fill_staff(self) -> None:
        self.give_staff.clear()
        for sid, name in sorted(queries.staff_names(self.ctx.store).items(), key=lambda kv: kv[1]):
            self.give_staff.addItem(name, sid)
        self.staff_box.blockSignals(True)
        self.staff_box.clear()
        self.staff_box.addItem(self.tr("All staff"), None)
        self.staff_box.addItem(self.tr("(nobody)"), 0)
        for sid, name in sorted(queries.staff_names(self.ctx.store).items(), key=lambda kv: kv[1]):
            self.staff_box.addItem(name, sid)
        self.staff_box.blockSignals(False)

    @Slot()
    def reload(self) -> None:
        self._stale = False
        text = self.search_edit.text().strip()
        level, staff = self.level_box.currentData(), self.staff_box.currentData()
        sort, desc = self._sort

        def load(store, _progress) -> list[int]:
            ids = member_rows.ids(store, level=level, staff_id=staff, search=text, sort=sort,
                                  descending=desc)
            if text and not ids:  # not a card number: search names, phones, pinyin
                found = MemberService(store).find(text, limit=500)
                ids = [m.id for m in found if (level is None or m.level == level)
                       and (staff is None or (m.staff_id or 0) == staff)]
            return ids

        self.ctx.tasks.submit(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, ids: list[int]) -> None:
        current = self.current_id()
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("%n members", "", len(ids)))
        row = ids.index(current) if current in ids else (0 if ids else -1)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show(-1)

    def _sort_by(self, column: int) -> None:
        key = MembersModel.SORT_KEYS[column]
        if key is None:
            return
        desc = self._sort == (key, False)
        self._sort = (key, desc)
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder)
        self.reload()

    def current_id(self) -> int | None:
        return self.model.member_id(self.table.currentIndex().row())

    # --- the member ---------------------------------------------------------------------------

    def _show(self, row: int) -> None:
        self.card.show_member(self.model.member_id(row))

    def _members_changed(self, member_ids: list[int]) -> None:
        self.model.refresh_rows(member_ids)
        if self.current_id() in member_ids:
            self._show(self.table.currentIndex().row())

    # --- actions ------------------------------------------------------------------------------

    def open_counter(self, member_id: int | None) -> None:
        dialog = CounterDialog(self.ctx, self, member_id)
        dialog.exec()

    def enrol(self) -> None:
        dialog = EnrolDialog(self.ctx, self)
        if dialog.exec():
            self.reload()

    def edit_rules(self) -> None:
        if rights(self.ctx.store).shared_reference:
            RulesDialog(self.ctx, self).exec()

    def update_levels(self) -> None:
        def run(store, progress):
            return MemberService(store, self.ctx.actor).refresh_levels(progress=progress)

        def done(changes: dict) -> None:
            QMessageBox.information(self, self.tr("Levels updated"),
                                    self.tr("%n members changed level.", "", len(changes)))
            self.model.refresh_rows(list(changes))
            self._show(self.table.currentIndex().row())

        self.ctx.tasks.submit(run, done, lambda exc: show_error(self, exc),
                              title=self.tr("Updating levels…"), parent=self)

    def expire_points(self) -> None:
        rules = self.service.rules()
        if rules.expiry_months == 0:
            QMessageBox.information(self, self.tr("Expire points"),
                                    self.tr("Points never expire under the current rules."))
            return
        answer = QMessageBox.question(
            self, self.tr("Expire points"),
            self.tr("Points earned more than %1 months ago and not used will lapse. "
                    "This cannot be undone. Go on?").replace("%1", str(rules.expiry_months)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(lapsed: dict) -> None:
            QMessageBox.information(
                self, self.tr("Expire points"),
                self.tr("%1 points of %2 members expired.").replace("%1", str(sum(lapsed.values())))
                .replace("%2", str(len(lapsed))))
            self.model.refresh_rows(list(lapsed))
            self._show(self.table.currentIndex().row())

        self.ctx.tasks.submit(lambda store, _p: MemberService(store, self.ctx.actor).expire_points(),
                              done, lambda exc: show_error(self, exc),
                              title=self.tr("Expiring points…"), parent=self)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [m for r in rows if (m := self.model.member_id(r)) is not None]

    def give_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        staff_id, name = self.give_staff.currentData(), self.give_staff.currentText()
        answer = QMessageBox.question(
            self, self.tr("Give members"),
            self.tr("Give %1 members (and their customer files) to %2?").replace("%1", str(len(ids)))
            .replace("%2", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            StaffService(self.ctx.store, self.ctx.actor).reassign(ids, staff_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.signals.sig_customers_changed.emit([])
        self.ctx.signals.sig_members_changed.emit(ids)
