"""The one-box search index: every customer's searchable text, pinyin included.

How it stays in step: triggers on ``customers``, ``contacts`` and ``customer_tags`` put the
customer's id into ``search_dirty``; :func:`flush` (run by :meth:`Store.transaction` before
every COMMIT) rebuilds those customers' documents in ``search_docs``, whose own triggers
keep two FTS5 indexes current:

* ``search_fts`` (``trigram``) answers terms of three or more characters, Chinese or not,
  including fragments inside words (``mingjia`` in ``mingjiayanjiu``, ``8866`` in a phone).
* ``search_words`` (``unicode61`` over text with every CJK character spaced out) answers one-
  and two-character terms, which a trigram index cannot: a CJK term becomes a phrase of its
  characters, anything else a token prefix (``mj`` finds the initials ``mjyj``). Phrases can
  match across a field boundary, so these hits are verified with ``instr`` on the base table
  ``search_docs`` (never ``LIKE`` on the FTS table, which is wrong on SQLite 3.40).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_crm.storage.pinyin import syllables

DDL = """
CREATE TABLE IF NOT EXISTS search_docs (
    customer_id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,        -- normalised fields joined by spaces (terms never hold one)
    words TEXT NOT NULL,       -- the same with each CJK character a token of its own
    name_keys TEXT NOT NULL,   -- ' name fullpinyin initials': name-prefix ranking
    exact TEXT NOT NULL,       -- ' code phone phone ': exact-match ranking
    sort_key TEXT NOT NULL     -- pinyin of the name: the order of equally ranked results
);
CREATE TABLE IF NOT EXISTS search_dirty (customer_id INTEGER PRIMARY KEY);

CREATE VIRTUAL TABLE search_fts USING fts5(
    text, content='search_docs', content_rowid='customer_id', tokenize='trigram');
CREATE VIRTUAL TABLE search_words USING fts5(
    words, content='search_docs', content_rowid='customer_id',
    tokenize='unicode61 remove_diacritics 0');

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts(rowid, text) VALUES (new.customer_id, new.text);
    INSERT INTO search_words(rowid, words) VALUES (new.customer_id, new.words);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.customer_id, old.text);
    INSERT INTO search_words(search_words, rowid, words)
        VALUES ('delete', old.customer_id, old.words);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.customer_id, old.text);
    INSERT INTO search_words(search_words, rowid, words)
        VALUES ('delete', old.customer_id, old.words);
    INSERT INTO search_fts(rowid, text) VALUES (new.customer_id, new.text);
    INSERT INTO search_words(rowid, words) VALUES (new.customer_id, new.words);
END;

CREATE TRIGGER IF NOT EXISTS customers_search_ai AFTER INSERT ON customers BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (new.id);
END;
CREATE TRIGGER IF NOT EXISTS customers_search_au
AFTER UPDATE OF code, name, phone, address, area, business_format, notes ON customers BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (new.id);
END;
CREATE TRIGGER IF NOT EXISTS customers_search_ad AFTER DELETE ON customers BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (old.id);
END;
CREATE TRIGGER IF NOT EXISTS contacts_search_ai AFTER INSERT ON contacts BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (new.customer_id);
END;
CREATE TRIGGER IF NOT EXISTS contacts_search_au AFTER UPDATE ON contacts BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (old.customer_id);
    INSERT OR IGNORE INTO search_dirty VALUES (new.customer_id);
END;
CREATE TRIGGER IF NOT EXISTS contacts_search_ad AFTER DELETE ON contacts BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (old.customer_id);
END;
CREATE TRIGGER IF NOT EXISTS tags_search_ai AFTER INSERT ON customer_tags BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (new.customer_id);
END;
CREATE TRIGGER IF NOT EXISTS tags_search_ad AFTER DELETE ON customer_tags BEGIN
    INSERT OR IGNORE INTO search_dirty VALUES (old.customer_id);
END;
"""

_FTS_OBJECTS = (
    "DROP TRIGGER IF EXISTS search_docs_ai",
    "DROP TRIGGER IF EXISTS search_docs_ad",
    "DROP TRIGGER IF EXISTS search_docs_au",
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_words",
)

_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f])")
_TOKEN = re.compile(r"[^\W_]+")
_PHONE_LIKE = re.compile(r"^\+?[\d\-() ]+$")
_STRIP = "\"'“”‘’「」『』*"
_CHUNK = 2000


def normalize(text: str) -> str:
    """The form both documents and queries are compared in: NFKC, case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _national(number: str) -> str:
    """A Chinese number without its country code, as phones are stored."""
    return number[2:] if number.startswith("86") and len(number) == 13 else number


