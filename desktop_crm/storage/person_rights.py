"""SQL of a person's rights (个人信息保护法): finding a person, reading everything held about
them, and erasing it — their personal fields blanked, the business records kept.

A *person* is either an individual customer (a member, a depositor) with everything hanging
off their dossier, or one contact of an organisation. Erasing keeps what reports add up
(purchases as amounts, points, visit dates and channels, campaign results) and removes what
says who the person is: names, phones, addresses, birthdays, free texts, tags, custom values,
the change history's old and new values, and copies of those in the sync outbox and kept
conflicts. The search index follows through its triggers; :func:`scrub_file` then makes sure
no copy stays in the file's free space, its full-text segments or its write-ahead log.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from desktop_crm.storage import addresses, products
from desktop_crm.storage.db import Store, now_number
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.sync_rows import to_server
from desktop_crm.storage.sync_tables import TABLES, link_uuid

ERASED = "[erased]"  # what a NOT NULL name takes

# Columns of a customer that say nothing about who the person is: kept by an erase, so the
# person still counts in reports by tier, area, owner and lifecycle.
CUSTOMER_KEPT = ("id", "kind", "lifecycle", "tier", "asset_grade", "owner_id", "area",
                 "business_format", "industry", "created_at", "updated_at", "deleted_at",
                 "name_sort", "last_visit_at", "next_follow_up", "tags_text")
INTERACTION_TEXTS = ("purpose", "customer_said", "needs", "outcome", "next_step")
MEMBER_PERSONAL = ("expected_due_date", "children_birthdays", "household_notes", "referred_by")
# An address's parts that say where the person is (a province or city alone does not, and
# would blank every copy in the sync outbox naming the same city).
ADDRESS_TEXTS = ("street", "building", "line", "postcode")
CONTACT_TEXTS = ("name", "role", "mobile", "phone", "wechat", "email", "birthday", "gender",
                 "occupation", "position", "personality", "hobbies", "family", "notes")


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def customers_by_code(store: Store, code: str) -> list[sqlite3.Row]:
    return store.conn.execute("SELECT id, kind FROM customers WHERE code = ?", (code,)).fetchall()


def customers_by_card(store: Store, card: str) -> list[sqlite3.Row]:
    return store.conn.execute(
        "SELECT c.id, c.kind FROM members m JOIN customers c ON c.id = m.customer_id "
        "WHERE m.card_no = ?", (card,)).fetchall()


def by_phone(store: Store, phone: str) -> tuple[list[int], list[sqlite3.Row]]:
    """Customers whose phone is ``phone`` and contacts whose mobile or phone is, compared
    by their digits: ``(customer ids, contact rows (id, customer_id))``."""
    wanted = _digits(phone)
    if len(wanted) < 5:
        return [], []
    like = f"%{wanted[-4:]}%"  # narrow in SQL, compare the digits here
    customers = [r["id"] for r in store.conn.execute(
        "SELECT id, phone FROM customers WHERE phone LIKE ?", (like,)) if _digits(r["phone"]) == wanted]
    contacts = [r for r in store.conn.execute(
        "SELECT id, customer_id, mobile, phone FROM contacts WHERE mobile LIKE ? OR phone LIKE ?",
        (like, like)) if wanted in (_digits(r["mobile"] or ""), _digits(r["phone"] or ""))]
    return customers, contacts


def kind_of(store: Store, customer_id: int) -> str | None:
    row = store.conn.execute("SELECT kind FROM customers WHERE id = ?", (customer_id,)).fetchone()
    return row[0] if row else None


# --- reading everything --------------------------------------------------------------------

def _rows(store: Store, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in store.conn.execute(sql, params)]


def _custom(store: Store, entity: str, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    out: dict[int, dict[str, Any]] = {}
    for r in store.conn.execute(
            f"SELECT v.entity_id, f.label, v.value FROM custom_values v JOIN custom_fields f "
            f"ON f.id = v.field_id WHERE f.entity = ? AND v.entity_id IN ({marks}) "
            "ORDER BY f.position, f.id", (entity, *ids)):
        out.setdefault(r[0], {})[r[1]] = r[2]
    return out


def customer_data(store: Store, customer_id: int) -> dict[str, Any]:
    """Everything the file holds about an individual customer, as plain values."""
    q = store.conn.execute
    customer = dict(q("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone())
    for local in ("name_sort", "tags_text"):
        customer.pop(local, None)
    contacts = _rows(store, "SELECT * FROM contacts WHERE customer_id = ? ORDER BY id", (customer_id,))
    member = q("SELECT * FROM members WHERE customer_id = ?", (customer_id,)).fetchone()
    member_id = member["id"] if member else None
    custom = _custom(store, "contact", [c["id"] for c in contacts])
    for c in contacts:
        c["custom"] = custom.get(c["id"], {})
        c["ways"] = _ways(store, "contact_id = ?", c["id"])
    return {
        "ways": _ways(store, "customer_id = ? AND contact_id IS NULL", customer_id),
        "customer": customer,
        "tags": [r[0] for r in q("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag",
                                  (customer_id,))],
        "custom": _custom(store, "customer", [customer_id]).get(customer_id, {}),
        "contacts": contacts,
        "addresses": _rows(store, "SELECT * FROM customer_addresses WHERE customer_id = ? "
                                  "ORDER BY is_main DESC, id", (customer_id,)),
        "member": dict(member) if member else None,
        "purchases": products.read(store.conn, "t.customer_id = ? ORDER BY t.occurred_on, t.id",
                                   (customer_id,)),
        "points_moves": _rows(store, "SELECT * FROM points_moves WHERE member_id = ? "
                                     "ORDER BY occurred_on, id", (member_id,)),
        "interactions": _rows(store, "SELECT * FROM interactions WHERE customer_id = ? "
                                     "ORDER BY occurred_at, id", (customer_id,)),
        "campaigns": _rows(store, "SELECT c.name AS campaign, t.contacted_at, t.outcome, "
                                  "t.feedback, t.converted FROM campaign_targets t JOIN campaigns c "
                                  "ON c.id = t.campaign_id WHERE t.customer_id = ? ORDER BY t.id",
                           (customer_id,)),
        "plans": _rows(store, "SELECT id, version, status, plan_date, title FROM plans "
                              "WHERE customer_id = ? ORDER BY version", (customer_id,)),
        "history": _rows(store, "SELECT at, actor, entity, field, old_value, new_value "
                                "FROM change_log WHERE customer_id = ? ORDER BY at, id", (customer_id,)),
    }


def contact_data(store: Store, contact_id: int) -> dict[str, Any]:
    """Everything the file holds about one contact of an organisation."""
    contact = dict(store.conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone())
    contact["custom"] = _custom(store, "contact", [contact_id]).get(contact_id, {})
    contact["ways"] = _ways(store, "contact_id = ?", contact_id)
    organisation = store.conn.execute("SELECT code, name FROM customers WHERE id = ?",
                                      (contact["customer_id"],)).fetchone()
    return {
        "contact": contact,
        "organisation": dict(organisation),
        "interactions": _rows(store, "SELECT i.* FROM interactions i JOIN interaction_contacts x "
                                     "ON x.interaction_id = i.id WHERE x.contact_id = ? "
                                     "ORDER BY i.occurred_at, i.id", (contact_id,)),
        "history": _rows(store, "SELECT at, actor, entity, field, old_value, new_value "
                                "FROM change_log WHERE entity = 'contact' AND entity_id = ? "
                                "ORDER BY at, id", (contact_id,)),
    }


def _ways(store: Store, where: str, owner: int) -> list[dict[str, Any]]:
    """Ways to reach a person (storage/contact_ways.py): type, value, label, preferred."""
    return _rows(store, f"SELECT type, value, label, preferred FROM contact_ways WHERE {where} "
                        "ORDER BY type, preferred DESC, id", (owner,))


# --- erasing --------------------------------------------------------------------------------

def erase_customer(store: Store, customer_id: int) -> dict[str, int]:
    """Blank an individual customer's personal fields everywhere; call inside a transaction.
    Returns counts of what was changed, for the audit row."""
    q = store.conn.execute
    cols = [c for c in store.columns("customers") if c not in CUSTOMER_KEPT]
    values: dict[str, Any] = {c: None for c in cols}
    values.update(name=ERASED, code=f"ERASED-{customer_id}", updated_at=now_number())
    q(f"UPDATE customers SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
      (*values.values(), customer_id))
    contact_ids = [r[0] for r in q("SELECT id FROM contacts WHERE customer_id = ?", (customer_id,))]
    counts = {"contacts": len(contact_ids)}
    _drop_custom(store, "customer", [customer_id])
    _drop_custom(store, "contact", contact_ids)
    q("DELETE FROM contacts WHERE customer_id = ?", (customer_id,))
    counts["ways"] = q("DELETE FROM contact_ways WHERE customer_id = ?", (customer_id,)).rowcount
    counts["tags"] = q("DELETE FROM customer_tags WHERE customer_id = ?", (customer_id,)).rowcount
    counts["addresses"] = addresses.erase(store, customer_id)
    counts["interactions"] = q(
        f"UPDATE interactions SET {', '.join(f'{c} = NULL' for c in INTERACTION_TEXTS)}, "
        "updated_at = ? WHERE customer_id = ?", (now_number(), customer_id)).rowcount
    counts["plans"] = q("DELETE FROM plans WHERE customer_id = ?", (customer_id,)).rowcount
    member = q("SELECT id FROM members WHERE customer_id = ?", (customer_id,)).fetchone()
    if member:
        q(f"UPDATE members SET card_no = ?, {', '.join(f'{c} = NULL' for c in MEMBER_PERSONAL)} "
          "WHERE id = ?", (f"ERASED-{member[0]}", member[0]))
        q("UPDATE points_moves SET note = NULL WHERE member_id = ?", (member[0],))
    q("UPDATE campaign_targets SET feedback = NULL WHERE customer_id = ?", (customer_id,))
    q("DELETE FROM merges WHERE survivor_id = ? OR merged_id = ?", (customer_id, customer_id))
    counts["history"] = q("UPDATE change_log SET old_value = NULL, new_value = NULL "
                          "WHERE customer_id = ? AND (old_value IS NOT NULL OR new_value IS NOT NULL)",
                          (customer_id,)).rowcount
    return counts


def erase_contact(store: Store, contact_id: int, values: Iterable[str]) -> dict[str, int]:
    """Remove one contact of an organisation; its name, phones and the like are also cut out
    of the organisation's visit texts and history (``values``: the texts to cut out)."""
    q = store.conn.execute
    customer_id = q("SELECT customer_id FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0]
    _drop_custom(store, "contact", [contact_id])
    counts = {"history": q("UPDATE change_log SET old_value = NULL, new_value = NULL "
                           "WHERE entity = 'contact' AND entity_id = ?", (contact_id,)).rowcount}
    counts["history"] += q("UPDATE change_log SET old_value = NULL, new_value = NULL WHERE "
                           "entity = 'contact_way' AND entity_id IN (SELECT id FROM contact_ways "
                           "WHERE contact_id = ?)", (contact_id,)).rowcount
    q("DELETE FROM contacts WHERE id = ?", (contact_id,))
    mentions = 0
    for text in sorted({v for v in values if v and len(v) >= 2}, key=len, reverse=True):
        for col in INTERACTION_TEXTS:
            mentions += q(f"UPDATE interactions SET {col} = replace({col}, ?, ?) "
                          f"WHERE customer_id = ? AND instr({col}, ?) > 0",
                          (text, ERASED, customer_id, text)).rowcount
        for col in ("old_value", "new_value"):
            mentions += q(f"UPDATE change_log SET {col} = replace({col}, ?, ?) "
                          f"WHERE customer_id = ? AND instr({col}, ?) > 0",
                          (text, ERASED, customer_id, text)).rowcount
    counts["mentions"] = mentions
    return counts


def _drop_custom(store: Store, entity: str, ids: Sequence[int]) -> None:
    if ids:
        marks = ",".join("?" * len(ids))
        store.conn.execute(
            f"DELETE FROM custom_values WHERE entity_id IN ({marks}) AND field_id IN "
            "(SELECT id FROM custom_fields WHERE entity = ?)", (*ids, entity))


def scrub_sync_copies(store: Store, values: Iterable[str]) -> int:
    """The sync outbox keeps each changed record as it was (its merge base), kept conflicts
    keep both sides: any JSON value there holding one of ``values`` is blanked, conflicts
    holding one are dropped, and a removed link row whose key names one (a tag) is keyed by
    its UUID instead (the push sends its removal without its text). Returns how many entries
    were touched."""
    needles = [v for v in values if v and len(v) >= 2]
    if not needles:
        return 0
    touched = 0
    for t in TABLES:  # a removed link row is named by what it linked: a tag's text
        if not t.link:
            continue
        for (key,) in store.conn.execute("SELECT local_key FROM sync_outbox WHERE kind = ? "
                                         "AND deleted = 1", (t.kind,)).fetchall():
            if any(n in key for n in needles):
                data = to_server(store.conn, t, dict(zip(t.link, key.split("|", len(t.link) - 1))))
                uuid = link_uuid(t.kind, tuple(str(data[c]) for c in t.link))
                store.conn.execute("UPDATE sync_outbox SET local_key = ?, uuid = ? "
                                   "WHERE kind = ? AND local_key = ?",
                                   (f"{key.split('|')[0]}|{uuid}", uuid, t.kind, key))
                touched += 1
    rows = store.conn.execute("SELECT kind, local_key, base FROM sync_outbox "
                              "WHERE base IS NOT NULL").fetchall()
    for kind, key, base in rows:
        clean = _scrubbed(base, needles)
        if clean != base:
            store.conn.execute("UPDATE sync_outbox SET base = ? WHERE kind = ? AND local_key = ?",
                               (clean, kind, key))
            touched += 1
    for row in store.conn.execute("SELECT id, base, mine, theirs FROM sync_conflicts").fetchall():
        if any(_scrubbed(row[c], needles) != row[c] for c in ("base", "mine", "theirs")):
            store.conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (row[0],))
            touched += 1
    return touched


def _scrubbed(text: str | None, needles: Sequence[str]) -> str | None:
    if text is None or not any(n in text for n in needles):
        return text
    try:
        data = json.loads(text)
    except ValueError:
        return None

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, str) and any(n in value for n in needles):
            return None
        return value

    return json.dumps(walk(data), ensure_ascii=False)


def scrub_file(store: Store) -> bool:
    """After the erase has committed: merge the full-text indexes' segments (a contentless
    FTS5 index keeps a deleted entry's tokens until its segments merge), rewrite the file
    without free pages (VACUUM, with secure_delete so pages freed on the way are zeroed), and
    empty the write-ahead log. Returns whether the log could be emptied (another connection
    reading at that moment keeps it; it is emptied at its next checkpoint)."""
    q = store.conn.execute
    with store.transaction():
        for table in ("search_words", "search_fts"):
            q(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    q("VACUUM")
    busy = q("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy
