"""Customer dossiers: create, edit, trash, restore, purge, and read back whole."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.domain import identifiers
from desktop_crm.domain.fields import CUSTOMER_FIELDS
from desktop_crm.domain.service import RecordService, fail
from desktop_crm.domain.validation import NotFoundError, ValidationError
from desktop_crm.storage import addresses, autobackup, contact_ways, queries, sync_rows


@dataclass
class Dossier:
    """Everything known about one customer, as plain data (what ``show --json`` prints)."""

    customer: dict[str, Any]
    tags: list[str]
    owner: str | None
    contacts: list[dict[str, Any]]
    visits: list[dict[str, Any]]
    open_follow_ups: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)  # the main one first
    ways: list[dict[str, Any]] = field(default_factory=list)  # the customer's own first


class CustomerService(RecordService):
    table = "customers"
    entity = "customer"
    fields = CUSTOMER_FIELDS

    def customer_of(self, row) -> int:  # a customer's changes belong to its own dossier
        return row["id"]

    # --- create ---------------------------------------------------------------------------

    def create(self, data: Mapping[str, Any]) -> int:
        try:
            return self.create_many([data])[0]
        except ValidationError as exc:
            raise ValidationError(exc.errors) from None  # one record: no row number

    def create_many(self, rows: Iterable[Mapping[str, Any]]) -> list[int]:
        """Validate every row, then insert them all in one transaction, or none.

        Raises :class:`ValidationError` for the first bad row, with ``row`` set to its
        0-based position; codes must be unique within ``rows`` and against the database.
        """
        cleaned = []
        for index, data in enumerate(rows):
            try:
                cleaned.append(self.clean(data))
            except ValidationError as exc:
                raise ValidationError(exc.errors, row=index) from None
        given = [v["code"] for v in cleaned if v.get("code")]
        seen: dict[str, int] = {}
        for index, values in enumerate(cleaned):
            code = values.get("code")
            if code and code in seen:
                err = fail(
                    "code", "duplicate_in_batch",
                    f"customer code {code} appears twice (rows {seen[code]} and {index})",
                    code=code, first=seen[code], second=index,
                )
                raise ValidationError(err.errors, row=index)
            if code:
                seen[code] = index
        taken = queries.existing_codes(self.store, given)
        if taken:
            code = next(iter(taken))
            raise ValidationError(self._code_taken(code).errors, row=seen[code])
        identifiers.check_batch(self.store, cleaned)

        with self.store.transaction():
            fresh = iter(queries.next_codes(self.store, sum(1 for v in cleaned if not v.get("code"))))
            owner = sync_rows.default_owner(self.store.conn)
            for values in cleaned:
                values.setdefault("lifecycle", "prospect")
                if owner is not None and not values.get("owner"):
                    values["owner"] = owner
                if not values.get("code"):
                    values["code"] = next(fresh)
            ids = self.store.insert_many(self.table, [self.to_columns(v) for v in cleaned])
            queries.add_tags_many(
                self.store, [(cid, t) for cid, v in zip(ids, cleaned) for t in v.get("tags", [])]
            )
            queries.log_changes(
                self.store,
                [(self.entity, cid, cid, "*created", None, v["code"]) for cid, v in zip(ids, cleaned)],
                self.actor,
            )
            addresses.fill_missing(self.store.conn, ids)  # the address line: the main address
        return ids

    # --- edit -----------------------------------------------------------------------------

    def check(self, values: dict[str, Any], record_id: int | None) -> dict[str, Any]:
        code = values.get("code")
        if "code" in values and not code:
            raise fail("code", "required", "a customer's code cannot be emptied")
        if code:
            other = queries.customer_by_code(self.store, code)
            if other is not None and other["id"] != record_id:
                raise self._code_taken(code)
        clash = identifiers.taken(self.store, values, record_id)
        if clash is not None:
            raise clash
        return values

    def restore(self, record_id: int) -> None:
        """Out of the trash, unless another customer took one of its identifiers since."""
        row = self.row(record_id)
        if row["deleted_at"] is not None:
            clash = identifiers.taken(self.store, dict(row), record_id)
            if clash is not None:
                raise clash
        super().restore(record_id)

    def after_save(self, record_id: int, values: Mapping[str, Any]) -> list[tuple[str, object, object]]:
        from desktop_crm.domain.addresses import follow_customer  # it imports the services

        follow_customer(self.store, record_id, values)
        if "tags" not in values:
            return []
        old = queries.tags_of(self.store, record_id)
        if old == values["tags"]:
            return []
        queries.set_tags(self.store, record_id, values["tags"])
        return [("tags", ", ".join(old) or None, ", ".join(values["tags"]) or None)]

    def _code_taken(self, code: str) -> ValidationError:
        other = queries.customer_by_code(self.store, code)
        where = " (in the trash: restore or purge it first)" if other["deleted_at"] else ""
        return fail(
            "code", "duplicate",
            f"customer code {code} is already used by {other['name']}{where}",
            code=code, other=other["name"],
        )

    # --- trash ----------------------------------------------------------------------------

    def trash(self) -> list[dict[str, Any]]:
        return [dict(r) for r in queries.trashed_customers(self.store)]

    def purge(self, customer_id: int) -> None:
        """Delete a trashed customer and everything attached to it, for good, after an
        automatic backup (without which nothing is deleted)."""
        self._trashed(customer_id)
        autobackup.before(self.store, "purge")
        self.erase(customer_id)

    def erase(self, customer_id: int) -> None:
        """:meth:`purge` without the backup, for callers that purge many after one."""
        row = self._trashed(customer_id)
        with self.store.transaction():
            queries.delete_custom_values(self.store, customer_id)
            self.store.delete(self.table, customer_id)
            queries.audit(self.store, self.actor, "purge", f"customer {row['code']} {row['name']}")

    def _trashed(self, customer_id: int) -> Any:
        row = self.row(customer_id)
        if row["deleted_at"] is None:
            raise fail("deleted_at", "not_trashed", "move the customer to the trash before purging it")
        return row

    # --- read -----------------------------------------------------------------------------

    def by_code(self, code: str) -> dict[str, Any]:
        row = queries.customer_by_code(self.store, code)
        if row is None:
            raise NotFoundError(f"There is no customer with code {code}.")
        return dict(row)

    def get(self, customer_id: int) -> dict[str, Any]:
        return dict(self.row(customer_id))

    def dossier(self, customer_id: int, visits: int = 20) -> Dossier:
        customer = self.get(customer_id)
        staff = queries.staff_names(self.store)
        return Dossier(
            customer=customer,
            tags=queries.tags_of(self.store, customer_id),
            owner=staff.get(customer["owner_id"]),
            contacts=[dict(r) for r in queries.contacts_of(self.store, customer_id)],
            visits=[dict(r) for r in queries.interactions_of(self.store, customer_id, visits)],
            open_follow_ups=[
                dict(r) for r in queries.open_follow_ups(self.store, customer_id=customer_id)
            ],
            addresses=[{**a, "text": addresses.one_line(a)}
                       for a in addresses.of_customer(self.store, customer_id)],
            ways=[dict(r) for r in contact_ways.of_dossier(self.store, customer_id)],
        )

    def history(self, customer_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in queries.history(self.store, customer_id)]
