"""A table made anew with another definition: SQLite changes no column's type in place.

Its own procedure (https://sqlite.org/lang_altertable.html#otheralter): the new CREATE under
another name, the rows copied under the same ids, the old table dropped, the new one renamed,
its indexes and triggers made again. The sync triggers are left to the caller (their images
name the columns: sync_tables.renew). Inside a transaction; where other tables refer to the
table, one with foreign keys off (days.alone), or dropping it would delete their rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from desktop_crm.storage.driver import sqlite3


def remake(conn: sqlite3.Connection, table: str, edit: Callable[[str], str],
           values: Mapping[str, str]) -> None:
    """``table`` made anew from its CREATE statement as ``edit`` changes it; each column of
    the new table takes the SQL of ``values`` (over the old row) or the old column of its name."""
    (create,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                             (table,)).fetchone()
    changed = edit(create)
    if changed == create:
        raise ValueError(f"the definition of {table} is not the one expected")
    conn.execute(re.sub(rf'^CREATE TABLE "?{table}"?(?=\s*\()', f"CREATE TABLE {table}_new", changed))
    kept = [sql for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL", (table,)) if not name.startswith("sync_")]
    names = [row[1] for row in conn.execute(f"PRAGMA table_info({table}_new)")]
    conn.execute(f"INSERT INTO {table}_new ({', '.join(names)}) SELECT "
                 f"{', '.join(values.get(n, n) for n in names)} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    # a trigger of another table that names this one would not parse while it is gone, and
    # the rename checks the whole schema: it is a mere rename here, nothing to rewrite
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
    for sql in kept:
        conn.execute(sql)
