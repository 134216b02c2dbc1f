"""The customer list: which columns it shows, how filters and sorting are expressed, and the
rows as a person reads them (labels in their language, dates as dates).

The SQL lives in :mod:`desktop_crm.storage.customer_list`; this module turns what a user
chose (a filter, a sort column) into a :class:`ListQuery` and raw rows into display text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_crm.domain.fields import (
    ASSET_GRADES,
    CUSTOMER_FIELDS,
    LIFECYCLES,
    TIERS,
    Field,
    by_name,
)
from desktop_crm.domain import compliance
from desktop_crm.domain.compliance import POLICY_KINDS, PolicyStatus
from desktop_crm.domain.scoring import segments as scoring_segments
from desktop_crm.storage import customer_list as listing
from desktop_crm.storage import scores
from desktop_crm.storage.consent import STATES as CONSENT_STATES
from desktop_crm.storage.customer_list import NOT_SET, Key, Layout, ListQuery
from desktop_crm.storage.db import Store

__all__ = [
    "COLUMNS", "NOT_SET", "PAGE_SIZE", "SHOWN_HITS", "CustomerFilter", "CustomerList", "FilterChoices",
    "Key", "Layout", "ListQuery", "ListRow", "column_index", "is_sortable", "layout", "rows_to_ids",
]

PAGE_SIZE = 200
# Search hits a list on screen holds at most: sorting them costs what a page does; past it,
# the count says "more than" and a longer search narrows it.
SHOWN_HITS = 2000

_F = by_name(CUSTOMER_FIELDS)
# Derived from the visit log (kept current in the database), so they are not in the registry
# of fields one can edit, but they are labelled the same way.
LAST_VISIT = Field("last_visit", "datetime", "visit", "最近拜访", "Last visit")
NEXT_FOLLOW_UP = Field("next_follow_up", "date", "visit", "下次跟进", "Next follow-up")
# The customer against the tier's visit policy today (domain/compliance.py): not sortable (an
# order on "last visit + N days" has no index: a sort of every row a page); the "Visit
# policy" filter narrows to the overdue ones instead.
VISIT_POLICY = Field("visit_policy", "text", "visit", "拜访政策", "Visit policy")
# Consent to marketing messages in force (the customer's own, or the primary contact's), or
# withdrawn: the channels, "through the contact", "withdrawn on …" (storage/consent.py).
CONSENT = Field("consent", "text", "consent", "营销同意", "Consent")
_CONSENT_WORDS = {"zh": ("经联系人同意", "已撤回 {day}", "已撤回"),
                  "en": ("Through the contact", "Withdrawn {day}", "Withdrawn")}

COLUMNS: tuple[Field, ...] = (
    _F["code"], _F["name"], _F["tier"], _F["lifecycle"], _F["asset_grade"], _F["owner"],
    _F["area"], _F["phone"], _F["business_format"], LAST_VISIT, VISIT_POLICY,
    NEXT_FOLLOW_UP, _F["tags"], CONSENT,
)
# Orders the choice columns sort in: the registry's, which is the working order (prospect
# before new before active...), not the alphabet of the codes.
_CHOICE_ORDER = {"lifecycle": tuple(LIFECYCLES), "asset_grade": tuple(ASSET_GRADES)}


def is_sortable(name: str) -> bool:
    return name in listing.SORTABLE


def column_index(name: str) -> int:
    return next(i for i, f in enumerate(COLUMNS) if f.name == name)


@dataclass(frozen=True)
class CustomerFilter:
    """What the user narrowed the list to; filters combine with AND, None means any.

    ``tier``, ``lifecycle``, ``asset_grade``, ``area`` and ``owner_id`` also take
    :data:`NOT_SET` ("not filled in"). ``tags`` must all be present.
    """

    search: str = ""
    tier: str | None = None
    lifecycle: str | None = None
    asset_grade: str | None = None
    owner_id: int | str | None = None
    area: str | None = None
    tags: tuple[str, ...] = ()
    overdue: bool = False
    active_plan: bool = False
    # "dimension:code" of the latest scoring run, e.g. "rfm_segment:at_risk" or
    # "value_quadrant:invest" (domain/scoring/segments.py lists them); None means any.
    segment: str | None = None
    # the tier's visit policy (domain/compliance.py): "within" or "overdue" today; None: any
    policy: str | None = None
    # consent to marketing messages (storage/consent.py): "given", "none" or "withdrawn"
    consent: str | None = None
    trashed: bool = False

    def is_empty(self) -> bool:
        """True when nothing narrows the list (the trash view aside)."""
        return self == CustomerFilter(trashed=self.trashed)


@dataclass(frozen=True)
class ListRow:
    """One customer as the list shows it; values raw (codes, ISO dates)."""

    id: int
    code: str
    name: str
    tier: str | None
    lifecycle: str | None
    asset_grade: str | None
    owner_id: int | None
    owner: str | None
    area: str | None
    phone: str | None
    business_format: str | None
    last_visit_at: str | None
    next_follow_up: str | None
    tags: str
    deleted_at: str | None
    consent_channels: str | None = None      # the customer's own consent's channels, day
    consent_on: str | None = None
    consent_withdrawn_on: str | None = None  # the customer's own withdrawal
    consent_state: str | None = None         # given / withdrawn (also through the primary contact) / None


@dataclass
class FilterChoices:
    """What the filter bar offers: ``(value, label)`` pairs, in the order to show them."""

    tiers: list[tuple[str, str]] = field(default_factory=list)
    lifecycles: list[tuple[str, str]] = field(default_factory=list)
    asset_grades: list[tuple[str, str]] = field(default_factory=list)
    owners: list[tuple[int, str]] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    segments: list[tuple[str, str]] = field(default_factory=list)  # empty before a scoring run


def _segment(value: str | None) -> str | None:
    """A checked ``dimension:code`` (ValueError naming the mistake otherwise)."""
    if not value:
        return None
    dimension, code = scoring_segments.parse(value)
    return f"{dimension}:{code}"


def _consent(value: str | None) -> str | None:
    if value and value not in CONSENT_STATES:
        raise ValueError(f"{value!r} is not a consent filter ({', '.join(CONSENT_STATES)})")
    return value or None


def _policy(value: str | None) -> str | None:
    if value and value not in POLICY_KINDS:
        raise ValueError(f"{value!r} is not a visit policy filter ({', '.join(POLICY_KINDS)})")
    return value or None


class CustomerList:
    """Reading the customer list for one screen: queries, pages, display text."""

    def __init__(self, store: Store, language: str = "zh") -> None:
        self.store = store
        self.language = language
        self._tiers = self._tier_labels()
        self._every = compliance.frequencies(store)

    # --- queries ---------------------------------------------------------------------------

    def query(
        self, flt: CustomerFilter, sort: str = "name", descending: bool = False,
        today: date | None = None, search_limit: int | None = None,
    ) -> ListQuery:
        """The storage query for a filter and a sort column (a :data:`COLUMNS` name);
        ``search_limit`` (:data:`SHOWN_HITS` for a list on screen): how many search hits
        at most the list holds."""
        if sort not in listing.SORTABLE:
            raise ValueError(f"cannot sort the customer list by {sort!r}")
        today = today or date.today()
        order = tuple(self._tiers) if sort == "tier" else _CHOICE_ORDER.get(sort, ())
        return ListQuery(
            trashed=flt.trashed, search=flt.search.strip(), tier=flt.tier,
            lifecycle=flt.lifecycle, asset_grade=flt.asset_grade, owner_id=flt.owner_id,
            area=flt.area, tags=tuple(flt.tags),
            overdue_before=today.isoformat() if flt.overdue else None,
            active_plan=flt.active_plan, segment=_segment(flt.segment),
            policy=_policy(flt.policy), policy_on=today.isoformat() if flt.policy else None,
            consent=_consent(flt.consent),
            sort=sort, descending=descending, choice_order=order, search_limit=search_limit,
        )

    def page(
        self, q: ListQuery, start: Key | None = None, limit: int = PAGE_SIZE,
        *, inclusive: bool = False,
    ) -> list[tuple[Key, ListRow]]:
        return [(k, ListRow(**dict(r))) for k, r in listing.page(self.store, q, start, limit, inclusive=inclusive)]

    def page_before(
        self, q: ListQuery, end: Key | None = None, limit: int = PAGE_SIZE
    ) -> list[tuple[Key, ListRow]]:
        return [(k, ListRow(**dict(r))) for k, r in listing.page_before(self.store, q, end, limit)]

    def count(self, q: ListQuery) -> int:
        return listing.count(self.store, q)

    def search_has_more(self, q: ListQuery) -> bool:
        return listing.search_has_more(self.store, q)

    def layout(self, q: ListQuery, find: int | None = None) -> Layout:
        return layout(self.store, q, find)

    # --- display ---------------------------------------------------------------------------

    def text(self, row: ListRow, column: str, today: date | None = None) -> str:
        """What the cell of ``column`` shows for ``row``, in the list's language (the visit
        policy as of ``today``, default the real one)."""
        if column == "tier":
            return self.tier_label(row.tier)
        if column in ("lifecycle", "asset_grade"):
            return _F[column].choice_label(getattr(row, column), self.language)
        if column == "last_visit":
            return (row.last_visit_at or "")[:10]
        if column == "next_follow_up":
            return row.next_follow_up or ""
        if column == "consent":
            return self.consent_text(row)
        if column == "visit_policy":
            return compliance.describe(self.policy_status(row, today), self.language)
        value: Any = getattr(row, column)
        return "" if value is None else str(value)

    def consent_text(self, row: ListRow) -> str:
        """The consent column: the channels the customer agreed to, "through the contact",
        or the withdrawal and its day."""
        through, withdrawn_on, withdrawn = _CONSENT_WORDS["zh" if self.language.startswith("zh") else "en"]
        if row.consent_state == "given":
            own = row.consent_channels and (not row.consent_withdrawn_on
                                            or (row.consent_on or "") > row.consent_withdrawn_on)
            return (_F["consent_channels"].choice_label(row.consent_channels, self.language)
                    if own else through)
        if row.consent_state == "withdrawn":
            return (withdrawn_on.format(day=row.consent_withdrawn_on) if row.consent_withdrawn_on
                    else withdrawn)
        return ""

    def tier_label(self, code: str | None) -> str:
        if not code:
            return ""
        zh, en = self._tiers.get(code, TIERS.get(code, (code, code)))
        return zh if self.language.startswith("zh") else en

    @staticmethod
    def is_overdue(row: ListRow, today: date | None = None) -> bool:
        """An open follow-up of this customer is past its date."""
        return bool(row.next_follow_up) and row.next_follow_up < (today or date.today()).isoformat()

    def policy_status(self, row: ListRow, today: date | None = None) -> PolicyStatus:
        """The customer against their tier's visit policy (domain/compliance.py)."""
        return compliance.status(self._every.get(row.tier or ""), row.last_visit_at,
                                 today or date.today())

    def choices(self) -> FilterChoices:
        """The values each filter offers: choice fields from the registry (tiers from this
        database), owners, areas and tags from the data."""
        lang = self.language
        return FilterChoices(
            tiers=[(code, self.tier_label(code)) for code in self._tiers],
            lifecycles=[(c, _F["lifecycle"].choice_label(c, lang)) for c in LIFECYCLES],
            asset_grades=[(c, _F["asset_grade"].choice_label(c, lang)) for c in ASSET_GRADES],
            owners=[(r["id"], r["name"]) for r in listing.owners(self.store)],
            areas=listing.areas(self.store),
            tags=[r["tag"] for r in listing.tags(self.store)],
            segments=scoring_segments.choices(lang) if scores.has_runs(self.store) else [],
        )

    def refresh_labels(self) -> None:
        """Re-read what can change under a running screen (the tiers table)."""
        self._tiers = self._tier_labels()
        self._every = compliance.frequencies(self.store)

    def _tier_labels(self) -> dict[str, tuple[str, str]]:
        return {r["key"]: (r["label_zh"], r["label_en"]) for r in listing.tiers(self.store)}


def layout(store: Store, q: ListQuery, find: int | None = None) -> Layout:
    """Count the list and index its pages (see :func:`listing.layout`); for a worker thread,
    so it takes that thread's store."""
    return listing.layout(store, q, PAGE_SIZE, find)


def rows_to_ids(
    store: Store, q: ListQuery, anchors: Sequence[Key], ranges: Sequence[tuple[int, int]]
) -> list[int]:
    """The ids of the customers at rows ``(first, last)`` of a list laid out with
    ``anchors`` (what a selection in the list means), read by keyset from the page each
    range starts in. For a worker thread."""
    ids: list[int] = []
    for first, last in ranges:
        number = first // PAGE_SIZE
        if number >= len(anchors):
            continue
        start = number * PAGE_SIZE
        found = listing.keys(store, q, anchors[number], last - start + 1, inclusive=True)
        ids += [cid for _, cid in found[first - start :]]
    return list(dict.fromkeys(ids))
