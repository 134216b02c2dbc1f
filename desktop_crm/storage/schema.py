"""The schema, as an ordered list of migrations.

Each migration runs in one transaction together with its record in ``_sqlite_migrations``
(sqlite-utils' ``Migrations``). Never edit a migration that has shipped: add a new one.
Codes (``'active'``, ``'key'``...) are stored, never display labels, so the data does not
depend on the language of the person who typed it.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop_crm.storage.ddl import BUSINESS, CORE, CUSTOMER_LIST, LIST_GROUPS
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.steps import MIGRATION_SET  # noqa: E402

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_domain(db: Database) -> None:
    _run(db, CORE)
    _run(db, BUSINESS)


@migrations()
def m002_search_index(db: Database) -> None:
    # Imported here, not at the top: the index module needs the schema it creates.
    from desktop_crm.storage import search_index

    _run(db, search_index.DDL_M002)
    search_index.rebuild(db.conn)


@migrations()
def m003_customer_list(db: Database) -> None:
    _run(db, CUSTOMER_LIST)


@migrations()
def m004_visit_list(db: Database) -> None:
    """Indexes for the list of everyone's visits (newest first, by channel) and the agenda."""
    from desktop_crm.storage import visit_list

    _run(db, visit_list.INDEX_DDL)


@migrations()
def m005_scoring(db: Database) -> None:
    """Scores per customer per run, and the stale mark kept by triggers (storage/scores.py)."""
    from desktop_crm.storage import scores

    _run(db, scores.DDL)


@migrations()
def m006_plans(db: Database) -> None:
    """Plan background and strategies, one active plan per customer (storage/plans.py)."""
    from desktop_crm.storage import plans

    _run(db, plans.DDL)


@migrations()
def m007_transfer(db: Database) -> None:
    """Pairs marked "not duplicates", and merges kept so they can be undone (storage/merge.py)."""
    from desktop_crm.storage import merge

    _run(db, merge.DDL)


@migrations()
def m008_members(db: Database) -> None:
    """Points moves, saved filters, greeting templates, care-calendar and campaign indexes."""
    from desktop_crm.storage import members

    _run(db, members.DDL)


@migrations()
def m009_surname_pinyin(db: Database) -> None:
    """People's names are read with their surname's reading (曾: zeng, not ceng): a customer's
    kind now counts for its search entry, and the entries it changes are redone (by the flush
    when the file is opened)."""
    from desktop_crm.storage import search_index
    from desktop_crm.storage.pinyin import SURNAMES

    db.conn.execute("DROP TRIGGER IF EXISTS customers_search_au")
    search_index.make_triggers(db.conn, ["customers_search_au"])  # now watching the kind
    firsts = sorted({s[0] for s in SURNAMES})
    marks = ",".join("?" * len(firsts))
    db.conn.execute(
        "INSERT OR IGNORE INTO search_dirty SELECT id FROM customers "
        f"WHERE kind = 'individual' AND substr(name, 1, 1) IN ({marks}) "
        f"UNION SELECT customer_id FROM contacts WHERE substr(name, 1, 1) IN ({marks})",
        [*firsts, *firsts],
    )


@migrations()
def m010_audit_chain(db: Database) -> None:
    """The audit log made append-only and hash-chained (storage/audit.py): the machine and
    chain columns, the rows already written chained in id order, then the triggers that
    refuse changing or removing a row, or adding one without its hash."""
    from desktop_crm.storage import audit

    _run(db, audit.DDL)
    audit.chain_existing(db.conn)
    _run(db, audit.PROTECTION)


@migrations()
def m011_greeting_when(db: Database) -> None:
    """Birthday greetings say when the birthday is ({when}), English greeting templates."""
    from desktop_crm.storage import members

    _run(db, members.GREETINGS_WHEN)


@migrations()
def m012_sync_ids(db: Database) -> None:
    """Ready for a team server (storage/sync_tables.py): a UUID for every synced record, made
    now for the existing ones and by triggers from now on; the outbox, conflicts and
    connection tables, empty until the file is connected."""
    from desktop_crm.storage import sync_tables

    _run(db, sync_tables.DDL)
    sync_tables.give_ids(db.conn)
    sync_tables.install(db.conn)


