"""The Team overview, on a manager's (or admin's) laptop: per account manager, as this
laptop's synced data knows them, the customers they own, this month's visits against what
their tiers ask, overdue follow-ups, active plans (``domain/team_overview.py``), and when
their laptop last synced, asked of the team server on the sync's own thread (never the UI's):
"unknown (offline)" when the server cannot be reached. Double-click a row: the customer list,
filtered to that account manager.

The tab is shown only while the file is connected as a manager or an admin
(``ui/team/window.py``); a rep never sees it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain import team_overview, team_rights
from desktop_crm.storage.db import Store
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.models import Column, Row, RowsModel, fit_columns, make_table
from desktop_crm.ui.pages import RefreshWhenShown

BEHIND = QColor("#b3261e")  # fewer visits than the tiers ask: the visits in red
VISITS = 2                  # the column of this month's visits


class _OverviewModel(RowsModel):
    behind: frozenset[int] = frozenset()  # rows whose visits fall short

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == VISITS and index.row() in self.behind):
            return BEHIND
        return super().data(index, role)


def may_see(store: Store) -> bool:
    """Whether the file's login is a manager's or an admin's (who see the team)."""
    return team_rights.rights(store).role in ("manager", "admin")


class TeamOverviewPage(RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[team_overview.RepRow] = []
        self.syncs: dict[str, str | None] | None = None  # from the server; None: not (yet) read
        self.offline = False
        self.reading = False
        self.model = _OverviewModel([
            Column(self.tr("Account manager")), Column(self.tr("Customers"), "right"),
            Column(self.tr("Visits this month"), "right"),
            Column(self.tr("Asked by the tiers"), "right"),
            Column(self.tr("Overdue follow-ups"), "right"),
            Column(self.tr("Active plans"), "right"), Column(self.tr("Last sync")),
        ], self)
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(self.show_customers)
        self.table.activated.connect(self.show_customers)  # Enter on a row
        self.explain = QLabel(self.tr(
            "Your team's account managers as this laptop knows them after its last sync. Visits "
            "are those logged at each one's customers this month; the tiers' policies ask a "
            "visit every so many days. Double-click an account manager to list their "
            "customers."))
        self.explain.setWordWrap(True)
        self.summary = QLabel()
        self.server_note = QLabel()
        self.server_note.setObjectName("overview_server")
        self.server_note.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures again and ask the team server "
                                               "for the last syncs (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload)
        bottom = QHBoxLayout()
        bottom.addWidget(self.server_note, 1)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for signal in (ctx.signals.sig_customers_changed, ctx.signals.sig_visits_changed,
                       ctx.signals.sig_team_changed):
            signal.connect(self._data_changed)

    # --- showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The figures from the file at once; the last syncs from the server, on the worker."""
        self._stale = False
        if not may_see(self.ctx.store):
            self.items = []
            self.model.set_rows([])
            fit_columns(self.table)
            self.summary.setText(self.tr("Only a manager sees the team overview."))
            self.server_note.clear()
            return
        self.items = team_overview.rows(self.ctx.store)
        self._show()
        if self.syncs is None and not self.offline:
            self.read_syncs()

    @Slot()
    def reload(self) -> None:
        self.syncs, self.offline = None, False
        self.refresh()

    def syncs_changed(self) -> None:
        """A sync went through: the last syncs are read again (now if shown, else when)."""
        self.syncs, self.offline = None, False
        self._data_changed()

    def _show(self) -> None:
        rows = team_overview.with_syncs(self.items, self.syncs or {})
        self.model.behind = frozenset(i for i, r in enumerate(rows) if r.behind)
        self.model.set_rows([Row(r.staff_id, self._cells(r),
                                 self.tr("Fewer visits than the tiers ask this month")
                                 if r.behind else None) for r in rows])
        fit_columns(self.table)
        today = date.today()
        month = f"{today.year}-{today.month:02d}"
        self.summary.setText(self.tr("%n account manager(s), this month (%1).", "", len(rows))
                             .replace("%1", month) if rows
                             else self.tr("No account managers on this laptop yet: sync (F9)."))
        if self.reading:
            self.server_note.setText(self.tr("Asking the team server for the last syncs…"))
        elif self.offline:
            self.server_note.setText(self.tr("The team server cannot be reached: the last syncs "
                                             "are unknown (offline)."))
        else:
            self.server_note.setText(self.tr("Last syncs as the team server knows them."))

    def _cells(self, r: team_overview.RepRow) -> tuple[str, ...]:
        return (r.name, str(r.customers), str(r.visits), str(r.visits_asked), str(r.overdue),
                str(r.active_plans), self.sync_text(r))

    def sync_text(self, r: team_overview.RepRow) -> str:
        if self.reading:
            return "…"
        if self.offline:
            return self.tr("unknown (offline)")
        if r.last_sync_at is None:
            return "—"  # no login on the server for this person
        if r.last_sync_at == "":
            return self.tr("never")
        return r.last_sync_at.replace("T", " ")[:16]

    # --- the server ---------------------------------------------------------------------------

    def _team_sync(self) -> Any:
        window = self.window()
        team = getattr(window, "team", None)
        return getattr(team, "sync", None)

    def read_syncs(self) -> None:
        sync = self._team_sync()
        runner = getattr(sync, "runner", None) or self.ctx.tasks
        password = getattr(sync, "password", None)
        if password is None and sync is not None and sync.address():
            from desktop_crm import keychain

            password = keychain.server_password(sync.address())
        self.reading = True
        self._show()

        def work(store: Store, _progress) -> dict[str, str | None]:
            from desktop_crm.sync import connection

            return {staff: at for _login, staff, at in connection.team_syncs(store, password)
                    if staff}

        runner.submit(work, self._read, self._not_read)

    def _read(self, syncs: dict[str, str | None]) -> None:
        self.reading, self.offline, self.syncs = False, False, syncs
        self._show()

    def _not_read(self, _exc: BaseException) -> None:
        """Whatever kept the server from answering (no network, no password this session):
        the figures stand, the last syncs are unknown."""
        self.reading, self.offline = False, True
        self._show()

    # --- going on -----------------------------------------------------------------------------

    @Slot()
    def show_customers(self, *_: object) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.items):
            self.ctx.signals.sig_show_owner.emit(self.items[row].staff_id)
