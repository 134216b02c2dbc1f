"""The schema, as an ordered list of migrations.

Each migration runs in one transaction together with its record in ``_sqlite_migrations``
(sqlite-utils' ``Migrations``). Never edit a migration that has shipped: add a new one.
Codes (``'active'``, ``'key'``...) are stored, never display labels, so the data does not
depend on the language of the person who typed it.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "desktop_crm"
migrations = Migrations(MIGRATION_SET)

# Dossier, contacts, visits, staff. Dates are ISO-8601 text ('2024-05-25'); timestamps are
# ISO-8601 text in local time with seconds ('2024-05-25T14:03:00').
CORE = """
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL DEFAULT 'account_manager'
        CHECK (role IN ('admin', 'manager', 'account_manager', 'shop_staff')),
    phone TEXT, email TEXT,
    target_members INTEGER CHECK (target_members IS NULL OR target_members >= 0),
    target_visits_per_month INTEGER
        CHECK (target_visits_per_month IS NULL OR target_visits_per_month >= 0),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE tiers (
    key TEXT PRIMARY KEY,
    label_zh TEXT NOT NULL, label_en TEXT NOT NULL,
    position INTEGER NOT NULL,
    min_value REAL, max_value REAL,
    visit_every_days INTEGER,
    privileges TEXT
);
INSERT INTO tiers (key, label_zh, label_en, position, visit_every_days) VALUES
    ('key', '主力', 'Key', 1, 14),
    ('regular', '一般', 'Regular', 2, 30),
    ('occasional', '零散', 'Occasional', 3, 90);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    -- identity
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'company',
    business_format TEXT, industry TEXT, org_form TEXT,
    founded_on TEXT, trading_since TEXT,
    assets REAL,
    address TEXT, area TEXT, phone TEXT,
    owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    -- characteristics
    service_area TEXT, sales_capability TEXT, growth_potential TEXT,
    business_philosophy TEXT, size TEXT, traits TEXT,
    -- business status
    sales_performance TEXT, staff_quality TEXT, competitor_ties TEXT, attitude TEXT,
    -- transaction status
    current_activity TEXT, problems TEXT, strengths TEXT, plans TEXT, image TEXT,
    reputation TEXT, credit_status TEXT, trade_terms TEXT, credit_incidents TEXT,
    -- classification
    lifecycle TEXT NOT NULL DEFAULT 'prospect',
    tier TEXT REFERENCES tiers(key) ON UPDATE CASCADE ON DELETE SET NULL,
    asset_grade TEXT, relationship TEXT,
    dna TEXT, notes TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_owner ON customers(owner_id);
CREATE INDEX customers_area ON customers(area);
CREATE INDEX customers_tier ON customers(tier);
CREATE INDEX customers_lifecycle ON customers(lifecycle);
CREATE INDEX customers_deleted ON customers(deleted_at);

CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
) WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags(tag);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT,
    mobile TEXT, phone TEXT, wechat TEXT, email TEXT,
    birthday TEXT, gender TEXT, age INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 130),
    occupation TEXT, position TEXT, personality TEXT, hobbies TEXT, family TEXT, notes TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX contacts_customer ON contacts(customer_id);

CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    purpose TEXT, customer_said TEXT, needs TEXT, outcome TEXT, next_step TEXT,
    follow_up_due TEXT, follow_up_done_at TEXT,
    satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    nps INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
    campaign_id INTEGER,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at);
CREATE INDEX interactions_staff ON interactions(staff_id, occurred_at);
CREATE INDEX interactions_follow_up ON interactions(follow_up_due)
    WHERE follow_up_due IS NOT NULL AND follow_up_done_at IS NULL;

CREATE TABLE interaction_contacts (
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;
"""

# Plans, money, members, campaigns, scoring, custom fields, history, imports, settings.
BUSINESS = """
CREATE TABLE plan_templates (
    key TEXT PRIMARY KEY,
    name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
    headings TEXT NOT NULL DEFAULT '{}',   -- JSON: section -> heading text
    boilerplate TEXT NOT NULL DEFAULT '{}' -- JSON: section -> text with {placeholders}
);
INSERT INTO plan_templates (key, name_zh, name_en) VALUES
    ('retail_outlet', '零售客户经营指导计划书', 'Retail outlet plan'),
    ('key_account', '大客户开发计划', 'Key-account development plan'),
    ('bank_vip', '银行VIP客户经营计划', 'Bank VIP client plan');

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    template TEXT NOT NULL DEFAULT 'retail_outlet' REFERENCES plan_templates(key),
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
    plan_date TEXT NOT NULL,
    title TEXT,
    business_format_analysis TEXT, consumer_groups TEXT, competition TEXT,
    owner_personality TEXT,
    closing TEXT,
    signed_by_customer TEXT, signed_by_manager TEXT, signed_on TEXT,
    created_by TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    UNIQUE (customer_id, version)
);
CREATE INDEX plans_status ON plans(status, customer_id);

