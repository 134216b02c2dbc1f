"""A file made by the release before m015 (sync ids as text) that had synced with a team,
opened by this one, syncs as the same records: the team gets the UUIDs it had, another laptop
pulls them, edits and deletes travel both ways. A file never connected (m023 forgot its ids)
gives every record its UUID when it connects, and the team gets all of them."""

from __future__ import annotations

import shutil
import sqlite3 as plain_sqlite3
from pathlib import Path

import psycopg

from desktop_crm.storage.sync_rows import local_id_of
from tests.storage.test_lean_file import RELEASE, was_connected
from tests.storage.test_lean_ids import CURRENT
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


def release_customers(path: Path) -> dict[str, str]:
    """{UUID: name} of the release file's customers, read without the app."""
    conn = plain_sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT s.uuid, c.name FROM sync_ids s JOIN customers c "
                                 "ON s.kind = 'customer' AND s.local_id = c.id"))
    finally:
        conn.close()


def test_a_migrated_release_file_syncs_as_the_same_records(tmp_path, team) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    shutil.copyfile(RELEASE, tmp_path / "first" / "boss.sqlite3")
    named = release_customers(was_connected(tmp_path / "first" / "boss.sqlite3"))
    first = laptop(tmp_path / "first", team, "boss", PASSWORD)  # migrated as it opens
    try:
        assert first.sync().pushed > len(named)
        with psycopg.connect(team.owner_url) as conn:
            on_server = {str(u): d["name"] for u, d in conn.execute(
                "SELECT uuid, data FROM crm.records WHERE kind = 'customer' AND NOT deleted")}
        assert on_server == named
        second = laptop(tmp_path / "second", team, "boss", PASSWORD)
        try:
            second.sync()  # a first pull: the bulk loader
            pulled = {u: local_id_of(second.store.conn, "customer", u) for u in named}
            assert {u: second.store.conn.execute("SELECT name FROM customers WHERE id = ?",
                                                 (i,)).fetchone()[0]
                    for u, i in pulled.items()} == named
            one, other = sorted(named)[:2]
            second.customers.update(second.id_of(named[one]), {"phone": "0710-3600009"})
            second.sync()
            first.sync()
            assert first.customer(named[one])["phone"] == "0710-3600009"
            first.customers.delete(first.id_of(named[other]))
            first.sync()
            second.sync()
            assert named[other] not in {r[0] for r in second.store.conn.execute(
                "SELECT name FROM customers WHERE deleted_at IS NULL")}
        finally:
            second.store.close()
    finally:
        first.store.close()


def test_a_file_never_connected_sends_every_record_when_it_connects(tmp_path, team) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    shutil.copyfile(CURRENT, tmp_path / "first" / "boss.sqlite3")
    conn = plain_sqlite3.connect(tmp_path / "first" / "boss.sqlite3")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("customers", "contacts", "interactions", "transactions")}
    conn.close()
    first = laptop(tmp_path / "first", team, "boss", PASSWORD)  # migrated (ids forgotten), connected
    try:
        first.sync()
        with psycopg.connect(team.owner_url) as conn:
            on_server = dict(conn.execute(
                "SELECT kind, count(*) FROM crm.records WHERE NOT deleted GROUP BY kind"))
        assert {t: on_server.get(k, 0) for t, k in (
            ("customers", "customer"), ("contacts", "contact"), ("interactions", "interaction"),
            ("transactions", "purchase"))} == counts
        assert first.store.count("sync_outbox") == 0
        second = laptop(tmp_path / "second", team, "boss", PASSWORD)
        try:
            second.sync()
            assert second.names() == first.names() and len(first.names()) == counts["customers"]
            name = min(first.names())
            second.customers.update(second.id_of(name), {"phone": "0710-3600009"})
            second.sync()
            first.sync()
            assert first.customer(name)["phone"] == "0710-3600009"
        finally:
            second.store.close()
    finally:
        first.store.close()
