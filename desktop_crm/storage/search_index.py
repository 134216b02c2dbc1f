"""The one-box search index: every customer's searchable text, pinyin included.

How it stays in step: triggers on ``customers``, ``contacts`` and ``customer_tags`` put the
customer's id into ``search_dirty``; :func:`flush` (run by :meth:`Store.transaction` before
every COMMIT) rebuilds those customers' entries, in the same transaction.

Each customer has a row in three tables, none of which keeps a copy of the text (the text
lives in the customer's own rows):

* ``search_words``, a contentless FTS5 index (``unicode61``, each CJK character a token of its
  own), answers every Chinese term and every short one. Its tokens carry a mark saying which
  kind of field they come from (:data:`EXACT`, :data:`NAME_START`, :data:`NAME`,
  :data:`CONTACT`; addresses, areas, tags and notes are unmarked), so "a name starting with
  店" or "a contact called 王明" is a lookup of its own tokens, every hit of which counts:
  the work of a search is bounded by the rows it shows, not by how common a character is.
  Fields are separated by :data:`FIELD`, itself a token, so a phrase never spans two fields.
* ``search_fts``, a contentless FTS5 ``trigram`` index over the ASCII parts only (codes,
  phones, pinyin, WeChat ids, Latin letters), answers fragments inside those: ``8866`` in a
  phone, ``ngjia`` in ``mingjiayanjiu``.
* ``search_keys`` is narrow: exact codes and phones, name prefixes, the name's length,
  whether the customer is in the trash, and a digest of the full-text entry (what
  :func:`problems` compares, the index keeping no text to compare).

The pinyin sort key of the name (Python computes pinyin, SQL cannot) goes into the
customer's own ``name_sort``, the order of the list and of equally ranked hits.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.pinyin import syllables

# Marks (Unicode private use: token characters to unicode61, never typed by a user).
FIELD = "\ue000"       # a token of its own between two fields
EXACT = "\ue001"       # a code's or a phone's tokens
NAME_START = "\ue002"  # the first token of the name, the name's full pinyin and initials
NAME = "\ue003"        # the name's other tokens
CONTACT = "\ue004"     # a contact's name, its pinyin and initials, WeChat id
LEAD = "\ue005"        # the first two characters of a code or a phone, a token of their own

KEYS = """
CREATE TABLE IF NOT EXISTS search_keys (
    customer_id INTEGER PRIMARY KEY,
    name_keys TEXT NOT NULL,   -- ' name fullpinyin initials': name-prefix ranking
    exact TEXT NOT NULL,       -- ' code phone phone ': exact-match ranking
    name_len INTEGER NOT NULL,
    trashed INTEGER NOT NULL,
    digest INTEGER NOT NULL DEFAULT 0  -- of the full-text entry (see Entry.digest)
);
CREATE TABLE IF NOT EXISTS search_dirty (customer_id INTEGER PRIMARY KEY);
"""

# The keys as m002 made them, with the name's sort key, which the triggers of m003 copied
# into ``customers.name_sort``; m031 drops both. A file before m031 is written so
# (:func:`write`), and its steps read the column.
KEYS_M002 = """
CREATE TABLE IF NOT EXISTS search_keys (
    customer_id INTEGER PRIMARY KEY,
    name_keys TEXT NOT NULL,   -- ' name fullpinyin initials': name-prefix ranking
    exact TEXT NOT NULL,       -- ' code phone phone ': exact-match ranking
    sort_key TEXT NOT NULL,    -- pinyin of the name: the order of equally ranked results
    name_len INTEGER NOT NULL,
    trashed INTEGER NOT NULL,
    digest INTEGER NOT NULL DEFAULT 0  -- of the full-text entry (see Entry.digest)
);
CREATE TABLE IF NOT EXISTS search_dirty (customer_id INTEGER PRIMARY KEY);
"""

FULL_TEXT_DDL = """
CREATE VIRTUAL TABLE search_words USING fts5(
    words, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE search_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='trigram');
"""

TRIGGERS = """
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

DDL_M002 = KEYS_M002 + FULL_TEXT_DDL + TRIGGERS  # what m002 runs
FULL_TEXT = ("search_fts", "search_words")

