"""The SQL behind the duplicate warning: candidates by phone, name and pinyin.

Every query goes through an index, so the matcher answers in milliseconds at 100k
customers: phones through the search index's trigram table, name fragments through its word
index (a name's tokens are marked as such there; a Latin fragment inside a word through the
trigrams), exact names through ``customers_name``, pinyin through the word index (full pinyin
and initials are tokens marked as a name's start), and ``search_keys`` to check that a hit
is in the *name*, not in an address or a contact. Each function returns rows ``(id, code, name, area, phone, trashed)`` plus what
the rule needs to explain itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.search_index import NAME_START
from desktop_crm.storage.search_query import NAME_RANK, Term

# A rule over the FTS index reads at most this many hits before ranking them: a very common
# name fragment must not make typing slow; the closest names among these are enough.
MAX_FTS_HITS = 5000

_COLUMNS = "c.id, c.code, c.name, c.area, c.phone, c.deleted_at IS NOT NULL AS trashed"


def _trashed(include_trashed: bool) -> str:
    # The unary + keeps SQLite from choosing the index on deleted_at, which matches nearly
    # every customer, over the selective one the query is written for (no ANALYZE stats).
    return "" if include_trashed else "AND +c.deleted_at IS NULL"


def by_phone(
    store: Store, phone_digits: str, limit: int, include_trashed: bool = False
) -> list[sqlite3.Row]:
    """Customers whose own phone, or a contact's mobile or phone, has these digits."""
    if len(phone_digits) < 3:
        return []
    return store.conn.execute(
        f"SELECT {_COLUMNS} FROM search_fts f "
        "JOIN search_keys k ON k.customer_id = f.rowid "
        "JOIN customers c ON c.id = k.customer_id "
        f"WHERE search_fts MATCH ? AND instr(k.exact, ?) > 0 {_trashed(include_trashed)} "
        "ORDER BY c.id LIMIT ?",
        (_quote(phone_digits), f" {phone_digits} ", limit),
    ).fetchall()


def by_exact_names(
    store: Store, names: Sequence[str], limit: int, include_trashed: bool = False
) -> list[sqlite3.Row]:
    """Customers whose name is exactly one of ``names`` (through the name index)."""
    names = list(dict.fromkeys(n for n in names if n))
    if not names:
        return []
    marks = ",".join("?" * len(names))
    return store.conn.execute(
        f"SELECT {_COLUMNS} FROM customers c "
        f"WHERE c.name IN ({marks}) {_trashed(include_trashed)} "
        "ORDER BY length(c.name) DESC, c.id LIMIT ?",
        (*names, limit),
    ).fetchall()


def by_name_fragment(
    store: Store, fragment: str, limit: int, include_trashed: bool = False
) -> list[sqlite3.Row]:
    """Customers whose normalised name contains ``fragment`` (normalised), shortest first.

    The FTS index finds the customers whose search text holds the fragment anywhere; the
    name stored at the head of ``search_keys.name_keys`` tells which hold it in the name.
    """
    if not fragment.strip():
        return []
    term = Term(fragment)
    if not term.tokens:
        return []
    # a Latin fragment inside a word is found by the trigrams, anything else in the name
    table, match = term.anywhere() if term.by_grams else term.rank(NAME_RANK)
    index = "search_fts" if table == "g" else "search_words"
    hits = f"SELECT rowid FROM {index} WHERE {index} MATCH ? LIMIT ?"
    trashed = "" if include_trashed else "AND k.trashed = 0"
    return store.conn.execute(
        f"WITH hits(id) AS ({hits}) "
        f"SELECT {_COLUMNS}, k.name_len FROM hits "
        "JOIN search_keys k ON k.customer_id = hits.id "
        "JOIN customers c ON c.id = k.customer_id "
        f"WHERE instr(substr(k.name_keys, 2, k.name_len), ?) > 0 {trashed} "
        "ORDER BY k.name_len, c.name_sort, c.id LIMIT ?",
        (match, MAX_FTS_HITS, fragment, limit),
    ).fetchall()


