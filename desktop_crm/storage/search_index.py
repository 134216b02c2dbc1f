"""The one-box search index: every customer's searchable text, pinyin included.

How it stays in step: triggers on ``customers``, ``contacts`` and ``customer_tags`` put the
customer's id into ``search_dirty``; :func:`flush` (run by :meth:`Store.transaction` before
every COMMIT) rebuilds those customers' entries, in the same transaction.

Each customer has two rows:

* ``search_docs`` holds the text, the content of two FTS5 indexes kept current by triggers:
  ``search_fts`` (``trigram``) answers terms of three or more characters, Chinese or not,
  including fragments inside words (``mingjia`` in ``mingjiayanjiu``, ``8866`` in a phone);
  ``search_words`` (``unicode61``, each CJK character a token of its own) answers one- and
  two-character terms, which a trigram index cannot: a CJK term becomes a phrase of its
  characters, anything else a token prefix (``mj`` finds the initials ``mjyj``). Fields are
  separated there by a private-use character, itself a token, so a phrase never spans two
  fields and every hit is exact.
* ``search_keys`` is narrow, for ranking many hits quickly: exact codes and phones, name
  prefixes, the pinyin sort key, whether the customer is in the trash.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.pinyin import syllables

DDL = """
CREATE TABLE IF NOT EXISTS search_docs (
    customer_id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,        -- normalised fields joined by spaces (terms never hold one)
    words TEXT NOT NULL        -- the same with each CJK character a token, fields separated
);
CREATE TABLE IF NOT EXISTS search_keys (
    customer_id INTEGER PRIMARY KEY,
    name_keys TEXT NOT NULL,   -- ' name fullpinyin initials': name-prefix ranking
    exact TEXT NOT NULL,       -- ' code phone phone ': exact-match ranking
    sort_key TEXT NOT NULL,    -- pinyin of the name: the order of equally ranked results
    name_len INTEGER NOT NULL,
    trashed INTEGER NOT NULL
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
AFTER UPDATE OF code, name, kind, phone, address, area, business_format, notes, deleted_at
ON customers BEGIN
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
_FIELD = "\ue000"  # private use: a token to unicode61, never typed by a user
_STRIP = "\"'“”‘’「」『』*"
_CHUNK = 2000


def normalize(text: str) -> str:
    """The form both documents and queries are compared in: NFKC, case-folded."""
    if text.isascii():  # codes, phones, pinyin: NFKC leaves them be, casefold is lower
        return text.lower()
    return unicodedata.normalize("NFKC", text).casefold().replace(_FIELD, " ")


def digits(text: str) -> str:
    return "".join(filter(str.isdigit, text))


def _national(number: str) -> str:
    """A Chinese number without its country code, as phones are stored."""
    return number[2:] if number.startswith("86") and len(number) == 13 else number


class _SpacedCJK(dict):
    """A ``str.translate`` table that writes each CJK character as " 字 ", filled as
    characters are met (a regex with a callback cost a Python call per character)."""

    def __missing__(self, code: int) -> int | str:
        ch = chr(code)
        self[code] = value = f" {ch} " if _CJK.fullmatch(ch) else code
        return value


_SPACED = _SpacedCJK()


def space_cjk(text: str) -> str:
    return text if text.isascii() else text.translate(_SPACED)


def is_cjk(text: str) -> bool:
    return all(_CJK.fullmatch(ch) for ch in text)


@lru_cache(maxsize=200_000)
def pinyin_keys(name: str, person: bool = False) -> tuple[str, str]:
    """Full pinyin and initials of the Chinese characters in ``name`` ('' when none); a
    ``person``'s surname read as a surname."""
    if not _CJK.search(name):
        return "", ""
    parts = syllables(name, person)
    return "".join(parts), "".join(p[0] for p in parts)


@dataclass(frozen=True)
class Entry:
    """What the index stores for one customer, in ``search_docs`` and ``search_keys``."""

    text: str
    words: str
    name_keys: str
    exact: str
    sort_key: str
    name_len: int
    trashed: int

    def keys(self) -> tuple[str, str, str, int, int]:
        """The ``search_keys`` columns after ``customer_id``."""
        return (self.name_keys, self.exact, self.sort_key, self.name_len, self.trashed)

    def stored(self) -> tuple[object, ...]:
        return (self.text, self.words, *self.keys())

    def __reduce__(self) -> tuple[object, ...]:  # pickled as a plain tuple (an import's
        return (Entry, self.stored())            # entries come from another process)


def build_entry(
    customer: sqlite3.Row, contacts: Sequence[sqlite3.Row], tags: Sequence[str]
) -> Entry:
    name = normalize(customer["name"] or "")
    full, initials = pinyin_keys(name, customer["kind"] == "individual")
    phones = [customer["phone"]] + [c[k] for c in contacts for k in ("mobile", "phone")]
    phone_digits = [digits(p) for p in phones if p]
    fields = [
        customer["code"], name, full, initials,
        customer["address"], customer["area"], customer["business_format"], customer["notes"],
        *tags, *phone_digits,
    ]
    for contact in contacts:
        contact_full, contact_initials = pinyin_keys(normalize(contact["name"] or ""), True)
        fields += [contact["name"], contact_full, contact_initials, contact["wechat"]]
    values = [normalize(str(f)) for f in fields if f]
    return Entry(
        text=" ".join(values),
        words=f" {_FIELD} ".join(space_cjk(v) for v in values),
        name_keys=f" {name} {full} {initials} ",
        exact=f" {' '.join([normalize(customer['code']), *phone_digits])} ",
        sort_key=f"{full or name} {name}",
        name_len=len(name),
        trashed=int(customer["deleted_at"] is not None),
    )


def flush(conn: sqlite3.Connection) -> int:
    """Bring the entries of all customers marked dirty up to date; returns how many."""
    ids = [row[0] for row in conn.execute("SELECT customer_id FROM search_dirty")]
    for start in range(0, len(ids), _CHUNK):
        _refresh(conn, ids[start : start + _CHUNK])
    conn.execute("DELETE FROM search_dirty")
    return len(ids)


def _refresh(conn: sqlite3.Connection, ids: list[int]) -> None:
    entries = _compute(conn, ids)
    gone = [(i,) for i in ids if i not in entries]
    conn.executemany("DELETE FROM search_docs WHERE customer_id = ?", gone)
    conn.executemany("DELETE FROM search_keys WHERE customer_id = ?", gone)
    write(conn, entries)


def write(conn: sqlite3.Connection, entries: Mapping[int, Entry]) -> None:
    """Store customers' entries (built by :func:`build_entry`), replacing what was there."""
    conn.executemany(
        "INSERT INTO search_docs (customer_id, text, words) VALUES (?, ?, ?) "
        "ON CONFLICT (customer_id) DO UPDATE SET text = excluded.text, words = excluded.words "
        "WHERE text IS NOT excluded.text OR words IS NOT excluded.words",
        [(cid, e.text, e.words) for cid, e in entries.items()],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO search_keys "
        "(customer_id, name_keys, exact, sort_key, name_len, trashed) VALUES (?, ?, ?, ?, ?, ?)",
        [(cid, *e.keys()) for cid, e in entries.items()],
    )


def _compute(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, Entry]:
    """Entries as they should be for ``ids`` (customers that no longer exist are absent)."""
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
        f"SELECT customer_id, tag FROM customer_tags WHERE customer_id IN ({marks}) ORDER BY tag",
        ids,
    ):
        tags[row["customer_id"]].append(row["tag"])
    return {
        c["id"]: build_entry(c, contacts[c["id"]], tags[c["id"]])
        for c in conn.execute(
            "SELECT id, code, name, kind, phone, address, area, business_format, notes, deleted_at "
            f"FROM customers WHERE id IN ({marks})",
            ids,
        )
    }