_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f])")
TOKEN = re.compile(r"[^\W_]+")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
_CHUNK = 2000


def normalize(text: str) -> str:
    """The form both documents and queries are compared in: NFKC, case-folded, without the
    private-use characters the index uses as marks."""
    if text.isascii():  # codes, phones, pinyin: NFKC leaves them be, casefold is lower
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).casefold()
    return folded.translate(_NO_MARKS) if "\ue000" <= max(folded) else folded


_NO_MARKS = {ord(m): " " for m in (FIELD, EXACT, NAME_START, NAME, CONTACT, LEAD)}


def digits(text: str) -> str:
    return text if text.isdigit() else "".join(filter(str.isdigit, text))


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


def tokens(text: str) -> list[str]:
    """The index's tokens of a normalised text: each CJK character one, words and numbers."""
    if text.isalnum() and text.isascii():  # a code, a phone, pinyin: itself
        return [text]
    return TOKEN.findall(space_cjk(text))


def is_cjk(text: str) -> bool:
    return all(_CJK.fullmatch(ch) for ch in text)


def pinyin_keys(name: str, person: bool = False) -> tuple[str, str]:
    """Full pinyin and initials of the Chinese characters in ``name`` ('' when none); a
    ``person``'s surname read as a surname."""
    if name.isascii():
        return "", ""
    # ASCII has no reading and is never inside a phrase: 明佳烟酒12 and 明佳烟酒345 read
    # alike, and are remembered once
    return _pinyin_keys(_ASCII_RUNS.sub(" ", name), person)


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


@lru_cache(maxsize=100_000)
def _pinyin_keys(name: str, person: bool) -> tuple[str, str]:
    if not _CJK.search(name):
        return "", ""
    parts = syllables(name, person)
    return "".join(parts), "".join(p[0] for p in parts)


@dataclass(frozen=True)
class Entry:
    """What the index stores for one customer: its full-text rows, ``search_keys``, and the
    customer's ``name_sort`` (:attr:`sort_key`)."""

    words: str
    text: str
    name_keys: str
    exact: str
    sort_key: str  # the name's pinyin, then the name: customers.name_sort
    name_len: int
    trashed: int

    @cached_property  # asked twice when written
    def digest(self) -> int:
        """A 63-bit digest of the full-text rows, which a contentless index cannot give back."""
        raw = hashlib.blake2b(f"{self.words}\0{self.text}".encode(), digest_size=8).digest()
        return int.from_bytes(raw, "big") >> 1

    def keys(self) -> tuple[str, str, int, int, int]:
        """The ``search_keys`` columns after ``customer_id``."""
        return self.name_keys, self.exact, self.name_len, self.trashed, self.digest

    def __reduce__(self) -> tuple[object, ...]:  # pickled as a plain tuple (an import's
        return (Entry, (self.words, self.text, self.name_keys, self.exact,  # entries come
                        self.sort_key, self.name_len, self.trashed))       # from elsewhere)


def _marked(mark: str, values: Iterable[str]) -> list[str]:
    """Each value's tokens with ``mark``, one field each."""
    return [" ".join([mark + t for t in tokens(v)]) for v in values if v]


def name_tokens(name: str, full: str, initials: str) -> str:
    """A name as the word index holds it: its first token, full pinyin and initials marked
    as where a name starts, its other tokens as inside a name."""
    found = tokens(name)
    head = [NAME_START + found[0]] if found else []
    return " ".join(head + [NAME + t for t in found[1:]]
                    + [NAME_START + p for p in (full, initials) if p])


@dataclass(frozen=True)
class Fields:
    """A customer's searchable values, normalised, by the kind of field they are."""

    code: str
    phones: list[str]      # digits only: the customer's, then its contacts'
    name: str
    full: str              # the name's pinyin
    initials: str
    people: list[str]      # contacts' names, their pinyin and initials, WeChat ids
    others: list[str]      # address, area, business format, notes, tags
    ids: tuple[str, ...] = ()      # identifiers (uscc, licence, tax ID): exact, and fragments
    private: tuple[str, ...] = ()  # the resident ID: found only when typed in full

    @property
    def names(self) -> list[str]:
        return [v for v in (self.name, self.full, self.initials) if v]


