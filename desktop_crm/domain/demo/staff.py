"""The staff: an admin, a sales manager, account managers for the outlets (each with two
neighbouring trade zones of one district) and shop staff for the baby store's members."""

from __future__ import annotations

import math

from desktop_crm.domain.demo.context import Context
from desktop_crm.domain.demo.pools import DISTRICTS
from desktop_crm.storage import queries

CUSTOMERS_PER_MANAGER = 150
MEMBERS_PER_STAFF = 350


def add_staff(ctx: Context, outlets: int, members: int) -> int:
    """Insert enough staff for ``outlets`` and ``members``; returns how many."""
    rng = ctx.rng
    r = rng.random
    taken = set(queries.staff_names(ctx.store).values())

    def name() -> str:
        while True:
            candidate = ctx.name(male=r() < 0.55)
            if candidate not in taken:
                taken.add(candidate)
                return candidate

    def row(role: str, members: int | None = None, visits: int | None = None) -> dict:
        return {"name": name(), "role": role, "phone": ctx.mobile(), "email": None,
                "target_members": members, "target_visits_per_month": visits}

    managers = max(3, math.ceil(outlets / CUSTOMERS_PER_MANAGER))
    shop = max(3, math.ceil(members / MEMBERS_PER_STAFF))
    rows = [row("admin"), row("manager")]
    rows += [row("account_manager", visits=rng.randrange(40, 61, 5)) for _ in range(managers)]
    rows += [row("shop_staff", members=MEMBERS_PER_STAFF) for _ in range(shop)]
    ids = ctx.store.insert_many("staff", rows)

    for j in range(managers):
        d = j % len(DISTRICTS)
        areas = DISTRICTS[d][4]
        start = (j // len(DISTRICTS)) % len(areas)
        zones = (areas[start], areas[(start + 1) % len(areas)])
        ctx.managers.append((ids[2 + j], rows[2 + j]["name"], d, zones))
    ctx.shop_staff = [(ids[i], rows[i]["name"]) for i in range(2 + managers, len(ids))]
    return len(ids)
