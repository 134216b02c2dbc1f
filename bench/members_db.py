"""A demo database in which every customer is a member of the baby store (100,000 members
for the member and campaign benches), built once with the demo builder and cached."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from bench.harness import CACHE, DEMO_TODAY, backup_copy


def member_database(members: int = 100_000, seed: int = 1) -> Path:
    """The cached database of ``members`` members; the demo's usual mix would need 500,000
    customers for that many members, so this build makes every customer a member."""
    from desktop_crm.domain.demo import build
    from desktop_crm.storage.db import open_database

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"members-{members}-{seed}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".building")
        for stale in CACHE.glob(tmp.name + "*"):
            stale.unlink()
        print(f"building a {members}-member database (once)...", file=sys.stderr)
        start = time.perf_counter()
        share, build.MEMBER_SHARE = build.MEMBER_SHARE, 1.0
        try:
            store = open_database(tmp)
            build.build_demo(store, members, seed=seed, today=DEMO_TODAY)
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            store.close()
        finally:
            build.MEMBER_SHARE = share
        shutil.move(tmp, path)
        print(f"built in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return path



def working_copy(members: int = 100_000, seed: int = 1) -> Path:
    """A private, migrated copy of the member database (a bench may write to it), taken with
    the SQLite backup API; delete its folder when done."""
    import tempfile

    from desktop_crm.storage.db import open_database

    source = member_database(members, seed)
    target = backup_copy(source, Path(tempfile.mkdtemp(prefix="bench-members-")) / "members.sqlite3")
    open_database(target).close()  # migrate the copy now, not inside a timing
    for stale in target.parent.glob("*.before-*"):
        stale.unlink()
    return target


if __name__ == "__main__":
    print(member_database())
