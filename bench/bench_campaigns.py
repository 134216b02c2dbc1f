"""Evaluating a 10,000-target campaign on the 100,000-member database (targets with a 10 %
holdout, assigned to the shop staff, a third contacted): overall, by staff, by segment, with
the uplift — against one raw SQL aggregate of the same targets' sales in the window."""

from __future__ import annotations

import random
import shutil
from datetime import timedelta

from bench.harness import DEMO_TODAY, Figure, report, summary, timings
from bench.members_db import working_copy
from desktop_crm.domain.campaigns import CampaignService
from desktop_crm.storage import campaigns as campaign_sql
from desktop_crm.storage.days import day_number
from desktop_crm.storage.db import open_database

TARGETS = 10_000
REPEAT = 10
TARGET = "median <= 2000 ms"


def main() -> None:
    path = working_copy()
    store = open_database(path)
    try:
        rng = random.Random(1)
        service = CampaignService(store, actor="bench")
        start = DEMO_TODAY - timedelta(days=90)
        cid = service.create({"name": "bench", "starts_on": start, "ends_on": DEMO_TODAY,
                              "budget": 5000, "holdout_share": 0.1})
        ids = rng.sample([r[0] for r in store.conn.execute("SELECT id FROM customers")], TARGETS)
        held = set(rng.sample(ids, TARGETS // 10))
        campaign_sql.replace_targets(store, cid, [(c, None, int(c in held)) for c in ids])
        staff = [r["id"] for r in store.find("staff", role="shop_staff")]
        service.assign(cid, "even", staff)
        with store.transaction():
            for t in service.targets(cid, holdout=False)[::3]:
                service.record(t["id"], rng.choice(["interested", "no_answer", "not_interested"]))

        def ours() -> None:
            ev = service.evaluate(cid, "tier", today=DEMO_TODAY)
            assert ev.treated.targets + ev.holdout.targets == TARGETS

        def ours_level() -> None:
            service.evaluate(cid, "level", today=DEMO_TODAY)

        def raw() -> None:
            store.conn.execute(
                "SELECT t.holdout, count(DISTINCT x.customer_id), sum(x.amount) FROM campaign_targets t "
                "LEFT JOIN transactions x ON x.customer_id = t.customer_id AND x.occurred_on BETWEEN ? AND ? "
                "WHERE t.campaign_id = ? GROUP BY t.holdout",
                (day_number(start), day_number(DEMO_TODAY), cid),  # days as stored (storage/days.py)
            ).fetchall()

        base = summary(timings(raw, REPEAT))
        figures = []
        for name, fn in (("evaluate 10k targets, by staff and tier", ours),
                         ("evaluate 10k targets, by member level", ours_level)):
            median, p95 = summary(timings(fn, REPEAT))
            figures.append(Figure(name, median, p95, "raw SQL: treated/holdout sales in window",
                                  base[0], TARGET))
        report("Campaign evaluation (10k targets, 100k members)", figures)
    finally:
        store.close()
        shutil.rmtree(path.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