@migrations()
def m013_sync_more(db: Database) -> None:
    """More travels to the team server: the change history, custom field values, the audit
    log (up only); conflicts say why they are kept (a change the server refused)."""
    from desktop_crm.storage import sync_tables

    _run(db, sync_tables.DDL_M013)
    sync_tables.lean_ids(db.conn)  # m015's layout first: give_ids writes it
    sync_tables.give_ids(db.conn)
    sync_tables.install(db.conn)


@migrations()
def m014_lean_search(db: Database) -> None:
    """The search index without a copy of the text (storage/search_index.py), built anew
    from the data (15-30 s per 100,000 customers); an index no query reads goes
    (tests/storage/test_index_use.py)."""
    from desktop_crm.storage import search_index

    search_index.rebuild(db.conn)
    db.conn.execute("DROP INDEX IF EXISTS interactions_campaign")  # no query filters by it


@migrations()
def m015_lean_file(db: Database) -> None:
    """A leaner file (issue 17): the records' sync ids as numbers and 16-byte UUIDs, not text
    (storage/sync_tables.py; 210 -> 104 MiB at 100k customers); the file is compacted after it
    (steps.COMPACT_AFTER)."""
    from desktop_crm.storage import sync_tables

    sync_tables.lean_ids(db.conn)


@migrations()
def m016_compact_scores(db: Database) -> None:
    """Scoring runs stored lean (storage/scores.py, ``score_rows``): codes as small integers,
    figures that follow exactly from others computed by the ``score_customers`` view; the
    runs already in the file are moved over unchanged. Independent of the other steps."""
    from desktop_crm.storage import scores

    scores.compact_runs(db.conn)


@migrations()
def m017_list_groups(db: Database) -> None:
    """The customer list's page index by seeking (storage/list_anchors.py) in the orders by
    code and by group: their indexes over the customers not in the trash, so that the count
    of each group and the steps from page to page read the index alone (the customers'
    indexes on these columns hold the trash too, which made every step read the row)."""
    _run(db, LIST_GROUPS)


@migrations()
def m018_consent(db: Database) -> None:
    """Consent to marketing messages on customers and contacts (storage/consent.py); the
    sync triggers' images name the new columns."""
    from desktop_crm.storage import consent, sync_tables

    _run(db, consent.DDL)
    sync_tables.install(db.conn)


@migrations()
def m019_addresses(db: Database) -> None:
    """Several addresses per customer (storage/addresses.py): each customer's address line
    and area become its main address, split into parts where the line allows; the new
    table gets its sync triggers. Independent of the other steps."""
    from desktop_crm.storage import addresses, sync_tables

    _run(db, addresses.DDL)
    for statement in sync_tables.triggers(db.conn, sync_tables.BY_TABLE["customer_addresses"]):
        db.conn.execute(statement)  # the new table's alone: the others' stay as they are
    addresses.fill_missing(db.conn)
    addresses.migrated_uuids(db.conn, sync_tables.KIND_CODES["address"],
                             sync_tables.KIND_CODES["customer"])
    _run(db, addresses.SEARCH_TRIGGERS)


@migrations()
def m020_contact_ways(db: Database) -> None:
    """Ways to reach a customer or a contact (storage/contact_ways.py): the phones, WeChat
    ids and emails of the old columns become each owner's preferred ways; the new table is
    synced (sync_tables.TABLES)."""
    from desktop_crm.storage import contact_ways, sync_tables

    contact_ways.move_existing(db.conn)
    # the new table's triggers only: install() rewrites every trigger, which on a fresh
    # file's migrations doubled the write-ahead log (a 2 MB disk could not hold it)
    for statement in sync_tables.triggers(db.conn, sync_tables.BY_TABLE["contact_ways"]):
        db.conn.execute(statement)
    code = sync_tables.KIND_CODES["contact_way"]  # (the others' ids are not this step's)
    db.conn.execute(f"INSERT INTO sync_ids (kind, local_id, uuid) SELECT ?, rowid, "
                    f"{sync_tables.UUID_SQL} FROM contact_ways WHERE rowid NOT IN "
                    f"(SELECT local_id FROM sync_ids WHERE kind = ?)", (code, code))


@migrations()
def m021_identifiers(db: Database) -> None:
    """A customer's identifiers (credit code, resident ID, tobacco licence, tax ID;
    storage/identifiers.py), unique where they must be among the customers not in the
    trash; the sync triggers' images name the new columns. Independent of m019/m020."""
    from desktop_crm.storage import identifiers, sync_tables

    _run(db, identifiers.DDL)
    sync_tables.install(db.conn)


