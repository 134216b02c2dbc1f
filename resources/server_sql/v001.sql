-- Team server, schema version 1: the records every laptop syncs, who may see them (row-level
-- security), the team-wide audit log. Run by `desktop-crm server init` as the database's
-- owner, in one transaction. :team is replaced by the group role every login is a member of.

CREATE SCHEMA crm;
REVOKE ALL ON SCHEMA crm FROM PUBLIC;
GRANT USAGE ON SCHEMA crm TO :team;

CREATE TABLE crm.schema_version (version integer NOT NULL);
INSERT INTO crm.schema_version VALUES (1);
GRANT SELECT ON crm.schema_version TO :team;

-- One row per person: their PostgreSQL login, the staff record they are, their role, team.
CREATE TABLE crm.logins (
    login name PRIMARY KEY,
    staff uuid NOT NULL UNIQUE,
    role text NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
    team text,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Every synced record of every kind, as a JSON object of its fields (references by uuid).
-- `customer` is the dossier a record hangs off (a customer's own uuid for a customer), NULL
-- for shared reference data; `owner` is the staff member who owns that dossier, kept by the
-- triggers below. `changed_xid` is the transaction that last wrote the row: a pull reads
-- what changed since its checkpoint (pg_snapshot_xmin of the snapshot it last read with).
CREATE TABLE crm.records (
    uuid uuid PRIMARY KEY,
    kind text NOT NULL,
    customer uuid,
    owner uuid,
    data jsonb NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    version bigint NOT NULL DEFAULT 1,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by name NOT NULL DEFAULT session_user,
    CHECK ((kind = 'customer') = (customer = uuid))
);
CREATE INDEX records_changed ON crm.records (changed_xid);
CREATE INDEX records_customer ON crm.records (customer);
CREATE INDEX records_owner ON crm.records (owner);

-- A customer that left the view of its old owner (reassigned): the old owner's laptop
-- removes it at its next pull unless the same pull still brings it.
CREATE TABLE crm.departures (
    customer uuid NOT NULL,
    old_owner uuid,
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX departures_changed ON crm.departures (changed_xid);

-- Edits pushed by a login that may no longer see their record (it was given to someone
-- else meanwhile): kept for the record's current owner to review, never lost.
CREATE TABLE crm.stray_edits (
    id bigserial PRIMARY KEY,
    record uuid NOT NULL,
    kind text NOT NULL,
    customer uuid,              -- its dossier: a record made after the move is new to everyone
    base_version bigint,
    base jsonb,                 -- the record as the pusher last had it: what they changed
    data jsonb NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    pushed_by name NOT NULL DEFAULT session_user,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    changed_xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);

-- Exports, prints and other uses of customer data recorded on the laptops, sent up by each
-- sync (append-only: a laptop inserts, nobody updates). `local_id` is the row's id in the
-- laptop's own log, so a push whose answer was lost sends nothing twice.
CREATE TABLE crm.audit (
    id bigserial PRIMARY KEY,
    login name NOT NULL DEFAULT session_user,
    machine text NOT NULL DEFAULT '',
    local_id bigint,
    at text NOT NULL,           -- as the laptop wrote it: its local time
    actor text,
    action text NOT NULL,
    detail text,
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (login, machine, local_id)
);

-- Who is asking. SECURITY DEFINER: a login reads its own row through these, never the table.
CREATE FUNCTION crm.my_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$ SELECT role FROM crm.logins WHERE login = session_user $$;

CREATE FUNCTION crm.my_staff() RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$ SELECT staff FROM crm.logins WHERE login = session_user $$;

-- The owners whose dossiers the login may see: its own staff, and a manager's whole team.
-- Policies call it inside a scalar subquery so it runs once per statement, not per row.
CREATE FUNCTION crm.visible_owners() RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$
        SELECT CASE WHEN me.role = 'manager' AND me.team IS NOT NULL
                    THEN (SELECT array_agg(t.staff) FROM crm.logins t WHERE t.team = me.team)
                    ELSE ARRAY[me.staff] END
        FROM crm.logins me WHERE me.login = session_user
    $$;

CREATE FUNCTION crm.is_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$ SELECT coalesce((SELECT role = 'admin' FROM crm.logins WHERE login = session_user), false) $$;

CREATE FUNCTION crm.is_manager() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$ SELECT coalesce((SELECT role IN ('manager', 'admin') FROM crm.logins
                           WHERE login = session_user), false) $$;

-- A dependent record takes its customer's owner; every write stamps version, xid, time and
-- the login (session_user throughout: SECURITY DEFINER and SET ROLE change current_user, not it).
CREATE FUNCTION crm.stamp() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$
    BEGIN
        IF NEW.customer IS NOT NULL AND NEW.kind <> 'customer' THEN
            NEW.owner := (SELECT r.owner FROM crm.records r WHERE r.uuid = NEW.customer);
        ELSIF NEW.kind = 'customer' THEN
            NEW.owner := (NEW.data ->> 'owner_id')::uuid;
        END IF;
        -- the version counts changes of what a laptop edits: a record that only follows its
        -- customer to a new owner keeps it, so an edit sent in the same push still matches
        NEW.version := CASE WHEN TG_OP = 'INSERT' THEN 1
                            WHEN (NEW.data, NEW.deleted, NEW.customer)
                                 IS NOT DISTINCT FROM (OLD.data, OLD.deleted, OLD.customer)
                            THEN OLD.version ELSE OLD.version + 1 END;
        NEW.changed_xid := pg_current_xact_id();
        NEW.changed_at := now();
        NEW.changed_by := session_user;
        RETURN NEW;
    END $$;
CREATE TRIGGER records_stamp BEFORE INSERT OR UPDATE ON crm.records
    FOR EACH ROW EXECUTE FUNCTION crm.stamp();

-- A customer given to another owner takes everything that hangs off it along (each row
-- gets a new xid, so the new owner's next pull brings the whole dossier), and its old
-- owner is told it left.
CREATE FUNCTION crm.follow_owner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$
    BEGIN
        IF NEW.owner IS DISTINCT FROM OLD.owner THEN
            UPDATE crm.records SET owner = NEW.owner
                WHERE customer = NEW.uuid AND uuid <> NEW.uuid;
            INSERT INTO crm.departures (customer, old_owner) VALUES (NEW.uuid, OLD.owner);
        END IF;
        RETURN NULL;
    END $$;
CREATE TRIGGER records_follow_owner AFTER UPDATE OF data, owner ON crm.records
    FOR EACH ROW WHEN (NEW.kind = 'customer') EXECUTE FUNCTION crm.follow_owner();

-- A laptop's audit row, under the login sending it. SECURITY DEFINER because a row sent
-- twice is skipped (ON CONFLICT), which would need reading the table a rep may not read.
CREATE FUNCTION crm.send_audit(p_local_id bigint, p_at text, p_actor text, p_machine text,
                               p_action text, p_detail text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = crm, pg_temp
    AS $$
        INSERT INTO crm.audit (login, machine, local_id, at, actor, action, detail)
        SELECT session_user, coalesce(p_machine, ''), p_local_id, p_at, p_actor, p_action, p_detail
        WHERE crm.my_role() IS NOT NULL
        ON CONFLICT (login, machine, local_id) DO NOTHING
    $$;
REVOKE ALL ON FUNCTION crm.send_audit FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crm.send_audit TO :team;

ALTER TABLE crm.records ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm.departures ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm.stray_edits ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm.audit ENABLE ROW LEVEL SECURITY;
ALTER TABLE crm.logins ENABLE ROW LEVEL SECURITY;

GRANT SELECT, INSERT, UPDATE, DELETE ON crm.records TO :team;
GRANT SELECT ON crm.departures TO :team;
GRANT SELECT, INSERT ON crm.stray_edits TO :team;
GRANT SELECT, INSERT ON crm.audit TO :team;
GRANT USAGE ON SEQUENCE crm.stray_edits_id_seq, crm.audit_id_seq TO :team;
GRANT SELECT ON crm.logins TO :team;

-- Dossiers: the owner's, the team's for a manager, all for an admin.
CREATE POLICY dossier_read ON crm.records FOR SELECT USING (
    customer IS NULL
    OR (SELECT crm.is_admin())
    OR owner = ANY ((SELECT crm.visible_owners())::uuid[]));
CREATE POLICY dossier_insert ON crm.records FOR INSERT WITH CHECK (
    CASE WHEN customer IS NULL THEN (SELECT crm.is_manager())
         ELSE (SELECT crm.is_admin()) OR owner = ANY ((SELECT crm.visible_owners())::uuid[]) END);
CREATE POLICY dossier_update ON crm.records FOR UPDATE
    USING (CASE WHEN customer IS NULL THEN (SELECT crm.is_manager())
                ELSE (SELECT crm.is_admin()) OR owner = ANY ((SELECT crm.visible_owners())::uuid[]) END)
    WITH CHECK (CASE WHEN customer IS NULL THEN (SELECT crm.is_manager())
                ELSE (SELECT crm.is_admin()) OR owner = ANY ((SELECT crm.visible_owners())::uuid[]) END);
-- Rows are never deleted by a laptop (a delete travels as `deleted`); only an admin purges.
CREATE POLICY dossier_purge ON crm.records FOR DELETE USING ((SELECT crm.is_admin()));

CREATE POLICY departures_read ON crm.departures FOR SELECT USING (
    (SELECT crm.is_admin()) OR old_owner = ANY ((SELECT crm.visible_owners())::uuid[]));

CREATE POLICY stray_insert ON crm.stray_edits FOR INSERT WITH CHECK (pushed_by = session_user);
CREATE POLICY stray_read ON crm.stray_edits FOR SELECT USING (
    pushed_by = session_user
    OR (SELECT crm.is_admin())
    OR EXISTS (SELECT 1 FROM crm.records r WHERE r.uuid = record OR r.uuid = customer));

CREATE POLICY audit_insert ON crm.audit FOR INSERT WITH CHECK (login = session_user);
CREATE POLICY audit_read ON crm.audit FOR SELECT USING ((SELECT crm.is_admin()));

CREATE POLICY logins_read ON crm.logins FOR SELECT USING (
    login = session_user OR (SELECT crm.is_manager()));
