"""Searching the index of :mod:`search_index`: what a typed text means, and the best hits.

Relevance, best first: an exact code or phone (rank 0), a name starting with the term (1),
a name holding it (2), a contact or a phone holding it (3), anything else — address, area,
tags, notes, a fragment of a code (4). Each
rank is a query of its own, over tokens marked with the kind of field they come from, with
its own LIMIT; ranks are asked in turn until the page is full. So the work of a search is
bounded by the rows it shows: ``店`` in 200,000 shop names costs what a rare name does.
Within a rank, the first hits the index yields (in id order) are ordered by name length
and pinyin.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.search_index import (
    CONTACT,
    EXACT,
    LEAD,
    NAME,
    NAME_START,
    TOKEN,
    Fields,
    digits,
    fields_by_id,
    is_cjk,
    json_ids,
    normalize,
    tokens,
)

EXACT_RANK, PREFIX_RANK, NAME_RANK, CONTACT_RANK, OTHER_RANK = range(5)
RANKS = 5
PER_RANK = 4  # hits read per rank and term, per row shown: those ordered within the rank

_PHONE_LIKE = re.compile(r"^\+?[\d\-() ]+$")
_STRIP = "\"'“”‘’「」『』*"

# A part of a query: (table, FTS5 expression) — "w" the word index, "g" the trigram one.
Part = tuple[str, str]


def _national(number: str) -> str:
    """A Chinese number without its country code, as phones are stored."""
    return number[2:] if number.startswith("86") and len(number) == 13 else number


@dataclass(frozen=True)
class Term:
    """One typed term and the index expressions that find it."""

    text: str

    @property
    def tokens(self) -> list[str]:
        return tokens(self.text)

    @property
    def by_grams(self) -> bool:
        """A fragment of a code, phone or pinyin: found anywhere by the trigram index."""
        return self.text.isascii() and len(self.text) >= 3

    @property
    def open_end(self) -> bool:
        """The last token may be the start of a longer one (``mj`` of ``mjyj``)."""
        return not is_cjk(self.tokens[-1])

    def phrase(self, marks: tuple[str, ...]) -> str:
        """The tokens, the i-th marked with ``marks[min(i, last)]``, as an FTS5 phrase."""
        marked = [marks[min(i, len(marks) - 1)] + t for i, t in enumerate(self.tokens)]
        return _quote(" ".join(marked)) + ("*" if self.open_end else "")

    def rank(self, rank: int) -> Part | None:
        """Where this term makes a customer a hit of ``rank`` (None: it cannot)."""
        if rank == EXACT_RANK:
            if not self.text.isascii():
                return None
            return "w", self.phrase((EXACT,)).rstrip("*")
        if rank == PREFIX_RANK:
            return "w", self.phrase((NAME_START, NAME))
        if rank == NAME_RANK:
            return "w", f"({self.phrase((NAME_START, NAME))} OR {self.phrase((NAME,))})"
        if rank == CONTACT_RANK:  # a contact's name, or a fragment of a phone
            if self.text.isdigit():
                return self.anywhere() if self.by_grams else None
            return "w", self.phrase((CONTACT,))
        return self.anywhere()

    def condition(self, rank: int) -> tuple[str, tuple[str, ...]]:
        """SQL on ``search_keys k`` a hit of ``rank`` meets besides its part: digits at the
        contact rank are in a phone, not in the code (``exact`` is ' code phone… ')."""
        if rank == CONTACT_RANK and self.text.isdigit():
            return "AND instr(substr(k.exact, instr(substr(k.exact, 2), ' ') + 1), ?) > 0", \
                (self.text,)
        return "", ()

    def anywhere(self) -> Part:
        if self.by_grams:
            return "g", _quote(self.text)
        if self.text.isdigit():  # a code's or phone's first digits: a token of their own
            lead = _quote(LEAD + self.text) + ("*" if len(self.text) < 2 else "")
            return "w", f"({lead} OR {self.phrase(('',)).rstrip('*')})"
        variants = [self.phrase(("",)), self.phrase((NAME_START, NAME)),
                    self.phrase((NAME,)), self.phrase((CONTACT,))]
        if self.text.isascii():  # a code's first letters
            variants.append(_quote(LEAD + self.text) + ("*" if len(self.text) < 2 else ""))
        return "w", "(" + " OR ".join(variants) + ")"

    def rank_of(self, f: Fields) -> int | None:
        """The rank this term gives a customer with these values (None: not found); what
        the index answers, worked out from the values of a few candidates."""
        t = self.text
        if t in (f.code, *f.phones, *f.ids, *f.private):
            return EXACT_RANK
        if any(v.startswith(t) for v in f.names):
            return PREFIX_RANK
        if any(t in v for v in f.names):
            return NAME_RANK
        if any(t in v for v in f.people) or (t.isdigit() and any(t in p for p in f.phones)):
            return CONTACT_RANK
        if t in f.code or any(t in v for v in (*f.others, *f.ids)):
            return OTHER_RANK
        return None


@dataclass(frozen=True)
class Query:
    """A parsed search: its terms, and the SQL selecting the ids of customers matching all."""

    terms: tuple[str, ...]
    sql: str
    params: tuple[object, ...]


def parse(text: str) -> Query | None:
    """Turn what the user typed into a query; None when it has no searchable term.

    Terms are separated by white space and must all match. A query that as a whole looks
    like a phone number (``139 1234 8866``, ``+86 139-1234-8866``) is one term of its digits.
    Quotes and wildcards around a term are not syntax here, just dropped.
    """
    normal = normalize(text)
    if _PHONE_LIKE.match(normal.strip()) and len(digits(normal)) >= 7:
        raw_terms = [_national(digits(normal))]
    else:
        raw_terms = [t.strip(_STRIP) for t in normal.split()]
    terms: list[str] = []
    for raw in raw_terms:
        term = digits(raw) if _PHONE_LIKE.match(raw) and len(digits(raw)) >= 3 else raw
        if TOKEN.search(term) and term not in terms:
            terms.append(term)
    if not terms:
        return None
    sql, params = _select([Term(t).anywhere() for t in terms])
    return Query(tuple(terms), sql, tuple(params))


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _select(parts: list[Part]) -> tuple[str, list[str]]:
    """SQL of the ids matching every part: one MATCH per index, joined on the id."""
    words = " AND ".join(e for table, e in parts if table == "w")
    grams = " AND ".join(e for table, e in parts if table == "g")
    if words and grams:
        return ("SELECT g.rowid AS id FROM search_fts g JOIN search_words w ON w.rowid = g.rowid "
                "WHERE g.search_fts MATCH ? AND w.search_words MATCH ?", [grams, words])
    if words:
        return "SELECT rowid AS id FROM search_words WHERE search_words MATCH ?", [words]
    return "SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ?", [grams]


def search(
    conn: sqlite3.Connection, query: Query, limit: int = 50, include_deleted: bool = False
) -> list[sqlite3.Row]:
    """Matching customers (id, code, name, area, phone, rank) best first; ranks as above."""
    terms = [Term(t) for t in query.terms]
    trashed = "1" if include_deleted else "k.trashed = 0"
    per_rank = max(limit, 1) * PER_RANK
    if len({t.anywhere()[0] for t in terms}) > 1:
        found = _mixed(conn, terms, trashed, per_rank)
    else:
        found = {}
        for rank in range(RANKS):
            for i, term in enumerate(terms):
                part = term.rank(rank)
                if part is None:
                    continue
                sql, params = _select([part] + [t.anywhere() for j, t in enumerate(terms) if j != i])
                extra, values = term.condition(rank)
                for (cid,) in conn.execute(
                    f"SELECT h.id FROM ({sql}) h JOIN search_keys k ON k.customer_id = h.id "
                    f"WHERE {trashed} {extra} LIMIT ?", (*params, *values, per_rank),
                ):
                    found.setdefault(cid, rank)
            if len(found) >= limit:
                break
    # the pinyin order is the customer's name_sort: a look-up of its row per hit, ~0.1 ms
    # for 200 hits at 100k customers (reading the rows of only the hits up to the last
    # shown's rank and length, with a query of their own, measured slower)
    order = sorted(
        conn.execute("SELECT k.customer_id, k.name_len, c.name_sort FROM search_keys k "
                     "JOIN customers c ON c.id = k.customer_id "
                     "WHERE k.customer_id IN (SELECT value FROM json_each(?))", (json_ids(found),)),
        key=lambda r: (found[r[0]], r[1], r[2], r[0]),
    )[:limit]
    shown = json.dumps([[r[0], found[r[0]]] for r in order])
    return conn.execute(
        "SELECT c.id, c.code, c.name, c.area, c.phone, s.value ->> 1 AS rank "
        "FROM json_each(?) s JOIN customers c ON c.id = s.value ->> 0 ORDER BY s.key",
        (shown,)).fetchall()


# A customer's Chinese text as stored, for a quick first check of a Chinese term (the values
# are checked again normalised, by Term.rank_of).
_CUSTOMER_TEXT = " || '|' || ".join(
    f"coalesce(c.{c}, '')" for c in ("name", "address", "area", "business_format", "notes",
                                     "tags_text"))

# A customer's other addresses (storage/addresses.py), all their parts in one text.
_ADDRESS_TEXT = " || ".join(f"coalesce(a.{c}, '')" for c in (
    "province", "city", "district", "street", "building", "line"))


def _mixed(conn: sqlite3.Connection, terms: list[Term], trashed: str, most: int) -> dict[int, int]:
    """Terms for both indexes (``烟酒 8866``): FTS5 pays a fresh look-up for every row it is
    asked to check by id (~1 ms), so the trigram terms, the narrower, find the candidates
    (``most`` at most) and the others are checked in the candidates' own values."""
    sql, params = _select([t.anywhere() for t in terms if t.by_grams])
    ids = [r[0] for r in conn.execute(
        f"SELECT h.id FROM ({sql}) h JOIN search_keys k ON k.customer_id = h.id "
        f"WHERE {trashed} LIMIT ?", (*params, most))]
    found = {}
    for term in (t for t in terms if is_cjk(t.text)):  # first a cheap pass in SQL
        ids = [r[0] for r in conn.execute(
            "SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each(?)) AND ("
            f"instr({_CUSTOMER_TEXT}, ?) > 0 OR EXISTS (SELECT 1 FROM contacts p "
            "WHERE p.customer_id = c.id AND instr(p.name, ?) > 0) OR EXISTS (SELECT 1 FROM "
            f"customer_addresses a WHERE a.customer_id = c.id AND instr({_ADDRESS_TEXT}, ?) > 0))",
            (json_ids(ids), term.text, term.text, term.text))]
    letters = any(ch.isascii() and ch.isalpha() for t in terms for ch in t.text)
    for cid, f in fields_by_id(conn, ids, pinyin=letters).items():
        ranks = [t.rank_of(f) for t in terms]
        if None not in ranks:
            found[cid] = min(r for r in ranks if r is not None)
    return found


def count(conn: sqlite3.Connection, query: Query, at_most: int) -> int:
    """How many customers (not in the trash) match, counting no further than ``at_most``."""
    return conn.execute(
        f"SELECT count(*) FROM (SELECT h.id FROM ({query.sql}) h "
        "JOIN search_keys k ON k.customer_id = h.id WHERE k.trashed = 0 LIMIT ?)",
        (*query.params, at_most),
    ).fetchone()[0]
