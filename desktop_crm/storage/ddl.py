"""The tables, columns and indexes the early migrations create (storage/schema.py runs
them, in order; a shipped block is never edited: a new migration changes it)."""

from __future__ import annotations

from collections.abc import Callable

from desktop_crm.storage.days import day_number, day_sql, stamp_sql

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

-- m025 makes occurred_at, follow_up_due, follow_up_done_at, created_at and updated_at numbers
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

-- m024 makes occurred_on and created_at numbers, DAY and STAMP (storage/days.py); m030 keeps
-- product and category once each in products, a purchase its product_id (storage/products.py)
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


# The customer list sorts and filters 100,000 customers in SQL; these columns and indexes make
# its common orders index walks instead of full sorts. Denormalised values are kept current
# by triggers, so every writer (services, imports, the demo builder, other tools) keeps them
# right without knowing about them.
CUSTOMER_LIST = """
ALTER TABLE customers ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN last_visit_at TEXT;
ALTER TABLE customers ADD COLUMN next_follow_up TEXT;
ALTER TABLE customers ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';

-- The pinyin sort key of the name comes from the search index (Python computes pinyin, SQL
-- cannot); the index writes it at every flush, before COMMIT. INSERT OR REPLACE, the way the
-- index writes, fires the INSERT trigger. Updating name_sort fires no search trigger.
-- (m031 drops the triggers and search_keys.sort_key: the index writes name_sort itself.)
UPDATE customers SET name_sort = coalesce(
    (SELECT k.sort_key FROM search_keys k WHERE k.customer_id = customers.id), name);
CREATE TRIGGER customers_name_sort_ai AFTER INSERT ON search_keys BEGIN
    UPDATE customers SET name_sort = new.sort_key
    WHERE id = new.customer_id AND name_sort IS NOT new.sort_key;
END;
CREATE TRIGGER customers_name_sort_au AFTER UPDATE OF sort_key ON search_keys BEGIN
    UPDATE customers SET name_sort = new.sort_key
    WHERE id = new.customer_id AND name_sort IS NOT new.sort_key;
END;

-- Last interaction and earliest open follow-up, from interactions not in the trash.
UPDATE customers SET
    last_visit_at = (SELECT max(i.occurred_at) FROM interactions i
                     WHERE i.customer_id = customers.id AND i.deleted_at IS NULL),
    next_follow_up = (SELECT min(i.follow_up_due) FROM interactions i
                      WHERE i.customer_id = customers.id AND i.deleted_at IS NULL
                      AND i.follow_up_due IS NOT NULL AND i.follow_up_done_at IS NULL);
-- An insert can only move the values one way: O(1), which keeps bulk inserts fast.
CREATE TRIGGER customers_activity_ai AFTER INSERT ON interactions
WHEN new.deleted_at IS NULL BEGIN
    UPDATE customers SET
        last_visit_at = CASE WHEN last_visit_at IS NULL OR new.occurred_at > last_visit_at
                             THEN new.occurred_at ELSE last_visit_at END,
        next_follow_up = CASE WHEN new.follow_up_due IS NULL OR new.follow_up_done_at IS NOT NULL
                              THEN next_follow_up
                              WHEN next_follow_up IS NULL OR new.follow_up_due < next_follow_up
                              THEN new.follow_up_due ELSE next_follow_up END
    WHERE id = new.customer_id;
END;
-- Edits, trash and restore can move them either way: recompute from the customer's visits.
CREATE TRIGGER customers_activity_au
AFTER UPDATE OF customer_id, occurred_at, follow_up_due, follow_up_done_at, deleted_at
ON interactions BEGIN
    UPDATE customers SET
        last_visit_at = (SELECT max(i.occurred_at) FROM interactions i
                         WHERE i.customer_id = customers.id AND i.deleted_at IS NULL),
        next_follow_up = (SELECT min(i.follow_up_due) FROM interactions i
                          WHERE i.customer_id = customers.id AND i.deleted_at IS NULL
                          AND i.follow_up_due IS NOT NULL AND i.follow_up_done_at IS NULL)
    WHERE id IN (old.customer_id, new.customer_id);
END;
CREATE TRIGGER customers_activity_ad AFTER DELETE ON interactions BEGIN
    UPDATE customers SET
        last_visit_at = (SELECT max(i.occurred_at) FROM interactions i
                         WHERE i.customer_id = customers.id AND i.deleted_at IS NULL),
        next_follow_up = (SELECT min(i.follow_up_due) FROM interactions i
                          WHERE i.customer_id = customers.id AND i.deleted_at IS NULL
                          AND i.follow_up_due IS NOT NULL AND i.follow_up_done_at IS NULL)
    WHERE id = old.customer_id;
END;

-- The customer's tags as one text ("tag1, tag2", sorted), to show and sort by.
UPDATE customers SET tags_text = coalesce((SELECT group_concat(tag, ', ') FROM
    (SELECT t.tag FROM customer_tags t WHERE t.customer_id = customers.id ORDER BY t.tag)), '');
CREATE TRIGGER customers_tags_text_ai AFTER INSERT ON customer_tags BEGIN
    UPDATE customers SET tags_text = coalesce((SELECT group_concat(tag, ', ') FROM
        (SELECT t.tag FROM customer_tags t WHERE t.customer_id = new.customer_id ORDER BY t.tag)), '')
    WHERE id = new.customer_id;
END;
CREATE TRIGGER customers_tags_text_ad AFTER DELETE ON customer_tags BEGIN
    UPDATE customers SET tags_text = coalesce((SELECT group_concat(tag, ', ') FROM
        (SELECT t.tag FROM customer_tags t WHERE t.customer_id = old.customer_id ORDER BY t.tag)), '')
    WHERE id = old.customer_id;
END;
CREATE TRIGGER customers_tags_text_au AFTER UPDATE ON customer_tags BEGIN
    UPDATE customers SET tags_text = coalesce((SELECT group_concat(tag, ', ') FROM
        (SELECT t.tag FROM customer_tags t WHERE t.customer_id = customers.id ORDER BY t.tag)), '')
    WHERE id IN (old.customer_id, new.customer_id);
END;

-- Every customer but a few is out of the trash, yet without statistics the planner takes an
-- index on deleted_at for "deleted_at IS NULL" and sorts all 100,000 rows. The trash is
-- what needs an index (listed newest first); the live list uses the partial indexes below.
DROP INDEX customers_deleted;
CREATE INDEX customers_trash ON customers(deleted_at) WHERE deleted_at IS NOT NULL;

-- Sort orders of the list of customers not in the trash. The expressions are exactly those
-- storage/customer_list.py orders by (an empty value is a key, never NULL, so keyset
-- pagination can compare it); the row id, the tie-break, is part of every index.
CREATE INDEX customers_list_name ON customers(name_sort) WHERE deleted_at IS NULL;
CREATE INDEX customers_list_last_visit ON customers(coalesce(last_visit_at, ''))
    WHERE deleted_at IS NULL;
CREATE INDEX customers_list_follow_up ON customers(coalesce(next_follow_up, '9999-12-31'))
    WHERE deleted_at IS NULL;
CREATE INDEX customers_list_area ON customers(coalesce(area, '')) WHERE deleted_at IS NULL;
CREATE INDEX customers_list_phone ON customers(coalesce(phone, '')) WHERE deleted_at IS NULL;
CREATE INDEX customers_list_format ON customers(coalesce(business_format, ''))
    WHERE deleted_at IS NULL;
CREATE INDEX customers_list_tags ON customers(tags_text) WHERE deleted_at IS NULL;
-- Choice columns and the owner are sorted group by group (one value at a time, by id).
CREATE INDEX customers_asset_grade ON customers(asset_grade);
"""


