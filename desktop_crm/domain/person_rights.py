"""A person's rights over their data (个人信息保护法, PIPL): to know and copy what the shop
holds about them (:meth:`PersonRights.export_json`), and to have it erased
(:meth:`PersonRights.erase`).

A person is named the way a shop finds them: a customer code, a phone number or a member
card. An individual customer (a member) is a person with their whole dossier; a contact of
an organisation is a person of their own. Erasing keeps the business records — purchases
as anonymous amounts, points, visit dates, campaign results — so reports still add up, and
is recorded in the audit log without the erased values. Backups taken before still hold the
old data until thinning lets them go: :func:`backups_holding` says which and when.

On a file connected to a team server the erase is an edit like any other: it goes into the
outbox and up with the next sync (the server's own history of old versions is the server's
administrator's to purge).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_crm.domain.service import default_actor
from desktop_crm.domain.validation import FieldError, NotFoundError, ValidationError
from desktop_crm.storage import addresses, audit, autobackup, sync_rows
from desktop_crm.storage import person_rights as sql
from desktop_crm.storage.db import Store

INDIVIDUAL = "individual"


@dataclass(frozen=True)
class Person:
    """Whom a request is about: an individual customer, or one contact of an organisation."""

    customer_id: int
    contact_id: int | None = None

    @property
    def kind(self) -> str:
        return "contact" if self.contact_id else "customer"


@dataclass(frozen=True)
class HeldBackup:
    path: Path
    taken: datetime
    expires: datetime | None     # None: a backup made by hand, never thinned


@dataclass
class Erasure:
    person: Person
    counts: dict[str, int] = field(default_factory=dict)
    log_emptied: bool = True     # the write-ahead log could be emptied at once
    backups: list[HeldBackup] = field(default_factory=list)


def _refuse(message: str, code: str = "person") -> ValidationError:
    return ValidationError([FieldError("person", code, message, {})])


def find(store: Store, key: str) -> Person:
    """The person a customer code, member card or phone number names. Raises
    :class:`NotFoundError` when none does, :class:`ValidationError` when several do or the
    code names an organisation (its contacts are the persons)."""
    key = key.strip()
    rows = sql.customers_by_code(store, key) or sql.customers_by_card(store, key)
    if rows:
        if rows[0]["kind"] != INDIVIDUAL and not sql.customers_by_card(store, key):
            raise _refuse(f"{key} is an organisation, not a person: name one of its contacts "
                          "by phone", "organisation")
        return Person(rows[0]["id"])
    customers, contacts = sql.by_phone(store, key)
    people = {Person(c) for c in customers}
    for contact in contacts:
        if sql.kind_of(store, contact["customer_id"]) == INDIVIDUAL:
            people.add(Person(contact["customer_id"]))  # the member's own contact card
        else:
            people.add(Person(contact["customer_id"], contact["id"]))
    if not people:
        raise NotFoundError(f"No customer code, member card or phone number {key} was found.")
    if len(people) > 1:
        raise _refuse(f"{len(people)} people have the phone number {key}: name the person "
                      "by customer code or member card", "ambiguous")
    return people.pop()


class PersonRights:
    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        self.actor = actor or default_actor(store)

    def data(self, person: Person) -> dict[str, Any]:
        """Everything held about the person, as JSON-ready values."""
        if person.contact_id:
            held = sql.contact_data(self.store, person.contact_id)
        else:
            held = sql.customer_data(self.store, person.customer_id)
        return {"person": person.kind, "exported_at": datetime.now().isoformat(timespec="seconds"),
                **held}

    def reference(self, person: Person) -> str:
        """How the audit log names the person: the record's UUID, never a name or a phone."""
        kind, local = ("contact", person.contact_id) if person.contact_id else ("customer", person.customer_id)
        with self.store.transaction():  # a file alone gives the record its UUID now
            return f"{kind} {sync_rows.given_uuid(self.store.conn, kind, local)}"

    def export_json(self, person: Person, folder: Path | str) -> Path:
        """Write the person's data to ``folder`` as JSON, recorded in the audit log."""
        return self.export(person, folder)[0]

    def export(self, person: Person, folder: Path | str,
               render_pdf: Callable[[dict[str, Any], Path], object] | None = None) -> list[Path]:
        """Write the person's data to ``folder``: JSON for a machine, and with ``render_pdf``
        (``reports/pdf/person.py``, given by the caller: reports build on this layer) a PDF
        to read. Each file is recorded in the audit log; returns them."""
        data = self.data(person)
        reference = self.reference(person)
        stem = f"person-{reference.split()[-1][:8]}"
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        writers: list[tuple[str, Callable[[Path], object]]] = [(".json", lambda tmp: tmp.write_text(
            json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8"))]
        if render_pdf is not None:
            writers.append((".pdf", lambda tmp: render_pdf(data, tmp)))
        written = []
        for suffix, write in writers:
            dest = folder / f"{stem}{suffix}"
            with audit.publish(self.store, dest, self.actor, "export_person",
                               f"data of {reference} ({dest.name})") as tmp:
                write(tmp)
            written.append(dest)
        return written

    def erase(self, person: Person) -> Erasure:
        """Erase the person in one transaction (with its audit row), then clean the file's
        free space and log; say which backups still hold the old data."""
        values = personal_values(self.data(person))
        reference = self.reference(person)
        result = Erasure(person)
        conn = self.store.conn
        was = conn.execute("PRAGMA secure_delete").fetchone()[0]
        conn.execute("PRAGMA secure_delete = ON")  # pages freed by the erase are zeroed
        try:
            with self.store.transaction():
                if person.contact_id:
                    result.counts = sql.erase_contact(self.store, person.contact_id, values)
                else:
                    result.counts = sql.erase_customer(self.store, person.customer_id)
                result.counts["sync_copies"] = sql.scrub_sync_copies(self.store, values)
                detail = f"erased {reference}: " + ", ".join(
                    f"{k} {v}" for k, v in sorted(result.counts.items()))
                audit.record(self.store, self.actor, "erase_person", detail)
            result.log_emptied = sql.scrub_file(self.store)
        finally:
            conn.execute(f"PRAGMA secure_delete = {int(was)}")
        result.backups = backups_holding(self.store.path)
        return result


def personal_values(data: dict[str, Any]) -> list[str]:
    """The texts an erase removes (names, phones, notes, ...): what is scrubbed from copies
    such as the sync outbox. Numbers, dates of business records and codes of kept fields are
    not among them."""
    out: set[str] = set()
    kept = set(sql.CUSTOMER_KEPT)

    def add(value: Any) -> None:
        if isinstance(value, str) and len(value.strip()) >= 2:
            out.add(value.strip())

    if "contact" in data:
        for col in sql.CONTACT_TEXTS:
            add(data["contact"].get(col))
        for value in data["contact"]["custom"].values():
            add(value)
        for way in data["contact"].get("ways", ()):
            add(way["value"])
            add(way["label"])
        return sorted(out)
    for col, value in data["customer"].items():
        if col not in kept:
            add(value)
    for contact in data["contacts"]:
        for col in sql.CONTACT_TEXTS:
            add(contact.get(col))
        for way in contact.get("ways", ()):
            add(way["value"])
            add(way["label"])
    for way in data.get("ways", ()):
        add(way["value"])
        add(way["label"])
    for address in data.get("addresses") or ():
        for col in sql.ADDRESS_TEXTS:
            add(address.get(col))
        add(addresses.one_line(address))
    for value in data["custom"].values():
        add(value)
    for tag in data["tags"]:
        add(tag)
    if data["member"]:
        for col in ("card_no", *sql.MEMBER_PERSONAL):
            add(data["member"].get(col))
    for row in data["interactions"]:
        for col in sql.INTERACTION_TEXTS:
            add(row.get(col))
    return sorted(out)


def backups_holding(db_path: Path, now: datetime | None = None) -> list[HeldBackup]:
    """The backups of the file taken before now, which still hold what was erased, with the
    latest day each can last: automatic backups are all gone a year after they were taken
    (``autobackup.MONTHLY_FOR``; removed at the next backup after that), most much sooner;
    backups made by hand are never thinned and must be deleted by hand."""
    now = now or datetime.now()
    return [HeldBackup(b.path, b.taken, None if b.reason == autobackup.MANUAL
                       else b.taken + autobackup.MONTHLY_FOR)
            for b in autobackup.listing(db_path) if b.taken <= now]
