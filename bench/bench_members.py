"""The counter on a 100,000-member database: find a member (by card, by phone, by pinyin
initials) and record a purchase — points by the rules, level from the spend window, history —
against the least SQLite must do for the same purchase: look the card up, insert the sale,
move the balance, commit (same connection, same durability settings)."""

from __future__ import annotations

import random
import shutil
from datetime import date

from bench.harness import Figure, report, summary, timings
from bench.members_db import working_copy
from desktop_crm.domain.members import MemberService
from desktop_crm.storage.days import day_number, stamp_number
from desktop_crm.storage.db import now, open_database

REPEAT = 60
TARGET = "median <= 50 ms"


def main() -> None:
    path = working_copy()
    store = open_database(path)
    try:
        rng = random.Random(1)
        people = store.conn.execute(
            "SELECT m.card_no, c.phone, c.name FROM members m JOIN customers c ON c.id = m.customer_id "
            "WHERE c.phone IS NOT NULL ORDER BY random() LIMIT 500").fetchall()
        service = MemberService(store, actor="bench")
        picks = iter(rng.sample(people, len(people)))

        def counter(key: str) -> None:
            person = next(picks)
            found = service.find(person[key])
            service.purchase(found[0].id, round(rng.uniform(20, 800), 2), product="奶粉")

        def by_initials() -> None:
            person = next(picks)
            from desktop_crm.storage.search_index import pinyin_keys
            initials = pinyin_keys(person["name"])[1]
            found = service.find(initials) or service.find(person["card_no"])
            service.purchase(found[0].id, 99.0)

        def raw() -> None:
            person = next(picks)
            conn = store.conn
            mid, cid = conn.execute("SELECT id, customer_id FROM members WHERE card_no = ?",
                                    (person["card_no"],)).fetchone()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO transactions (customer_id, occurred_on, amount, points_earned, "
                         "created_at) VALUES (?, ?, ?, ?, ?)",
                         (cid, day_number(date.today()), 100.0, 100, stamp_number(now())))
            conn.execute("UPDATE members SET points_balance = points_balance + 100 WHERE id = ?", (mid,))
            conn.execute("COMMIT")

        base = summary(timings(raw, REPEAT))
        figures = []
        for name, fn in (("card number -> purchase", lambda: counter("card_no")),
                         ("phone -> purchase", lambda: counter("phone")),
                         ("pinyin initials -> purchase", by_initials)):
            median, p95 = summary(timings(fn, REPEAT))
            figures.append(Figure(name, median, p95, "raw card lookup + insert + update",
                                  base[0], TARGET))
        figures.append(_dialog_figure(store, path, picks, base[0]))
        report("Members counter (100k members)", figures)
    finally:
        store.close()
        shutil.rmtree(path.parent, ignore_errors=True)


def _dialog_figure(store, path, picks, baseline: float) -> Figure:
    """The counter dialog itself: card typed, Enter, amount typed, Enter, until the
    confirmation is on screen (offscreen Qt, the UI thread's connection)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.members.counter import CounterDialog
    from desktop_crm.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner(path)
    dialog = CounterDialog(AppContext(store, "bench", "zh", tasks, AppSignals()))
    dialog.show()
    app.processEvents()

    def once() -> None:
        person = next(picks)
        dialog.find_edit.setText(person["card_no"])
        dialog.find_edit.returnPressed.emit()
        dialog.amount_edit.setText("128.50")
        dialog.amount_edit.returnPressed.emit()
        app.processEvents()
        assert person["name"] in dialog.last.text()

    median, p95 = summary(timings(once, REPEAT))
    dialog.close()
    tasks.shutdown()
    return Figure("counter dialog: card, Enter, amount, Enter", median, p95,
                  "raw card lookup + insert + update", baseline, TARGET)


if __name__ == "__main__":
    main()
