"""`desktop-crm server …` as an administrator runs it: set up, add people, look, upgrade."""

from __future__ import annotations

import io
import json

import psycopg
import pytest

from desktop_crm.cli import main

from tests.sync.conftest import PASSWORD
from desktop_crm.sync.server import SCHEMA_VERSION as N  # the app's server schema


@pytest.fixture
def run(capsys, monkeypatch):
    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--lang", "en", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture
def empty_db(pg_cluster):
    url = pg_cluster.new_database("clitest")
    yield url
    pg_cluster.drop_database("clitest", "clitest_team")


def test_set_up_a_team_from_the_command_line(run, empty_db, pg_cluster) -> None:
    assert run("server", "status", empty_db)[1].startswith("clitest is not a team server yet")
    code, out, _ = run("server", "init", empty_db)
    assert code == 0 and f"schema version {N}" in out
    code, _, err = run("server", "init", empty_db)
    assert code == 7 and "already a desktop-crm team server" in err and "Traceback" not in err
    code, out, _ = run("server", "add-user", "wang", "--url", empty_db, "--staff", "王敏",
                       "--role", "rep", "--team", "north", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 0 and "wang can now sign in as 王敏 (rep in team north)" in out
    code, out, _ = run("server", "users", empty_db, "--json")
    assert json.loads(out) == [{"login": "wang", "staff": "王敏", "role": "rep", "team": "north",
                                "active": True, "last_sync_at": None, "last_sync_machine": None}]
    code, out, _ = run("server", "status", empty_db)
    assert f"schema version {N}" in out and "1 logins" in out and "staff" in out
    # the login is real: wang signs in with the password given, and only with it
    with psycopg.connect(pg_cluster.url("wang", PASSWORD, "clitest")) as conn:
        assert conn.execute("SELECT crm.my_role()").fetchone()[0] == "rep"
    code, _, err = run("server", "status", pg_cluster.url("wang", "wrong password", "clitest"))
    assert code == 7 and err.strip() == ("desktop-crm: The server refused the login or password; "
                                         "check them with your administrator.")


@pytest.mark.parametrize("args, words", [
    (("WANG", "--role", "rep"), "lower-case letters"),
    (("li", "--role", "manager"), "needs a team"),
    (("wang", "--role", "rep"), "exists already"),
])
def test_add_user_refuses_with_a_sentence(run, team, args, words) -> None:
    login, *rest = args
    code, _, err = run("server", "add-user", login, "--url", team.owner_url, "--staff", "新人",
                       *rest, "--password-stdin", stdin=PASSWORD)
    assert code == 7 and words in err and "Traceback" not in err


def test_a_short_password_or_no_terminal_is_refused(run, team) -> None:
    code, _, err = run("server", "add-user", "sun", "--url", team.owner_url, "--staff", "孙",
                       "--role", "rep", "--password-stdin", stdin="short")
    assert code == 7 and "at least 8 characters" in err
    code, _, err = run("server", "add-user", "sun", "--url", team.owner_url, "--staff", "孙",
                       "--role", "rep")
    assert code == 2 and "--password-stdin" in err


def test_an_unreachable_server_is_one_sentence(run, pg_cluster) -> None:
    dead = f"postgresql://postgres@127.0.0.1:{pg_cluster.port + 1}/x?connect_timeout=2"
    code, _, err = run("server", "status", dead)
    assert code == 7 and err.startswith("desktop-crm: Could not reach the team server")


def test_upgrade_and_a_server_newer_than_the_app(run, team) -> None:
    code, out, _ = run("server", "upgrade", team.owner_url)
    assert code == 0 and f"already version {N}" in out
    with psycopg.connect(team.owner_url) as conn:
        conn.execute("UPDATE crm.schema_version SET version = %s", (N + 1,))
    code, _, err = run("server", "upgrade", team.owner_url)
    assert code == 7 and "install the newer desktop-crm" in err
    code, _, err = run("server", "users", team.owner_url)
    assert code == 7 and "newer than this app knows" in err


def test_a_version_1_server_upgrades_and_then_knows_when_each_laptop_synced(
        run, pg_cluster, empty_db, monkeypatch, tmp_path) -> None:
    from desktop_crm.sync import server
    from tests.sync.laptops import laptop
    from tests.teams import Team

    with monkeypatch.context() as old_app:  # the server as the first release set it up
        old_app.setattr(server, "SCRIPTS", server.SCRIPTS[:1])
        old_app.setattr(server, "SCHEMA_VERSION", 1)
        assert run("server", "init", empty_db)[0] == 0
        assert run("server", "add-user", "wang", "--url", empty_db, "--staff", "王敏",
                   "--role", "rep", "--password-stdin", stdin=PASSWORD + "\n")[0] == 0
    code, _, err = run("server", "users", empty_db)
    assert code == 7 and f"older than this app needs ({N})" in err
    code, out, _ = run("server", "upgrade", empty_db)
    assert code == 0 and "1" in out and f"{N}" in out
    listed = json.loads(run("server", "users", empty_db, "--json")[1])
    assert [(u["login"], u["staff"], u["active"], u["last_sync_at"]) for u in listed] == [
        ("wang", "王敏", True, None)]

    wang = laptop(tmp_path, Team(pg_cluster, "clitest", empty_db), "wang", PASSWORD)
    wang.sync()
    listed = json.loads(run("server", "users", empty_db, "--json")[1])
    assert listed[0]["last_sync_at"] is not None and listed[0]["last_sync_machine"]


def test_exports_recorded_on_a_laptop_reach_the_admins_audit_listing(run, team, tmp_path) -> None:
    from desktop_crm.storage import audit
    from tests.sync.laptops import laptop

    wang = laptop(tmp_path, team, "wang", PASSWORD)
    audit.record(wang.store, "王敏", "export", "12 customers to 客户.xlsx")
    assert wang.sync().audited >= 1
    with wang.store.transaction():  # the answer to that push was lost: sent again, kept once
        wang.store.conn.execute("UPDATE sync_state SET audit_sent = 0")
    wang.sync()
    wang.store.close()
    code, out, _ = run("server", "audit", team.url("boss"), "--json")
    rows = [r for r in json.loads(out) if r["action"] == "export"]
    assert code == 0 and [(r["login"], r["actor"], r["detail"]) for r in rows] == [
        ("wang", "王敏", "12 customers to 客户.xlsx")]
    code, out, _ = run("server", "audit", team.url("boss"))
    assert "12 customers to 客户.xlsx" in out and "wang" in out
    code, _, err = run("server", "audit", team.url("wang"))
    assert code == 7 and "Only the team's administrators" in err and "Traceback" not in err


def test_a_new_password_replaces_the_old_one(run, team) -> None:
    code, out, _ = run("server", "passwd", "wang", "--url", team.owner_url, "--password-stdin",
                       stdin="another long secret\n")
    assert code == 0 and out.startswith("wang has a new password")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(team.url("wang")).close()
    url = team.cluster.url("wang", "another long secret", team.dbname)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT crm.my_role()").fetchone()[0] == "rep"
    # a rep's login may not change another's; an unknown login is named
    code, _, err = run("server", "passwd", "li", "--url", url, "--password-stdin",
                       stdin="yet another secret\n")
    assert code == 7 and "may not change other logins" in err
    code, _, err = run("server", "passwd", "nobody", "--url", team.owner_url,
                       "--password-stdin", stdin="yet another secret\n")
    assert code == 7 and "nobody is not one of this team's logins" in err


def test_deactivating_someone_gives_their_customers_to_another(run, team, tmp_path) -> None:
    from tests.sync.laptops import laptop

    wang, li = (laptop(tmp_path, team, name, PASSWORD) for name in ("wang", "li"))
    li.sync()
    wang.sync()
    cid = wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏"})
    wang.visits.log_visit(cid, {"occurred_at": "2026-12-01 10:00", "channel": "visit",
                                "purpose": "例行拜访"}, [])
    wang.sync()

    code, _, err = run("server", "deactivate", "wang", "--url", team.owner_url)
    assert (code, err) == (7, "desktop-crm: wang owns 1 customers: name who takes them over "
                              "(--give-to).\n")
    code, out, _ = run("server", "deactivate", "wang", "--url", team.owner_url, "--give-to", "li")
    assert code == 0 and out.splitlines() == [
        "wang can no longer sign in.",
        "1 customers, with everything that hangs off them, now belong to li: they arrive on "
        "that laptop at its next sync."]
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(team.url("wang")).close()
    listed = {u["login"]: u["active"] for u in json.loads(run("server", "users", team.owner_url,
                                                              "--json")[1])}
    assert listed["wang"] is False and listed["li"] is True

    li.sync()
    moved = li.customer("明佳烟酒")
    assert moved is not None and moved["owner_id"] == li.staff_id("李强")
    assert [v["purpose"] for v in li.visits.of_customer(moved["id"])] == ["例行拜访"]
    assert li.store.conn.execute("SELECT active FROM staff WHERE name = '王敏'").fetchone()[0] == 0

    code, out, _ = run("server", "activate", "wang", "--url", team.owner_url)
    assert code == 0 and out == "wang can sign in again.\n"
    with psycopg.connect(team.url("wang")) as conn:
        assert conn.execute("SELECT count(*) FROM crm.records WHERE kind = 'customer'"
                            ).fetchone()[0] == 0  # the customers stay with li
