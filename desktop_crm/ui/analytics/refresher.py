"""Keeps scores current after edits: when customers, visits or members change, the
customers the database marked stale are re-scored in the background, a batch at a time."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot

from desktop_crm.storage.db import Store
from desktop_crm.ui.context import AppContext

DELAY_MS = 1500       # let a burst of edits settle first
BATCH = 200           # ~25 ms each: the worker is never held for long
FULL_RUN_FROM = 2000  # beyond this many, one by one is slower than a new run (the view says so)


def refresh_batch(store: Store, _progress) -> tuple[list[int], int]:
    """Re-score up to BATCH stale customers; returns their ids and how many remain."""
    from desktop_crm.domain.scoring.service import ScoringService
    from desktop_crm.storage import scores

    waiting = scores.stale_ids(store)
    if not waiting or len(waiting) >= FULL_RUN_FROM:
        return [], len(waiting)
    ids = waiting[:BATCH]
    service = ScoringService(store)
    for cid in ids:
        try:
            service.refresh(cid)
        except LookupError:
            scores.clear_stale(store, cid)
    return ids, len(waiting) - len(ids)


class ScoreRefresher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.run)
        ctx.signals.sig_customers_changed.connect(self.schedule)
        ctx.signals.sig_visits_changed.connect(self.schedule)
        ctx.signals.sig_members_changed.connect(self.schedule)

    @Slot()
    def schedule(self, *_args) -> None:
        self._timer.start()

    @Slot()
    def run(self) -> None:
        if self._busy:
            self._timer.start()
            return
        self._busy = True
        self.ctx.tasks.submit(refresh_batch, self._done, self._failed)

    def _done(self, result: tuple[list[int], int]) -> None:
        self._busy = False
        ids, remaining = result
        if ids:
            self.ctx.signals.sig_scores_changed.emit(ids)
            if remaining:
                self._timer.start()

    def _failed(self, _exc: BaseException) -> None:
        self._busy = False  # a later change tries again; the stale marks are kept
