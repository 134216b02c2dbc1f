"""A sync that cannot happen or is cut short says so in one sentence, and leaves both sides
whole: a server schema of another version, a connection killed in the middle of a push."""

from __future__ import annotations

import subprocess
import time

import psycopg
import pytest

from tests.sync.cli import address, crm, ok
from desktop_crm.sync.server import SCHEMA_VERSION as N  # the app's server schema


def server_state(team) -> list[tuple]:
    with psycopg.connect(team.owner_url) as conn:
        return conn.execute("SELECT uuid, version, data, deleted FROM crm.records "
                            "ORDER BY uuid").fetchall()


def laptop_state(path) -> tuple:
    status = ok(path, "sync", "status", "--json").json()
    return status["pending"], status["checkpoint"], status["last_sync_at"]


@pytest.mark.parametrize("step, words", [
    (+1, f"The team server's schema is version {N + 1}, newer than this app knows ({N}): install the "
         "newer desktop-crm your team uses."),
    (-1, f"The team server's schema is version {N - 1}, older than this app needs ({N}): ask your "
         "administrator to run `desktop-crm server upgrade`."),
])
def test_a_server_of_another_schema_version_syncs_nothing(tmp_path, team, step, words) -> None:
    wang = tmp_path / "wang.sqlite3"
    ok(wang, "connect", address(team, "wang"), "--user", "wang")
    ok(wang, "sync")
    ok(wang, "add", "code=C001", "name=明佳烟酒", "owner=王敏")
    server_before, laptop_before = server_state(team), laptop_state(wang)
    with psycopg.connect(team.owner_url) as conn:
        conn.execute("UPDATE crm.schema_version SET version = version + %s", (step,))
    done = crm(wang, "sync")
    assert (done.code, done.err) == (7, f"desktop-crm: {words}\n")
    assert server_state(team) == server_before
    assert laptop_state(wang) == laptop_before and laptop_before[0] == {"customer": 1}
    # a laptop connecting now is told the same, and stays alone
    li = tmp_path / "li.sqlite3"
    done = crm(li, "connect", address(team, "li"), "--user", "li")
    assert (done.code, done.err) == (7, f"desktop-crm: {words}\n")
    assert ok(li, "sync", "status", "--json").json() is None
    with psycopg.connect(team.owner_url) as conn:
        conn.execute("UPDATE crm.schema_version SET version = version - %s", (step,))
    assert ok(wang, "sync", "--json").json()["pushed"] == 1


def test_a_connection_killed_mid_push_leaves_both_sides_whole(tmp_path, team) -> None:
    from tests.sync.cli import ROOT, crm_command

    wang = tmp_path / "wang.sqlite3"
    ok(wang, "connect", address(team, "wang"), "--user", "wang")
    ok(wang, "sync")
    for n in range(1, 4):
        ok(wang, "add", f"code=C00{n}", f"name=烟酒店{n}", "owner=王敏")
    server_before = server_state(team)
    with psycopg.connect(team.owner_url) as admin:
        # the push's first INSERT waits behind this lock; the pull before it only reads
        admin.execute("LOCK TABLE crm.records IN EXCLUSIVE MODE")
        command, env = crm_command(wang, "sync")
        sync = subprocess.Popen(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        with psycopg.connect(team.owner_url, autocommit=True) as watcher:
            pid = None
            while pid is None and sync.poll() is None:
                row = watcher.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usename = 'wang' "
                    "AND wait_event_type = 'Lock'").fetchone()
                pid = row[0] if row else time.sleep(0.05)
            assert pid is not None, sync.communicate()
            watcher.execute("SELECT pg_terminate_backend(%s)", (pid,))
        out, err = sync.communicate(timeout=120)
        admin.rollback()
    assert sync.returncode == 7, err
    assert err.startswith("desktop-crm: The connection to the team server was lost during the "
                          "sync (") and err.endswith("nothing was half-done on either side: "
                                                     "sync again.\n")
    assert len(err.splitlines()) == 1 and out == ""
    assert server_state(team) == server_before                    # none of the push arrived
    assert laptop_state(wang)[0] == {"customer": 3}               # all of it is still to send
    assert ok(wang, "sync", "--json").json()["pushed"] == 3
    with psycopg.connect(team.owner_url) as conn:
        names = [r[0] for r in conn.execute("SELECT data ->> 'name' FROM crm.records "
                                            "WHERE kind = 'customer' ORDER BY 1")]
    assert names == ["烟酒店1", "烟酒店2", "烟酒店3"]
    assert laptop_state(wang)[0] == {}


def test_a_record_this_file_cannot_take_is_one_sentence_and_changes_nothing(tmp_path,
                                                                            team) -> None:
    """A customer without a name written straight into the server (no laptop sends one):
    the sync says so in a sentence, and the file keeps what it had and where it was."""
    import json
    import uuid

    wang = tmp_path / "wang.sqlite3"
    ok(wang, "connect", address(team, "wang"), "--user", "wang")
    ok(wang, "sync")
    ok(wang, "add", "code=C001", "name=明佳烟酒", "owner=王敏")
    laptop_before = laptop_state(wang)
    with psycopg.connect(team.owner_url) as conn:
        (staff,) = conn.execute("SELECT staff FROM crm.logins WHERE login = 'wang'").fetchone()
        broken = str(uuid.uuid4())
        conn.execute("INSERT INTO crm.records (uuid, kind, customer, data) "
                     "VALUES (%s, 'customer', %s, %s)",
                     (broken, broken, json.dumps({"name": None, "code": "X1",
                                                  "owner_id": str(staff)})))
    done = crm(wang, "sync")
    assert done.code == 7
    assert done.err.startswith("desktop-crm: This file could not take what the team sent (")
    assert done.err.endswith("nothing was changed here: sync again, and if it comes back, "
                             "tell your administrator.\n")
    assert laptop_state(wang) == laptop_before
    assert "明佳烟酒" in ok(wang, "show", "C001").out