LIST_GROUPS = """
CREATE INDEX customers_list_code ON customers(code) WHERE deleted_at IS NULL;
CREATE INDEX customers_list_tier ON customers(tier) WHERE deleted_at IS NULL;
CREATE INDEX customers_list_lifecycle ON customers(lifecycle) WHERE deleted_at IS NULL;
CREATE INDEX customers_list_asset_grade ON customers(asset_grade) WHERE deleted_at IS NULL;
CREATE INDEX customers_list_owner ON customers(owner_id) WHERE deleted_at IS NULL;
"""


def activity_triggers(last_visit: Callable[[str], str], next_follow_up: Callable[[str], str]) -> str:
    """The triggers keeping each customer's last visit and earliest open follow-up, made
    again by a step that changes how either is kept (CUSTOMER_LIST made the first ones):
    ``last_visit`` and ``next_follow_up`` turn SQL of a visit's value into the customer's."""
    recompute = f"""
    UPDATE customers SET
        last_visit_at = (SELECT {last_visit("max(i.occurred_at)")} FROM interactions i
                         WHERE i.customer_id = customers.id AND i.deleted_at IS NULL),
        next_follow_up = (SELECT {next_follow_up("min(i.follow_up_due)")} FROM interactions i
                          WHERE i.customer_id = customers.id AND i.deleted_at IS NULL
                          AND i.follow_up_due IS NOT NULL AND i.follow_up_done_at IS NULL)"""
    visit, due = last_visit("new.occurred_at"), next_follow_up("new.follow_up_due")
    return f"""
DROP TRIGGER customers_activity_ai;
DROP TRIGGER customers_activity_au;
DROP TRIGGER customers_activity_ad;
CREATE TRIGGER customers_activity_ai AFTER INSERT ON interactions
WHEN new.deleted_at IS NULL BEGIN
    UPDATE customers SET
        last_visit_at = CASE WHEN last_visit_at IS NULL OR {visit} > last_visit_at
                             THEN {visit} ELSE last_visit_at END,
        next_follow_up = CASE WHEN new.follow_up_due IS NULL OR new.follow_up_done_at IS NOT NULL
                              THEN next_follow_up
                              WHEN next_follow_up IS NULL OR {due} < next_follow_up
                              THEN {due} ELSE next_follow_up END
    WHERE id = new.customer_id;
END;
CREATE TRIGGER customers_activity_au
AFTER UPDATE OF customer_id, occurred_at, follow_up_due, follow_up_done_at, deleted_at
ON interactions BEGIN{recompute}
    WHERE id IN (old.customer_id, new.customer_id);
END;
CREATE TRIGGER customers_activity_ad AFTER DELETE ON interactions BEGIN{recompute}
    WHERE id = old.customer_id;
END;
"""


# m025: a visit's stamps and days are numbers (storage/days.py); the customer kept the ISO
# text of its last visit and earliest open follow-up, which its list sorts by.
VISIT_ACTIVITY = activity_triggers(stamp_sql, day_sql)

# m027: the customer's are numbers too, copied as they are; its list's indexes of them made
# again (a customer without one sorts first by its last visit, last by its follow-up, as
# before: storage/customer_list.py orders by exactly these expressions).
NO_FOLLOW_UP = day_number("9999-12-31")  # no real follow-up reaches it
CUSTOMER_DAYS = activity_triggers(str, str) + f"""
DROP INDEX customers_list_last_visit;
CREATE INDEX customers_list_last_visit ON customers(coalesce(last_visit_at, -1))
    WHERE deleted_at IS NULL;
DROP INDEX customers_list_follow_up;
CREATE INDEX customers_list_follow_up ON customers(coalesce(next_follow_up, {NO_FOLLOW_UP}))
    WHERE deleted_at IS NULL;
"""