CREATE TABLE plan_points (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    quadrant TEXT NOT NULL CHECK (quadrant IN ('S', 'W', 'O', 'T')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX plan_points_plan ON plan_points(plan_id, quadrant, position);

CREATE TABLE plan_actions (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    owner TEXT, due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'doing', 'done', 'dropped')),
    result TEXT
);
CREATE INDEX plan_actions_plan ON plan_actions(plan_id, position);
CREATE INDEX plan_actions_due ON plan_actions(due_date) WHERE status IN ('open', 'doing');

CREATE TABLE plan_objectives (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    target TEXT
);

CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurred_on TEXT NOT NULL,
    amount REAL NOT NULL,
    gross_profit REAL,
    quantity REAL,
    product TEXT, category TEXT,
    points_earned INTEGER NOT NULL DEFAULT 0,
    points_redeemed INTEGER NOT NULL DEFAULT 0,
    staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX transactions_customer ON transactions(customer_id, occurred_on);
CREATE INDEX transactions_date ON transactions(occurred_on);

CREATE TABLE metric_snapshots (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    taken_on TEXT NOT NULL,
    metric TEXT NOT NULL,
    value REAL NOT NULL,
    UNIQUE (customer_id, metric, taken_on)
);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL UNIQUE REFERENCES customers(id) ON DELETE CASCADE,
    card_no TEXT NOT NULL UNIQUE,
    joined_on TEXT NOT NULL,
    level TEXT,
    points_balance INTEGER NOT NULL DEFAULT 0,
    referred_by INTEGER REFERENCES members(id) ON DELETE SET NULL,
    staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    expected_due_date TEXT,
    children_birthdays TEXT,  -- JSON list of ISO dates
    household_notes TEXT
);
CREATE INDEX members_staff ON members(staff_id);

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    goal TEXT,
    type TEXT NOT NULL DEFAULT 'win_back',
    starts_on TEXT, ends_on TEXT,
    budget REAL, cost REAL,
    target_query TEXT,          -- JSON: the saved filter the targets came from
    holdout_share REAL NOT NULL DEFAULT 0 CHECK (holdout_share >= 0 AND holdout_share < 1),
    status TEXT NOT NULL DEFAULT 'draft',
    created_by TEXT, created_at TEXT NOT NULL
);

CREATE TABLE campaign_targets (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    holdout INTEGER NOT NULL DEFAULT 0,
    contacted_at TEXT, outcome TEXT, feedback TEXT,
    converted INTEGER NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, customer_id)
);

CREATE TABLE message_templates (
    id INTEGER PRIMARY KEY,
    occasion TEXT NOT NULL,     -- birthday, festival, season, thank_you...
    name TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'zh',
    body TEXT NOT NULL          -- with {name}, {shop}, {points}... placeholders
);

CREATE TABLE score_runs (
    id INTEGER PRIMARY KEY,
    as_of TEXT NOT NULL,
    run_at TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '{}'   -- JSON: weights and settings used
);
CREATE TABLE score_values (
    run_id INTEGER NOT NULL REFERENCES score_runs(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    metric TEXT NOT NULL,
    value REAL,
    label TEXT,
    PRIMARY KEY (run_id, customer_id, metric)
) WITHOUT ROWID;
CREATE INDEX score_values_customer ON score_values(customer_id, metric);

CREATE TABLE custom_fields (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL CHECK (entity IN ('customer', 'contact')),
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date', 'choice')),
    choices TEXT,               -- JSON list, for type 'choice'
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, key)
);
CREATE TABLE custom_values (
    field_id INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,
    value TEXT,
    PRIMARY KEY (field_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    source TEXT,
    started_at TEXT NOT NULL, finished_at TEXT,
    actor TEXT,
    status TEXT NOT NULL DEFAULT 'running'
        CHECK (status IN ('running', 'done', 'failed', 'reverted')),
    summary TEXT                -- JSON counts
);
CREATE TABLE import_batch_items (
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    PRIMARY KEY (batch_id, entity, entity_id)
) WITHOUT ROWID;

-- Who changed what, when: the dossier's history, and what an import revert restores.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT,
    entity TEXT NOT NULL,       -- customer, contact, interaction
    entity_id INTEGER NOT NULL,
    customer_id INTEGER,        -- the dossier the change belongs to
    field TEXT NOT NULL,        -- a column, or '*created' / '*deleted' / '*restored'
    old_value TEXT, new_value TEXT,
    batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL
);
CREATE INDEX change_log_customer ON change_log(customer_id, at);

-- Use, export and printing of customer data are recorded (DOMAIN.md, principles).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    detail TEXT
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""


@migrations()
def m001_domain(db: Database) -> None:
    _run(db, CORE)
    _run(db, BUSINESS)


@migrations()
def m002_search_index(db: Database) -> None:
    # Imported here, not at the top: the index module needs the schema it creates.
    from desktop_crm.storage import search_index

    _run(db, search_index.DDL)
    search_index.rebuild(db.conn)


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
