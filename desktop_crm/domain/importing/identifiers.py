"""An import's customers' unique identifiers (domain/identifiers.py): none twice in the file,
none another customer's already; each clash is a problem of its row, naming the other."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_crm.domain.identifiers import NOUNS, UNIQUE, clash_message, mask, personal
from desktop_crm.domain.importing.seen import Seen
from desktop_crm.storage import identifiers as sql
from desktop_crm.storage.db import Store

Taken = dict[str, dict[str, Any]]


def load(store: Store, seen: Seen, rows: list[Any]) -> Taken:
    """Before a chunk is decided: its identifiers met earlier in the file, and the customers
    on file holding them (one query per identifier and chunk, through its index)."""
    given = {name: [str(r.values[name]) for r in rows if r.values.get(name)] for name in UNIQUE}
    seen.load("identifier", [f"{n}:{v}" for n, values in given.items() for v in values])
    return {n: sql.holders(store, n, values) for n, values in given.items() if values}


def check(row: Any, taken: Taken, seen: Seen, problem: Callable[..., None]) -> None:
    """``row``'s unique identifiers: a problem for each met before in the file or held by
    another customer (an update may keep its own)."""
    for name in UNIQUE:
        value = row.values.get(name)
        if not value:
            continue
        shown = mask(value) if personal(name, value) else value
        first = seen.first("identifier", f"{name}:{value}")
        if first is not None:
            problem(row, name, "repeated",
                    f"{NOUNS[name]} {shown} appears again in this file (first at line {first}); "
                    "keep one of the rows", value=shown, first=first)
            continue
        seen.add("identifier", f"{name}:{value}", row.line)
        other = taken.get(name, {}).get(value)
        if other is not None and other["id"] != row.target:
            problem(row, name, "id_taken", clash_message(name, value, other["name"], other["code"]),
                    other=other["name"], other_code=other["code"])
