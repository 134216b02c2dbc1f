"""Opening a database file, and the :class:`Store` every other layer writes through."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from desktop_crm.storage import days, errors, products, search_index
from desktop_crm.storage.driver import PLAIN_HEADER, is_encrypted, sqlite3, use_key
from desktop_crm.storage.location import check_place
from desktop_crm.storage.steps import COMPACT_AFTER, MIGRATION_SET, STEPS

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 64 * 1024
DAMAGED = "the file is damaged"  # Store.read_only once SQLite's check has failed


def _getter(names: list[str]) -> Any:
    """A function giving a row's values of ``names`` as a tuple (in C, not a loop per row)."""
    if not names:
        return lambda row: ()
    get = itemgetter(*names)
    return get if len(names) > 1 else (lambda row: (get(row),))


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def now_number() -> int:
    """:func:`now` as a ``STAMP`` column holds it (storage/days.py), for SQL written by hand."""
    return days.stamp_number(now())


class Store:
    """One open database: a connection in autocommit mode plus explicit transactions.

    Only code in ``storage/`` writes SQL. Other layers call the row helpers below (table and
    column names are checked against the schema) or the query functions of storage modules.
    A ``Store`` belongs to the thread that opened it. ``passphrase`` is the encrypted file's
    (None for a plain file): a second connection to the same file (the worker's, a backup's)
    needs it too.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: str | None = None,
                 passphrase: str | None = None) -> None:
        self.path = path
        self.conn = conn
        self.passphrase = passphrase
        self.read_only = read_only  # why this file can only be read; None when writable
        self.damage_checked = False  # see check_damage(): once before the first write
        self._columns: dict[str, tuple[str, ...]] = {}
        self._days: dict[str, dict[str, str]] = {}  # table -> its columns of dates as numbers
        self._whole = False  # inside transaction(whole=True): nested blocks take no savepoint

    @property
    def db(self):  # -> sqlite_utils.Database, loaded only when needed (it imports pandas)
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ----------------------------------------------------------------------

    @contextmanager
    def transaction(self, *, whole: bool = False) -> Iterator[Store]:
        """All writes inside happen together or not at all; nests with savepoints.

        The search index is brought up to date before COMMIT, in the same transaction.

        ``whole=True`` is for bulk work that is only ever kept or undone as a whole (an
        import): blocks nested inside take no savepoint, so a failure anywhere undoes
        everything, and bulk inserts skip the sub-journal SQLite writes for each savepoint
        (a third of the time of inserting 100k customers).
        """
        if self.read_only:
            raise errors.ReadOnlyError(self.path, self.read_only)
        if not self.conn.in_transaction and not self.damage_checked:
            self.check_damage()
        if self.conn.in_transaction and self._whole:
            yield self
            return
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self
            except BaseException:
                self.conn.execute("ROLLBACK TO nested")
                self.conn.execute("RELEASE nested")
                raise
            self.conn.execute("RELEASE nested")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self._whole = whole
        except sqlite3.OperationalError as exc:
            friendly = errors.translate(exc, self.path)
            if friendly is None:
                raise
            raise friendly from exc
        try:
            yield self
            search_index.flush(self.conn)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and (friendly := errors.translate(exc, self.path)):
                raise friendly from exc
            raise
        finally:
            self._whole = False

    def check_damage(self) -> None:
        """SQLite's quick check, once per connection before it first writes (0.8 s at 100k
        customers): writing into a damaged file would spread the damage. A damaged file
        becomes read-only and :class:`~desktop_crm.storage.errors.DamagedError` is raised."""
        self.damage_checked = True
        try:
            search_index.refresh_cached(self.conn)  # else another connection's merge looks
            found = self.conn.execute("PRAGMA quick_check(1)").fetchone()[0]  # like damage
        except sqlite3.DatabaseError as exc:
            found = str(exc)
        if found != "ok":
            self.read_only = DAMAGED
            raise errors.DamagedError(self.path, found)

    # --- row helpers ------------------------------------------------------------------------

    def columns(self, table: str) -> tuple[str, ...]:
        if table not in self._columns:
            cols = tuple(row[1] for row in self.conn.execute(f"PRAGMA table_info({table})"))
            if not cols:
                raise KeyError(f"no table {table!r}")
            self._columns[table] = cols
            self._days[table] = days.column_types(self.conn, table)
        return self._columns[table]

    def _checked(self, table: str, names: Iterable[str]) -> list[str]:
        known = self.columns(table)
        names = list(names)
        unknown = [n for n in names if n not in known]
        if unknown:
            raise KeyError(f"{table} has no column {', '.join(unknown)}")
        return names

    def _stamps(self, table: str, *, creating: bool) -> dict[str, str]:
        """The time stamps a write gives ``table``'s rows (a row's own values win)."""
        stamp = now()
        cols = self.columns(table)
        return {c: stamp for c in (("created_at", "updated_at") if creating else ("updated_at",))
                if c in cols}

    def _stamped(self, table: str, values: Mapping[str, Any], *, creating: bool) -> dict:
        return self._encoded(table, {**self._stamps(table, creating=creating), **values})

    def _encoded(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        """``values`` with the dates of columns that keep them as numbers as numbers."""
        self.columns(table)
        types = self._days[table]
        return days.encoded(types, values) if types else values

    def get(self, table: str, row_id: int) -> sqlite3.Row | None:
        self.columns(table)
        return self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()

    def find(self, table: str, order_by: str = "id", **where: Any) -> list[sqlite3.Row]:
        return self._select(table, order_by, "", where).fetchall()

    def find_one(self, table: str, **where: Any) -> sqlite3.Row | None:
        return self._select(table, "id", " LIMIT 1", where).fetchone()

    def exists(self, table: str, **where: Any) -> bool:
        """Whether any row matches (cheaper than ``count`` on a big table)."""
        clause, params = self._where(table, where)
        return self.conn.execute(f"SELECT 1 FROM {table} WHERE {clause} LIMIT 1", params).fetchone() is not None

    def _select(self, table: str, order_by: str, limit: str, where: dict[str, Any]) -> sqlite3.Cursor:
        self._checked(table, [order_by.split()[0]])
        clause, params = self._where(table, where)
        return self.conn.execute(f"SELECT * FROM {table} WHERE {clause} ORDER BY {order_by}{limit}", params)

    def _where(self, table: str, where: dict[str, Any]) -> tuple[str, list[Any]]:
        names = self._checked(table, where)
        clause = " AND ".join(
            f"{n} IS NULL" if where[n] is None else f"{n} = ?" for n in names
        ) or "1"
        return clause, [v for v in self._encoded(table, where).values() if v is not None]

    def _named(self, table: str, rows: Iterable[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
        """Purchases name their product by its number (storage/products.py); inside the
        write's transaction, which may add the product."""
        return products.named(self.conn, rows) if table == products.TABLE else rows

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        with self.transaction():
            (named,) = self._named(table, [values])
            row = self._stamped(table, named, creating=True)
            names = self._checked(table, row)
            return self.conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES "
                                     f"({', '.join('?' * len(names))})", [row[n] for n in names]).lastrowid

    def insert_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> list[int]:
        """Insert many rows in one transaction with ``executemany``; returns their ids (none
        for tables without an ``id``). A column a row leaves out gets its default."""
        rows = list(rows)
        if not rows:
            return []
        with self.transaction():
            stamps = self._encoded(table, self._stamps(table, creating=True))
            types = self._days[table]  # (filled by _encoded) a row's own dates, when it has any
            stamped = [{**stamps, **(days.encoded(types, r) if not types.keys().isdisjoint(r) else r)}
                       for r in self._named(table, rows)]
            has_id = "id" in self.columns(table)
            groups: dict[frozenset[str], list[int]] = {}  # rows filling the same columns
            for index, row in enumerate(stamped):
                groups.setdefault(frozenset(row), []).append(index)
            ids: list[int] = []
            if has_id:
                first = self.conn.execute(
                    f"SELECT coalesce(max(id), 0) + 1 FROM {table}"
                ).fetchone()[0]
                ids = list(range(first, first + len(stamped)))
            for filled, members in groups.items():
                names = self._checked(table, sorted(filled - {"id"}))
                values = _getter(names)
                cols_sql = ", ".join((["id"] if has_id else []) + names)
                marks = ", ".join("?" * (len(names) + has_id))
                self.conn.executemany(
                    f"INSERT INTO {table} ({cols_sql}) VALUES ({marks})",
                    ((ids[i], *values(stamped[i])) if has_id else values(stamped[i])
                     for i in members),
                )
        return ids

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> None:
        row = self._stamped(table, values, creating=False)
        names = self._checked(table, row)
        with self.transaction():
            self.conn.execute(
                f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                [*(row[n] for n in names), row_id],
            )

    def delete(self, table: str, row_id: int) -> None:
        self.columns(table)
        with self.transaction():
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    def count(self, table: str, **where: Any) -> int:
        clause, params = self._where(table, where)
        return self.conn.execute(f"SELECT count(*) FROM {table} WHERE {clause}", params).fetchone()[0]

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def open_database(path: str | Path, *, create: bool = True, read_only: bool = False,
                  passphrase: str | None = None) -> Store:
    """Open (or create) a desktop-crm database, migrating it to the current schema.

    An encrypted file needs its ``passphrase``: without one
    :class:`~desktop_crm.storage.errors.PassphraseNeeded` is raised, with a wrong one
    :class:`~desktop_crm.storage.errors.WrongPassphrase`, and the file is not touched. A
    plain file ignores it; a new file given one is created encrypted.

    A file that is not a desktop-crm database, or that a newer version wrote, raises a
    :class:`~desktop_crm.storage.errors.StorageError` and is left exactly as it was. Before
    any migration runs on a file that already holds data, an automatic backup is taken
    (reason ``migration``, see :mod:`~desktop_crm.storage.autobackup`); if it cannot be
    written, the file is not upgraded.

    The place is checked first (:func:`~desktop_crm.storage.location.check_place`): a file
    that can only be read, or ``read_only=True``, opens read-only and its ``Store.read_only``
    says why; its writes raise :class:`~desktop_crm.storage.errors.ReadOnlyError`.
    """
    place = check_place(Path(path), create=create)
    path = place.path
    reason = place.read_only or ("opened read-only" if read_only else None)
    if place.exists and not is_encrypted(path):
        passphrase = None  # a plain file stays plain
    try:
        applied = inspect(path, passphrase) if place.exists else []
        conn = connect_read_only(path, passphrase) if reason else connect(path, passphrase)
    except OSError as exc:
        raise errors.from_os_error(exc, path) from exc
    except sqlite3.DatabaseError as exc:
        raise errors.translate(exc, path) or errors.StorageError(f"Cannot open {path}: {exc}.")
    store = Store(path, conn, read_only=reason, passphrase=passphrase)
    pending = [name for name in STEPS if name not in applied]
    try:
        if pending and reason:
            raise errors.StorageError(
                f"{path} was written by an older desktop-crm and must be upgraded, which needs "
                f"a place it can write ({reason}): copy it to a folder of your own and open the copy."
            )
        if pending:
            from desktop_crm.storage.schema import migrations

            if applied:
                from desktop_crm.storage import autobackup  # it builds on this module

                autobackup.before_migration(conn, path, passphrase)
            migrations.apply(store.db)
            if applied and set(pending) & set(COMPACT_AFTER):
                _compact(conn)
        if not reason and store.exists("search_dirty"):
            with store.transaction():
                pass  # the flush on commit indexes rows written outside the app
    except BaseException:
        store.close()
        raise
    return store


