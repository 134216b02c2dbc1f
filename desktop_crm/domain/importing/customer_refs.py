"""Which customer each row of a per-customer import (contacts, visits, purchases, members)
belongs to: found by the customer code it gives, else its phone, then its name, a chunk of
rows at a time (one query per way of finding); a member whose customer is not on file may
bring a new one."""

from __future__ import annotations

from collections.abc import Callable

from desktop_crm.domain.importing.prepare import Row
from desktop_crm.storage import importing as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

Problem = Callable[..., None]  # (row, field, code, message, **params): the import's problem()


def resolve(store: Store, rows: list[Row], members: bool, create: bool, problem: Problem) -> None:
    """Each row's customer: by its code; else by its phone, then its name. A member
    whose customer is not on file brings a new one when ``create`` says so (``members``: the
    rows are members, which may bring their customer along)."""
    found_by = {}
    for by in ("code", "phone", "name"):
        values = [r.refs[f"customer_{by}"] for r in rows if f"customer_{by}" in r.refs]
        found_by[by] = sql.customers_by(store, by, values) if values else {}
    creating = create and members
    for row in rows:
        refs = row.refs
        if not refs:
            problem(row, "customer_code", "required",
                    "no customer code or name in this row; fill it in")
            continue
        if "customer_code" in refs:
            ref, found = "customer_code", found_by["code"].get(refs["customer_code"], [])
        else:
            ref, found = "customer_phone", found_by["phone"].get(refs.get("customer_phone", ""), [])
            if not found and "customer_name" in refs:
                ref, found = "customer_name", found_by["name"].get(refs["customer_name"], [])
        value = refs.get(ref, "")
        if len(found) == 1:
            row.customer_id = found[0]
        elif found:
            problem(row, ref, "customer_ambiguous",
                    f"{len(found)} customers are called {value}; give the customer code"
                    if ref == "customer_name" else
                    f"{len(found)} customers have {value}; give the customer code",
                    value=value, count=len(found))
        elif creating and "customer_name" in refs:
            row.new_customer = True
        else:  # what was looked for: the code alone, or the phone and the name
            tried = [f"with code {value}"] if ref == "customer_code" else [
                f"{what} {refs[r]}" for r, what in (("customer_phone", "with phone"),
                                                    ("customer_name", "called")) if r in refs]
            hint = ("; import the customers first, or let this import create them"
                    if members else "; import the customers first")
            problem(row, ref, "customer_missing",
                    f"there is no customer {' or '.join(tried)}{hint}", value=value)
    new_codes = [r.refs["customer_code"] for r in rows if r.new_customer and "customer_code" in r.refs]
    taken = queries.existing_codes(store, new_codes) if new_codes else {}
    for row in rows:  # not found among customers on file, yet taken: by one in the trash
        if row.new_customer and row.refs.get("customer_code") in taken:
            row.new_customer = False
            problem(row, "customer_code", "duplicate",
                    f"customer code {row.refs['customer_code']} is used by a customer in "
                    "the trash: restore or purge it first", code=row.refs["customer_code"])
