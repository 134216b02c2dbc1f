"""The customer list at 100k customers: first page in two orders, a filter change, jumping to
the last row — each against a bare ``SELECT id FROM customers ORDER BY ... LIMIT 200`` on the
same database in the same run.

Two sides are timed. What the UI thread waits for: the domain read of a page (keys by
keyset, then the rows' columns, then display text), and the Qt model from ``set_filter`` to
the 40 visible rows painted as text. What the worker thread does meanwhile: counting the list
and indexing where each page starts (the "layout"), which is what makes the last row (or any
row) one keyset query away.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from bench.harness import Figure, demo_database, report, summary, timings
from desktop_crm.domain.customer_list import COLUMNS, PAGE_SIZE, CustomerFilter, CustomerList
from desktop_crm.storage.db import open_database

REPEAT = 40
VISIBLE_ROWS = 40
TARGET = "median <= 100 ms"


def bare(conn: sqlite3.Connection, order_by: str, where: str = "1", limit: int = 200) -> None:
    """The least SQLite must do for the same ids: customers not in the trash, in that order,
    through the same index, without keyset, row data or display text."""
    conn.execute(
        f"SELECT id FROM customers WHERE deleted_at IS NULL AND {where} ORDER BY {order_by} "
        "LIMIT ?", (limit,)
    ).fetchall()


NAME_ORDER = "name_sort, id"
VISIT_ORDER = "coalesce(last_visit_at, -1) DESC, id DESC"


def shown(listing: CustomerList, rows) -> None:
    """Turn a page into the texts the table shows (what the model's data() does)."""
    for _, row in rows[:VISIBLE_ROWS]:
        for column in COLUMNS:
            listing.text(row, column.name)


def figure(name: str, ours: list[float], base: list[float], baseline: str, **notes) -> Figure:
    median, p95 = summary(ours)
    base_median, base_p95 = summary(base)
    return Figure(name, median, p95, baseline=baseline, baseline_median_ms=base_median,
                  target=TARGET, notes={"baseline_p95_ms": round(base_p95, 3), **notes})


def domain_figures(path: Path) -> list[Figure]:
    store = open_database(path)
    raw = sqlite3.connect(path)
    listing = CustomerList(store, "zh")
    area = listing.choices().areas[0]
    figures = []

    by_name = listing.query(CustomerFilter(), "name")
    figures.append(figure(
        "first page, by name (UI thread)",
        timings(lambda: shown(listing, listing.page(by_name)), REPEAT),
        timings(lambda: bare(raw, NAME_ORDER), REPEAT),
        "bare SELECT id ... ORDER BY name (pinyin) LIMIT 200",
    ))
    by_visit = listing.query(CustomerFilter(), "last_visit", descending=True)
    figures.append(figure(
        "first page, by last visit desc (UI thread)",
        timings(lambda: shown(listing, listing.page(by_visit)), REPEAT),
        timings(lambda: bare(raw, VISIT_ORDER), REPEAT),
        "bare SELECT id ... ORDER BY last visit DESC LIMIT 200",
    ))
    narrowed = listing.query(CustomerFilter(tier="key", area=area), "name")
    figures.append(figure(
        f"filter tier=key + area={area}: first page (UI)",
        timings(lambda: shown(listing, listing.page(narrowed)), REPEAT),
        timings(lambda: bare(raw, NAME_ORDER, f"tier = 'key' AND area = '{area}'"), REPEAT),
        "bare SELECT id ... WHERE tier AND area ORDER BY name LIMIT 200",
        matches=listing.count(narrowed),
    ))
    figures.append(figure(
        f"filter tier=key + area={area}: count+layout (worker)",
        timings(lambda: listing.layout(narrowed), REPEAT),
        timings(lambda: bare(raw, NAME_ORDER, f"tier = 'key' AND area = '{area}'", -1), REPEAT),
        "bare SELECT id of the whole list in that order (no LIMIT)",
    ))
    for label, q, order_by in (
        ("by name", by_name, NAME_ORDER),
        ("by last visit desc", by_visit, VISIT_ORDER),
    ):
        layout = listing.layout(q)
        last = layout.anchors[-1]
        figures.append(figure(
            f"jump to last row, {label}: last page (UI)",
            timings(lambda q=q, last=last: shown(listing, listing.page(q, last, PAGE_SIZE, inclusive=True)), REPEAT),
            timings(lambda o=order_by: bare(raw, o), REPEAT),
            "bare first page in that order",
            rows=layout.count,
        ))
        figures.append(figure(
            f"jump to last row, {label}: from the end (UI)",
            timings(lambda q=q: shown(listing, listing.page_before(q, None, PAGE_SIZE)), REPEAT),
            timings(lambda o=order_by: bare(raw, o), REPEAT),
            "bare first page in that order",
        ))
        figures.append(figure(
            f"count + page index, {label} (worker)",
            timings(lambda q=q: listing.layout(q), max(REPEAT // 4, 5)),
            timings(lambda o=order_by: bare(raw, o, limit=-1), max(REPEAT // 4, 5)),
            "bare SELECT id of the whole list in that order (no LIMIT)",
        ))
    figures += sort_order_figures(store, raw, listing)
    raw.close()
    store.close()
    return figures


def sort_order_figures(store, raw: sqlite3.Connection, listing: CustomerList) -> list[Figure]:
    """The worker's count + page index of the whole list in every order it can be sorted by
    (issue 17: each <= 100 ms), against a bare count of the same customers."""
    from desktop_crm.storage.customer_list import SORTABLE

    base = timings(lambda: raw.execute(
        "SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone(), 10)
    figures = []
    for sort in SORTABLE:
        q = listing.query(CustomerFilter(), sort)
        figures.append(figure(
            f"count + page index, by {sort} (worker)",
            timings(lambda q=q: listing.layout(q), 7), base,
            "bare SELECT count(*) of the customers not in the trash",
        ))
    return figures


def model_figures(path: Path) -> list[Figure]:
    """The Qt model: from a filter change to the visible rows as text (UI thread), and to
    the exact count reported back from the worker (end to end)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.customers.model import CustomerListModel
    from desktop_crm.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    store = open_database(path)
    raw = sqlite3.connect(path)
    tasks = TaskRunner(store.path)
    ctx = AppContext(store=store, actor="bench", language="zh", tasks=tasks, signals=AppSignals())
    model = CustomerListModel(ctx)
    area = model.listing.choices().areas[0]
    filters = [CustomerFilter(tier="key", area=area), CustomerFilter()]

    def settle() -> None:
        while model.is_counting() or tasks.busy():
            app.processEvents()
            time.sleep(0.001)

    ui, end_to_end = [], []
    for i in range(REPEAT):
        settle()
        start = time.perf_counter()
        model.set_filter(filters[i % 2])
        for row in range(min(VISIBLE_ROWS, model.rowCount())):
            for col in range(model.columnCount()):
                model.data(model.index(row, col))
        ui.append((time.perf_counter() - start) * 1000)
        settle()
        end_to_end.append((time.perf_counter() - start) * 1000)
    base = timings(lambda: bare(raw, NAME_ORDER, f"tier = 'key' AND area = '{area}'"), REPEAT)

    settle()
    jumps = []
    for _ in range(REPEAT):
        model._pages.clear()  # as after scrolling far away: the last page is not cached
        start = time.perf_counter()
        last = model.rowCount() - 1
        for row in range(last - VISIBLE_ROWS + 1, last + 1):
            for col in range(model.columnCount()):
                model.data(model.index(row, col))
        jumps.append((time.perf_counter() - start) * 1000)
    figures = [
        figure("model: filter change to 40 rows shown (UI)", ui, base,
               "bare SELECT id ... WHERE tier AND area ORDER BY name LIMIT 200"),
        figure("model: filter change to exact count (both)", end_to_end, base,
               "the same bare query", note="alternating tier+area and no filter"),
        figure("model: Ctrl+End on 100k, 40 rows shown (UI)", jumps,
               timings(lambda: bare(raw, NAME_ORDER), REPEAT),
               "bare SELECT id ... ORDER BY name (pinyin) LIMIT 200"),
    ]
    tasks.shutdown()
    model.deleteLater()
    QCoreApplication.processEvents()
    raw.close()
    store.close()
    return figures


def main(path: Path | None = None) -> None:
    path = path or demo_database()
    open_database(path).close()  # migrate first (once), outside the timings
    report("Customer list at 100k customers", domain_figures(path) + model_figures(path))


if __name__ == "__main__":
    main()
