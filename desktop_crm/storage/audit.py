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
from desktop_crm.storage.temporaries import TEMP_MARK, temporary, tracked

__all__ = ["TEMP_MARK", "publish", "record", "temporary"]


def record(store: Store, actor: str, action: str, detail: str) -> int:
    """Append one row to the audit log; its id."""
    return store.insert("audit_log", {"at": now(), "actor": actor, "action": action, "detail": detail})


@contextmanager
def publish(store: Store, dest: Path, actor: str, action: str, detail: str) -> Iterator[Path]:
    """Write ``dest`` through the yielded temporary path; on success the audit row is
    recorded, then the file is renamed into place. On any failure, before or during the
    record, the temporary file is removed and the error raised: no file without its row."""
    dest = Path(dest)
    with tracked(dest) as tmp:  # removed on failure, and after a kill at the next start
        yield tmp
        record(store, actor, action, detail)
        os.replace(tmp, dest)