def fields_of(
    customer: sqlite3.Row, contacts: Sequence[sqlite3.Row], tags: Sequence[str],
    pinyin: bool = True, addresses: Sequence[str] = (), ways: Sequence[sqlite3.Row] = (),
) -> Fields:
    """The values; without ``pinyin``, no readings (a search without Latin letters).
    ``addresses``: the customer's other addresses (the main one is its address).
    ``ways`` (storage/contact_ways.py) add their phones and faxes as phones, their WeChat,
    QQ, email and website as a contact's; the preferred ones repeat the columns, once."""
    readings = pinyin_keys if pinyin else (lambda name, person=False: ("", ""))
    name = normalize(customer["name"] or "")
    full, initials = readings(name, customer["kind"] == "individual")
    phones = [customer["phone"]] + [c[k] for c in contacts for k in ("mobile", "phone")]
    people: list[str] = []
    for contact in contacts:
        contact_name = normalize(contact["name"] or "")
        people += [v for v in (contact_name, *readings(contact_name, True),
                               normalize(contact["wechat"] or "")) if v]
    found = [digits(p) for p in phones if p]
    for way in ways:  # what the columns do not hold already, once
        if way["type"] in ("mobile", "landline", "fax"):
            value = digits(way["value"])
            if value and value not in found:
                found.append(value)
        elif (value := normalize(way["value"])) and value not in people:
            people.append(value)
    others = [_normalized(str(f)) for f in (
        customer["address"], customer["area"], customer["business_format"], customer["notes"],
        *tags, *addresses) if f]
    return Fields(normalize(customer["code"]), found, name, full,
                  initials, people, others, *_identifiers(customer))


def _identifiers(customer: sqlite3.Row) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A customer's identifiers (storage/identifiers.py), lower-case as the index keeps
    text: those found by a fragment too, and the personal ones, found only in full (a
    resident ID; a tax ID of 17 or 20 characters is an individual's ID number and 2 digits)."""
    tax = customer["tax_id"]
    if tax is None and customer["uscc"] is None and customer["resident_id"] is None \
            and customer["licence_no"] is None:  # most customers: none
        return (), ()
    personal = [customer["resident_id"], tax if tax and len(tax) in (17, 20) else None]
    ids = [customer["uscc"], customer["licence_no"], tax if tax not in personal else None]
    return (tuple(dict.fromkeys(v.lower() for v in ids if v)),
            tuple(dict.fromkeys(v.lower() for v in personal if v)))


def build_entry(
    customer: sqlite3.Row, contacts: Sequence[sqlite3.Row], tags: Sequence[str],
    addresses: Sequence[str] = (), ways: Sequence[sqlite3.Row] = (),
) -> Entry:
    f = fields_of(customer, contacts, tags, addresses=addresses, ways=ways)
    exact = [f.code, *f.phones]
    marked = [
        *_marked(EXACT, exact),
        " ".join([LEAD + v[:2] for v in exact if len(v) >= 2 and v[:2].isalnum()]),
        name_tokens(f.name, f.full, f.initials),
        *_marked(CONTACT, f.people),
        *map(_words, f.others),
        *_marked(EXACT, (*f.ids, *f.private)),
    ]
    plain = [*exact, f.name, f.full, f.initials, *f.people, *f.ids]
    return Entry(
        words=f" {FIELD} ".join(filter(None, marked)),
        text=" ".join(filter(None, [*map(_ascii, plain), *map(_ascii_other, f.others)])),
        name_keys=f" {f.name} {f.full} {f.initials} ",
        exact=f" {' '.join(exact)} ",
        sort_key=f"{f.full or f.name} {f.name}",
        name_len=len(f.name),
        trashed=int(customer["deleted_at"] is not None),
    )


def _ascii(text: str) -> str:
    """The ASCII runs of ``text``: what the trigram index holds."""
    return text if text.isascii() else " ".join(_NOT_ASCII.sub(" ", text).split())


# Addresses, areas, business formats and tags repeat from customer to customer (an import
# of 100,000 rows has a few hundred of each): their normal form and tokens are kept.
_normalized = lru_cache(maxsize=20_000)(normalize)
_ascii_other = lru_cache(maxsize=20_000)(_ascii)


@lru_cache(maxsize=20_000)
def _words(value: str) -> str:
    return " ".join(tokens(value))


def flush(conn: sqlite3.Connection) -> int:
    """Bring the entries of all customers marked dirty up to date; returns how many."""
    ids = [row[0] for row in conn.execute("SELECT customer_id FROM search_dirty")]
    for start in range(0, len(ids), _CHUNK):
        _refresh(conn, ids[start : start + _CHUNK])
    conn.execute("DELETE FROM search_dirty")
    return len(ids)


def _refresh(conn: sqlite3.Connection, ids: list[int]) -> None:
    entries = _compute(conn, ids)
    gone = json_ids(i for i in ids if i not in entries)
    for table in (*FULL_TEXT, "search_keys"):
        key = "customer_id" if table == "search_keys" else "rowid"
        conn.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT value FROM json_each(?))",
                     (gone,))
    write(conn, entries)


