"""``desktop-crm server purge-erased`` on the real PostgreSQL the suite starts: after an erase
has synced, the erased values are in no row of crm.records (deleted ones included), not in
crm.stray_edits, and not in the tables' files (old row versions); the laptops still sync.
What stays out of reach (the WAL, the server's backups) the command says."""

from __future__ import annotations

from pathlib import Path

import psycopg

from desktop_crm.cli import main
from desktop_crm.domain.members import MemberService
from desktop_crm.domain.person_rights import PersonRights, find
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop

PERSONAL = ("欧阳灵珊", "13977001122", "翠柳街八十八号", "孕妈会员", "lingshan_wx77", "双胞胎待产")
TABLES = ("crm.records", "crm.stray_edits")


def table_bytes(conn: psycopg.Connection) -> bytes:
    """The files of the tables (and their TOAST) as they are on disk after a checkpoint."""
    conn.execute("CHECKPOINT")
    data = Path(conn.execute("SHOW data_directory").fetchone()[0])
    out = b""
    for table in TABLES:
        toast = f"(SELECT reltoastrelid FROM pg_class WHERE oid = '{table}'::regclass)"
        for relation in (f"'{table}'::regclass", toast):
            path = conn.execute(f"SELECT pg_relation_filepath({relation})").fetchone()[0]
            if path:
                for part in sorted((data / path).parent.glob(Path(path).name + "*")):
                    if not part.name.endswith(("_fsm", "_vm")):
                        out += part.read_bytes()
    return out


def test_purging_what_the_server_keeps_of_an_erased_person(tmp_path, team, capsys) -> None:
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    try:
        for one in (wang, chen):
            one.sync()
        cid = wang.customers.create({"name": "欧阳灵珊", "code": "PR77001", "kind": "individual",
                                     "owner": "王敏", "phone": "13977001122",
                                     "address": "翠柳街八十八号", "tags": "孕妈会员"})
        wang.contacts.create(cid, {"name": "欧阳灵珊", "mobile": "13977001122",
                                   "wechat": "lingshan_wx77"})
        mid = MemberService(wang.store, "wang").enrol(cid, "CARD77001", household_notes="双胞胎待产")
        MemberService(wang.store, "wang").purchase(mid, 880, product="奶粉")
        wang.sync()
        with psycopg.connect(team.owner_url) as conn:
            dossier = conn.execute("SELECT uuid, data FROM crm.records WHERE kind = 'customer' "
                                   "AND data ->> 'code' = 'PR77001'").fetchone()
            # an edit refused earlier (its rep had lost the customer meanwhile), as the sync
            # keeps one: with the values it carried
            conn.execute("INSERT INTO crm.stray_edits (record, kind, customer, base_version, base, "
                         "data, pushed_by) VALUES (%s, 'customer', %s, 1, %s, %s, 'wang')",
                         (dossier[0], dossier[0], psycopg.types.json.Jsonb(dossier[1]),
                          psycopg.types.json.Jsonb({**dossier[1], "notes": "双胞胎待产"})))
        PersonRights(wang.store, "wang").erase(find(wang.store, "CARD77001"))
        wang.sync()
        chen.sync()

        with psycopg.connect(team.owner_url, autocommit=True) as conn:
            kept = conn.execute("SELECT string_agg(data::text, ' ') FROM crm.records WHERE deleted"
                                ).fetchone()[0]
            assert "lingshan_wx77" in kept  # the deleted contact's last fields: before the purge
            strays = conn.execute("SELECT count(*) FROM crm.stray_edits").fetchone()[0]
            assert strays == 1
            before = table_bytes(conn)
        assert any(v.encode() in before for v in PERSONAL)  # old row versions on disk

        assert main(["--lang", "en", "server", "purge-erased", team.owner_url]) == 0
        out = capsys.readouterr().out
        assert "1 erased people:" in out and "1 refused edits removed" in out
        assert "write-ahead log" in out and "backup" in out

        with psycopg.connect(team.owner_url, autocommit=True) as conn:
            every = conn.execute("SELECT string_agg(data::text, ' ') FROM crm.records").fetchone()[0]
            assert conn.execute("SELECT count(*) FROM crm.stray_edits").fetchone()[0] == 0
            after = table_bytes(conn)
        for value in PERSONAL:
            assert value not in every, value
            assert value.encode() not in after, value
        assert "奶粉" in every  # the purchase stays, as an anonymous amount

        # the laptops sync on: the blanked deletes change nothing for them
        wang.sync()
        chen.sync()
        assert chen.store.count("contacts") == 0 and "[erased]" in chen.names()
        assert chen.store.conn.execute("SELECT sum(amount) FROM transactions").fetchone()[0] == 880
    finally:
        for one in (wang, chen):
            one.store.close()


def test_only_the_owner_may_purge(team, capsys) -> None:
    code = main(["--lang", "en", "server", "purge-erased", team.url("boss")])
    err = capsys.readouterr().err
    assert code != 0 and "Only the team database's owner may purge erased people" in err
    assert "Traceback" not in err