@migrations()
def m022_consent_withdrawn(db: Database) -> None:
    """The day a consent to marketing messages was withdrawn, on customers and contacts
    (storage/consent.py): kept beside what had been agreed; the sync triggers' images name
    the new column."""
    from desktop_crm.storage import consent, sync_tables

    _run(db, consent.WITHDRAWN_DDL)
    sync_tables.install(db.conn)


@migrations()
def m023_lean_ids(db: Database) -> None:
    """A file never connected to a team holds no sync ids (storage/sync_tables.py): its
    records get their UUIDs when it first connects or is published, and new records theirs
    only while it is connected (104 of 616 MiB at 100k customers). A file that was connected
    keeps everything. The purchases' date index goes: only the staff statistics' month read
    it, and a scan of all purchases costs ~20 ms more there (18 MiB at a million purchases).
    Compacted after it (steps.COMPACT_AFTER)."""
    from desktop_crm.storage import sync_tables

    sync_tables.forget_ids(db.conn)
    sync_tables.install(db.conn)
    db.conn.execute("DROP INDEX IF EXISTS transactions_date")


@migrations()
def m024_purchase_days(db: Database) -> None:
    """A purchase's day and time stamp as numbers (storage/days.py; 31 of 539 MiB at 100k
    customers and a million purchases), read back as the ISO text they were. A day that is
    not one (none is, written by the app) takes the day the purchase was written (else
    1970-01-01), a stamp that is not one 1970-01-01T00:00:00. The sync triggers' images name
    the new types. Compacted after it."""
    from desktop_crm.storage import days, sync_tables

    had_sync = db.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                               "AND name LIKE 'sync_transactions_%'").fetchone()
    days.make_numbers(db.conn, "transactions", {"occurred_on": days.DAY, "created_at": days.STAMP},
                      fallback={"occurred_on": f"coalesce({days.day_from_text('created_at')}, 0)",
                                "created_at": "0"})
    if had_sync:
        for statement in sync_tables.triggers(db.conn, sync_tables.BY_TABLE["transactions"]):
            db.conn.execute(statement)


@migrations(transactional=False)
def m025_visit_days(db: Database) -> None:
    """A visit's time stamps and follow-up day as numbers (storage/days.py; 52 of 508 MiB at
    100k customers and 500k visits), read back as the ISO text they were; the customer keeps
    its last visit and next follow-up as text, from new triggers (ddl.VISIT_ACTIVITY). A time
    that is not one (none is, written by the app) takes the time the visit was written (else
    1970-01-01T00:00:00). The contacts of a visit refer to it, so the table is made anew with
    foreign keys off, in a transaction of its own (days.alone): a run cut off after its
    commit finds nothing to do. The sync triggers' images name the new types. The index of
    open follow-ups, trash included, goes: the one without the trash serves every query.
    Compacted after it."""
    from desktop_crm.storage import days, sync_tables
    from desktop_crm.storage.ddl import VISIT_ACTIVITY

    stamps = ("occurred_at", "follow_up_done_at", "created_at", "updated_at")
    with days.alone(db.conn, "interactions"):
        if not days.make_numbers(
                db.conn, "interactions", {**dict.fromkeys(stamps, days.STAMP),
                                          "follow_up_due": days.DAY},
                fallback={"occurred_at": f"coalesce({days.stamp_from_text('created_at')}, 0)",
                          "created_at": "0", "updated_at": "0"}):
            return
        _run(db, VISIT_ACTIVITY)
        # open follow-ups not in the trash (visit_list.INDEX_DDL) serve every query of them
        db.conn.execute("DROP INDEX interactions_follow_up")
        sync_tables.renew(db.conn, ("interactions",))


