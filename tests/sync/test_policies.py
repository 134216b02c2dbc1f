"""Row-level security, tried with each role's own login in plain SQL: the policies are the
security boundary, whatever program connects."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb


def staff_of(team, login: str) -> str:
    with psycopg.connect(team.owner_url) as conn:
        return str(conn.execute("SELECT staff FROM crm.logins WHERE login = %s", (login,)).fetchone()[0])


def add_customer(team, login: str, name: str) -> str:
    """A customer owned by ``login``'s staff, with a contact and a visit, written as that login."""
    customer = str(uuid.uuid4())
    with psycopg.connect(team.url(login)) as conn:
        conn.execute("INSERT INTO crm.records (uuid, kind, customer, data) VALUES (%s, 'customer', %s, %s)",
                     (customer, customer, Jsonb({"name": name, "owner_id": staff_of(team, login)})))
        for kind, data in (("contact", {"name": "店主"}), ("interaction", {"purpose": "拜访"})):
            conn.execute("INSERT INTO crm.records (uuid, kind, customer, data) VALUES (%s, %s, %s, %s)",
                         (str(uuid.uuid4()), kind, customer, Jsonb(data)))
    return customer


def visible(team, login: str) -> set[str]:
    with psycopg.connect(team.url(login)) as conn:
        return {r[0] for r in conn.execute(
            "SELECT data ->> 'name' FROM crm.records WHERE kind = 'customer'")}


@pytest.fixture
def dossiers(team):
    return {login: add_customer(team, login, name)
            for login, name in (("wang", "明佳烟酒"), ("li", "鑫源超市"), ("zhao", "南城便利"))}


def test_each_role_sees_exactly_its_dossiers(team, dossiers) -> None:
    assert visible(team, "wang") == {"明佳烟酒"}
    assert visible(team, "li") == {"鑫源超市"}
    assert visible(team, "chen") == {"明佳烟酒", "鑫源超市"}  # the manager: team north
    assert visible(team, "boss") == {"明佳烟酒", "鑫源超市", "南城便利"}
    with psycopg.connect(team.url("wang")) as conn:
        hanging = conn.execute("SELECT count(*) FROM crm.records WHERE customer IS NOT NULL "
                               "AND kind <> 'customer'").fetchone()[0]
    assert hanging == 2  # wang's own contact and visit, nobody else's


def test_a_rep_cannot_touch_another_reps_customer_or_what_hangs_off_it(team, dossiers) -> None:
    theirs = dossiers["li"]
    with psycopg.connect(team.url("wang"), autocommit=True) as conn:
        changed = conn.execute("UPDATE crm.records SET data = data || '{\"name\": \"改名\"}' "
                               "WHERE customer = %s", (theirs,)).rowcount
        deleted = conn.execute("DELETE FROM crm.records WHERE customer = %s", (theirs,)).rowcount
        assert (changed, deleted) == (0, 0)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a visit slipped into li's
            conn.execute("INSERT INTO crm.records (uuid, kind, customer, data) VALUES (%s, 'interaction', %s, '{}')",
                         (str(uuid.uuid4()), theirs))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a customer made li's
            conn.execute("INSERT INTO crm.records (uuid, kind, customer, data) VALUES (%s, 'customer', %s, %s)",
                         (new := str(uuid.uuid4()), new, Jsonb({"name": "x", "owner_id": staff_of(team, "li")})))
        mine = dossiers["wang"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor give one away
            conn.execute("UPDATE crm.records SET data = data || %s WHERE uuid = %s",
                         (Jsonb({"owner_id": staff_of(team, "li")}), mine))
    assert visible(team, "li") == {"鑫源超市"}
    with psycopg.connect(team.url("li")) as conn:
        assert conn.execute("SELECT count(*) FROM crm.records WHERE customer = %s",
                            (theirs,)).fetchone()[0] == 3


def test_only_managers_write_shared_reference_data_and_only_admins_read_the_audit(team) -> None:
    with psycopg.connect(team.url("wang"), autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO crm.records (uuid, kind, data) VALUES (gen_random_uuid(), 'tier', '{}')")
        assert conn.execute("UPDATE crm.records SET data = '{}' WHERE kind = 'staff'").rowcount == 0
        assert conn.execute("SELECT count(*) FROM crm.records WHERE kind = 'staff'").fetchone()[0] == 5
        conn.execute("INSERT INTO crm.audit (machine, at, action) VALUES ('laptop', now(), 'export')")
        assert conn.execute("SELECT count(*) FROM crm.audit").fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not in wang's name
            conn.execute("INSERT INTO crm.audit (login, at, action) VALUES ('li', now(), 'export')")
    with psycopg.connect(team.url("chen"), autocommit=True) as conn:
        conn.execute("INSERT INTO crm.records (uuid, kind, data) VALUES (gen_random_uuid(), 'tier', '{}')")
    with psycopg.connect(team.url("boss")) as conn:
        assert conn.execute("SELECT login, action FROM crm.audit").fetchall() == [("wang", "export")]


def test_a_manager_reassigns_within_the_team_and_the_dossier_follows(team, dossiers) -> None:
    moved = dossiers["wang"]
    with psycopg.connect(team.url("chen")) as conn:
        conn.execute("UPDATE crm.records SET data = data || %s WHERE uuid = %s",
                     (Jsonb({"owner_id": staff_of(team, "li")}), moved))
    assert visible(team, "wang") == set()
    assert visible(team, "li") == {"明佳烟酒", "鑫源超市"}
    with psycopg.connect(team.url("li")) as conn:
        assert conn.execute("SELECT count(*) FROM crm.records WHERE customer = %s",
                            (moved,)).fetchone()[0] == 3
    with psycopg.connect(team.url("wang")) as conn:
        assert conn.execute("SELECT customer::text FROM crm.departures").fetchall() == [(moved,)]
    with psycopg.connect(team.url("chen"), autocommit=True) as conn:  # not to another team
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE crm.records SET data = data || %s WHERE uuid = %s",
                         (Jsonb({"owner_id": staff_of(team, "zhao")}), moved))


def test_a_login_cannot_pass_as_another(team, dossiers) -> None:
    with psycopg.connect(team.url("wang"), autocommit=True) as conn:
        conn.execute("UPDATE crm.records SET changed_by = 'li', data = data || '{\"x\": 1}' "
                     "WHERE uuid = %s", (dossiers["wang"],))
        assert conn.execute("SELECT changed_by FROM crm.records WHERE uuid = %s",
                            (dossiers["wang"],)).fetchone()[0] == "wang"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE crm.logins SET role = 'admin'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"SET ROLE {team.dbname}_team; SET ROLE li")
