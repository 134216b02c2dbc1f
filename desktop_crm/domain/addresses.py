"""A customer's addresses: add, edit, delete, make one the main one; each change in the
change history, and the main one's line and area written on the customer in the same
transaction (storage/addresses.py says why).

The rule of one main address per customer lives here: the first address added is the main
one, making another main takes the mark from the old one, and deleting the main one passes
the mark to the oldest left.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_crm.domain.fields import ADDRESS_FIELDS
from desktop_crm.domain.service import RecordService, fail
from desktop_crm.storage import addresses as sql
from desktop_crm.storage.address_split import Parts, split
from desktop_crm.storage.db import Store

__all__ = ["AddressService", "Parts", "follow_customer", "split"]


# The parts of the main address the command line sets with the customer's fields (``area``
# and the address ``line`` are the customer's own fields there)
MAIN_PARTS = ("province", "city", "district", "street", "building", "postcode")


class AddressService(RecordService):
    table = "customer_addresses"
    entity = "address"
    fields = ADDRESS_FIELDS

    def of_customer(self, customer_id: int) -> list[dict[str, Any]]:
        """The customer's addresses, the main one first, each with its ``text`` (one line)."""
        return [{**row, "text": sql.one_line(row)} for row in sql.of_customer(self.store, customer_id)]

    def add(self, customer_id: int, data: Mapping[str, Any], main: bool = False) -> int:
        """A new address; the main one if asked or if it is the customer's first."""
        if self.store.get("customers", customer_id) is None:
            raise fail("customer_id", "missing", f"there is no customer with id {customer_id}")
        values = self.to_columns(self.check(self.clean(data), None))
        values.setdefault("kind", "business")
        with self.store.transaction():
            first = sql.main_of(self.store, customer_id) is None
            if main and not first:
                self._unmark(customer_id)
            address_id = self.store.insert(self.table, {
                **values, "customer_id": customer_id, "is_main": int(main or first)})
            self.log(address_id, customer_id, [("*created", None, sql.one_line(values))])
            if main or first:
                sql.write_main(self.store, customer_id)
        return address_id

    def check(self, values: dict[str, Any], record_id: int | None) -> dict[str, Any]:
        merged = dict(values)
        if record_id is not None:
            merged = {**dict(self.row(record_id)), **values}
        if not sql.one_line(merged).strip():
            raise fail("line", "required", "an address needs at least one part")
        return values

    def after_save(self, record_id: int, values: Mapping[str, Any]) -> list[tuple[str, object, object]]:
        row = self.row(record_id)
        if row["is_main"]:
            sql.write_main(self.store, row["customer_id"])
        return []

    def make_main(self, address_id: int) -> None:
        row = self.row(address_id)
        if row["is_main"] and sql.main_of(self.store, row["customer_id"])["id"] == address_id:
            return
        with self.store.transaction():
            self._unmark(row["customer_id"])
            self.store.update(self.table, address_id, {"is_main": 1})
            self.log(address_id, row["customer_id"], [("is_main", "0", "1")])
            sql.write_main(self.store, row["customer_id"])

    def delete(self, record_id: int) -> None:
        """Delete for good (the dialog asks first); a main one's mark goes to the oldest left."""
        row = self.row(record_id)
        customer_id = row["customer_id"]
        with self.store.transaction():
            self.store.delete(self.table, record_id)
            self.log(record_id, customer_id, [("*deleted", sql.one_line(dict(row)), None)])
            if row["is_main"] and sql.main_of(self.store, customer_id) is not None:
                heir = sql.main_of(self.store, customer_id)
                if not heir["is_main"]:
                    self.store.update(self.table, heir["id"], {"is_main": 1})
            sql.write_main(self.store, customer_id)

    def set_main(self, customer_id: int, parts: Mapping[str, Any]) -> None:
        """Parts of the customer's main address set by name (the command line's
        ``province=湖北省``); a customer without a main address gets one."""
        main = sql.main_of(self.store, customer_id)
        if main is None:
            self.add(customer_id, parts, main=True)
        else:
            self.update(main["id"], parts)

    def _unmark(self, customer_id: int) -> None:
        sql.unmark_main(self.store, customer_id)


def follow_customer(store: Store, customer_id: int, values: Mapping[str, Any]) -> None:
    """The customer's address line or area was set directly (the customer form, the CLI, an
    import updating it): the main address follows, split anew; a customer without one gets
    it. The customer keeps the line as typed."""
    if "address" not in values and "area" not in values:
        return
    main = sql.main_of(store, customer_id)
    if main is None:
        sql.fill_missing(store.conn, [customer_id])
        return
    changes: dict[str, Any] = {}
    if "address" in values and (values["address"] or "") != sql.one_line(main):
        changes.update({**sql.from_line(values["address"]), "building": None})
        changes.pop("area")
    if "area" in values:
        changes["area"] = values["area"] or None
    changes = {k: v for k, v in changes.items() if main[k] != v}
    if not sql.one_line({**main, **changes}) and not {**main, **changes}["area"]:
        store.delete("customer_addresses", main["id"])  # the customer's address was cleared
    elif changes:
        store.update("customer_addresses", main["id"], changes)
