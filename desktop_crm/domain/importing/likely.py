"""Is a new row already on file, or earlier in the file? The New-customer form's duplicate
rules (:mod:`desktop_crm.domain.duplicates`: the same phone, the same name, the same
reading of the name) applied to each row an import would create, with a choice per row:
update the customer found, create a new one anyway, or skip the row.

The default choice never doubles a file: a row with the same name as a customer on file
(and no other phone or area saying otherwise) updates it; one with the same name as an
earlier row of the file is skipped. Weaker likenesses (only the phone, or only the reading)
are created, and shown. A row whose key (its code) is new is created: the code says so.
"""

from __future__ import annotations

from desktop_crm.domain.duplicates import Known, Likeness, normalized_name, on_file, readings_of
from desktop_crm.domain.importing.prepare import Row
from desktop_crm.domain.importing.results import CHOICES, ImportOptions, Likely
from desktop_crm.storage.db import Store
from desktop_crm.storage.search_index import digits


class DuplicateCheck:
    """The likenesses of one import's new rows, chunk after chunk. The rows without a key
    met so far are kept in dictionaries (memory grows with them, ~200 bytes a row); rows
    with a key are found again by the key's own check, so a file with codes stays bounded."""

    def __init__(self, store: Store, options: ImportOptions) -> None:
        self.store, self.options = store, options
        self.in_file = Likeness()
        self.created: set[int] = set()   # customers this import wrote: not "on file"
        if options.on_duplicate not in ("auto", *CHOICES):
            raise ValueError(f"{options.on_duplicate!r} is not auto, update, create or skip")

    def check(self, rows: list[Row]) -> None:
        """Give each row the import would create its likeness and the choice it takes; a
        row that updates gets the customer found as its target."""
        key = self.options.key
        wanted = []
        for row in rows:
            v = row.values
            keyed = bool(key and v.get(key) not in (None, ""))
            # the reading is asked only where no key decides (it costs the pinyin of a name)
            readings = () if keyed else readings_of(str(v.get("name") or ""),
                                                    True if v.get("kind") == "individual" else None)
            wanted.append((row, keyed, readings))
        found = on_file(self.store, [(str(r.values.get("name") or ""), str(r.values.get("phone") or ""),
                                      readings) for r, _, readings in wanted], self.created)
        for row, keyed, readings in wanted:
            if keyed and not (found.by_phone or found.by_name):
                continue  # a keyed row is only compared with customers on file: none here
            v = row.values
            name, phone, area = str(v.get("name") or ""), str(v.get("phone") or ""), str(v.get("area") or "")
            hit = found.find(name, phone, area, readings)
            earlier = hit is None and not keyed  # a keyed row's repeats are the key's to find
            if earlier:
                hit = self.in_file.find(name, phone, area, readings)
            if hit is None:
                if not keyed:
                    self.in_file.add(Known(row.line, "", name, area, digits(phone)), readings)
                continue
            reason, known = hit
            same = normalized_name(known.name) == normalized_name(name)
            if earlier:
                default = "skip" if same and not keyed else "create"
                likely = Likely(reason, known.name, "", None, known.ref, default)
            else:
                default = "update" if same and not keyed else "create"
                likely = Likely(reason, known.name, known.code, known.ref, None, default)
            choice = self.options.duplicates.get(row.line, self.options.on_duplicate)
            if choice not in likely.choices:
                choice = likely.default if choice == "auto" or choice not in CHOICES else "skip"
            row.duplicate = Likely(likely.reason, likely.name, likely.code, likely.customer_id,
                                   likely.line, likely.default, choice)
            if choice == "update":
                row.target, row.action = known.ref, "updated"
            elif choice == "skip":
                row.action = "skipped"
            elif not keyed:
                self.in_file.add(Known(row.line, "", name, area, digits(phone)), readings)