def _compact(conn: sqlite3.Connection) -> None:
    """VACUUM after a step that freed much of the file. Without room for the copy it makes,
    the file stays as it was, whole, its free pages reused by later writes."""
    try:
        conn.execute("VACUUM")
    except sqlite3.OperationalError:
        pass


def keyed(target: Path | str, passphrase: str | None = None, **options: Any) -> sqlite3.Connection:
    """A bare connection to ``target`` (a path, or a ``file:`` URI with ``uri=True``), its key
    given first when the file is encrypted: every connection is made here. Columns of dates
    kept as numbers read back as ISO text (storage/days.py)."""
    conn = sqlite3.connect(target, detect_types=sqlite3.PARSE_DECLTYPES, **options)
    try:
        use_key(conn, passphrase)
    except BaseException:
        conn.close()
        raise
    return conn


def connect(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """The one place connection settings are made."""
    conn = keyed(
        path, passphrase, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # 64 MB of page cache (the default is 2 MB): at 100k customers the indexes of a large
    # write, or of a list sorted many ways, no longer fit in 2 MB.
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    return conn


def connect_read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A connection that cannot write. In a folder where SQLite cannot make the WAL's shared
    memory file, the file is opened as immutable: nobody can change it there either."""
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn = keyed(
            f"{path.as_uri()}?{query}", passphrase, uri=True, isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            continue
        except BaseException:  # a wrong passphrase, a file that is not a database
            conn.close()
            raise
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        return conn
    raise errors.StorageError(f"Cannot read {path}: SQLite could not open it even read-only.")


def inspect(path: Path, passphrase: str | None = None) -> list[str]:
    """Names of the schema steps applied to an existing file, read without changing it.

    Raises if the file is not a SQLite database, is someone else's database, or was
    written by a newer desktop-crm; for an encrypted file, if ``passphrase`` is missing
    or wrong.
    """
    encrypted = is_encrypted(path)
    if not encrypted:
        with open(path, "rb") as fh:
            if fh.read(len(PLAIN_HEADER)) != PLAIN_HEADER:
                raise errors.NotADatabaseError(path)
    elif not passphrase:
        raise errors.PassphraseNeeded(path)
    try:
        conn = connect_read_only(path, passphrase if encrypted else None)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return []
            if "_sqlite_migrations" not in tables:
                raise errors.NotADatabaseError(path, "it is a SQLite database of another program")
            applied = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    (MIGRATION_SET,),
                )
            ]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if encrypted and "file is not a database" in str(exc):
            raise errors.WrongPassphrase(path) from None
        raise errors.translate(exc, path) or errors.NotADatabaseError(path, str(exc)) from exc
    if not applied:
        raise errors.NotADatabaseError(path, "it is a SQLite database of another program")
    unknown = [name for name in applied if name not in STEPS]
    if unknown:
        raise errors.SchemaTooNewError(path, unknown)
    return applied