def json_ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(map(str, ids)) + "]"


def write(conn: sqlite3.Connection, entries: Mapping[int, Entry], *, new: bool = False) -> None:
    """Store customers' entries (built by :func:`build_entry`), replacing what was there;
    ``new``: the customers were just created with their entries' sort keys as ``name_sort``
    (an import's), and have no entries yet.

    Full-text rows are written only where the text changed (a trash or restore changes the
    keys alone), each table in one statement: FTS5 writes its pending terms at the end of
    every statement, so row-by-row statements would leave a segment per customer."""
    if not entries:
        return
    old = {} if new else dict(conn.execute(
        "SELECT customer_id, digest FROM search_keys "
        "WHERE customer_id IN (SELECT value FROM json_each(?))", (json_ids(entries),)))
    changed = {cid: e for cid, e in entries.items() if old.get(cid) != e.digest}
    if _keeps_sort_key(conn):  # a file before m031: its triggers copy it into name_sort
        conn.executemany(
            "INSERT OR REPLACE INTO search_keys "
            "(customer_id, name_keys, exact, sort_key, name_len, trashed, digest) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(cid, e.name_keys, e.exact, e.sort_key, e.name_len, e.trashed, e.digest)
             for cid, e in entries.items()])
    else:
        conn.executemany(
            "INSERT OR REPLACE INTO search_keys "
            "(customer_id, name_keys, exact, name_len, trashed, digest) VALUES (?, ?, ?, ?, ?, ?)",
            [(cid, *e.keys()) for cid, e in entries.items()])
        if not new:  # written only where it differs: most flushes (an edit of the phone,
            # a tag, the trash) leave the name as it was, and the row is not written again
            conn.executemany(
                "UPDATE customers SET name_sort = ?1 WHERE id = ?2 AND name_sort IS NOT ?1",
                [(e.sort_key, cid) for cid, e in entries.items()])
    if not changed:
        return
    present = json_ids(cid for cid in changed if cid in old)
    rows = _json_rows([(cid, e.words, e.text) for cid, e in changed.items()])
    for table, column, at in (("search_words", "words", 1), ("search_fts", "text", 2)):
        if present != "[]":  # new customers (an import's) have no rows to replace
            conn.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT value FROM json_each(?))",
                         (present,))
        conn.execute(f"INSERT INTO {table} (rowid, {column}) "
                     f"SELECT value ->> 0, value ->> {at} FROM json_each(?)", (rows,))


def _keeps_sort_key(conn: sqlite3.Connection) -> bool:
    """Whether ``search_keys`` still has m002's ``sort_key`` (a file whose steps up to m031
    are running: m002, m014 and m020 write entries)."""
    return conn.execute("SELECT 1 FROM pragma_table_info('search_keys') "
                        "WHERE name = 'sort_key'").fetchone() is not None


def _json_rows(rows: list[tuple[int, str, str]]) -> str:
    import json

    return json.dumps(rows, ensure_ascii=False)


def _compute(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, Entry]:
    """Entries as they should be for ``ids`` (customers that no longer exist are absent)."""
    return _read(conn, ids, build_entry)