def make_triggers(conn: sqlite3.Connection, names: Sequence[str]) -> None:
    """Create the triggers of :data:`DDL` called ``names`` (after they were dropped)."""
    from desktop_crm.storage.schema import split_statements

    wanted = re.compile(rf"TRIGGER (IF NOT EXISTS )?({'|'.join(map(re.escape, names))})\s")
    for statement in split_statements(DDL):
        if wanted.search(statement):
            conn.execute(statement)


def rebuild(conn: sqlite3.Connection) -> int:
    """Rebuild the whole index from the customer data, whatever state it is in."""
    from desktop_crm.storage.schema import split_statements

    for statement in _FTS_OBJECTS:
        conn.execute(statement)
    conn.execute("DELETE FROM search_docs")
    conn.execute("DELETE FROM search_keys")
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
    selects, params = [], []
    if long_terms:
        selects.append("SELECT rowid FROM search_fts WHERE search_fts MATCH ?")
        params.append(" AND ".join(_quote(t) for t in long_terms))
    if short_terms:
        selects.append("SELECT rowid FROM search_words WHERE search_words MATCH ?")
        params.append(" AND ".join(_words_phrase(t) for t in short_terms))
    return Query(tuple(terms), " INTERSECT ".join(selects), tuple(params))


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
    Ranking reads only the narrow ``search_keys``; customers are read for the page returned.
    """
    exact = " OR ".join("instr(k.exact, ?) > 0" for _ in query.terms)
    prefix = " OR ".join("instr(k.name_keys, ?) > 0" for _ in query.terms)
    trashed = "" if include_deleted else "WHERE k.trashed = 0"
    sql = (
        f"WITH hits(id) AS ({query.sql}), "
        "ranked AS (SELECT k.customer_id AS id, k.name_len, k.sort_key, "
        f"CASE WHEN {exact} THEN 0 WHEN {prefix} THEN 1 ELSE 2 END AS rank "
        f"FROM hits JOIN search_keys k ON k.customer_id = hits.id {trashed} "
        "ORDER BY rank, k.name_len, k.sort_key, k.customer_id LIMIT ?) "
        "SELECT c.id, c.code, c.name, c.area, c.phone, r.rank FROM ranked r "
        "JOIN customers c ON c.id = r.id ORDER BY r.rank, r.name_len, r.sort_key, r.id"
    )
    params = (
        *query.params,
        *(f" {t} " for t in query.terms),
        *(f" {t}" for t in query.terms),
        limit,
    )
    return conn.execute(sql, params).fetchall()


FULL_TEXT = ("search_fts", "search_words")


def refresh_cached(conn: sqlite3.Connection) -> None:
    """Make FTS5 read each index's structure afresh on this connection. FTS5 keeps it cached
    per connection; SQLite 3.53's integrity check (run by ``PRAGMA quick_check``) uses that
    cache without asking whether another connection has rebuilt or merged the index since,
    and reports a healthy file as damaged. Any query on the index refreshes it."""
    present = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", FULL_TEXT)}
    for table in FULL_TEXT:
        if table in present:  # a file being made has none yet
            conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH '\"refresh\"' LIMIT 1")


def problems(conn: sqlite3.Connection) -> list[str]:
    """What is out of step between the customer data and the index (empty when healthy)."""
    found = []
    for table in FULL_TEXT:
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            if "readonly" not in str(exc):  # a read-only file cannot run FTS's own check
                found.append(f"{table} is damaged ({exc})")
    pending = conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0]
    if pending:
        found.append(f"{pending} customers are waiting to be indexed")
    customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    for table in ("search_docs", "search_keys", "search_fts_docsize", "search_words_docsize"):
        stored = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if stored != customers:
            found.append(f"{table} holds {stored} entries for {customers} customers")
    stale = _stale_entries(conn)
    if stale:
        found.append(f"{stale} search entries do not match their customer's current data")
    return found


def _stale_entries(conn: sqlite3.Connection) -> int:
    ids = [row[0] for row in conn.execute("SELECT id FROM customers")]
    stale = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stored = {
            row[0]: tuple(row[1:])
            for row in conn.execute(
                "SELECT d.customer_id, d.text, d.words, k.name_keys, k.exact, k.sort_key, "
                "k.name_len, k.trashed FROM search_docs d "
                "JOIN search_keys k ON k.customer_id = d.customer_id "
                f"WHERE d.customer_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        }
        expected = _compute(conn, chunk)
        stale += sum(1 for cid, e in expected.items() if stored.get(cid) != e.stored())
    return stale
