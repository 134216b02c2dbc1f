-- Team server, schema version 2: when each login last synced, and from which laptop (for the
-- managers' team overview), and whether a login is still active (an administrator
-- deactivates someone who left; their customers go to someone else).

ALTER TABLE crm.logins
    ADD COLUMN last_sync_at timestamptz,
    ADD COLUMN last_sync_machine text,
    ADD COLUMN active boolean NOT NULL DEFAULT true;

-- Called by a laptop at the end of each sync that went through. SECURITY DEFINER: a login may
-- read its row of crm.logins but not write it.
CREATE FUNCTION crm.note_sync(p_machine text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$ UPDATE crm.logins SET last_sync_at = now(), last_sync_machine = p_machine
          WHERE login = session_user $$;
REVOKE ALL ON FUNCTION crm.note_sync FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crm.note_sync TO :team;