def space_cjk(text: str) -> str:
    return _CJK.sub(r" \1 ", text)


def is_cjk(text: str) -> bool:
    return all(_CJK.fullmatch(ch) for ch in text)


@lru_cache(maxsize=200_000)
def pinyin_keys(name: str) -> tuple[str, str]:
    """Full pinyin and initials of the Chinese characters in ``name`` ('' when none)."""
    if not _CJK.search(name):
        return "", ""
    parts = syllables(name)
    return "".join(parts), "".join(p[0] for p in parts)


@dataclass(frozen=True)
class Doc:
    text: str
    words: str
    name_keys: str
    exact: str
    sort_key: str


def build_doc(customer: sqlite3.Row, contacts: Sequence[sqlite3.Row], tags: Sequence[str]) -> Doc:
    """The searchable document of one customer."""
    name = normalize(customer["name"] or "")
    full, initials = pinyin_keys(name)
    phones = [customer["phone"]] + [c[k] for c in contacts for k in ("mobile", "phone")]
    phone_digits = [digits(p) for p in phones if p]
    parts = [
        customer["code"], name, full, initials,
        customer["address"], customer["area"], customer["business_format"], customer["notes"],
        *tags, *phone_digits,
    ]
    for contact in contacts:
        contact_full, contact_initials = pinyin_keys(normalize(contact["name"] or ""))
        parts += [contact["name"], contact_full, contact_initials, contact["wechat"]]
    text = " ".join(normalize(str(p)) for p in parts if p)
    exact = " ".join([normalize(customer["code"]), *phone_digits])
    return Doc(
        text=text,
        words=space_cjk(text),
        name_keys=f" {name} {full} {initials} ",
        exact=f" {exact} ",
        sort_key=f"{full or name} {name}",
    )


def flush(conn: sqlite3.Connection) -> int:
    """Bring the documents of all customers marked dirty up to date; returns how many."""
    ids = [row[0] for row in conn.execute("SELECT customer_id FROM search_dirty")]
    for start in range(0, len(ids), _CHUNK):
        _refresh(conn, ids[start : start + _CHUNK])
    conn.execute("DELETE FROM search_dirty")
    return len(ids)


def _refresh(conn: sqlite3.Connection, ids: list[int]) -> None:
    docs = _compute(conn, ids)
    conn.executemany(
        "DELETE FROM search_docs WHERE customer_id = ?", [(i,) for i in ids if i not in docs]
    )
    conn.executemany(
        "INSERT INTO search_docs (customer_id, text, words, name_keys, exact, sort_key) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
        "text = excluded.text, words = excluded.words, name_keys = excluded.name_keys, "
        "exact = excluded.exact, sort_key = excluded.sort_key "
        "WHERE text IS NOT excluded.text OR name_keys IS NOT excluded.name_keys "
        "OR exact IS NOT excluded.exact OR sort_key IS NOT excluded.sort_key",
        [(cid, *doc) for cid, doc in docs.items()],
    )


def rebuild(conn: sqlite3.Connection) -> int:
    """Rebuild the whole index from the customer data, whatever state it is in."""
    from desktop_crm.storage.schema import split_statements

    for statement in _FTS_OBJECTS:
        conn.execute(statement)
    conn.execute("DELETE FROM search_docs")
    for statement in split_statements(DDL):
        conn.execute(statement)
    conn.execute("INSERT OR IGNORE INTO search_dirty SELECT id FROM customers")
    return flush(conn)


# --- queries -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """A parsed search: the terms, and the SQL selecting the ids of customers matching all."""

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
        if _TOKEN.search(term) and term not in terms:
            terms.append(term)
    if not terms:
        return None

    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    selects, params, checks = [], [], []
    if long_terms:
        selects.append("SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ?")
        params.append(" AND ".join(_quote(t) for t in long_terms))
    if short_terms:
        selects.append("SELECT rowid AS id FROM search_words WHERE search_words MATCH ?")
        params.append(" AND ".join(_words_phrase(t) for t in short_terms))
        checks = short_terms
    sql = " INTERSECT ".join(selects)
    if checks:
        verify = " AND ".join("instr(d.text, ?) > 0" for _ in checks)
        sql = (
            f"SELECT d.customer_id AS id FROM search_docs d WHERE d.customer_id IN ({sql}) "
            f"AND {verify}"
        )
        params += checks
    return Query(tuple(terms), sql, tuple(params))


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _words_phrase(term: str) -> str:
    tokens = _TOKEN.findall(space_cjk(term))
    prefix = "" if is_cjk(tokens[-1]) else "*"
    return _quote(" ".join(tokens)) + prefix


