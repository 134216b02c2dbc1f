"""What the generators of one build share: the random stream, the calendar, the codes handed
out so far, the staff, and the rows of the current chunk.

Days are counted backwards from ``today`` (``k`` days ago; negative is ahead) and turned
into dates through precomputed tables, so that millions of dates cost a list lookup each.
Rows of a chunk refer to each other by their position in the chunk until the ids are known.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Mapping
from datetime import date, timedelta

from desktop_crm.domain.demo.draw import between, cumulative, draw, pick
from desktop_crm.domain.demo.pools import (
    CODE_START,
    DISTRICTS,
    FEMALE,
    MALE,
    MEMBER_DISTRICT,
    MOBILE_PREFIXES,
    SURNAMES,
)
from desktop_crm.storage.db import Store

HISTORY_DAYS = 730  # visits and transactions go this far back
FUTURE = 400        # the date tables reach this many days ahead (due dates, expected births)
PAST = 32_000       # ... and this many days back (birthdays)

# sales per month of the year (index 1-12) and visits per weekday (Monday first)
SEASON_OUTLET = (0, 1.7, 1.3, 0.8, 0.9, 1.0, 0.9, 0.9, 1.0, 1.5, 1.1, 0.9, 1.2)
SEASON_MEMBER = (0, 1.2, 1.0, 0.9, 0.9, 1.0, 1.1, 0.9, 0.9, 1.1, 1.0, 1.2, 1.0)
WEEKDAY = (1.0, 1.0, 1.0, 1.0, 1.0, 0.4, 0.15)  # few visits at weekends

# the tables whose rows a chunk collects before they are written
CHUNK_TABLES = (
    "customers", "contacts", "interactions", "transactions", "members", "snapshots", "plans",
    "plan_points", "plan_strategies", "plan_actions", "plan_objectives",
)


class Spec:
    """What the build needs to remember about one customer of the current chunk."""

    __slots__ = ("code_key", "owner_contact")

    def __init__(self, code_key: int) -> None:
        self.code_key = code_key  # district index, or -1 for the baby store
        self.owner_contact = 0    # index of the owner (or the member) in the chunk's contacts


class Context:
    """One build's shared state; the generators add rows to :attr:`rows`."""

    def __init__(self, store: Store, rng: random.Random, today: date) -> None:
        self.store, self.rng, self.today = store, rng, today

        # date tables, indexed by days ago + FUTURE
        base = today + timedelta(days=FUTURE)
        days = [base - timedelta(days=j) for j in range(FUTURE + PAST)]
        self.iso = [d.isoformat() for d in days]
        self.month = [d.month for d in days]
        self.days = days
        horizon = range(FUTURE, FUTURE + HISTORY_DAYS + 1)
        self.cum_outlet = cumulative(SEASON_OUTLET[self.month[j]] for j in horizon)
        self.cum_member = cumulative(SEASON_MEMBER[self.month[j]] for j in horizon)
        self.cum_visit = cumulative(WEEKDAY[days[j].weekday()] for j in horizon)
        first = today.replace(day=1)
        months = []
        for _ in range(12):
            months.append((today - first).days)
            first = (first - timedelta(days=1)).replace(day=1)
        self.month_starts = months[::-1]  # days ago of the 1st of the last 12 months, oldest first

        self.seq = {d: CODE_START["outlet"] for d in range(len(DISTRICTS))}
        self.seq[-1] = CODE_START["member"]
        self.card_seq = 0
        self.check_cards = store.count("members") > 0  # else card numbers are unique already
        self.member_ids: list[int] = []  # by member sequence number
        # (joined days ago, member seq) of members inserted before the current batch
        self.referrers: list[tuple[int, int]] = []
        self.pending: list[tuple[int, int]] = []  # generated, insertable from the next batch

        # set by the staff generator: (id, name, district, zones) and (id, name)
        self.managers: list[tuple[int, str, int, tuple]] = []
        self.shop_staff: list[tuple[int, str]] = []
        self.new_chunk()

    def new_chunk(self) -> None:
        """Start the rows of a new chunk of customers."""
        self.rows: dict[str, list[dict]] = {t: [] for t in CHUNK_TABLES}
        self.members_a: list[dict] = []  # members of the chunk's first half, inserted first
        self.links: list[tuple[int, int]] = []  # (interaction row, contact row) of on-site visits
        self.specs: list[Spec] = []

    def add_customer(self, row: dict, code_key: int) -> Spec:
        """Add a customer row to the chunk; its spec is for the rows that follow."""
        spec = Spec(code_key)
        self.specs.append(spec)
        self.rows["customers"].append(row)
        return spec

    def iso_of(self, k: int) -> str:
        """The ISO date ``k`` days ago."""
        return self.iso[k + FUTURE]

    def date_of(self, k: int) -> date:
        """The date ``k`` days ago."""
        return self.days[k + FUTURE]

    # --- small generators ---------------------------------------------------------------------

    def name(self, male: bool) -> str:
        """A Chinese name: a surname (common ones more often) and a given name."""
        return draw(self.rng, SURNAMES) + pick(self.rng.random, MALE if male else FEMALE)

    def mobile(self) -> str:
        r = self.rng.random
        return pick(r, MOBILE_PREFIXES) + f"{int(r() * 100_000_000):08d}"

    def landline(self, area_code: str) -> str:
        r = self.rng.random
        return f"{area_code}-{pick(r, '2345678')}{int(r() * 1_000_000):06d}"

    def code(self, key: int) -> str:
        """The next customer code of a district (``key``), or of the baby store (-1)."""
        self.seq[key] += 1 + (self.rng.random() < 0.5)
        prefix = DISTRICTS[MEMBER_DISTRICT if key < 0 else key][2]
        return f"{prefix}{self.seq[key]:06d}"

    def card_no(self) -> str:
        """The next member card number the database does not hold yet."""
        while True:
            self.card_seq += 1
            card = f"M{10_000_000 + self.card_seq:08d}"
            if not self.check_cards or self.store.find_one("members", card_no=card) is None:
                return card

    def person(
        self, male: bool, min_age: int, max_age: int, known: float
    ) -> tuple[str, str | None, int | None]:
        """A name, a birthday (or None) and an age consistent with it."""
        r = self.rng.random
        name = self.name(male)
        k = between(r, min_age * 365, max_age * 365 + 364)
        born = self.days[k + FUTURE]
        t = self.today
        age = t.year - born.year - ((t.month, t.day) < (born.month, born.day))
        if r() < known:
            return name, self.iso[k + FUTURE], age
        return name, None, (age if r() < 0.5 else None)

    def sample_days(self, cum: list[float], lo: int, hi: int, n: int) -> list[int]:
        """``n`` days ago in [lo, hi] of the history, weighted by ``cum``, oldest first."""
        a = cum[lo - 1] if lo else 0.0
        span, r = cum[hi] - a, self.rng.random
        return sorted((bisect_left(cum, a + r() * span, lo, hi) for _ in range(n)), reverse=True)

    def tenure(
        self, lifecycle: str, since: Mapping[str, tuple[int, int]], lost: tuple[int, int]
    ) -> tuple[int | None, int | None]:
        """Days since a customer at ``lifecycle`` started buying (None: not yet), and since
        they stopped if they are lost, from the ranges of days given for each."""
        if lifecycle not in since:
            return None, None
        r = self.rng.random
        started = between(r, *since[lifecycle])
        if lifecycle != "lost":
            return started, None
        return started, between(r, lost[0], min(lost[1], started - 60))

    def count(self, rate: float, days: int) -> int:
        """How many events at ``rate`` a month happen in ``days``, give or take."""
        mean = rate * days / 30.4
        return int(mean * (0.4 + 1.2 * self.rng.random()) + self.rng.random())
