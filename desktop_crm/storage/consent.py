"""Consent to marketing messages (个人信息保护法): which customers and contacts agreed to be
sent them, since when and how; and the schema step that records it.

A customer (an individual, a member) and each contact carry their own consent: the channels
agreed to (``sms``, ``wechat`` or ``sms_wechat``; NULL: none, or withdrawn), the day it was
given and how (a code, ``domain/fields.py`` CONSENT_HOW). Greetings and campaign targets
leave out whoever has none.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_crm.storage.db import Store

COLUMNS = ("consent_channels", "consent_on", "consent_how")

# Schema step m018_consent (applied from schema.py).
DDL = """
ALTER TABLE customers ADD COLUMN consent_channels TEXT;
ALTER TABLE customers ADD COLUMN consent_on TEXT;
ALTER TABLE customers ADD COLUMN consent_how TEXT;
ALTER TABLE contacts ADD COLUMN consent_channels TEXT;
ALTER TABLE contacts ADD COLUMN consent_on TEXT;
ALTER TABLE contacts ADD COLUMN consent_how TEXT;
"""

_CHUNK = 500


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(set(ids))
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def consenting_customers(store: Store, ids: Iterable[int]) -> set[int]:
    """Of ``ids``, the customers who agreed to marketing messages themselves, or whose
    primary contact (else first contact) did: an organisation is messaged through them."""
    out: set[int] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in store.conn.execute(
            f"SELECT cu.id FROM customers cu WHERE cu.id IN ({marks}) AND (cu.consent_channels "
            "IS NOT NULL OR (SELECT c.consent_channels FROM contacts c WHERE c.customer_id = cu.id "
            "AND c.deleted_at IS NULL ORDER BY c.is_primary DESC, c.id LIMIT 1) IS NOT NULL)", chunk))
    return out


def consenting_contacts(store: Store, ids: Iterable[int]) -> set[int]:
    """Of ``ids``, the contacts who agreed, or who are a member's own contact card
    (role ``self``) of a customer who did."""
    out: set[int] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in store.conn.execute(
            f"SELECT c.id FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
            f"WHERE c.id IN ({marks}) AND (c.consent_channels IS NOT NULL OR "
            "(c.role = 'self' AND cu.consent_channels IS NOT NULL))", chunk))
    return out
