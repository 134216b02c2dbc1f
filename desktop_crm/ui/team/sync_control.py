"""Sync that stays out of the way: on F9, every few minutes while connected, and shortly after
a save; on a thread of its own, so typing never waits for the network.

The sync runs on a second task runner (``ui/tasks.py``): one more thread with its own SQLite
connection, as the CLI's sync has its own. The app's other connections keep working: SQLite
lets one writer at a time, and each connection waits its turn (``busy_timeout``). A sync that
only brings a few changes holds the write lock for milliseconds; the first sync of a laptop,
which holds it for the whole pull, is run in front of the user with its progress and a Cancel
button, never in the background.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QProgressDialog, QWidget

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.storage import sync_watch
from desktop_crm.storage.db import Store
from desktop_crm.sync import PasswordNeeded, ServerError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.tasks import TaskRunner
from desktop_crm.ui.team.sentences import offline, say


class SyncCancelled(Cancelled):
    """The user cancelled a sync while it received the team's records: what a first sync
    had kept in the file stays, and the next sync goes on from there."""


class _Bridge(QObject):
    """Carries the engine's progress from the sync's thread to the UI thread."""

    sig_progress = Signal(str, int)


class TeamSync(QObject):
    """The file's link with the team server, as the window sees it."""

    AUTO_INTERVAL_MS = 5 * 60 * 1000   # while connected: a sync every five minutes
    AFTER_SAVE_MS = 20 * 1000          # and this long after a save (saves close together: one)
    CLOCK_MS = 30 * 1000               # "synced 3 min ago" moves on

    sig_link_changed = Signal(bool)    # connected or not
    sig_status = Signal(str)           # the status bar's text
    sig_conflicts = Signal(int)        # open conflicts, after a sync or a decision
    sig_synced = Signal(object)        # SyncResult of a sync that went through
    sig_moved = Signal(list, list)     # names of customers given to this login, and taken away

    def __init__(self, ctx: AppContext, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.parent_widget = parent_widget
        self.password: str | None = None   # typed this session, when not in the keyring
        self.runner: TaskRunner | None = None
        self.running = False
        self._again = False
        self._problem: str | None = None     # the last sync's failure, as shown
        self._offline = False
        self._announcing = False
        self._dialog: QProgressDialog | None = None
        self._bridge = _Bridge(self)
        self._bridge.sig_progress.connect(self._progress)
        self.auto_timer = QTimer(self, interval=self.AUTO_INTERVAL_MS)
        self.auto_timer.timeout.connect(self.sync_in_background)
        self.save_timer = QTimer(self, singleShot=True, interval=self.AFTER_SAVE_MS)
        self.save_timer.timeout.connect(self.sync_in_background)
        self.clock = QTimer(self, interval=self.CLOCK_MS)
        self.clock.timeout.connect(self.show_status)
        ctx.signals.sig_customers_changed.connect(self._saved)
        ctx.signals.sig_visits_changed.connect(self._saved)
        ctx.signals.sig_members_changed.connect(self._saved)
        if self.link() is not None:
            self._start()

    # --- the link -----------------------------------------------------------------------------

    def link(self):
        from desktop_crm.sync import connection

        return connection.link(self.ctx.store)

    def connected(self) -> bool:
        return self.link() is not None

    def address(self) -> str | None:
        from desktop_crm.sync import connection

        current = self.link()
        return connection.address(current.url, current.login) if current else None

    def _start(self) -> None:
        if self.runner is None:
            self.runner = TaskRunner(self.ctx.store.path, self,
                                     passphrase=self.ctx.store.passphrase)
        self.auto_timer.start()
        self.clock.start()
        self.show_status()

    def connected_now(self, password: str | None) -> None:
        """The dialog tied the file to a server: the first sync follows, in front."""
        self.password = password
        self._problem, self._offline = None, False
        self._start()
        self.sig_link_changed.emit(True)
        self.sync_now()

    def published(self, password: str | None, result: Any) -> None:
        """The dialog published this file (it is connected, and synced unless cancelled):
        every page reloads; no second first sync."""
        self.password = password
        self._problem, self._offline = None, False
        self._start()
        self.sig_link_changed.emit(True)
        self._announce(None, True)
        if result is not None:
            self.sig_synced.emit(result)
        self.sig_conflicts.emit(self.conflict_count())
        self.show_status()

    def set_problem(self, text: str) -> None:
        """A sentence for the status bar until the next sync goes through."""
        self._problem = text
        self.show_status()

    def disconnected(self) -> None:
        self.password = None
        self.auto_timer.stop()
        self.save_timer.stop()
        self.clock.stop()
        self._problem, self._offline = None, False
        self.sig_link_changed.emit(False)
        self.sig_status.emit("")

    def shutdown(self) -> None:
        """Before the window closes: a sync under way is let finish (or cancelled while it
        receives), and the sync's connection to the file is closed."""
        for timer in (self.auto_timer, self.save_timer, self.clock):
            timer.stop()
        if self.runner is not None:
            self.runner.shutdown()
            self.runner = None

    # --- syncing ------------------------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        """F9: sync now; a password the server asks for is asked."""
        self._sync(manual=True)

    @Slot()
    def sync_in_background(self) -> None:
        """The timers' sync: never asks anything, never a first sync (that one is in front)."""
        current = self.link()
        if current is None or current.checkpoint is None or self.ctx.store.read_only:
            return
        self._sync(manual=False)

    @Slot()
    def _saved(self, *_: Any) -> None:
        if not self._announcing and self.runner is not None and self.connected():
            self.save_timer.start()

    def _sync(self, *, manual: bool) -> None:
        current = self.link()
        if current is None or self.runner is None:
            return
        if self.running:
            self._again = self._again or manual
            return
        from desktop_crm import keychain

        password = self.password or keychain.server_password(self.address())
        first = current.checkpoint is None
        if first:
            self._dialog = self._first_sync_dialog()
        self.running = True
        self.sig_status.emit(self.tr("Syncing…"))
        bridge = self._bridge
        task: dict[str, int] = {}

        def work(store: Store, progress) -> tuple[Any, sync_watch.Changed | None]:
            from desktop_crm.sync import connection

            def told(phase: str, count: int) -> None:
                bridge.sig_progress.emit(phase, count)
                # a first pull keeps batches in the file: stopping loses only the last one
                if phase == "pull" and not progress(count, 0):
                    raise SyncCancelled()

            if not first:
                sync_watch.start(store.conn)
            result = connection.sync(store, password, told)
            return result, (None if first else sync_watch.seen(store.conn))

        task["id"] = self.runner.submit(
            work, lambda done: self._done(done, first),
            lambda exc: self._failed(exc, manual, first))
        if self._dialog is not None:
            self._dialog.canceled.connect(lambda: self.runner and self.runner.cancel(task["id"]))

    def _first_sync_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Receiving the team's records…"), self.tr("Cancel"),
                                 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.tr("First sync"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        return dialog

    @Slot(str, int)
    def _progress(self, phase: str, count: int) -> None:
        if self._dialog is None:
            return
        if phase == "total":  # a first pull: how many records it brings in all
            self._dialog.setMaximum(max(count, 1))
            return
        if phase == "pull" and self._dialog.maximum() > 0:
            self._dialog.setValue(min(count, self._dialog.maximum()))
            text = self.tr("Receiving the team's records: %1 of %2").replace(
                "%2", f"{self._dialog.maximum():,}").replace("%1", f"{count:,}")
        elif phase == "pull":
            text = self.tr("Receiving the team's records: %1").replace("%1", str(count))
        else:
            text = self.tr("Sending this file's records: %1").replace("%1", str(count))
        self._dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _done(self, done: tuple[Any, sync_watch.Changed | None], first: bool) -> None:
        result, changed = done
        self.running = False
        self._close_dialog()
        self._problem, self._offline = None, False
        self._announce(changed, first or bool(result.removed))
        self.sig_synced.emit(result)
        if changed is not None and (changed.arrived or result.left):
            from desktop_crm.domain import give

            arrived = give.arrivals(self.ctx.store, changed.arrived)
            if arrived or result.left:
                self.sig_moved.emit(arrived, list(result.left))
        self.sig_conflicts.emit(self.conflict_count())
        self.show_status()
        self._follow_up()

    def _failed(self, exc: BaseException, manual: bool, first: bool) -> None:
        self.running = False
        self._close_dialog()
        if isinstance(exc, Cancelled):
            self._problem = self.first_sync_text() if first else None
        elif isinstance(exc, PasswordNeeded) and manual:
            self._problem = None
            if self._ask_password():
                self._again = True
            else:
                self._problem = self.tr("The team server needs your password: press Sync (F9).")
        elif isinstance(exc, PasswordNeeded):
            self._problem = self.tr("The team server needs your password: press Sync (F9).")
        elif isinstance(exc, ServerError):
            self._offline = offline(exc)
            self._problem = None if self._offline else say(exc)
        else:  # the file itself (read-only, full disk): its own sentence
            self._problem = str(exc)
        self.show_status()
        self._follow_up()

    def _follow_up(self) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.sync_now)

    def _ask_password(self) -> bool:
        password, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Team server"),
            self.tr("Password for %1:").replace("%1", self.address() or ""),
            QLineEdit.EchoMode.Password)
        if ok and password:
            self.password = password
            return True
        return False

    def _announce(self, changed: sync_watch.Changed | None, everything: bool) -> None:
        """Tell the open pages what the sync changed (all of it after a first sync)."""
        signals = self.ctx.signals
        self._announcing = True
        try:
            if everything or changed is None:
                signals.sig_customers_changed.emit([])
                signals.sig_visits_changed.emit(0)
                signals.sig_members_changed.emit([])
                return
            if not changed:
                return
            customers = sorted(changed.customers)
            signals.sig_customers_changed.emit(customers if customers else [])
            signals.sig_team_changed.emit(customers)  # after the reload it speaks of
            if "interaction" in changed.kinds:
                for customer in customers:
                    signals.sig_visits_changed.emit(customer)
            if changed.kinds & {"member", "points_move", "purchase"}:
                signals.sig_members_changed.emit([])
        finally:
            self._announcing = False

    # --- status -------------------------------------------------------------------------------

    def first_sync_text(self) -> str:
        """Where a first sync cut short stands, from the file (kept batches survive a restart)."""
        from desktop_crm.sync import connection

        status = connection.status(self.ctx.store)
        share = status["first_pull"] if status else None
        if not share:
            return self.tr("The first sync was cancelled; nothing was received. Sync (F9) "
                           "starts it again.")
        percent = share[0] * 100 // max(share[1], 1)
        return self.tr("First sync %1 % done — press Sync (F9) to go on.").replace(
            "%1", str(percent))

    def conflict_count(self) -> int:
        if not self.connected():
            return 0
        from desktop_crm.domain import conflicts  # and the dossier's code: only for a team's file

        return conflicts.count(self.ctx.store)

    @Slot()
    def show_status(self) -> None:
        self.sig_status.emit(self.status_text())

    def status_text(self) -> str:
        """"Synced 3 min ago · 2 changes waiting · 1 conflict", "Offline · …", or what went
        wrong; '' when the file works alone."""
        from desktop_crm.sync import connection

        if self.running:
            return self.tr("Syncing…")
        status = connection.status(self.ctx.store)
        if status is None:
            return ""
        if self._problem:
            parts = [self._problem]
        elif status["first_pull"] and not status["checkpoint"]:
            parts = [self.first_sync_text()]
        elif self._offline:
            parts = [self.tr("Offline")]
        elif status["last_sync_at"]:
            parts = [self.tr("Synced %1").replace("%1", self.ago(status["last_sync_at"]))]
        else:
            parts = [self.tr("Not synced yet")]
        waiting = sum(status["pending"].values())
        if waiting:
            parts.append(self.tr("%n change(s) waiting", "", waiting))
        if status["open_conflicts"]:
            parts.append(self.tr("%n conflict(s)", "", status["open_conflicts"]))
        return " · ".join(parts)

    def ago(self, stamp: str, now: datetime | None = None) -> str:
        seconds = ((now or datetime.now()) - datetime.fromisoformat(stamp)).total_seconds()
        minutes = int(seconds // 60)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%n min ago", "", minutes)
        if minutes < 24 * 60:
            return self.tr("%n hour(s) ago", "", minutes // 60)
        return self.tr("on %1").replace("%1", stamp[:10])
