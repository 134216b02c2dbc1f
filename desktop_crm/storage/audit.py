"""The audit trail: who exported, printed, showed or copied customer data, on which machine,
and when — a log that cannot be skipped and cannot be quietly edited.

**What is recorded, and why.** The log answers "where did our customers' data go?", so it
records what takes data out of the app or out of reach, and nothing of ordinary use:

- every file with customer data, through :func:`publish`: exports (customer lists as CSV or
  XLSX, call lists, vCard, iCalendar, greeting texts, analytics charts, rejected rows of an
  import), PDFs (one plan, one file card; batches record *each file as it lands*), backups;
- a plan sent to a printer (recorded before the first page goes out), greetings copied to the
  clipboard;
- what the command line shows or dumps: ``show`` (one row per dossier) and every ``--json``
  output (what, how many customers) — including ``audit --json`` itself;
- what removes or folds customers beyond the change history's reach: purge (each customer),
  moving many to the trash at once, merge and its undo, imports and their revert, restores,
  changes to custom fields and member rules.

Not recorded: opening a dossier or a list in the app, searching, a preview on screen. They
are the app's ordinary use; recording every view would bury the exports in noise, and the
edits they lead to are in the change history (``change_log``) already.

**Cannot be skipped.** A file becomes visible only through :func:`publish`: it is written
under a temporary name (with :data:`TEMP_MARK`), the row is committed, and only then is the
file renamed into place; if the row cannot be written (a full or read-only database), the
temporary file is removed and the user told. Files on disk are therefore never more than
rows. The temporary file is registered while it exists (``storage/temporaries.py``), so one
left by a killed process is removed at the next start. A trigger refuses rows without their chain hash, so :func:`record` is the only way in.

**Cannot be quietly edited.** Triggers refuse UPDATE and DELETE. Each row stores a SHA-256
hash over the previous row's hash and its own fields (at, actor, machine, action, detail);
the last row's id and hash are also kept in ``audit_head``, so rows removed from the end are
found too. ``desktop-crm check`` runs :func:`problems`, which names the first broken link.
There is no secret in the chain: someone who drops the triggers and recomputes every hash
after an edit is not caught — the chain makes edits visible, it does not sign them.

**Who.** The actor is the person chosen at the first start (``domain.staff.current_user``),
recorded with the machine's name (``platform.node()``) in a column of its own.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import platform
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_crm.storage import errors
from desktop_crm.storage.db import Store, now
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.temporaries import NAME_MAX, TEMP_MARK, temporary, tracked

__all__ = ["TEMP_MARK", "publish", "record", "temporary"]  # the last two kept for callers

# Every action the log knows, one registry: record() refuses any other name, and the team's
# audit log dialog (ui/team/audit_dialog.py) names each one in the user's language.
ACTIONS = frozenset({
    "backup", "campaign_created", "campaign_deleted", "copy_greetings", "custom_field_define",
    "custom_field_delete", "custom_field_rename", "dump_json", "erase_person", "export",
    "export_analytics", "export_greetings", "export_person", "import", "import_revert",
    "member_rules", "merge", "merge_undo", "print_card", "print_cards", "print_plan",
    "print_plans", "privacy", "purge", "recover", "restore", "show", "trash",
})

GENESIS = "0" * 64              # the "previous hash" of the first row
TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_log_chained_only",
            "audit_head_kept")

DDL = """
ALTER TABLE audit_log ADD COLUMN machine TEXT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_log_at ON audit_log(at);

-- The last row's id and hash: rows removed from the end of the log are found by comparing.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
"""

PROTECTION = """
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be removed');
END;
CREATE TRIGGER audit_log_chained_only BEFORE INSERT ON audit_log
WHEN new.hash IS NULL OR new.prev_hash IS NULL BEGIN
    SELECT RAISE(ABORT, 'audit rows are written by storage.audit.record, with their chain hash');
