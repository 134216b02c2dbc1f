-- Team server, schema version 3: no table changes. What travels grew (issue 18): two new kinds
-- of record, "address" (a customer's structured addresses) and "contact_way" (ways to reach a
-- customer or a contact), and new fields of customers and contacts (uscc, resident_id,
-- licence_no, tax_id, consent_withdrawn_on). crm.records keeps any kind as JSON, so the server
-- needs nothing new; the version goes up so that an app older than these fields stops syncing
-- (it would send those records back without them) instead of dropping them.
SELECT 1;