def by_pinyin(
    store: Store,
    full: str,
    initials: str,
    limit: int,
    area: str | None = None,
    include_trashed: bool = False,
) -> list[sqlite3.Row]:
    """Customers whose name reads the same: full pinyin equal (``full`` given), or initials
    equal and in the same ``area`` (``full`` empty, ``area`` given)."""
    if not initials:
        return []
    trashed = "" if include_trashed else "AND k.trashed = 0"
    if full:
        token, tail, extra, params = full, f" {full} {initials} ", "", ()
    else:
        if not area:
            return []
        token, tail, extra, params = initials, f" {initials} ", "AND c.area = ?", (area,)
    return store.conn.execute(
        "WITH hits(id) AS (SELECT rowid FROM search_words WHERE search_words MATCH ? LIMIT ?) "
        f"SELECT {_COLUMNS} FROM hits "
        "JOIN search_keys k ON k.customer_id = hits.id "
        "JOIN customers c ON c.id = k.customer_id "
        f"WHERE substr(k.name_keys, -?) = ? {extra} {trashed} "
        "ORDER BY k.name_len, c.name_sort, c.id LIMIT ?",
        (_quote(NAME_START + token), MAX_FTS_HITS, len(tail), tail, *params, limit),
    ).fetchall()


# --- many at once (an import) ---------------------------------------------------------------

def by_phones(store: Store, phones: Sequence[str]) -> list[sqlite3.Row]:
    """Customers not in the trash whose own phone is one of ``phones`` (as stored). Asked
    as the list's phone index has it (``coalesce``): a bare ``c.phone IN`` read the whole
    table, once per chunk of an import."""
    return _in(store, "coalesce(c.phone, '')", phones, "")


def by_names(store: Store, names: Sequence[str]) -> list[sqlite3.Row]:
    """Customers not in the trash whose name is one of ``names`` (through the name index)."""
    return _in(store, "c.name", names, "")


def by_readings(store: Store, fulls: Sequence[str]) -> list[tuple[str, sqlite3.Row]]:
    """``(full pinyin, customer)`` for customers not in the trash whose name reads as one of
    ``fulls``: a few hundred readings per query of the word index, where they are tokens."""
    wanted = list(dict.fromkeys(f for f in fulls if f))
    out: list[tuple[str, sqlite3.Row]] = []
    for start in range(0, len(wanted), 200):
        chunk = set(wanted[start : start + 200])
        match = " OR ".join(_quote(NAME_START + f) for f in chunk)
        for row in store.conn.execute(
            f"WITH hits(id) AS (SELECT rowid FROM search_words WHERE search_words MATCH ?) "
            f"SELECT {_COLUMNS}, k.name_keys FROM hits "
            "JOIN search_keys k ON k.customer_id = hits.id "
            "JOIN customers c ON c.id = k.customer_id WHERE k.trashed = 0",
            (match,),
        ):
            parts = row["name_keys"].split()
            if len(parts) >= 2 and parts[-2] in chunk:  # the name's reading, not an address's
                out.append((parts[-2], row))
    return out


def _in(store: Store, column: str, values: Sequence[str], extra: str) -> list[sqlite3.Row]:
    wanted = list(dict.fromkeys(v for v in values if v))
    out: list[sqlite3.Row] = []
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        out += store.conn.execute(
            f"SELECT {_COLUMNS} FROM customers c WHERE {column} IN ({','.join('?' * len(chunk))}) "
            f"AND c.deleted_at IS NULL {extra} ORDER BY c.id",
            chunk,
        ).fetchall()
    return out


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# --- the whole-file scan ------------------------------------------------------------------

def scan_customers(store: Store) -> list[sqlite3.Row]:
    """Every customer not in the trash, with what the scan compares."""
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: the scan reads 100,000 of them
    return cursor.execute(
        "SELECT id, name, coalesce(area, ''), coalesce(phone, ''), kind, code FROM customers "
        "WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall()


def scan_contact_phones(store: Store) -> list[tuple[int, str]]:
    """``(customer id, phone)`` of contacts not in the trash, mobiles and landlines, of
    customers not in the trash."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(
        "SELECT k.customer_id, k.mobile FROM contacts k JOIN customers c ON c.id = k.customer_id "
        "WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.mobile IS NOT NULL "
        "UNION ALL "
        "SELECT k.customer_id, k.phone FROM contacts k JOIN customers c ON c.id = k.customer_id "
        "WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL AND k.phone IS NOT NULL"
    ).fetchall()
