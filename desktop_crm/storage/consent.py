"""Consent to marketing messages (个人信息保护法): which customers and contacts agreed to be
sent them, since when and how; and the schema step that records it.

A customer (an individual, a member) and each contact carry their own consent: the channels
agreed to (``sms``, ``wechat`` or ``sms_wechat``; NULL: none, or withdrawn), the day it was
given and how (a code, ``domain/fields.py`` CONSENT_HOW), and the day it was withdrawn
(``consent_withdrawn_on``, step m022): a withdrawal keeps what had been agreed and when, and
ends it, until a consent given after it (``consent_on`` later than the withdrawal). Greetings,
campaign targets and the customer list's consent filter count only a consent in force.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_crm.storage.db import Store

COLUMNS = ("consent_channels", "consent_on", "consent_how", "consent_withdrawn_on")

# Schema step m018_consent (applied from schema.py).
DDL = """
ALTER TABLE customers ADD COLUMN consent_channels TEXT;
ALTER TABLE customers ADD COLUMN consent_on TEXT;
ALTER TABLE customers ADD COLUMN consent_how TEXT;
ALTER TABLE contacts ADD COLUMN consent_channels TEXT;
ALTER TABLE contacts ADD COLUMN consent_on TEXT;
ALTER TABLE contacts ADD COLUMN consent_how TEXT;
"""

# Schema step m022_consent_withdrawn (applied from schema.py).
WITHDRAWN_DDL = """
ALTER TABLE customers ADD COLUMN consent_withdrawn_on TEXT;
ALTER TABLE contacts ADD COLUMN consent_withdrawn_on TEXT;
"""

_CHUNK = 500
STATES = ("given", "none", "withdrawn")  # what the customer list's consent filter takes


def in_force(alias: str) -> str:
    """SQL: the customer or contact ``alias`` has a consent in force (given, not withdrawn
    since)."""
    return (f"({alias}.consent_channels IS NOT NULL AND ({alias}.consent_withdrawn_on IS NULL "
            f"OR {alias}.consent_on > {alias}.consent_withdrawn_on))")


# The customers ``c`` whose primary (else first) contact ``k`` meets a condition: the contacts
# that meet it are read once (an IN list), and only for those is the primary looked up — a
# look-up per customer made the list's consent filter cost ~0.7 s of CPU at 100,000.
def _through_contact(condition: str) -> str:
    return (f"c.id IN (SELECT k.customer_id FROM contacts k WHERE k.deleted_at IS NULL "
            f"AND {condition} AND k.id = (SELECT p.id FROM contacts p WHERE p.customer_id = "
            "k.customer_id AND p.deleted_at IS NULL ORDER BY p.is_primary DESC, p.id LIMIT 1))")


# SQL on customers ``c``: agreed themselves, or through their primary contact
GIVEN = f"({in_force('c')} OR {_through_contact(in_force('k'))})"
_WITHDRAWN = f"(c.consent_withdrawn_on IS NOT NULL OR {_through_contact('k.consent_withdrawn_on IS NOT NULL')})"
# The primary (else first) contact of customer ``c``, looked up per customer: for a page of
# the list (200 rows), where the IN lists above would read every consenting contact each time.
_PRIMARY = ("(SELECT k.id FROM contacts k WHERE k.customer_id = c.id AND k.deleted_at IS NULL "
            "ORDER BY k.is_primary DESC, k.id LIMIT 1)")
# 'given', 'withdrawn' (none in force, one was withdrawn) or NULL (never any): the list's column
STATE = (f"CASE WHEN {in_force('c')} OR EXISTS (SELECT 1 FROM contacts p WHERE p.id = {_PRIMARY} "
         f"AND {in_force('p')}) THEN 'given' WHEN c.consent_withdrawn_on IS NOT NULL OR EXISTS "
         f"(SELECT 1 FROM contacts p WHERE p.id = {_PRIMARY} AND p.consent_withdrawn_on IS NOT "
         "NULL) THEN 'withdrawn' END")


def state_clause(kind: str) -> str:
    """A condition on customers ``c`` for the customer list's consent filter (no parameter)."""
    if kind == "given":
        return GIVEN
    if kind == "withdrawn":
        return f"(NOT {GIVEN} AND {_WITHDRAWN})"
    if kind == "none":
        return f"(NOT {GIVEN} AND NOT {_WITHDRAWN})"
    raise ValueError(f"{kind!r} is not one of {', '.join(STATES)}")


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(set(ids))
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def consenting_customers(store: Store, ids: Iterable[int]) -> set[int]:
    """Of ``ids``, the customers whose own consent to marketing messages is in force, or
    whose primary contact's (else first contact's) is: an organisation is messaged through
    them."""
    out: set[int] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in store.conn.execute(
            f"SELECT c.id FROM customers c WHERE c.id IN ({marks}) AND {GIVEN}", chunk))
    return out


def consenting_contacts(store: Store, ids: Iterable[int]) -> set[int]:
    """Of ``ids``, the contacts whose consent is in force, or who are a member's own contact card
    (role ``self``) of a customer who did."""
    out: set[int] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in store.conn.execute(
            f"SELECT c.id FROM contacts c JOIN customers cu ON cu.id = c.customer_id "
            f"WHERE c.id IN ({marks}) AND ({in_force('c')} OR "
            f"(c.role = 'self' AND {in_force('cu')}))", chunk))
    return out
