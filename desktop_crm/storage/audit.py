"""The audit trail: who used, exported, printed or copied customer data, and when.

One function records a row (:func:`record`); one makes a file visible together with its
row (:func:`publish`), so no exported, printed or copied file exists without its audit row:
the file is written under a temporary name, the row is committed, and only then is the file
renamed into place. If the row cannot be written (a full or read-only database), the
temporary file is removed and the error says so; nothing is left behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_crm.storage.db import Store, now

TEMP_MARK = ".desktop-crm-tmp"  # in every temporary file's name, so leftovers can be found


def record(store: Store, actor: str, action: str, detail: str) -> int:
    """Append one row to the audit log; its id."""
    return store.insert("audit_log", {"at": now(), "actor": actor, "action": action, "detail": detail})


def temporary(dest: Path) -> Path:
    """The name a file is written under before it is published."""
    return dest.with_name(f".{dest.name}{TEMP_MARK}")


@contextmanager
def publish(store: Store, dest: Path, actor: str, action: str, detail: str) -> Iterator[Path]:
    """Write ``dest`` through the yielded temporary path; on success the audit row is
    recorded, then the file is renamed into place. On any failure, before or during the
    record, the temporary file is removed and the error raised: no file without its row."""
    dest = Path(dest)
    tmp = temporary(dest)
    try:
        yield tmp
        record(store, actor, action, detail)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
