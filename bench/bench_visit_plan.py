"""The week's visit plan (issue 18): planning a week for an account manager with 1,000
customers (due list from the tiers' policies, follow-ups and plan actions merged, a day per
trade zone, route order per day) against a raw SQL read of the same customers; and the route
order of 40 stops with coordinates (nearest neighbour + 2-opt) against computing their
distance matrix alone, the least any tour over them needs. Both in the same run.

On a backup-API copy of the 100k demo database, with 1,000 of its customers given to one
account manager (the demo's own have ~380 each).
"""

from __future__ import annotations

import random

from bench.harness import (CACHE, DEMO_TODAY, Figure, backup_copy, demo_database, report, summary,
                           timings)
from desktop_crm.domain import routes, week_plan
from desktop_crm.storage.db import open_database

WORK = CACHE / "visit-plan-work.sqlite3"


def working_copy() -> None:
    backup_copy(demo_database(), WORK)


def main() -> None:
    working_copy()
    store = open_database(WORK)
    conn = store.conn
    rep = conn.execute("SELECT owner_id FROM customers WHERE owner_id IS NOT NULL "
                       "GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM customers WHERE deleted_at IS NULL AND tier IS NOT NULL "
        "ORDER BY (owner_id = ?) DESC, id LIMIT 1000", (rep,))]
    with store.transaction():
        conn.executemany("UPDATE customers SET owner_id = ? WHERE id = ?", [(rep, i) for i in ids])
    owned = conn.execute("SELECT count(*) FROM customers WHERE owner_id = ? AND deleted_at IS NULL",
                         (rep,)).fetchone()[0]
    start = week_plan.week_start(DEMO_TODAY)

    def raw_read() -> None:
        conn.execute("SELECT id, code, name, tier, address, area, phone FROM customers "
                     "WHERE owner_id = ? AND deleted_at IS NULL", (rep,)).fetchall()

    def plan() -> week_plan.WeekPlan:
        return week_plan.build(store, rep, start, today=DEMO_TODAY)

    made = plan()
    planned = sum(len(d.stops) for d in made.days)
    due = planned + len(made.not_this_week)
    base_ms = summary(timings(raw_read, repeat=20))
    plan_ms = summary(timings(plan, repeat=10))

    rnd = random.Random(1)
    points = [(32.54 + rnd.uniform(-0.03, 0.03), 111.51 + rnd.uniform(-0.03, 0.03))
              for _ in range(40)]
    matrix_ms = summary(timings(
        lambda: [[routes.distance_km(p, q) for q in points] for p in points], repeat=30))
    tour_ms = summary(timings(lambda: routes.shortest_tour(points), repeat=30))
    nn = routes.path_length(points, routes.nearest_neighbour(points))
    _, best = routes.shortest_tour(points)
    store.close()
    for stale in CACHE.glob(WORK.name + "*"):
        stale.unlink()
    report("Visit plan", [
        Figure(f"plan a week, {owned} customers ({due} due)", *plan_ms,
               baseline=f"raw SELECT of the rep's {owned} customers",
               baseline_median_ms=base_ms[0], target="<= 200 ms",
               notes={"customers": owned, "due": due, "planned": planned}),
        Figure("route order of 40 stops (NN + 2-opt)", *tour_ms,
               baseline="the 40x40 distance matrix alone", baseline_median_ms=matrix_ms[0],
               target="<= 50 ms",
               notes={"nn_km": round(nn, 2), "two_opt_km": round(best, 2)}),
    ])


if __name__ == "__main__":
    main()