@migrations(transactional=False)
def m026_people_stamps(db: Database) -> None:
    """When customers, contacts, their ways and addresses were made and last changed, as
    numbers (storage/days.py; ~20 of 452 MiB at 100k customers), read back as the ISO text
    they were; the triggers that make a way from a column stamp it with a number. Other
    tables refer to these, so they are made anew with foreign keys off, in one transaction
    of their own (days.alone), which finds nothing to do when run again. Compacted after it."""
    from desktop_crm.storage import contact_ways, days, sync_tables

    tables = ("customers", "contacts", "contact_ways", "customer_addresses")
    stamps = {"created_at": days.STAMP, "updated_at": days.STAMP}
    fallback = {"created_at": "0", "updated_at": f"coalesce({days.stamp_from_text('created_at')}, 0)"}
    with days.alone(db.conn, *tables):
        made = [days.make_numbers(db.conn, table, stamps, fallback) for table in tables]
        if not any(made):
            return
        contact_ways.retrigger(db.conn)
        sync_tables.renew(db.conn, tables)


@migrations(transactional=False)
def m027_customer_days(db: Database) -> None:
    """A customer's founding day, trading-since day, last visit and next follow-up as numbers
    (storage/days.py), read back as the ISO text they were; the triggers copy a visit's
    numbers as they are, and the list's indexes of the last two are made again
    (ddl.CUSTOMER_DAYS). Made anew as in m026, and like it finds nothing to do when run
    again."""
    from desktop_crm.storage import days, sync_tables
    from desktop_crm.storage.ddl import CUSTOMER_DAYS

    columns = {"founded_on": days.DAY, "trading_since": days.DAY,
               "last_visit_at": days.STAMP, "next_follow_up": days.DAY}
    with days.alone(db.conn, "customers"):
        if not days.make_numbers(db.conn, "customers", columns):
            return
        _run(db, CUSTOMER_DAYS)
        sync_tables.renew(db.conn, ("customers",))


@migrations()
def m028_history_days(db: Database) -> None:
    """When each change of the history was made, and the day of each metric snapshot, as
    numbers (storage/days.py). No table refers to these, so they are made anew inside the
    step's transaction, like m024's purchases. Compacted after it."""
    from desktop_crm.storage import days, sync_tables

    days.make_numbers(db.conn, "change_log", {"at": days.STAMP}, fallback={"at": "0"})
    days.make_numbers(db.conn, "metric_snapshots", {"taken_on": days.DAY},
                      fallback={"taken_on": "0"})
    sync_tables.renew(db.conn, ("change_log",))


@migrations()
def m029_lean_visit_list(db: Database) -> None:
    """The visit list's two indexes without the visit's id, which the row id repeated: the
    list is ordered by (time, customer, id) now (storage/visit_list.py). Compacted after it."""
    from desktop_crm.storage.visit_list import LEAN_INDEX_DDL

    _run(db, LEAN_INDEX_DDL)


@migrations()
def m030_products(db: Database) -> None:
    """The products and categories purchases name, kept once each (storage/products.py;
    23.3 of 419 MiB at 100k customers and a million purchases): a purchase holds its
    product's number. Every reader still gets the texts. No table refers to purchases, so
    the table is made anew inside the step's transaction. Compacted after it."""
    from desktop_crm.storage import products, sync_tables

    products.make(db.conn)
    sync_tables.renew(db.conn, (products.TABLE,))


@migrations()
def m031_search_without_sort_key(db: Database) -> None:
    """The search index without the name's sort key (3.3 MiB at 100k customers): it was the
    text of the customer's ``name_sort``, which two triggers of m003 copied it into; the
    index writes ``name_sort`` itself now (storage/search_index.py). A customer whose
    ``name_sort`` differs (none should: the triggers kept it) takes the sort key first.
    Compacted after it."""
    _run(db, """
UPDATE customers SET name_sort = k.sort_key FROM search_keys k
WHERE k.customer_id = customers.id AND customers.name_sort IS NOT k.sort_key;
DROP TRIGGER IF EXISTS customers_name_sort_ai;
DROP TRIGGER IF EXISTS customers_name_sort_au;
ALTER TABLE search_keys DROP COLUMN sort_key;
""")


def _run(db: Database, script: str) -> None:
    """Run a multi-statement script inside the migration's transaction.

    ``sqlite3.executescript`` would COMMIT first, breaking the one-transaction guarantee, so
    statements are executed one by one.
    """
    for statement in split_statements(script):
        db.conn.execute(statement)


def split_statements(script: str) -> list[str]:
    """Split SQL on statement boundaries, keeping CREATE TRIGGER bodies whole."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def known_migrations() -> list[str]:
    return [m.name for m in migrations._migrations]
