"""`desktop-crm connect | sync | sync status | conflicts | disconnect` between two laptops, each
a real file and a real process, through the throwaway PostgreSQL."""

from __future__ import annotations

import io

import psycopg
import pytest

from tests.keyrings import memory_keyring  # noqa: F401 - a fixture
from tests.sync.cli import address, crm, ok
from tests.sync.conftest import PASSWORD


def test_two_laptops_connect_sync_and_settle_a_conflict(tmp_path, team) -> None:
    wang, chen = tmp_path / "wang.sqlite3", tmp_path / "chen.sqlite3"
    done = ok(wang, "connect", address(team, "wang"), "--user", "wang")
    assert "connected to wang@127.0.0.1" in done.out and "(rep)" in done.out
    ok(chen, "connect", address(team, "chen"), "--user", "chen")
    ok(wang, "sync")  # the staff list arrives
    ok(wang, "add", "code=C001", "name=明佳烟酒", "owner=王敏", "phone=0710-3600001")
    status = ok(wang, "sync", "status", "--json").json()
    # the customer and its phone as a way to reach (storage/contact_ways.py)
    assert status["pending"] == {"customer": 1, "contact_way": 1}
    assert status["open_conflicts"] == 0
    assert "127.0.0.1" in status["server"] and PASSWORD_WORD not in str(status)
    result = ok(wang, "sync", "--json").json()
    assert result["pushed"] == 2 and result["conflicts"] == 0
    assert "Synced with chen@" in ok(chen, "sync").out
    assert "明佳烟酒" in ok(chen, "show", "C001").out

    # the same field changed on both laptops: chen syncs second, the conflict is his
    ok(wang, "edit", "C001", "phone=0710-3600002", "address=襄阳市人民路1号")
    ok(chen, "edit", "C001", "phone=0710-3600003", "area=襄城区")
    ok(wang, "sync")
    done = ok(chen, "sync")
    assert "1 new conflicts wait for your decision" in done.out
    (conflict,) = ok(chen, "conflicts", "list", "--json").json()
    assert (conflict["field"], conflict["mine"], conflict["theirs"], conflict["their_login"]) == (
        "phone", "0710-3600003", "0710-3600002", "wang")
    listed = ok(chen, "conflicts", "list").out
    assert "明佳烟酒" in listed and "0710-3600003" in listed and "wang" in listed
    shown = ok(chen, "conflicts", "show", str(conflict["id"])).out
    assert "phone" in shown and "by wang" in shown
    assert ok(chen, "sync", "status", "--json").json()["open_conflicts"] == 1
    ok(chen, "conflicts", "resolve", str(conflict["id"]), "--mine")
    assert ok(chen, "conflicts", "list", "--json").json() == []
    from desktop_crm.domain.dossier import history
    from desktop_crm.storage.db import open_database

    with open_database(chen) as store:  # the decision is in the dossier's history
        (customer,) = store.find("customers")
        latest = history(store, customer["id"], "en")[0]
    assert (latest.field, latest.old, latest.new) == ("Phone", "0710-3600002", "0710-3600003")
    ok(chen, "sync")
    ok(wang, "sync")
    card = ok(wang, "show", "C001", "--json").json()["customer"]
    assert (card["phone"], card["area"], card["address"]) == ("0710-3600003", "襄城区", "襄阳市人民路1号")

    status = ok(wang, "sync", "status").out
    assert "wang (rep)" in status and "to send     0 changes" in status and "never" not in status


PASSWORD_WORD = "horse"  # a word of the test password: never shown, never kept in the file


def test_disconnect_asks_before_leaving_changes_unsent_and_keeps_the_data(tmp_path, team) -> None:
    wang = tmp_path / "wang.sqlite3"
    ok(wang, "connect", address(team, "wang"), "--user", "wang")
    ok(wang, "sync")
    ok(wang, "add", "code=C001", "name=明佳烟酒", "owner=王敏")
    done = crm(wang, "disconnect")
    assert done.code == 2 and "1 changes have not been sent" in done.err and "--yes" in done.err
    assert ok(wang, "sync", "status", "--json").json()["login"] == "wang"  # still connected
    assert "Disconnected from wang@" in ok(wang, "disconnect", "--yes").out
    assert ok(wang, "sync", "status", "--json").json() is None
    assert "明佳烟酒" in ok(wang, "show", "C001").out
    assert PASSWORD_WORD not in (tmp_path / "wang.sqlite3").read_bytes().decode("latin-1")


