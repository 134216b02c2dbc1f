"""The "Week plan" page (拜访计划): the week's visits of the user (or a chosen account
manager), one column per day in route order, and the customers that did not fit.

Drag a customer to another day, or move it with Alt+Left / Alt+Right; the move is kept
(``domain/week_plan.move``). "Mark visited" opens the visit dialog prefilled with what the
visit is for. The plan is worked out off the UI thread (``domain/week_plan.build``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import visit_list, week_balance, week_plan
from desktop_crm.ui.actions import widget_action
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.pages import RefreshWhenShown
from desktop_crm.ui.visits.visit_dialog import VisitDialog

_ID = Qt.ItemDataRole.UserRole
_DONE = QColor("#6b7785")


class DayList(QListWidget):
    """One day's customers; a customer dropped here from another day is moved to it."""

    sig_dropped = Signal(int, object)  # customer id, the day (None: back to the proposal)

    def __init__(self, day: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)

    def sizeHint(self) -> QSize:
        return QSize(140, 300)  # eight columns side by side on a laptop's screen

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if isinstance(source, DayList) and source is not self and source.currentItem():
            self.sig_dropped.emit(source.currentItem().data(_ID), self.day)
        event.ignore()  # the page reloads the plan: the lists are never edited in place


class WeekPlanPage(RefreshWhenShown, QWidget):
    sig_refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: week_plan.WeekPlan | None = None
        self.dialog: VisitDialog | None = None
        self._generation = 0
        self._active: DayList | None = None
        self._balanced = 0  # customers moved by the last balancing (-1: undone), said once

        self.rep = QComboBox()
        me = visit_list.staff_id_of(ctx.store, ctx.actor)
        for staff_id, name in week_plan.staff_choices(ctx.store):
            self.rep.addItem(name, staff_id)
        if me is not None and self.rep.findData(me) < 0:
            self.rep.addItem(ctx.actor, me)
        self.rep.setCurrentIndex(max(0, self.rep.findData(me)))
        self.rep.setToolTip(self.tr("Whose week to plan"))
        self.week = QDateEdit(_qdate(week_plan.week_start(date.today())))
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.week.setToolTip(self.tr("The week's first day"))
        self.per_day = QSpinBox()
        self.per_day.setRange(1, 40)
        self.per_day.setValue(week_plan.per_day(ctx.store))
        self.per_day.setSuffix(self.tr(" a day"))
        self.per_day.setToolTip(self.tr("Visits per day at most"))
        off = week_plan.days_off(ctx.store)
        self.saturday_off = QCheckBox(self.tr("Saturday off"))
        self.saturday_off.setChecked(6 in off)
        self.sunday_off = QCheckBox(self.tr("Sunday off"))
        self.sunday_off.setChecked(7 in off)
        self.visited_action = widget_action(self, self.tr("Mark visited…"), "Ctrl+D", self.mark_visited)
        self.print_action = widget_action(self, self.tr("Print route sheet…"), "Ctrl+P", self.print_sheet)
        self.earlier_action = widget_action(self, self.tr("A day earlier"), "Alt+Left",
                                            lambda: self.shift(-1))
        self.later_action = widget_action(self, self.tr("A day later"), "Alt+Right",
                                          lambda: self.shift(1))
        self.balance_action = widget_action(self, self.tr("Balance the week"), "Ctrl+B", self.balance)
        self.balance_action.setToolTip(self.tr(
            "No day over the visits per day, the days as even as they can be: the least urgent "
            "customers move to the next days with room, a day of their zone first"))
        self.undo_action = widget_action(self, self.tr("Undo balancing"), "Ctrl+Z", self.undo_balance)
        # the hand moves before the last balancing: (rep, week, moves), what Undo puts back
        self._before_balance: tuple[int, date, dict[int, date]] | None = None
        self.status = QLabel()

        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Account manager:")), self.rep,
                       QLabel(self.tr("Week from:")), self.week, self.per_day,
                       self.saturday_off, self.sunday_off):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for action in (self.visited_action, self.earlier_action, self.later_action,
                       self.balance_action, self.undo_action, self.print_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch(1)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(4)
        self.heads: list[QLabel] = []
        self.lists: list[DayList] = []
        for k in range(8):  # seven days and "not this week"
            column = QVBoxLayout()
            head = QLabel()
            head.setWordWrap(True)
            head.setFrameShape(QFrame.Shape.StyledPanel)
            listing = DayList(None)
            listing.sig_dropped.connect(self.move_to)
            listing.itemDoubleClicked.connect(lambda _item: self.mark_visited())
            listing.currentItemChanged.connect(lambda *_, lst=listing: self._activate(lst))
            column.addWidget(head)
            column.addWidget(listing, 1)
            self.columns.addLayout(column, 1)
            self.heads.append(head)
            self.lists.append(listing)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.columns, 1)
        layout.addWidget(self.status)

        self.rep.currentIndexChanged.connect(self.refresh)
        self.week.dateChanged.connect(self.refresh)
        self.per_day.valueChanged.connect(self._preferences_changed)
        self.saturday_off.toggled.connect(self._preferences_changed)
        self.sunday_off.toggled.connect(self._preferences_changed)
        ctx.signals.sig_visits_changed.connect(self._data_changed)
        ctx.signals.sig_customers_changed.connect(self._data_changed)
        self._update_actions()

    # --- loading ------------------------------------------------------------------------------

    def start(self) -> date:
        return self.week.date().toPython()

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        staff_id = self.rep.currentData()
        if staff_id is None:
            self.status.setText(self.tr("There is no account manager on the staff list yet."))
            self.sig_refreshed.emit()
            return
        self._generation += 1
        generation, start = self._generation, self.start()
        self.status.setText(self.tr("Loading…"))
        self.ctx.tasks.submit(
            lambda store, _progress: week_plan.build(store, staff_id, start),
            lambda plan: self._loaded(generation, plan),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, plan: week_plan.WeekPlan) -> None:
        if generation != self._generation:
            return
        self.plan = plan
        weekdays = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                    self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))
        for k, day in enumerate(plan.days):
            head = f"{weekdays[k]} {day.day.strftime('%m-%d')}"
            if day.off:
                head += " · " + self.tr("day off")
            head += "\n" + self.tr("%n visit(s)", "", len(day.stops))
            if day.km is not None:
                head += " · " + self.tr("%1 km").replace("%1", f"{day.km:.1f}")
            self.heads[k].setText(head)
            self._fill(self.lists[k], day.day, day.stops)
        self.heads[7].setText(self.tr("Not this week") + "\n"
                              + self.tr("%n customer(s)", "", len(plan.not_this_week)))
        self._fill(self.lists[7], None, plan.not_this_week)
        total = sum(len(d.stops) for d in plan.days)
        done = sum(1 for d in plan.days for s in d.stops if s.visited)
        self.status.setText(self._said_of_balancing() + self.tr(
            "%1 visits planned, %2 done; at most %3 a day. "
            "Drag a customer to another day, or Alt+Left / Alt+Right.")
                            .replace("%1", str(total)).replace("%2", str(done))
                            .replace("%3", str(plan.per_day)))
        self._update_actions()
        self.sig_refreshed.emit()

    def _said_of_balancing(self) -> str:
        """After a balancing or its undo, once: what it did, before the week's summary."""
        n, self._balanced = self._balanced, 0
        if n > 0:
            return self.tr("%n customer(s) moved to even out the week (Ctrl+Z undoes it). ", "", n)
        if n < 0:
            return self.tr("Balancing undone. ")
        return ""

    def _fill(self, listing: DayList, day: date | None, stops: list[week_plan.Stop]) -> None:
        listing.day = day
        listing.clear()
        today = self.plan.today if self.plan else date.today()
        for n, stop in enumerate(stops, 1):
            lines = [f"{n}. {stop.name}", " · ".join(p for p in (stop.area, stop.address) if p)]
            if stop.visited:
                lines.append("✓ " + (self.tr("visited, unplanned") if stop.unplanned
                                     else self.tr("visited")))
            elif stop.overdue_days(today):
                late = (self.tr("Visit %1 days overdue") if stop.overdue_for == "visit"
                        else self.tr("Follow-up %1 days overdue"))
                lines.append(late.replace("%1", str(stop.overdue_days(today))))
            elif stop.last_visit is None and stop.every:
                lines.append(self.tr("never visited"))
            lines += [*stop.follow_ups, *stop.actions,
                      *(self.tr("Plan: %1").replace("%1", t) for t in stop.standing)]
            item = QListWidgetItem("\n".join(lines))
            item.setData(_ID, stop.customer_id)
            item.setToolTip("\n".join(p for p in (stop.code, stop.contact, stop.contact_phone,
                                                   stop.phone) if p))
            if stop.visited:
                item.setForeground(QBrush(_DONE))
            listing.addItem(item)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("Could not plan the week: %1").replace("%1", str(exc)))
            self.sig_refreshed.emit()

    # --- acting -------------------------------------------------------------------------------

    def current_stop(self) -> week_plan.Stop | None:
        """The customer selected in the list last clicked."""
        item = self._active.currentItem() if self._active is not None else None
        if self.plan is None or item is None:
            return None
        cid = item.data(_ID)
        every = [s for d in self.plan.days for s in d.stops] + self.plan.not_this_week
        return next((s for s in every if s.customer_id == cid), None)

    def _activate(self, listing: DayList) -> None:
        self._active = listing
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        stop = self.current_stop()
        self.visited_action.setEnabled(stop is not None and not stop.visited)
        self.earlier_action.setEnabled(stop is not None and not stop.visited)
        self.later_action.setEnabled(stop is not None and not stop.visited)
        self.print_action.setEnabled(self.plan is not None)
        self.balance_action.setEnabled(self.plan is not None)
        self.undo_action.setEnabled(
            self._before_balance is not None and self.plan is not None
            and self._before_balance[:2] == (self.plan.staff_id, self.plan.start))

    @Slot()
    def balance(self) -> int:
        """Even out the week shown (domain/week_balance.py), kept as hand moves; how many
        customers moved."""
        plan = self.plan
        if plan is None:
            return 0
        moved = week_balance.balance(plan)
        if not moved:
            self.status.setText(self.tr("The week is balanced already: nothing to move."))
            return 0
        before = week_plan.moves(self.ctx.store, plan.staff_id, plan.start)
        week_plan.set_moves(self.ctx.store, plan.staff_id, plan.start, {**before, **moved})
        self._before_balance = (plan.staff_id, plan.start, before)
        self._balanced = len(moved)
        self.refresh()
        return len(moved)

    @Slot()
    def undo_balance(self) -> None:
        """Put back the moves as they were before the last balancing."""
        if self._before_balance is None:
            return
        staff_id, start, before = self._before_balance
        week_plan.set_moves(self.ctx.store, staff_id, start, before)
        self._before_balance = None
        self._balanced = -1
        self.refresh()

    @Slot(int, object)
    def move_to(self, customer_id: int, day: date | None) -> None:
        """Keep ``customer_id`` on ``day`` this week (None: wherever the proposal puts it)."""
        staff_id = self.rep.currentData()
        if staff_id is None:
            return
        week_plan.move(self.ctx.store, staff_id, self.start(), customer_id, day)
        self.refresh()

    def shift(self, days: int) -> None:
        stop = self.current_stop()
        if stop is None or stop.visited or self.plan is None:
            return
        now = next((d.day for d in self.plan.days if stop in d.stops), None)
        target = (now or self.plan.start - timedelta(days=1)) + timedelta(days=days)
        if self.plan.start <= target <= self.plan.end:
            self.move_to(stop.customer_id, target)

    @Slot()
    def mark_visited(self) -> VisitDialog | None:
        stop = self.current_stop()
        if stop is None or stop.visited:
            return None
        todo = [*stop.follow_ups, *stop.actions]
        prefill = {"channel": "visit",
                   "purpose": todo[0].split(" ", 1)[-1] if todo else self.tr("Regular visit")}
        self.dialog = VisitDialog(self.ctx, stop.customer_id, self, prefill=prefill)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog

    @Slot()
    def print_sheet(self) -> Path | None:
        if self.plan is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save route sheet"),
            str(Path.home() / f"route-{self.plan.start.isoformat()}.pdf"), "PDF (*.pdf)")
        if not name:
            return None
        return self.write_sheet(Path(name))

    def write_sheet(self, target: Path) -> Path | None:
        from desktop_crm.reports.pdf.batch import print_options
        from desktop_crm.reports.pdf.route_sheet import render_route_sheet

        assert self.plan is not None
        try:
            render_route_sheet(self.plan, target,
                               print_options(self.ctx.store, self.ctx.actor, self.ctx.language))
        except (OSError, ValueError) as exc:
            self.status.setText(self.tr("The route sheet was not written: %1")
                                .replace("%1", str(exc)))
            return None
        self.status.setText(self.tr("Route sheet written to %1").replace("%1", str(target)))
        return target

    @Slot()
    def _preferences_changed(self, *_: object) -> None:
        off = [d for d in week_plan.days_off(self.ctx.store) if d < 6]  # set elsewhere: kept
        off += [d for d, box in ((6, self.saturday_off), (7, self.sunday_off)) if box.isChecked()]
        week_plan.set_preferences(self.ctx.store, self.per_day.value(), off)
        self.refresh()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