def search(
    conn: sqlite3.Connection, query: Query, limit: int = 50, include_deleted: bool = False
) -> list[sqlite3.Row]:
    """Matching customers (id, code, name, area, phone, rank) best first.

    ``rank`` is 0 for an exact code or phone match, 1 for a name (or pinyin) prefix, 2 else.
    """
    exact = " OR ".join("instr(d.exact, ?) > 0" for _ in query.terms)
    prefix = " OR ".join("instr(d.name_keys, ?) > 0" for _ in query.terms)
    deleted = "" if include_deleted else "AND c.deleted_at IS NULL"
    sql = (
        f"WITH hits(id) AS ({query.sql}) "
        "SELECT c.id, c.code, c.name, c.area, c.phone, "
        f"CASE WHEN {exact} THEN 0 WHEN {prefix} THEN 1 ELSE 2 END AS rank "
        "FROM hits JOIN customers c ON c.id = hits.id "
        "JOIN search_docs d ON d.customer_id = c.id "
        f"WHERE 1 {deleted} ORDER BY rank, length(c.name), d.sort_key, c.id LIMIT ?"
    )
    params = (
        *query.params,
        *(f" {t} " for t in query.terms),
        *(f" {t}" for t in query.terms),
        limit,
    )
    return conn.execute(sql, params).fetchall()


def problems(conn: sqlite3.Connection) -> list[str]:
    """What is out of step between the customer data and the index (empty when healthy)."""
    found = []
    for table in ("search_fts", "search_words"):
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            found.append(f"{table} is damaged ({exc})")
    pending = conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0]
    if pending:
        found.append(f"{pending} customers are waiting to be indexed")
    missing = conn.execute(
        "SELECT count(*) FROM customers c WHERE NOT EXISTS "
        "(SELECT 1 FROM search_docs d WHERE d.customer_id = c.id)"
    ).fetchone()[0]
    if missing:
        found.append(f"{missing} customers have no search entry")
    orphans = conn.execute(
        "SELECT count(*) FROM search_docs d WHERE NOT EXISTS "
        "(SELECT 1 FROM customers c WHERE c.id = d.customer_id)"
    ).fetchone()[0]
    if orphans:
        found.append(f"{orphans} search entries belong to no customer")
    for table in ("search_fts", "search_words"):
        indexed = conn.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0]
        stored = conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        if indexed != stored:
            found.append(f"{table} holds {indexed} entries for {stored} documents")
    stale = _stale_documents(conn)
    if stale:
        found.append(f"{stale} search entries do not match their customer's current data")
    return found


def _stale_documents(conn: sqlite3.Connection) -> int:
    ids = [row[0] for row in conn.execute("SELECT customer_id FROM search_docs")]
    stale = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stored = {
            row[0]: tuple(row[1:])
            for row in conn.execute(
                "SELECT customer_id, text, words, name_keys, exact, sort_key FROM search_docs "
                f"WHERE customer_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        }
        expected = _compute(conn, chunk)
        stale += sum(1 for cid, doc in expected.items() if stored.get(cid) != doc)
    return stale


def _compute(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Documents as they should be, computed without writing."""
    ids = list(ids)
    marks = ",".join("?" * len(ids))
    contacts: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for row in conn.execute(
        "SELECT customer_id, name, mobile, phone, wechat FROM contacts "
        f"WHERE customer_id IN ({marks}) AND deleted_at IS NULL ORDER BY id",
        ids,
    ):
        contacts[row["customer_id"]].append(row)
    tags: dict[int, list[str]] = defaultdict(list)
    for row in conn.execute(
        f"SELECT customer_id, tag FROM customer_tags WHERE customer_id IN ({marks})", ids
    ):
        tags[row["customer_id"]].append(row["tag"])
    result = {}
    for customer in conn.execute(
        "SELECT id, code, name, phone, address, area, business_format, notes "
        f"FROM customers WHERE id IN ({marks})",
        ids,
    ):
        doc = build_doc(customer, contacts[customer["id"]], tags[customer["id"]])
        result[customer["id"]] = (doc.text, doc.words, doc.name_keys, doc.exact, doc.sort_key)
    return result
