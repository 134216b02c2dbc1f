"""What the command modules share: opening the database, reading FIELD=VALUE pairs, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from desktop_crm.cli.passphrase import passphrase_for
from desktop_crm.cli.words import _
from desktop_crm.storage.db import Store, open_database


def open_store(args: argparse.Namespace, create: bool = False) -> Store:
    return open_database(args.db, create=create, passphrase=passphrase_for(args.db))


def pairs(items: Sequence[str]) -> dict[str, str]:
    """``['name=明佳烟酒', 'phone=139...']`` as a dict; the value may contain '='."""
    from desktop_crm.cli import CommandError

    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise CommandError(_("{item!r} is not FIELD=VALUE (for example name=明佳烟酒)").format(item=item))
        out[key.strip()] = value
    return out


def audit(store: Store, action: str, detail: str) -> None:
    """Record what the command is about to show (storage/audit.py says what is recorded);
    when the row cannot be written nothing is shown, and the sentence says why."""
    from desktop_crm.domain.service import default_actor
    from desktop_crm.storage import audit as audit_log
    from desktop_crm.storage.errors import StorageError

    try:
        audit_log.record(store, default_actor(store), action, detail)
    except StorageError as exc:
        raise audit_log.unrecorded(store, exc, "Nothing was shown") from exc


def print_json(store: Store, data: Any, what: str) -> None:
    """Dump ``data`` as JSON on stdout, recorded in the audit log first as ``what`` (what was
    dumped, how many customers): every ``--json`` output is a copy of data leaving the app."""
    audit(store, "dump_json", what)
    write_json(data)


def write_json(data: Any) -> None:
    """JSON on stdout, for data already recorded (``show --json``: its ``show`` row)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def table(rows: Sequence[Sequence[Any]]) -> str:
    """Plain aligned columns; CJK characters count as two columns wide."""
    if not rows:
        return ""
    cells = [["" if c is None else str(c) for c in row] for row in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(cells[0]))]
    return "\n".join(
        "  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip() for row in cells
    )


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
