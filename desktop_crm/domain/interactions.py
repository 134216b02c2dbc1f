"""The visit log: every contact with a customer, and the follow-ups it promises."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from desktop_crm.domain import follow_ups
from desktop_crm.domain.fields import INTERACTION_FIELDS
from desktop_crm.domain.service import RecordService, fail
from desktop_crm.domain.validation import parse_date, parse_datetime
from desktop_crm.storage import queries


class InteractionService(RecordService):
    table = "interactions"
    entity = "interaction"
    fields = INTERACTION_FIELDS

    def log_visit(
        self, customer_id: int, data: Mapping[str, Any], contact_ids: Sequence[int] = ()
    ) -> int:
        """Record one interaction with ``customer_id``, with the contacts who took part."""
        customer = self.store.get("customers", customer_id)
        if customer is None or customer["deleted_at"] is not None:
            raise fail("customer_id", "missing", f"there is no customer with id {customer_id}")
        values = self.check(self.clean({"occurred_at": datetime.now(), **data}), None)
        self._check_contacts(customer_id, contact_ids)
        row = {**self.to_columns(values), "customer_id": customer_id}
        with self.store.transaction():
            record_id = self.store.insert(self.table, row)
            queries.set_interaction_contacts(self.store, record_id, contact_ids)
            self.log(record_id, customer_id, [("*created", None, values["channel"])])
        return record_id

    def check(self, values: dict[str, Any], record_id: int | None) -> dict[str, Any]:
        current = dict(self.row(record_id)) if record_id is not None else {}
        occurred = values.get("occurred_at", current.get("occurred_at"))
        due = values.get("follow_up_due", current.get("follow_up_due"))
        if "follow_up_done_at" in values and values["follow_up_done_at"] and not due:
            raise fail("follow_up_done_at", "no_follow_up", "this visit has no follow-up to complete")
        if occurred and due and due < occurred[:10]:
            raise fail(
                "follow_up_due", "before_visit",
                f"the follow-up date {due} is before the visit ({occurred[:10]})",
                due=due, visit=occurred[:10],
            )
        return values

    def set_contacts(self, interaction_id: int, contact_ids: Sequence[int]) -> None:
        row = self.row(interaction_id)
        self._check_contacts(row["customer_id"], contact_ids)
        queries.set_interaction_contacts(self.store, interaction_id, contact_ids)

    def _check_contacts(self, customer_id: int, contact_ids: Sequence[int]) -> None:
        known = {c["id"] for c in queries.contacts_of(self.store, customer_id)}
        strangers = [c for c in contact_ids if c not in known]
        if strangers:
            raise fail(
                "contacts", "foreign",
                f"contacts {strangers} are not contacts of this customer",
            )

    # --- follow-ups -----------------------------------------------------------------------

    def complete_follow_up(self, interaction_id: int, when: datetime | str | None = None) -> None:
        moment = parse_datetime(when) if when is not None else datetime.now()
        self.update(interaction_id, {"follow_up_done_at": moment})

    def reschedule(self, interaction_id: int, due: date | str) -> None:
        self.update(interaction_id, {"follow_up_due": parse_date(due)})

    def agenda(self, today: date | None = None, staff_id: int | None = None) -> dict[str, list[dict]]:
        """Open follow-ups and plan actions by group: see :func:`follow_ups.agenda`."""
        return follow_ups.agenda(self.store, today, staff_id)

    def of_customer(self, customer_id: int, limit: int | None = None) -> list[dict[str, Any]]:
        return [dict(r) for r in queries.interactions_of(self.store, customer_id, limit)]
