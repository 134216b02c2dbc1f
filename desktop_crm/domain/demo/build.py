"""The build: one transaction, customers a chunk at a time, progress reports and cancel.

Rows are built as plain dicts by the generators (:mod:`.outlets`, :mod:`.members`...) from
bounded pools of names and texts, so that the search index computes pinyin once per
distinct name; customers then go through :class:`CustomerService`, and the other tables,
valid by construction, straight to :meth:`Store.insert_many`, once the ids they refer to
are known.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.demo.context import Context
from desktop_crm.domain.demo.members import add_member
from desktop_crm.domain.demo.outlets import add_outlet
from desktop_crm.domain.demo.plans import add_templates
from desktop_crm.domain.demo.staff import add_staff
from desktop_crm.storage import contact_ways, queries, search_index, sync_bulk, sync_rows, sync_tables
from desktop_crm.storage.db import Store

CHUNK = 5000               # customers validated and inserted at a time
MEMBER_SHARE = 0.2         # share of customers that are members of the baby store
MAX_CUSTOMERS = 1_000_000  # customer codes have six digits of sequence per district
ACTOR = "demo"


class DemoCancelled(Cancelled):
    """The progress callback asked to stop; nothing the build wrote was kept."""


class _Cancel(Exception):
    """Raised inside the build's transaction so that it rolls back."""


@dataclass(frozen=True)
class DemoSummary:
    """How many rows the build wrote, per table, and how long it took."""

    customers: int
    contacts: int
    staff: int
    visits: int
    transactions: int
    members: int
    plans: int
    snapshots: int
    seconds: float

    @property
    def counts(self) -> dict[str, int]:
        """The row counts alone, by table (``visits`` are interactions)."""
        return {k: v for k, v in asdict(self).items() if k != "seconds"}