def fields_by_id(
    conn: sqlite3.Connection, ids: Sequence[int], pinyin: bool = True
) -> dict[int, Fields]:
    """The searchable values of customers ``ids``, read from their rows."""
    return _read(conn, ids, lambda c, people, tags, places, ways: fields_of(
        c, people, tags, pinyin, places, ways))


def _read(conn: sqlite3.Connection, ids: Sequence[int], make):  # noqa: ANN001, ANN202
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
    from desktop_crm.storage.addresses import other_lines  # it needs db, which needs us

    from desktop_crm.storage import contact_ways  # (it builds on this module's triggers)

    places = other_lines(conn, ids) if _has_addresses(conn) else {}
    ways: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for row in contact_ways.of_customers(conn, ids):
        ways[row["customer_id"]].append(row)
    try:
        customers = conn.execute(
            f"SELECT {_CUSTOMER_COLUMNS}, {_IDENTIFIERS} FROM customers WHERE id IN ({marks})", ids
        ).fetchall()
    except sqlite3.OperationalError:  # a file migrated up to before m021 (m014 rebuilds)
        customers = conn.execute(
            f"SELECT {_CUSTOMER_COLUMNS}, {_NO_IDENTIFIERS} FROM customers WHERE id IN ({marks})",
            ids).fetchall()
    return {c["id"]: make(c, contacts[c["id"]], tags[c["id"]], places.get(c["id"], ()),
                        ways[c["id"]])
            for c in customers}


_CUSTOMER_COLUMNS = "id, code, name, kind, phone, address, area, business_format, notes, deleted_at"
_IDENTIFIERS = "uscc, resident_id, licence_no, tax_id"
_NO_IDENTIFIERS = ", ".join(f"NULL AS {c}" for c in _IDENTIFIERS.split(", "))


def _has_addresses(conn: sqlite3.Connection) -> bool:
    """Whether the file has its customers' addresses (a step before m019 rebuilds the index
    of a file that has not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'customer_addresses'").fetchone() is not None


def make_triggers(conn: sqlite3.Connection, names: Sequence[str]) -> None:
    """Create the triggers of :data:`TRIGGERS` called ``names`` (after they were dropped)."""
    from desktop_crm.storage.schema import split_statements

    wanted = re.compile(rf"TRIGGER (IF NOT EXISTS )?({'|'.join(map(re.escape, names))})\s")
    for statement in split_statements(TRIGGERS):
        if wanted.search(statement):
            conn.execute(statement)


# The layout of the index before m014 (a content table holding a copy of the text).
_OLD_LAYOUT = (
    "DROP TRIGGER IF EXISTS search_docs_ai",
    "DROP TRIGGER IF EXISTS search_docs_ad",
    "DROP TRIGGER IF EXISTS search_docs_au",
    "DROP TABLE IF EXISTS search_docs",
)


def rebuild(conn: sqlite3.Connection) -> int:
    """Rebuild the whole index from the customer data, whatever state (or layout) it is in."""
    from desktop_crm.storage.schema import split_statements

    for statement in _OLD_LAYOUT:
        conn.execute(statement)
    for table in FULL_TEXT:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in split_statements(KEYS + FULL_TEXT_DDL):
        conn.execute(statement)
    if "digest" not in {r[1] for r in conn.execute("PRAGMA table_info(search_keys)")}:
        conn.execute("ALTER TABLE search_keys ADD COLUMN digest INTEGER NOT NULL DEFAULT 0")
    conn.execute("DELETE FROM search_keys")
    conn.execute("INSERT OR IGNORE INTO search_dirty SELECT id FROM customers")
    return flush(conn)


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
    for table in ("search_keys", "search_fts_docsize", "search_words_docsize"):
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
                "SELECT k.customer_id, k.name_keys, k.exact, k.name_len, k.trashed, k.digest, "
                "c.name_sort FROM search_keys k JOIN customers c ON c.id = k.customer_id "
                "WHERE k.customer_id IN (SELECT value FROM json_each(?))",
                (json_ids(chunk),),
            )
        }
        expected = _compute(conn, chunk)
        stale += sum(1 for cid, e in expected.items()
                     if stored.get(cid) != (*e.keys(), e.sort_key))
    return stale
