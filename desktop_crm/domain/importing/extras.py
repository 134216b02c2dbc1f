"""What an import writes besides the rows themselves: the values of custom fields (of the
customer a row is, or belongs to), and the staff members a file names who are not on file
yet. Both are part of the import's batch, so reverting it takes them back."""

from __future__ import annotations

from collections.abc import Callable
from desktop_crm.domain.custom_fields import PREFIX, stored_text
from desktop_crm.domain.fields import Field
from desktop_crm.domain.importing.prepare import Row
from desktop_crm.domain.validation import ValidationError
from desktop_crm.storage import custom_fields as custom_sql
from desktop_crm.storage import importing as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

Owner = Callable[[Row], "int | None"]


class CustomValues:
    """The custom fields a file fills, compared with what is stored and written."""

    def __init__(self, store: Store, fields: list[Field], kind_name: str) -> None:
        self.store, self.fields, self.kind_name = store, fields, kind_name
        stored = {PREFIX + r["key"]: r["id"] for r in custom_sql.fields(store, "customer")}
        self.ids = {f.name: stored.get(f.name) for f in fields}   # None: not created yet
        self._changed: set[int] = set()  # lines of rows whose custom values change (dry run)

    def _diff(self, rows: list[Row], owner: Owner) -> list[tuple[Row, int, str, str | None, str]]:
        """``(row, customer, field, old, new)`` for each value that changes; an empty cell
        keeps what is stored."""
        owners = {row.line: owner(row) for row in rows}
        old = custom_sql.values_for(self.store, [i for i in self.ids.values() if i is not None],
                                    [o for o in owners.values() if o is not None])
        out = []
        for row in rows:
            who = owners[row.line]
            if who is None:
                continue
            for fld in self.fields:
                if fld.name not in row.values:
                    continue
                new = stored_text(fld.kind, row.values[fld.name])
                field_id = self.ids[fld.name]
                before = None if field_id is None else old.get((field_id, who))
                if new is not None and new != before:
                    out.append((row, who, fld.name, before, new))
        return out

    def preview(self, rows: list[Row], owner: Owner) -> None:
        """A dry run: note the updated rows whose custom values would change."""
        if self.fields:
            self._changed |= {row.line for row, *_ in self._diff(rows, owner)}

    def changes(self, row: Row) -> bool:
        return row.line in self._changed

    def write(self, batch: Callable[[], int], rows: list[Row], owner: Owner, actor: str) -> None:
        diff = self._diff(rows, owner)
        if not diff:
            return
        custom_sql.set_values(self.store, [(self.ids[name], who, new) for _, who, name, _, new in diff])
        # a new customer's values go with it; an existing one's are history, to revert
        kept = [(r, who, name, old, new) for r, who, name, old, new in diff
                if not (r.action == "created" and (self.kind_name == "customers" or r.new_customer))]
        if not kept:
            return
        queries.log_changes(self.store, [("customer", who, who, name, old, new)
                                         for _, who, name, old, new in kept], actor, batch())
        sql.add_items(self.store, batch(), "customer", [who for _, who, *_ in kept], "updated")
        for row, *_ in kept:
            if row.action == "unchanged":
                row.action = "updated"


class NewStaff:
    """Staff members created for the names a file gives that are not on file."""

    def __init__(self, store: Store, actor: str, kind_name: str) -> None:
        self.store, self.actor = store, actor
        self.role = "account_manager" if kind_name in ("customers", "visits") else "shop_staff"
        self.made: dict[str, int] = {}
        self.created: list[str] = []

    def create(self, batch: Callable[[], int], rows: list[Row],
               problem: Callable[..., None]) -> None:
        """Create the staff members these rows name (once each) and fill the rows' fields."""
        from desktop_crm.domain.staff import StaffService

        service = StaffService(self.store, self.actor)
        for row in rows:
            for name, staff_name in row.new_staff.items():
                if staff_name not in self.made:
                    try:
                        sid = service.save({"name": staff_name, "role": self.role})
                    except ValidationError as exc:
                        err = exc.errors[0]
                        problem(row, name, err.code, err.message, **err.params)
                        continue
                    self.made[staff_name] = sid
                    self.created.append(staff_name)
                    sql.add_items(self.store, batch(), "staff", [sid], "created")
                row.values[name] = self.made[staff_name]
