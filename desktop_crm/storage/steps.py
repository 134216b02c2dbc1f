"""The names of the schema steps, in order, without loading the migration code.

Opening an up-to-date database only needs to compare names; sqlite-utils (and the pandas it
imports) is loaded only when a step is pending. A test checks that this list and the
migrations registered in ``schema.py`` agree.
"""

MIGRATION_SET = "desktop_crm"
# Steps that leave much of a file free (a big table built anew): a file that held data is
# compacted once after them, so the space goes back to the disk and to every backup copy.
COMPACT_AFTER = ("m015_lean_file", "m016_compact_scores", "m023_lean_ids", "m024_purchase_days",
                 "m025_visit_days", "m026_people_stamps", "m027_customer_days",
                 "m028_history_days", "m029_lean_visit_list", "m030_products",
                 "m031_search_without_sort_key")
STEPS = ("m001_domain", "m002_search_index", "m003_customer_list", "m004_visit_list", "m005_scoring", "m006_plans", "m007_transfer", "m008_members", "m009_surname_pinyin", "m010_audit_chain", "m011_greeting_when", "m012_sync_ids", "m013_sync_more", "m014_lean_search", "m015_lean_file", "m016_compact_scores", "m017_list_groups", "m018_consent", "m019_addresses", "m020_contact_ways", "m021_identifiers", "m022_consent_withdrawn", "m023_lean_ids", "m024_purchase_days", "m025_visit_days", "m026_people_stamps", "m027_customer_days", "m028_history_days", "m029_lean_visit_list", "m030_products", "m031_search_without_sort_key")