@pytest.mark.parametrize("args, code, sentence", [
    (("sync",), 2, "This file is not connected to a team server: run `desktop-crm connect"),
    (("sync", "status"), 0, None),
    (("conflicts", "resolve", "7", "--mine"), 3, "No open conflict has the id 7"),
    (("disconnect",), 2, "This file is not connected to a team server"),
])
def test_commands_on_a_file_not_connected(tmp_path, args, code, sentence) -> None:
    ok(tmp_path / "alone.sqlite3", "add", "code=C001", "name=明佳烟酒")
    done = crm(tmp_path / "alone.sqlite3", *args)
    assert done.code == code
    if sentence:
        assert done.err.startswith(f"desktop-crm: {sentence}") and len(done.err.splitlines()) == 1
    else:
        assert "not connected to a team server (it works on its own)" in done.out


def test_connect_failures_are_one_sentence_each(tmp_path, team, pg_cluster) -> None:
    wang = tmp_path / "wang.sqlite3"
    done = crm(wang, "connect", address(team, "wang"), "--user", "wang", password="wrong one")
    assert (done.code, done.err.strip()) == (7, "desktop-crm: The server refused the login or "
                                                "password; check them with your administrator.")
    dead = f"postgresql://wang@127.0.0.1:{pg_cluster.port + 1}/{team.dbname}?connect_timeout=3"
    done = crm(wang, "connect", dead, "--user", "wang")
    assert done.code == 7 and done.err.startswith("desktop-crm: Could not reach the team server")
    done = crm(wang, "connect", address(team, "wang"), "--user", "wang", password="")
    assert done.code == 7 and "asks for a password and none was given" in done.err
    assert ok(wang, "sync", "status", "--json").json() is None  # none of these connected it
    ok(wang, "connect", address(team, "wang"), "--user", "wang")
    done = crm(wang, "connect", address(team, "li"), "--user", "li")
    assert done.code == 2 and done.err.startswith(
        f"desktop-crm: This file is connected to wang@127.0.0.1:{pg_cluster.port}/{team.dbname} "
        "already: `desktop-crm disconnect` first")
    for done in (crm(wang, "sync", password="wrong one"),):
        assert done.code == 7 and "refused the login or password" in done.err
        assert "Traceback" not in done.err


def test_a_code_the_team_uses_for_another_customer_moves_aside_as_a_conflict(tmp_path, team) -> None:
    """A pulled customer keeps its code; the local one that had it takes a new code, and a
    conflict on its code says so (today's alternative: the sync failed on UNIQUE)."""
    wang, chen = tmp_path / "wang.sqlite3", tmp_path / "chen.sqlite3"
    for path, login in ((wang, "wang"), (chen, "chen")):
        ok(path, "connect", address(team, login), "--user", login)
        ok(path, "sync")
    ok(chen, "add", "code=C001", "name=红旗超市", "owner=陈经理")  # offline
    ok(wang, "add", "code=C001", "name=明佳烟酒", "owner=王敏")
    ok(wang, "sync")
    done = ok(chen, "sync")
    assert "1 new conflicts wait for your decision" in done.out
    assert ok(chen, "show", "C001", "--json").json()["customer"]["name"] == "明佳烟酒"
    assert ok(chen, "show", "chen-000001", "--json").json()["customer"]["name"] == "红旗超市"
    (conflict,) = ok(chen, "conflicts", "list", "--json").json()
    assert (conflict["field"], conflict["mine"], conflict["theirs"], conflict["their_login"]) == (
        "code", "C001", "chen-000001", "wang")
    shown = ok(chen, "conflicts", "show", str(conflict["id"])).out
    assert "why        明佳烟酒 (C001) holds this value in the team" in shown
    done = crm(chen, "conflicts", "resolve", str(conflict["id"]), "--mine")
    assert (done.code, done.err) == (4, "desktop-crm: code C001 is another record's already: "
                                        "choose another with --value.\n")
    ok(chen, "conflicts", "resolve", str(conflict["id"]), "--value", "H001")
    assert ok(chen, "sync", "--json").json()["pushed"] == 1
    with psycopg.connect(team.owner_url) as conn:
        codes = dict(conn.execute("SELECT data ->> 'name', data ->> 'code' FROM crm.records "
                                  "WHERE kind = 'customer'").fetchall())
    assert codes == {"明佳烟酒": "C001", "红旗超市": "H001"}


