"""Staff: each person's members and interactions this month against their targets, ranked;
adding and editing staff; moving members from one to another; the prospect funnel per staff
member and per source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import compliance
from desktop_crm.domain.fields import STAFF_FIELDS, by_name
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.domain.staff import (
    DEFAULT_TARGET_MEMBERS,
    LEADERBOARD_METRICS,
    ROLES,
    FunnelRow,
    StaffService,
    StaffStats,
)
from desktop_crm.domain.validation import ValidationError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.forms import limit_length
from desktop_crm.ui.glossary import funnel_words
from desktop_crm.ui.members.common import (
    ERROR_STYLE,
    RowsModel,
    money,
    percent,
    problem_text,
    show_error,
)
from desktop_crm.ui.tables import list_table

BEHIND = QColor("#b3261e")


_FIELDS = by_name(STAFF_FIELDS)

class StaffDialog(QDialog):
    def __init__(self, ctx: AppContext, staff: dict | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = StaffService(ctx.store, ctx.actor, ctx.language)
        self.staff_id = staff["id"] if staff else None
        self.setWindowTitle(self.tr("Staff member"))
        lang = 0 if ctx.language == "zh" else 1
        self.name = QLineEdit(staff["name"] if staff else "")
        self.role = QComboBox()
        for code, labels in ROLES.items():
            self.role.addItem(labels[lang], code)
        self.role.setCurrentIndex(max(0, self.role.findData(staff["role"] if staff else "shop_staff")))
        self.phone = QLineEdit((staff or {}).get("phone") or "")
        for edit, name in ((self.name, "name"), (self.phone, "phone")):
            limit_length(edit, _FIELDS[name])
        self.members = QSpinBox(maximum=100_000, value=(staff or {}).get("target_members") or
                                (0 if staff else DEFAULT_TARGET_MEMBERS))
        self.members.setSpecialValueText(self.tr("no target"))
        self.visits = QSpinBox(maximum=10_000, value=(staff or {}).get("target_visits_per_month") or 0)
        self.visits.setSpecialValueText(self.tr("no target"))
        self.active = QCheckBox(self.tr("Works here now"), checked=bool((staff or {}).get("active", 1)))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Members to look after:"), self.members)
        form.addRow(self.tr("Interactions per month:"), self.visits)
        form.addRow("", self.active)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons

    def _ok(self) -> None:
        try:
            self.staff_id = self.service.save({
                "name": self.name.text(), "role": self.role.currentData(), "phone": self.phone.text(),
                "target_members": self.members.value() or None,
                "target_visits_per_month": self.visits.value() or None, "active": self.active.isChecked(),
            }, self.staff_id)
        except ValidationError as exc:
            self.error.setText(problem_text(exc))
            return
        self.accept()


class StaffPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = StaffService(ctx.store, ctx.actor, ctx.language)
        self.lang = 0 if ctx.language == "zh" else 1
        self._stale = True

        self.month = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="yyyy-MM")
        self.rank = QComboBox()
        for code, label in zip(LEADERBOARD_METRICS, (self.tr("Interactions"), self.tr("Sales"),
                                                     self.tr("Members"))):
            self.rank.addItem(label, code)
        add = QPushButton(self.tr("Add staff…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        move = QPushButton(self.tr("Move members…"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month)
        bar.addWidget(QLabel(self.tr("Rank by")))
        bar.addWidget(self.rank)
        bar.addStretch(1)
        for b in (add, self.edit_button, move):
            bar.addWidget(b)

        self.board = RowsModel(
            ("rank", "name", "role", "members", "members_share", "interactions", "interactions_share",
             "revenue", "policy"),
            (self.tr("#"), self.tr("Name"), self.tr("Role"), self.tr("Members"), self.tr("of target"),
             self.tr("Interactions"), self.tr("of target"), self.tr("Sales"),
             self.tr("Within visit policy")),
            self._board_cell, numeric=("rank", "members", "members_share", "interactions",
                                       "interactions_share", "revenue", "policy"), parent=self)
        self._policy: dict[int | None, compliance.Share] = {}
        # per tier, the share of customers visited within the tier's policy
        self.policy_label = QLabel()
        self.policy_label.setWordWrap(True)
        self.policy_label.setToolTip(self.tr(
            "Customers whose tier asks a visit every N days and who were visited in the N days "
            "before today (before the month's last day, for a past month)."))
        self.board.colors = self._behind
        self.board_table = list_table(self.board, self)
        self.board_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.board_table.horizontalHeader().setStretchLastSection(True)  # a few rows: measuring is cheap

        funnel_cols = ("key", "aware", "intent", "purchase", "intent_rate", "purchase_rate", "overall_rate")
        # the rates' headings on two lines, so both tables fit side by side at 1366 px
        funnel_heads = [*funnel_words(),
                        self.tr("Aware →\nintent"), self.tr("Intent →\npurchase"),
                        self.tr("Aware →\npurchase")]
        numeric = funnel_cols[1:]
        self.funnel_staff = RowsModel(funnel_cols, [self.tr("Staff"), *funnel_heads], self._funnel_cell,
                                      numeric, self)
        self.funnel_source = RowsModel(funnel_cols, [self.tr("Source"), *funnel_heads], self._funnel_cell,
                                       numeric, self)
        self.funnel_total = QLabel()
        self.since_check = QCheckBox(self.tr("Only customers added since"))
        self.since = QDateEdit(QDate.currentDate().addYears(-1), calendarPopup=True,
                               displayFormat="yyyy-MM-dd")
        self.since.setEnabled(False)
        funnel_bar = QHBoxLayout()
        funnel_bar.addWidget(self.funnel_total, 1)
        funnel_bar.addWidget(self.since_check)
        funnel_bar.addWidget(self.since)
        funnels = QSplitter()
        for model in (self.funnel_staff, self.funnel_source):
            table = list_table(model, self)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            funnels.addWidget(table)
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(funnel_bar)
        lv.addWidget(funnels, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        uv = QVBoxLayout(upper)
        uv.setContentsMargins(0, 0, 0, 0)
        uv.addWidget(self.board_table, 1)
        uv.addWidget(self.policy_label)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.month.dateChanged.connect(lambda _d: self.reload())
        self.rank.currentIndexChanged.connect(lambda _i: self.reload())
        self.since_check.toggled.connect(self.since.setEnabled)
        self.since_check.toggled.connect(lambda _on: self.reload())
        self.since.dateChanged.connect(lambda _d: self.reload() if self.since_check.isChecked() else None)
        add.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current()))
        self.board_table.doubleClicked.connect(lambda _i: self.edit(self.current()))
        move.clicked.connect(self.move_members)
        ctx.signals.sig_customers_changed.connect(lambda _ids: self._mark_stale())
        ctx.signals.sig_visits_changed.connect(lambda _id: self._mark_stale())
        ctx.signals.sig_members_changed.connect(lambda _ids: self._mark_stale())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        month, metric, actor, lang = self.month.date().toPython(), self.rank.currentData(), self.ctx.actor, self.ctx.language
        since = self.since.date().toPython() if self.since_check.isChecked() else None

        def load(store, _p):
            svc = StaffService(store, actor, lang)
            policy = compliance.shares(store, compliance.day_of_month(month))
            return svc.leaderboard(metric, month), svc.funnel(since), policy

        self.funnel_total.setText(self.tr("Loading…"))
        self.ctx.tasks.submit(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, result) -> None:
        board, (by_staff, by_source, total), (by_rep, by_tier) = result
        self._policy = by_rep
        self.board.set_rows(board)
        parts = [f"{self.ctx.label(p.label_zh, p.label_en)} {percent(by_tier[p.key].share)} "
                 f"({by_tier[p.key].within}/{by_tier[p.key].customers})"
                 for p in ScoringService(self.ctx.store).tier_policies() if p.key in by_tier]
        self.policy_label.setText(self.tr("Within visit policy, by tier: %1")
                                  .replace("%1", " · ".join(parts) if parts else self.tr("no customer’s tier asks visits")))
        self.funnel_staff.set_rows(by_staff)
        self.funnel_source.set_rows(by_source)
        aware, intent, purchase = funnel_words()
        overall = self.tr("%1 of all").replace("%1", percent(total.overall_rate))
        stages = (f"{aware} {total.aware}", f"{intent} {total.intent} ({percent(total.intent_rate)})",
                  f"{purchase} {total.purchase} ({overall})")
        self.funnel_total.setText(self.tr("Funnel: %1").replace("%1", " → ".join(stages)))

    def current(self) -> dict | None:
        row = self.board.row(self.board_table.currentIndex())
        if row is None:
            return None
        return next((s for s in self.service.all() if s["id"] == row.id), None)

    def _board_cell(self, s: StaffStats, column: str) -> Any:
        if column == "rank":
            return self.board.rows.index(s) + 1
        if column == "role":
            return ROLES.get(s.role, (s.role,) * 2)[self.lang]
        if column == "members":
            return f"{s.members} / {s.target_members}" if s.target_members else s.members
        if column == "interactions":
            return f"{s.interactions} / {s.target_interactions}" if s.target_interactions else s.interactions
        if column in ("members_share", "interactions_share"):
            value = getattr(s, column)
            return "" if value is None else percent(value)
        if column == "revenue":
            return money(s.revenue)
        if column == "policy":
            share = self._policy.get(s.id)
            return "" if share is None else f"{percent(share.share)} ({share.within}/{share.customers})"
        return getattr(s, column)

    def _behind(self, s: StaffStats) -> QBrush | None:
        share = s.interactions_share
        return QBrush(BEHIND) if share is not None and share < 0.5 else None

    def _funnel_cell(self, r: FunnelRow, column: str) -> Any:
        if column == "key":
            return r.key or self.tr("(none)")
        if column.endswith("_rate"):
            return percent(getattr(r, column))
        return getattr(r, column)

    def edit(self, staff: dict | None) -> None:
        dialog = StaffDialog(self.ctx, staff, self)
        if dialog.exec():
            self.reload()

    def move_members(self) -> None:
        dialog = MoveMembersDialog(self.ctx, self)
        if dialog.exec():
            self.ctx.signals.sig_customers_changed.emit([])
            self.ctx.signals.sig_members_changed.emit([])
            self.reload()


class MoveMembersDialog(QDialog):
    """All members of one staff member to another (e.g. someone leaves), after confirming."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Move members"))
        self.source = QComboBox()
        self.target = QComboBox()
        self.source.addItem(self.tr("(nobody)"), None)
        for s in StaffService(ctx.store).all():
            self.source.addItem(s["name"], s["id"])
            if s["active"]:
                self.target.addItem(s["name"], s["id"])
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("All members of:"), self.source)
        form.addRow(self.tr("Go to:"), self.target)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.move)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.moved = 0

    def move(self, confirm: bool = True) -> None:
        source, target = self.source.currentData(), self.target.currentData()
        if source == target:
            self.error.setText(self.tr("Choose two different staff members."))
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Move members"),
                self.tr("Move every member of %1 to %2? Their customer files move too; the change "
                        "is kept in each file's history.").replace("%1", self.source.currentText())
                .replace("%2", self.target.currentText()))
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor = self.ctx.actor

        def run(store, progress):
            return StaffService(store, actor).reassign(None, target, from_staff=source, progress=progress)

        def done(moved: int) -> None:
            self.moved = moved
            self.accept()

        self.ctx.tasks.submit(run, done, lambda exc: self.error.setText(problem_text(exc)),
                              title=self.tr("Moving members…"), parent=self)
