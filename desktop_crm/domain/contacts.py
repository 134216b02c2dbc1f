"""People at a customer: owner, buyer, manager... with what helps to serve them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop_crm.domain.fields import CONTACT_FIELDS
from desktop_crm.domain.service import RecordService, fail
from desktop_crm.domain.validation import ValidationError
from desktop_crm.storage import queries


class ContactService(RecordService):
    table = "contacts"
    entity = "contact"
    fields = CONTACT_FIELDS

    def create(self, customer_id: int, data: Mapping[str, Any]) -> int:
        try:
            return self.create_many(customer_id, [data])[0]
        except ValidationError as exc:
            raise ValidationError(exc.errors) from None  # one record: no row number

    def create_many(self, customer_id: int, rows: Iterable[Mapping[str, Any]]) -> list[int]:
        customer = self.store.get("customers", customer_id)
        if customer is None:
            raise fail("customer_id", "missing", f"there is no customer with id {customer_id}")
        cleaned = []
        for index, data in enumerate(rows):
            try:
                cleaned.append({**self.to_columns(self.clean(data)), "customer_id": customer_id})
            except ValidationError as exc:
                raise ValidationError(exc.errors, row=index) from None
        with self.store.transaction():
            ids = self.store.insert_many(self.table, cleaned)
            queries.log_changes(
                self.store,
                [(self.entity, cid, customer_id, "*created", None, v["name"]) for cid, v in zip(ids, cleaned)],
                self.actor,
            )
        return ids

    def of_customer(self, customer_id: int, trashed: bool = False) -> list[dict[str, Any]]:
        """The customer's contacts, or those in the trash."""
        return [dict(r) for r in queries.contacts_of(self.store, customer_id, trashed)]
