"""The names of the schema steps, in order, without loading the migration code.

Opening an up-to-date database only needs to compare names; sqlite-utils (and the pandas it
imports) is loaded only when a step is pending. A test checks that this list and the
migrations registered in ``schema.py`` agree.
"""

MIGRATION_SET = "desktop_crm"
STEPS = ("m001_domain", "m002_search_index", "m003_customer_list", "m004_visit_list", "m005_scoring", "m006_plans", "m007_transfer", "m008_members", "m009_surname_pinyin", "m010_audit_chain", "m011_greeting_when", "m012_sync_ids", "m013_sync_more", "m014_lean_search", "m018_consent")