END;
CREATE TRIGGER audit_head_kept BEFORE DELETE ON audit_head BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its head cannot be removed');
END;
"""


def machine() -> str:
    return platform.node() or "unknown"


def chain_hash(prev_hash: str, at: str, actor: str | None, machine: str | None, action: str,
               detail: str | None) -> str:
    """SHA-256 over the previous row's hash and a row's own fields; JSON keeps a None apart
    from an empty text and every field apart from the next."""
    fields = json.dumps([prev_hash, at, actor, machine, action, detail], ensure_ascii=False,
                        separators=(",", ":"))
    return hashlib.sha256(fields.encode("utf-8")).hexdigest()


def chain_existing(conn: sqlite3.Connection) -> None:
    """Hash the rows written before the chain existed (the migration that adds it)."""
    prev, last_id = GENESIS, None
    rows = conn.execute("SELECT id, at, actor, action, detail FROM audit_log ORDER BY id").fetchall()
    for row_id, at, actor, action, detail in rows:
        digest = chain_hash(prev, at, actor, None, action, detail)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row_id))
        prev, last_id = digest, row_id
    if last_id is not None:
        conn.execute("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)", (last_id, prev))


# --- writing ------------------------------------------------------------------------------

def record(store: Store, actor: str, action: str, detail: str) -> int:
    """Append one row to the audit log, chained to the row before it; its id.

    Runs in the caller's transaction when there is one (a purge and its row commit
    together), else in its own; the write lock taken first makes reading the previous hash
    and appending one step, whichever process writes."""
    _known(action)
    at, host = now(), machine()
    with store.transaction():
        prev = _last_hash(store.conn)
        digest = chain_hash(prev, at, actor, host, action, detail)
        row_id = store.conn.execute(
            "INSERT INTO audit_log (at, actor, machine, action, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (at, actor, host, action, detail, prev, digest),
        ).lastrowid
        store.conn.execute(
            "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?) ON CONFLICT (id) "
            "DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash",
            (row_id, digest),
        )
    return row_id


def _known(action: str) -> None:
    if action not in ACTIONS:
        raise ValueError(f"audit action {action!r} is not in storage.audit.ACTIONS")


def _last_hash(conn: sqlite3.Connection) -> str:
    """The hash a new row follows: the head's (so rows cut from the end are not papered
    over), else the last row's, else the start of the chain."""
    row = conn.execute("SELECT last_hash FROM audit_head WHERE id = 1").fetchone()
    if row is None:
        row = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row and row[0] else GENESIS


@contextmanager
def publish(store: Store, dest: Path, actor: str, action: str, detail: str | Callable[[], str],
            *, together: Callable[[], object] | None = None) -> Iterator[Path]:
    """Write ``dest`` through the yielded temporary path; when the block ends the audit row
    is committed, then the file is renamed into place. On any failure the temporary file is
    removed and the error raised — a failure of a disk or of the database as a
    :class:`~desktop_crm.storage.errors.StorageError` with one sentence naming ``dest``: no
    file without its row, no half-written file. Must not run inside a transaction (the
    rename would come before the row is committed).

    ``detail`` may be a function, called once the file is written (when it says how many
    rows the file holds). ``together`` makes other writes that belong to the file (greetings
    logged as sent) in the same transaction as the row.
    """
    _known(action)
    dest = Path(dest)
    if store.conn.in_transaction:  # the row would not be committed before the rename
        raise RuntimeError("publish() must not run inside a transaction")
    _check_name(dest)
    with tracked(dest) as tmp:  # removed on failure, and after a kill at the next start
        try:
            yield tmp
        except OSError as exc:
            raise _os_error(exc, dest, tmp) from exc
        try:
            with store.transaction():
                record(store, actor, action, detail() if callable(detail) else detail)
                if together is not None:
                    together()
        except errors.StorageError as exc:
            raise unrecorded(store, exc, f"{dest.name} was not written") from exc
        try:
            os.replace(tmp, dest)
        except OSError as exc:
            raise _os_error(exc, dest, tmp) from exc


def _check_name(dest: Path) -> None:
    """Refuse, before anything is written or recorded, a name the rename would fail on."""
    if len(dest.name.encode("utf-8")) > NAME_MAX:
        too_long = OSError(errno.ENAMETOOLONG, "File name too long", str(dest))
        raise errors.FileNameError(str(errors.from_os_error(too_long, dest)))
    if dest.is_dir():
        raise errors.FileNameError(f"{dest} is a folder; give the name of a file to write.")


