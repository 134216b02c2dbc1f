"""Purging what the team server still keeps of erased people (个人信息保护法), run by its
administrator as the database's owner: ``desktop-crm server purge-erased``.

An erase on a laptop (domain/person_rights.py) reaches the server as ordinary edits and
deletes: the live row of every record of the dossier then holds no personal value. What the
server may still keep, and this removes:

* the data of the dossier's deleted records (a removed contact, tag, custom value…): a
  delete travels as ``deleted`` with the record's last fields. Their texts are set to null;
  references (UUIDs), numbers and flags stay, so a laptop that has not pulled the delete yet
  still gets it;
* ``crm.stray_edits`` of the dossier (an edit refused earlier, with the values it carried);
* the old versions of the rows, which PostgreSQL keeps as dead tuples until a vacuum:
  ``VACUUM FULL`` rewrites ``crm.records`` and ``crm.stray_edits`` into new files (the tables
  are locked meanwhile: syncs wait for it), then a ``CHECKPOINT`` writes them out.

An erased dossier is a customer record whose code is ``ERASED-…`` and name ``[erased]``, as
the erase leaves it. Not reached from here: the server's write-ahead log until PostgreSQL
recycles its segments, its WAL archive and base backups (they expire by the backup policy of
the server's administrator), and a company's contact erased alone (the company's dossier is
not marked).
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from desktop_crm.sync import ServerError
from desktop_crm.sync.server import check_version, connect

ERASED_DOSSIERS = ("SELECT uuid FROM crm.records WHERE kind = 'customer' "
                   "AND data ->> 'code' LIKE 'ERASED-%' AND data ->> 'name' = '[erased]'")
_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
# a deleted record's fields with its texts (not its references) set to null
_BLANKED = (
    "(SELECT coalesce(jsonb_object_agg(e.key, CASE WHEN jsonb_typeof(e.value) IN "
    "('string', 'object', 'array') AND coalesce(e.value #>> '{}', '') !~ %s "
    "THEN 'null'::jsonb ELSE e.value END), '{}'::jsonb) FROM jsonb_each(r.data) e)")


@dataclass(frozen=True)
class Purged:
    dossiers: int        # erased dossiers found
    tombstones: int      # deleted records whose texts were blanked
    stray_edits: int     # refused edits removed
    vacuumed: bool       # the tables were rewritten


def purge_erased(url: str, vacuum: bool = True) -> Purged:
    """Blank, remove and vacuum what the server keeps of erased dossiers (see the module)."""
    with connect(url, autocommit=True) as conn:  # VACUUM runs outside a transaction
        check_version(conn)
        owner = conn.execute("SELECT pg_has_role(session_user, c.relowner, 'USAGE') "
                             "FROM pg_class c WHERE c.oid = 'crm.records'::regclass").fetchone()[0]
        if not owner:  # VACUUM would skip the tables with a mere warning
            raise ServerError("Only the team database's owner may purge erased people: "
                              "connect as it.")
        try:
            with conn.transaction():
                erased = [r[0] for r in conn.execute(ERASED_DOSSIERS)]
                tombstones = conn.execute(
                    f"UPDATE crm.records r SET data = {_BLANKED} WHERE r.deleted "
                    "AND r.customer = ANY(%s) AND r.uuid <> r.customer "
                    f"AND r.data IS DISTINCT FROM {_BLANKED}",
                    (_UUID, erased, _UUID)).rowcount
                strays = conn.execute(
                    "DELETE FROM crm.stray_edits s WHERE s.customer = ANY(%s) OR s.record = ANY(%s) "
                    "OR s.record IN (SELECT uuid FROM crm.records WHERE customer = ANY(%s))",
                    (erased, erased, erased)).rowcount
            if vacuum:
                conn.execute("VACUUM (FULL, ANALYZE) crm.records")
                conn.execute("VACUUM (FULL, ANALYZE) crm.stray_edits")
                try:
                    conn.execute("CHECKPOINT")
                except psycopg.errors.InsufficientPrivilege:
                    pass  # PostgreSQL < 15 lets only a superuser checkpoint: it comes by itself
        except psycopg.errors.InsufficientPrivilege as error:
            raise ServerError("Only the team database's owner may purge erased people: "
                              "connect as it. ({error})", error=error.diag.message_primary) from None
    return Purged(len(erased), tombstones, strays, vacuum)