def test_sync_takes_the_password_kept_in_the_keyring(tmp_path, team, monkeypatch, capsys,
                                                     memory_keyring) -> None:
    """No PGPASSWORD, no ~/.pgpass, no terminal: the keyring's entry for the server is used,
    and `disconnect` removes it."""
    from desktop_crm import keychain
    from desktop_crm.cli import main

    wang = tmp_path / "wang.sqlite3"
    ok(wang, "connect", address(team, "wang"), "--user", "wang")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    kept = f"wang@127.0.0.1:{team.cluster.port}/{team.dbname}"

    assert main(["--db", str(wang), "--lang", "en", "sync"]) == 7
    assert "asks for a password and none was given" in capsys.readouterr().err
    assert keychain.remember_server_password(kept, PASSWORD)
    assert main(["--db", str(wang), "--lang", "en", "sync"]) == 0
    assert capsys.readouterr().out.startswith(f"Synced with {kept}: ")
    assert main(["--db", str(wang), "--lang", "en", "disconnect"]) == 0
    assert keychain.server_password(kept) is None


def test_progress_goes_to_stderr_on_a_terminal(tmp_path, team) -> None:
    import os
    import pty
    import subprocess

    from tests.sync.cli import ROOT, crm_command

    wang = tmp_path / "wang.sqlite3"
    ok(wang, "connect", address(team, "wang"), "--user", "wang")
    ok(wang, "sync")
    ok(wang, "add", "code=C001", "name=明佳烟酒", "owner=王敏")
    command, env = crm_command(wang, "sync")
    reader, terminal = pty.openpty()
    done = subprocess.run(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=terminal, text=True, timeout=300)
    os.close(terminal)
    shown = os.read(reader, 65536).decode()
    os.close(reader)
    assert done.returncode == 0 and done.stdout.startswith("Synced with"), shown
    assert "pull: " in shown and "push: 1 records" in shown


def test_a_refused_change_can_only_be_dropped(tmp_path, team) -> None:
    """A rep giving a customer to another rep is refused by the server; keeping it would be
    refused at every sync, so `resolve --mine` says so and `--theirs` drops it."""
    wang = tmp_path / "wang.sqlite3"
    ok(wang, "connect", address(team, "wang"), "--user", "wang")
    ok(wang, "sync")
    ok(wang, "add", "code=C001", "name=明佳烟酒", "owner=王敏")
    ok(wang, "sync")
    ok(wang, "edit", "C001", "owner=李强")
    assert "were not sent, as only managers make them" in ok(wang, "sync").out
    (refusal,) = ok(wang, "conflicts", "list", "--json").json()
    assert "(refused: a manager's change)" in ok(wang, "conflicts", "list").out
    assert "only a manager or an admin makes it" in ok(wang, "conflicts", "show",
                                                        str(refusal["id"])).out
    done = crm(wang, "conflicts", "resolve", str(refusal["id"]), "--mine")
    assert done.code == 2 and "`--theirs` drops it" in done.err
    ok(wang, "conflicts", "resolve", str(refusal["id"]), "--theirs")
    assert ok(wang, "conflicts", "list", "--json").json() == []
    ok(wang, "sync")
    assert "王敏" in ok(wang, "show", "C001").out and "李强" not in ok(wang, "show", "C001").out