def _os_error(exc: OSError, dest: Path, tmp: Path) -> errors.StorageError:
    """The sentence for a failure writing or renaming ``tmp``, naming the file the user chose."""
    named = exc.filename if exc.filename not in (None, str(tmp), os.fspath(tmp)) else str(dest)
    return errors.from_os_error(OSError(exc.errno, exc.strerror, named), dest)


def unrecorded(store: Store, cause: errors.StorageError, outcome: str) -> errors.StorageError:
    """The sentence when something was refused because its audit row could not be written;
    ``outcome`` says what did not happen ("list.csv was not written")."""
    if isinstance(cause, errors.ReadOnlyError):
        why = (f"{store.path.name} can only be read ({store.read_only or 'it is read-only'}): "
               "copy it to a folder of your own and open the copy")
    elif isinstance(cause, errors.DiskFullError):
        why = f"the disk holding {store.path} is full: free some space, then try again"
    elif isinstance(cause, errors.DatabaseBusyError):
        why = f"{store.path.name} is busy in another program: try again in a moment"
    else:
        why = str(cause).rstrip(".")
    return errors.StorageError(f"{outcome}, because it must be recorded in the audit log and {why}.")


# --- reading and checking ---------------------------------------------------------------------

def entries(store: Store, since: str | None = None, action: str | None = None,
            limit: int | None = None) -> list[sqlite3.Row]:
    """Rows of the log, oldest first: those ``at`` or after ``since`` (an ISO date or time),
    of ``action`` (``print`` also matches ``print_card``, ``print_plans``…), the newest
    ``limit`` of them."""
    rows = store.conn.execute(
        "SELECT id, at, actor, machine, action, detail FROM audit_log "
        "WHERE (:since IS NULL OR at >= :since) AND (:action IS NULL OR action = :action "
        "OR substr(action, 1, length(:action) + 1) = :action || '_') ORDER BY id DESC LIMIT :limit",
        {"since": since, "action": action, "limit": -1 if limit is None else limit},
    ).fetchall()
    return rows[::-1]


def problems(store: Store) -> list[str]:
    """The first broken link of the chain, a missing protection, as sentences; empty when
    the log is whole."""
    found = [
        f"the audit log's protection {name} is missing: it was dropped outside desktop-crm"
        for name in TRIGGERS
        if store.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                              (name,)).fetchone() is None
    ]
    broken = first_break(store.conn)
    return found + ([broken] if broken else [])


def first_break(conn: sqlite3.Connection) -> str | None:
    """Walk the chain in id order; the first row that does not hold, said as a sentence."""
    prev_hash, prev_id = GENESIS, None
    for row in conn.execute("SELECT id, at, actor, machine, action, detail, prev_hash, hash "
                            "FROM audit_log ORDER BY id"):
        row_id, at, actor, host, action, detail, stored_prev, digest = row
        if digest is None or stored_prev is None:
            return f"audit log row {row_id} has no chain hash: it was added outside desktop-crm"
        if chain_hash(stored_prev, at, actor, host, action, detail) != digest:
            return (f"audit log row {row_id} ({action}, {at}) was changed after it was written: "
                    "its fields no longer match its hash")
        if stored_prev != prev_hash:
            if prev_id is None:
                return f"audit log row {row_id} is not the first row written: rows before it were removed"
            return (f"audit log row {row_id} does not follow row {prev_id}: a row between them "
                    f"was removed, or row {prev_id} was replaced")
        prev_hash, prev_id = digest, row_id
    head = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    if head is None:
        return ("the audit log's head is missing: it was removed outside desktop-crm"
                if prev_id is not None else None)
    last_id, last_hash = head
    if prev_id is None:
        return f"the audit log is empty but row {last_id} was written: every row was removed"
    if last_hash != prev_hash:
        if last_id > prev_id:
            return (f"the audit log ends at row {prev_id} but row {last_id} was written: "
                    "rows after it were removed")
        return (f"the audit log ends at row {prev_id}, which is not the last row written "
                f"(row {last_id}): rows at the end were removed or replaced")
    return None
