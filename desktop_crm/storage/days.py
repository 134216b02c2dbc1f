"""Dates and time stamps as the file keeps them: whole numbers, read back as ISO text.

A column declared ``DAY`` holds a day number (days since 1970-01-01); one declared ``STAMP``
the seconds since 1970-01-01T00:00:00 of the local wall-clock time it names (no time zone,
as the ISO text it stands for). Three bytes instead of ten for a day, four instead of
nineteen for a stamp, in the row and in every index holding it (issue 17: a purchase's
date and time stamp were 31 of the 539 MiB of the 100k file).

What callers see does not change. Every connection (storage/db.py) reads these columns back
as ISO text, ``'2026-12-06'`` and ``'2026-12-06T17:22:55'``: a query selecting the column
gets what it got when the column held text. An expression over one (``min``, ``max``, a
comparison) works on the numbers, which is what makes them cheap to compare; a query that
filters on one binds :func:`day_number` / :func:`stamp_number` of its ISO bounds. Writes give
ISO text (or ``date``/``datetime``) and :func:`encoded` turns it into numbers (Store does it
for its own writes; the sync layer for pulled records). A CHECK in each table refuses
anything but a whole number, so a write that forgets fails instead of mixing text among the
numbers, where it would sort after every one of them.

In SQL, :func:`day_sql` and :func:`stamp_sql` give an expression's ISO text (the sync
triggers' images of a row, which travel to the team server as ISO text like the rest).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.remake import remake

DAY = "DAY"
STAMP = "STAMP"
_EPOCH = date(1970, 1, 1).toordinal()
_EPOCH_TIME = datetime(1970, 1, 1)


def day_number(value: Any) -> int | None:
    """``'2026-12-06'`` (or a ``date``, or the day of a longer ISO stamp) as its day number;
    a number stays as it is; None and '' are None. Other text is refused (ValueError)."""
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    elif isinstance(value, datetime):
        value = value.date()
    return value.toordinal() - _EPOCH


def iso_day(number: int) -> str:
    return date.fromordinal(number + _EPOCH).isoformat()


def stamp_number(value: Any) -> int | None:
    """``'2026-12-06T17:22:55'`` (a space for the T, or a bare day: its midnight; or a
    ``datetime``) as its seconds; a number stays as it is; None and '' are None."""
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    elif not isinstance(value, datetime):  # a date
        value = datetime(value.year, value.month, value.day)
    return (value.replace(tzinfo=None) - _EPOCH_TIME) // timedelta(seconds=1)


def iso_stamp(number: int) -> str:
    return (_EPOCH_TIME + timedelta(seconds=number)).isoformat(timespec="seconds")


def day_end(value: Any) -> int:
    """The stamp of the midnight that ends the day ``value`` (ISO text or a ``date``): what
    a query for times "on or before that day" binds as ``< ?``."""
    return stamp_number(value if isinstance(value, date) else date.fromisoformat(value[:10])) + 86400


def day_sql(expr: str) -> str:
    """SQL giving the ISO day of a ``DAY`` expression (NULL stays NULL)."""
    return f"date({expr} * 86400, 'unixepoch')"


def stamp_sql(expr: str) -> str:
    """SQL giving the ISO text of a ``STAMP`` expression (NULL stays NULL)."""
    return f"strftime('%Y-%m-%dT%H:%M:%S', {expr}, 'unixepoch')"


def stamp_day_sql(expr: str) -> str:
    """SQL giving the ISO day of a ``STAMP`` expression (NULL stays NULL)."""
    return f"date({expr}, 'unixepoch')"


_ENCODE = {DAY: day_number, STAMP: stamp_number}
_SQL = {DAY: day_sql, STAMP: stamp_sql}


def column_types(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    """``{column: DAY or STAMP}`` for the columns of ``table`` that hold numbers for dates."""
    return {row[1]: row[2].upper() for row in conn.execute(f"PRAGMA table_info({table})")
            if row[2].upper() in _ENCODE}


def encoded(types: Mapping[str, str], values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with those of ``types``' columns as numbers (see :func:`column_types`)."""
    out = dict(values)
    for column, kind in types.items():
        if column in out:
            out[column] = _ENCODE[kind](out[column])
    return out


