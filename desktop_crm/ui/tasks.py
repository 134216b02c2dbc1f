"""Long work off the UI thread, with progress and cancel.

One worker thread with its own database connection runs tasks one at a time (writes are
serialised, as SQLite wants them), so the UI thread never waits on a long query or write.
A task is a function ``fn(store, progress)``; ``progress(done, total)`` returns False once
the user has pressed Cancel, and the task should then raise or return early — a task that
writes inside ``store.transaction()`` and raises leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QThread, QTimer, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.storage.db import Store, open_database

Progress = Callable[[int, int], bool]
TaskFn = Callable[[Store, Progress], Any]
__all__ = ["Cancelled", "Progress", "TaskFn", "TaskRunner", "run_blocking"]


class _Worker(QObject):
    sig_progress = Signal(int, int, int)      # task id, done, total
    sig_finished = Signal(int, object)        # task id, result
    sig_failed = Signal(int, object)          # task id, exception

    def __init__(self, path: Path, read_only: bool, passphrase: str | None) -> None:
        super().__init__()
        self.path = path
        self.read_only = read_only
        self.passphrase = passphrase
        self.store: Store | None = None
        self.cancel_flags: dict[int, threading.Event] = {}

    @Slot(int, object)
    def run(self, task_id: int, fn: TaskFn) -> None:
        flag = self.cancel_flags[task_id]
        if self.store is None:
            try:
                self.store = open_database(self.path, create=False, read_only=self.read_only,
                                           passphrase=self.passphrase)
            except BaseException as exc:
                self.sig_failed.emit(task_id, exc)
                return
        if flag.is_set():  # cancelled while it waited its turn: not started at all
            self.sig_failed.emit(task_id, Cancelled("cancelled before it started; nothing was done"))
            return

        def progress(done: int, total: int) -> bool:
            self.sig_progress.emit(task_id, done, total)
            return not flag.is_set()

        try:
            result = fn(self.store, progress)
        except BaseException as exc:  # reported to the UI thread, never lost
            self.sig_failed.emit(task_id, exc)
        else:
            self.sig_finished.emit(task_id, result)

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class TaskRunner(QObject):
    """Runs tasks on the worker thread; results come back through callbacks on the UI thread."""

    _sig_submit = Signal(int, object)
    _sig_close = Signal()
    sig_busy_changed = Signal(bool)

    def __init__(self, db_path: Path, parent: QObject | None = None, *,
                 read_only: bool = False, passphrase: str | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("desktop-crm worker")
        self._worker = _Worker(db_path, read_only, passphrase)
        self._worker.moveToThread(self._thread)
        self._sig_submit.connect(self._worker.run)
        self._sig_close.connect(self._worker.close, Qt.ConnectionType.BlockingQueuedConnection)
        self._worker.sig_progress.connect(self._on_progress)
        self._worker.sig_finished.connect(self._on_finished)
        self._worker.sig_failed.connect(self._on_failed)
        self._thread.start()
        self._next_id = 0
        self._pending: dict[int, tuple[Callable, Callable, QProgressDialog | None]] = {}

    def submit(
        self,
        fn: TaskFn,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> int:
        """Queue ``fn``. With a ``title``, a cancellable progress dialog appears if the task
        runs longer than a moment. Returns the task id (see :meth:`cancel`)."""
        self._next_id += 1
        task_id = self._next_id
        self._worker.cancel_flags[task_id] = threading.Event()
        dialog = None
        if title is not None:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(lambda: self.cancel(task_id))
        self._pending[task_id] = (on_done, on_error, dialog)
        if len(self._pending) == 1:
            self.sig_busy_changed.emit(True)
        self._sig_submit.emit(task_id, fn)
        return task_id

    def cancel(self, task_id: int) -> None:
        flag = self._worker.cancel_flags.get(task_id)
        if flag is not None:
            flag.set()

    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Cancel what is queued, wait for the running task, close the worker's database."""
        for flag in self._worker.cancel_flags.values():
            flag.set()
        if self._thread.isRunning():
            self._sig_close.emit()
            self._thread.quit()
            self._thread.wait()
        for task_id in list(self._pending):  # what was queued reports nothing once closed
            self._settle(task_id)

    @Slot(int, int, int)
    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        entry = self._pending.get(task_id)
        if entry and entry[2] is not None:
            entry[2].setMaximum(max(total, 0))
            entry[2].setValue(min(done, total) if total else 0)

    def _settle(self, task_id: int) -> tuple[Callable, Callable] | None:
        entry = self._pending.pop(task_id, None)
        self._worker.cancel_flags.pop(task_id, None)
        if entry is None:
            return None
        if entry[2] is not None:
            entry[2].close()
            entry[2].deleteLater()
        if not self._pending:
            # emitted after the callbacks of this task have run
            QTimer.singleShot(0, lambda: self.sig_busy_changed.emit(bool(self._pending)))
        return entry[0], entry[1]

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        callbacks = self._settle(task_id)
        if callbacks:
            callbacks[0](result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: object) -> None:
        callbacks = self._settle(task_id)
        if callbacks:
            callbacks[1](exc)


class _Bridge(QObject):
    sig_progress = Signal(int, int)
    sig_finished = Signal()


def run_blocking(fn: Callable[[Progress], Any], title: str, parent: QWidget | None = None, *,
                 cancel: str | None = None) -> Any:
    """Run ``fn(progress)`` on a thread of its own and wait for it with a progress dialog;
    return its result or raise its exception. For the work done while no database is open
    in a window (the backup on closing, a restore), when the task runner is gone; the UI
    keeps drawing meanwhile. With a ``cancel`` button text, ``progress`` returns False once
    it is pressed."""
    dialog = QProgressDialog(title, cancel or "", 0, 0, parent)
    if cancel is None:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    stop = threading.Event()
    dialog.canceled.connect(stop.set)
    bridge = _Bridge()
    bridge.sig_progress.connect(lambda done, total: (dialog.setMaximum(max(total, 0)),
                                                     dialog.setValue(min(done, total))))
    loop = QEventLoop()
    bridge.sig_finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    outcome: dict[str, Any] = {}

    def progress(done: int, total: int) -> bool:
        bridge.sig_progress.emit(done, total)
        return not stop.is_set()

    def work() -> None:
        try:
            outcome["result"] = fn(progress)
        except BaseException as exc:  # handed to the UI thread below
            outcome["error"] = exc
        finally:
            bridge.sig_finished.emit()

    thread = threading.Thread(target=work, name="desktop-crm blocking work", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
