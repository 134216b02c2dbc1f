"""A damaged file: reported by `check` (never a traceback), refused for writing, and rescued
into a new file with what can still be read, table by table."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.demo import build_demo
from desktop_crm.domain.search import search
from desktop_crm.domain.staff import set_current_user
from desktop_crm.storage import errors
from desktop_crm.storage.db import open_database
from desktop_crm.storage.recover import recover
from tests.faults import corrupt_pages

pytestmark = pytest.mark.slow


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_crm", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("healthy") / "crm.sqlite3"
    with open_database(path) as store:
        build_demo(store, 600, seed=2)
        set_current_user(store, "王伟")
    return path


@pytest.fixture
def damaged(healthy, tmp_path) -> Path:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(healthy.read_bytes())
    corrupt_pages(path, tables=("transactions", "interactions"))
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_lists_the_damage_and_says_what_to_do(damaged) -> None:
    done = cli("--db", str(damaged), "check")
    assert done.returncode == 5
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("integrity: ")
    assert lines[-1].startswith("the file is damaged: rescue what can be read with `desktop-crm recover")


def test_a_damaged_file_takes_no_writes(damaged) -> None:
    before = digest(damaged)
    done = cli("--db", str(damaged), "add", "name=新开的店")
    assert done.returncode == 1 and "is damaged" in done.stderr and "File ▸ Recover" in done.stderr
    assert "Traceback" not in done.stderr
    assert digest(damaged) == before
    with open_database(damaged) as store:
        with pytest.raises(errors.DamagedError):
            CustomerService(store, "王伟").create({"name": "新开的店", "kind": "company"})
        assert store.read_only == "the file is damaged"


def test_recover_rescues_what_can_be_read_table_by_table(damaged, healthy, tmp_path) -> None:
    before = digest(damaged)
    new = tmp_path / "rescued.sqlite3"
    done = cli("recover", str(damaged), str(new))
    assert done.returncode == 0, done.stderr
    assert digest(damaged) == before  # only ever read
    assert "customers" in done.stdout and f"{new} written" in done.stdout
    # nothing beside the two files: no temporary left, no side files made for the damaged one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.sqlite3", "rescued.sqlite3"]
    assert cli("--db", str(new), "check").stdout.strip() == f"{new}: ok"
    with sqlite3.connect(healthy) as original, sqlite3.connect(new) as rescued:
        for table in ("customers", "contacts", "interactions", "transactions", "plans"):
            had = original.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            kept = rescued.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert 0.9 * had <= kept <= had, table
        lost = sum(original.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   - rescued.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("transactions", "interactions"))
        assert lost > 0  # the noise hit rows; the report must not claim otherwise
    with open_database(new) as store:
        name = store.conn.execute("SELECT name FROM customers ORDER BY id LIMIT 1").fetchone()[0]
        assert name in [hit.name for hit in search(store, name)]  # the index was rebuilt
        row = store.conn.execute("SELECT actor, action FROM audit_log WHERE action = 'recover'").fetchone()
        assert tuple(row) == ("王伟", "recover")


def test_recover_never_overwrites_and_reports_a_healthy_file_complete(healthy, tmp_path) -> None:
    new = tmp_path / "copy.sqlite3"
    rescue = recover(healthy, new, "王伟")
    assert rescue.complete
    assert {t.table: t.saved for t in rescue.tables}["customers"] == 600
    # the records keep their team-wide identities: a rescued laptop syncs as the same records
    ids = "SELECT kind, local_id, uuid FROM sync_ids ORDER BY kind, local_id"
    with sqlite3.connect(healthy) as before, sqlite3.connect(new) as after:
        assert set(before.execute(ids)) <= set(after.execute(ids))
    kept = digest(new)
    with pytest.raises(errors.StorageError, match="never overwrites"):
        recover(healthy, new, "王伟")
    assert digest(new) == kept


def test_a_file_whose_table_list_is_lost_says_so(healthy, tmp_path) -> None:
    path = tmp_path / "worse.sqlite3"
    data = bytearray(healthy.read_bytes())
    data[100:4096] = bytes(3996)  # page 1: the table list
    path.write_bytes(bytes(data))
    done = cli("recover", str(path), str(tmp_path / "new.sqlite3"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "restore a backup" in done.stderr.lower() or "cannot be read" in done.stderr
    assert not (tmp_path / "new.sqlite3").exists()
