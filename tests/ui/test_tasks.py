from __future__ import annotations

import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.ui.tasks import Cancelled


def run_and_wait(qtbot, ctx, fn, **kw):
    outcome = {}
    ctx.tasks.submit(fn, lambda r: outcome.update(result=r), lambda e: outcome.update(error=e), **kw)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    return outcome


def test_task_writes_on_the_worker_and_the_ui_sees_it(qtbot, ctx) -> None:
    def create(store, progress):
        return CustomerService(store, actor="worker").create_many([{"name": f"店{i}"} for i in range(50)])

    outcome = run_and_wait(qtbot, ctx, create)
    assert len(outcome["result"]) == 50
    assert ctx.store.count("customers") == 50  # committed, visible to the UI connection


def test_cancel_rolls_back(qtbot, ctx) -> None:
    started = []

    def slow(store, progress):
        with store.transaction():
            for i in range(1000):
                CustomerService(store, actor="worker").create({"name": f"店{i}"})
                started.append(i)
                if not progress(i, 1000):
                    raise Cancelled()
        return "finished"

    outcome = {}
    task = ctx.tasks.submit(slow, lambda r: outcome.update(result=r), lambda e: outcome.update(error=e))
    qtbot.waitUntil(lambda: len(started) > 5, timeout=10_000)
    ctx.tasks.cancel(task)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert isinstance(outcome["error"], Cancelled)
    assert ctx.store.count("customers") == 0


def test_errors_come_back_to_the_ui_thread(qtbot, ctx) -> None:
    def broken(store, progress):
        raise ValueError("no good")

    outcome = run_and_wait(qtbot, ctx, broken)
    assert str(outcome["error"]) == "no good"
    with pytest.raises(KeyError):
        outcome["result"]


def test_a_task_cancelled_before_its_turn_never_runs(qtbot, ctx) -> None:
    import threading

    release, ran, outcome = threading.Event(), [], {}
    ctx.tasks.submit(lambda store, p: release.wait(10), lambda r: None, lambda e: None)
    waiting = ctx.tasks.submit(lambda store, p: ran.append(1), lambda r: outcome.update(result=r),
                               lambda e: outcome.update(error=e))
    ctx.tasks.cancel(waiting)
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert ran == [] and isinstance(outcome["error"], Cancelled)
