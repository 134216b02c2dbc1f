"""What the command modules share: opening the database, reading FIELD=VALUE pairs, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from desktop_crm.storage.autobackup import sweep_leftovers
from desktop_crm.storage.db import Store, open_database


def open_store(args: argparse.Namespace, create: bool = False) -> Store:
    """Open the database; first remove what a killed command left beside it."""
    sweep_leftovers(args.db)
    return open_database(args.db, create=create)


def pairs(items: Sequence[str]) -> dict[str, str]:
    """``['name=明佳烟酒', 'phone=139...']`` as a dict; the value may contain '='."""
    from desktop_crm.cli import CommandError

    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise CommandError(f"{item!r} is not FIELD=VALUE (for example name=明佳烟酒)")
        out[key.strip()] = value
    return out


def print_json(data: Any) -> None:
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