def build_demo(
    store: Store,
    customers: int,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> DemoSummary:
    """Add ``customers`` demo customers with everything around them, in one transaction.

    ``progress(done, total)`` is called before the first chunk and after each chunk of
    customers (``total`` is ``customers``); when it returns ``False`` the build stops, every
    row it wrote is rolled back and :class:`DemoCancelled` is raised. Dates are relative to
    ``today`` (default: the real today) and never after it, except the dates that are
    naturally ahead: follow-ups and plan actions due, expected births.
    """
    if not 0 <= customers <= MAX_CUSTOMERS:
        raise ValueError(f"customers must be between 0 and {MAX_CUSTOMERS:,}")
    today = today or date.today()
    if today > date.today():  # customers' dates are validated against the real today
        raise ValueError(f"today ({today}) cannot be after the real date")
    started = time.perf_counter()
    builder = _Builder(store, random.Random(seed), today, customers)
    try:
        # kept or undone as a whole: nested blocks take no savepoint, whose sub-journal SQLite
        # would otherwise truncate at every statement's end (the build ran > 35 min at 100k)
        with store.transaction(whole=True):
            loading = _Load(store)
            builder.run(progress)
            loading.end()
            store.set_setting("demo_seed", str(seed))
    except _Cancel:
        raise DemoCancelled(
            f"demo build cancelled after {builder.done:,} of {customers:,} customers; "
            "nothing was kept"
        ) from None
    return DemoSummary(**builder.counts, seconds=round(time.perf_counter() - started, 2))


class _Load:
    """The build as a bulk load, as a first sync's (storage/sync_bulk.py): the big tables'
    other indexes set aside and built once at the end; in a file not connected to a team,
    the rows' UUIDs given at the end too, in one statement per table, with the sync triggers
    muted meanwhile (each row's trigger put a random UUID into a growing unique index). The
    search index is still flushed a chunk at a time, so progress and cancel keep coming."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.aside = sync_bulk.load_start(store)
        self.muted = sync_rows.state(store.conn) is None  # connected: the outbox must see all
        if self.muted:
            sync_rows.mute(store.conn, True)

    def end(self) -> None:
        if self.muted:
            sync_rows.mute(self.store.conn, False)
            contact_ways.add_missing(self.store.conn)  # its triggers were muted too
            sync_tables.give_ids(self.store.conn)
        sync_bulk.load_end(self.store, self.aside)


class _Builder:
    """One build: which customers are members, how far it got, and what it wrote."""

    def __init__(self, store: Store, rng: random.Random, today: date, customers: int) -> None:
        self.ctx = Context(store, rng, today)
        self.store, self.n = store, customers
        self.done = 0
        self.counts = dict(customers=0, contacts=0, staff=0, visits=0, transactions=0,
                           members=0, plans=0, snapshots=0)
        self.n_members = round(customers * MEMBER_SHARE)
        self.n_outlets = customers - self.n_members
        kinds = [True] * self.n_members + [False] * self.n_outlets
        rng.shuffle(kinds)
        self.kinds = kinds  # True: a member
        self.check_codes = store.count("customers") > 0  # else codes are unique by construction

    def run(self, progress: Callable[[int, int], bool] | None) -> None:
        if progress is not None and progress(0, self.n) is False:
            raise _Cancel
        self.counts["staff"] = add_staff(self.ctx, self.n_outlets, self.n_members)
        add_templates(self.store)
        while self.done < self.n:
            size = min(CHUNK, self.n - self.done)
            self._chunk(size)
            self.done += size
            # index this chunk now rather than all at COMMIT: the same work, spread so that
            # progress reports (and a cancel) keep coming
            search_index.flush(self.store.conn)
            if progress is not None and progress(self.done, self.n) is False:
                raise _Cancel

    def _chunk(self, size: int) -> None:
        ctx = self.ctx
        ctx.new_chunk()
        ctx.referrers += ctx.pending  # members of earlier chunks can refer
        ctx.pending = []
        half = size // 2
        offset = self.done
        for i in range(size):
            if i == half:  # the first half's members are inserted first and can refer the rest
                ctx.referrers += ctx.pending
                ctx.pending = []
                ctx.members_a = ctx.rows["members"]
                ctx.rows["members"] = []
            if self.kinds[offset + i]:
                add_member(ctx, i)
            else:
                add_outlet(ctx, i)
        self._write()

    def _write(self) -> None:
        """Insert the chunk's rows, each table once the ids it refers to are known."""
        store, ctx, rows = self.store, self.ctx, self.ctx.rows
        self._free_codes()
        cids = CustomerService(store, actor=ACTOR).create_many(rows["customers"])
        for table in ("contacts", "interactions", "transactions", "snapshots", "plans"):
            for r in rows[table]:
                r["customer_id"] = cids[r["customer_id"]]
        for batch in (ctx.members_a, rows["members"]):
            for r in batch:
                r["customer_id"] = cids[r["customer_id"]]
                if r["referred_by"] is not None:
                    r["referred_by"] = ctx.member_ids[r["referred_by"]]
            ctx.member_ids += store.insert_many("members", batch)
        contact_ids = store.insert_many("contacts", rows["contacts"])
        visit_ids = store.insert_many("interactions", rows["interactions"])
        store.insert_many("interaction_contacts", [
            {"interaction_id": visit_ids[visit], "contact_id": contact_ids[contact]}
            for visit, contact in ctx.links
        ])
        store.insert_many("transactions", rows["transactions"])
        store.insert_many("metric_snapshots", rows["snapshots"])
        plan_ids = store.insert_many("plans", rows["plans"])
        for table in ("plan_points", "plan_strategies", "plan_actions", "plan_objectives"):
            for r in rows[table]:
                r["plan_id"] = plan_ids[r["plan_id"]]
            store.insert_many(table, rows[table])

        c = self.counts
        c["customers"] += len(cids)
        c["contacts"] += len(contact_ids)
        c["visits"] += len(visit_ids)
        c["transactions"] += len(rows["transactions"])
        c["members"] += len(ctx.members_a) + len(rows["members"])
        c["snapshots"] += len(rows["snapshots"])
        c["plans"] += len(plan_ids)

    def _free_codes(self) -> None:
        """Give a new code to any customer whose code the database already holds."""
        rows, specs = self.ctx.rows["customers"], self.ctx.specs
        pending = list(range(len(rows))) if self.check_codes else []
        while pending:
            taken = queries.existing_codes(self.store, [rows[i]["code"] for i in pending])
            pending = [i for i in pending if rows[i]["code"] in taken]
            for i in pending:
                rows[i]["code"] = self.ctx.code(specs[i].code_key)
