"""Keys an import has met so far in its file (to name a repeated row by the line it repeats),
kept on disk chunk after chunk so a file of a million rows needs no more memory than one of
a thousand."""

from __future__ import annotations

from desktop_crm.storage import importing as sql
from desktop_crm.storage.db import Store


class Seen:
    """Keys met so far in the file, by kind ('key', 'code', 'member'), with the line each was
    first met on: the current chunk's in memory, earlier chunks' in a temporary table."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.known: dict[tuple[str, str], int] = {}
        self.new: list[tuple[str, str, int]] = []

    def load(self, kind: str, keys: list[str]) -> None:
        if keys:
            found = sql.seen_lines(self.store, kind, keys)
            self.known.update(((kind, k), line) for k, line in found.items())

    def first(self, kind: str, key: str) -> int | None:
        return self.known.get((kind, key))

    def add(self, kind: str, key: str, line: int) -> None:
        self.known[(kind, key)] = line
        self.new.append((kind, key, line))

    def end_chunk(self) -> None:
        sql.seen_add(self.store, self.new)
        self.known, self.new = {}, []