def as_iso_sql(types: Mapping[str, str], column: str, expr: str) -> str:
    """``expr`` (a reference to ``column``) as the ISO text it stands for, in SQL."""
    kind = types.get(column)
    return _SQL[kind](expr) if kind else expr


def _reader(iso):  # noqa: ANN001, ANN202
    """A converter: the stored number as ISO text. What is no such number (a damaged page
    read by a recovery, a day past the year 9999) comes back as the text it holds, never as
    an error in the middle of a read."""
    def read(raw: bytes) -> str:
        try:
            return iso(int(raw))
        except (ValueError, OverflowError):
            return raw.decode("utf-8", "replace")
    return read


def _register() -> None:
    sqlite3.register_converter(DAY, _reader(iso_day))
    sqlite3.register_converter(STAMP, _reader(iso_stamp))


_register()


# --- a table's dates made numbers (migrations) ------------------------------------------------

def day_from_text(expr: str) -> str:
    """SQL: the day number of ISO text (its first ten characters), NULL when not a date."""
    return f"CAST(julianday(substr({expr}, 1, 10)) - 2440587.5 AS INTEGER)"


def stamp_from_text(expr: str) -> str:
    """SQL: the seconds of an ISO stamp (or a bare day), NULL when not one."""
    return f"unixepoch({expr})"


def make_numbers(conn: sqlite3.Connection, table: str, columns: Mapping[str, str],
                 fallback: Mapping[str, str] | None = None) -> bool:
    """m024 and its like: ``columns`` of ``table`` (name -> :data:`DAY` or :data:`STAMP`),
    which hold ISO text, made to hold numbers; False when they already do (a step run again
    after a cut that came between its commit and its record: see :func:`alone`). SQLite
    changes no column's type in place, so the table is made anew (storage/remake.py: the same
    CREATE with the new types and a CHECK per column).
    ``fallback``: SQL for a value that is no date (none is, written by the app), where NULL
    would break NOT NULL; a whole number stays (a helper shared with the running app wrote
    it, in an earlier step of the same upgrade). The sync triggers are left to the caller:
    their images name the new types (sync_tables.renew). Inside a transaction; where other
    tables refer to ``table``, one with foreign keys off (:func:`alone`), or dropping it
    would delete their rows."""
    done = column_types(conn, table)
    columns = {c: kind for c, kind in columns.items() if done.get(c) != kind}
    if not columns:
        return False
    convert = {}
    for column, kind in columns.items():
        text = (day_from_text if kind == DAY else stamp_from_text)(column)
        convert[column] = (f"CASE WHEN typeof({column}) = 'integer' THEN {column} ELSE "
                           f"coalesce({text}, {(fallback or {}).get(column, 'NULL')}) END")

    def edit(create: str) -> str:
        for column, kind in columns.items():
            create, found = re.subn(rf"\b{column} TEXT\b", f"{column} {kind}", create)
            if found != 1:
                raise ValueError(f"{table}.{column} is not a TEXT column")
        checks = "".join(f", CHECK (typeof({c}) IN ('integer', 'null'))" for c in columns)
        return re.sub(r"\)\s*$", checks + ")", create.rstrip())

    remake(conn, table, edit, convert)
    return True


@contextmanager
def alone(conn: sqlite3.Connection, *tables: str) -> Iterator[None]:
    """One transaction with foreign keys off, for :func:`make_numbers` on a table other
    tables refer to (SQLite's own procedure: with them on, dropping the old table would
    delete the rows that refer to it, ON DELETE CASCADE). Foreign keys cannot be switched
    inside a transaction, so a migration using this is not run in one with its record
    (``transactional=False``) and must find nothing to do when run again. The references of
    ``tables`` are checked before the commit. The log written so far goes into the file
    first, so this transaction's pages take its space instead of adding to it: a rebuild
    writes its tables' size into the log, and the steps of a fresh file write ~2 MB (a
    small disk; tests/storage/test_audit.py)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            for table in tables:
                broken = conn.execute(f"PRAGMA foreign_key_check({table})").fetchone()
                if broken:
                    raise sqlite3.IntegrityError(f"{table} row {broken[1]} refers to no {broken[2]}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
