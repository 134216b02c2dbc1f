"""The audit log: rows chained by hash with the machine's name, refused changes, tampering
found and named, and publish(): no file without its row, no temporary file left behind."""

from __future__ import annotations

import platform
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from desktop_crm.storage import audit, errors
from desktop_crm.storage.check import problems
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import sqlite3  # the driver our code raises from
from desktop_crm.storage.schema import migrations
from tests.disks import checkpoint, fill, small_disk


def raw(path: Path) -> sqlite3.Connection:
    """A connection of someone working behind the app's back (autocommit)."""
    return sqlite3.connect(path, isolation_level=None)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if audit.TEMP_MARK in p.name)


# --- the chain ---------------------------------------------------------------------------

def test_rows_are_chained_and_carry_the_machine(store) -> None:
    ids = [audit.record(store, "李娟", "export", f"{n} customers to /tmp/list.csv") for n in (1, 2, 3)]
    rows = store.conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    assert [r["id"] for r in rows] == ids
    assert {r["machine"] for r in rows} == {platform.node()}
    assert {r["actor"] for r in rows} == {"李娟"}
    assert rows[0]["prev_hash"] == audit.GENESIS
    assert [r["prev_hash"] for r in rows[1:]] == [r["hash"] for r in rows[:-1]]
    assert len({r["hash"] for r in rows}) == 3
    head = store.conn.execute("SELECT last_id, last_hash FROM audit_head").fetchone()
    assert tuple(head) == (ids[-1], rows[-1]["hash"])
    assert problems(store) == []


def test_the_apps_connection_cannot_change_remove_or_slip_in_a_row(store) -> None:
    audit.record(store, "李娟", "export", "1 customers to /tmp/a.csv")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE audit_log SET actor = '王伟'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM audit_head")
    with pytest.raises(sqlite3.IntegrityError, match="chain hash"):
        store.insert("audit_log", {"at": "2026-01-01T00:00:00", "actor": "x", "action": "export"})
    assert [tuple(r) for r in store.conn.execute("SELECT actor, action FROM audit_log")] == [
        ("李娟", "export")]


def five_rows(db_path: Path) -> None:
    with open_database(db_path) as store:
        for n in range(1, 6):
            audit.record(store, "李娟", "print_card", f"C00000{n} -> /tmp/C00000{n}.pdf")


@pytest.mark.parametrize("tamper, named", [
    ("UPDATE audit_log SET actor = '王伟' WHERE id = 3",
     "row 3 (print_card, "),
    ("UPDATE audit_log SET detail = 'nothing' WHERE id = 1",
     "row 1 (print_card, "),
    ("DELETE FROM audit_log WHERE id = 3",
     "row 4 does not follow row 2: a row between them was removed"),
    ("DELETE FROM audit_log WHERE id = 1",
     "row 2 is not the first row written: rows before it were removed"),
    ("DELETE FROM audit_log WHERE id >= 4",
     "ends at row 3 but row 5 was written: rows after it were removed"),
    ("DELETE FROM audit_log",
     "the audit log is empty but row 5 was written"),
])
def test_a_row_changed_or_removed_behind_the_apps_back_is_named(db_path, tamper, named) -> None:
    five_rows(db_path)
    conn = raw(db_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(tamper)
    conn.close()
    with open_database(db_path) as store:
        found = problems(store)
    assert [p for p in found if "protection" not in p] == [next(p for p in found if named in p)]
    assert any("audit_log_no_delete is missing" in p for p in found)


def test_an_edited_row_with_a_recomputed_hash_breaks_the_next_link(db_path) -> None:
    five_rows(db_path)
    conn = raw(db_path)
    prev, at, machine, action = conn.execute(
        "SELECT prev_hash, at, machine, action FROM audit_log WHERE id = 2").fetchone()
    forged = audit.chain_hash(prev, at, "王伟", machine, action, "nothing printed")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = '王伟', detail = 'nothing printed', hash = ? WHERE id = 2",
                 (forged,))
    conn.close()
    with open_database(db_path) as store:
        assert audit.first_break(store.conn) == (
            "audit log row 3 does not follow row 2: a row between them was removed, "
            "or row 2 was replaced")


def test_a_row_written_without_the_app_is_found(db_path) -> None:
    five_rows(db_path)
    conn = raw(db_path)
    conn.execute("DROP TRIGGER audit_log_chained_only")
    conn.execute("INSERT INTO audit_log (at, actor, action) VALUES ('2026-01-01T00:00:00', 'x', 'export')")
    conn.close()
    with open_database(db_path) as store:
        assert audit.first_break(store.conn) == (
            "audit log row 6 has no chain hash: it was added outside desktop-crm")


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
rows = st.lists(st.tuples(texts, st.sampled_from(["export", "show", "print_card", "dump_json"]),
                          st.one_of(st.none(), texts)), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=rows, data=st.data())
def test_any_sequence_of_records_verifies_and_any_one_edit_is_named(rows, data) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crm.sqlite3"
        with open_database(path) as store:
            ids = [audit.record(store, actor, action, detail) for actor, action, detail in rows]
            assert audit.first_break(store.conn) is None
        victim = data.draw(st.sampled_from(ids), label="row edited")
        field = data.draw(st.sampled_from(["at", "actor", "machine", "action", "detail"]))
        conn = raw(path)
        old = conn.execute(f"SELECT {field} FROM audit_log WHERE id = ?", (victim,)).fetchone()[0]
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute(f"UPDATE audit_log SET {field} = ? WHERE id = ?", ((old or "") + "·", victim))
        conn.close()
        with open_database(path) as store:
            assert audit.first_break(store.conn).startswith(f"audit log row {victim} (")


def test_rows_written_before_the_chain_are_chained_by_the_migration(db_path) -> None:
    db = Database(sqlite3.connect(db_path))  # the app's driver: its SQLite makes the index
    migrations.apply(db, stop_before="m010_audit_chain")
    db.conn.executemany("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)", [
        ("2025-03-01T09:00:00", "李娟", "export", "3 customers to list.csv"),
        ("2025-03-02T10:00:00", "王伟", "print_cards", "2 customers -> all.pdf"),
    ])
    db.conn.commit()
    db.close()
    with open_database(db_path) as store:
        rows = store.conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
        assert [r["machine"] for r in rows] == [None, None]  # not known then
        assert rows[1]["prev_hash"] == rows[0]["hash"] != rows[1]["hash"]
        assert problems(store) == []
        audit.record(store, "李娟", "show", "C000001 明佳烟酒")
        assert problems(store) == []
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("DELETE FROM audit_log WHERE id = 1")


def test_entries_filter_by_day_and_action(store) -> None:
    for action in ("export", "print_card", "print_plans", "show", "backup"):
        audit.record(store, "李娟", action, "x")
    assert [r["action"] for r in audit.entries(store, action="print")] == ["print_card", "print_plans"]
    assert [r["action"] for r in audit.entries(store, limit=2)] == ["show", "backup"]
    assert audit.entries(store, since="2999-01-01") == []
    assert len(audit.entries(store, since="2000-01-01")) == 5


# --- publish -----------------------------------------------------------------------------

def test_a_published_file_appears_with_its_row_and_nothing_else(store, tmp_path) -> None:
    dest = tmp_path / "list.csv"
    with audit.publish(store, dest, "李娟", "export", lambda: "2 customers to list.csv") as tmp:
        assert audit.TEMP_MARK in tmp.name and tmp.parent == tmp_path
        tmp.write_text("a\nb\n")
        assert not dest.exists()  # not visible before its row is committed
    assert dest.read_text() == "a\nb\n"
    assert [tuple(r) for r in store.conn.execute("SELECT action, detail FROM audit_log")] == [
        ("export", "2 customers to list.csv")]
    assert leftovers(tmp_path) == []


def test_a_failure_while_writing_leaves_no_file_and_no_row(store, tmp_path) -> None:
    with pytest.raises(ZeroDivisionError):
        with audit.publish(store, tmp_path / "list.csv", "李娟", "export", "x") as tmp:
            tmp.write_text("half")
            1 / 0
    assert list(tmp_path.glob("list.csv*")) == [] and leftovers(tmp_path) == []
    assert store.count("audit_log") == 0


def test_a_read_only_database_writes_no_file(db_path, tmp_path) -> None:
    open_database(db_path).close()
    with open_database(db_path, read_only=True) as store:
        with pytest.raises(errors.StorageError) as caught:
            with audit.publish(store, tmp_path / "list.csv", "李娟", "export", "x") as tmp:
                tmp.write_text("data")
    assert str(caught.value) == (
        "list.csv was not written, because it must be recorded in the audit log and "
        "crm.sqlite3 can only be read (opened read-only): copy it to a folder of your own and "
        "open the copy.")
    assert not (tmp_path / "list.csv").exists() and leftovers(tmp_path) == []


def test_a_full_database_disk_writes_no_file(tmp_path) -> None:
    with small_disk(tmp_path / "disk", "3m") as disk:
        db_path = disk / "crm.sqlite3"
        open_database(db_path).close()
        out = tmp_path / "out"
        out.mkdir()
        with open_database(db_path) as store:
            checkpoint(db_path)
            fill(disk)
            with pytest.raises(errors.StorageError, match=r"^list.csv was not written, because "
                               r"it must be recorded in the audit log and the disk holding .* is full"):
                with audit.publish(store, out / "list.csv", "李娟", "export", "x") as tmp:
                    tmp.write_text("data")
            assert list(out.iterdir()) == []


def test_a_database_disk_that_fills_while_the_file_is_written_leaves_no_file(tmp_path) -> None:
    """The temporary file is complete, the row cannot be written: the file is removed."""
    with small_disk(tmp_path / "disk", "3m") as disk:
        db_path = disk / "crm.sqlite3"
        open_database(db_path).close()
        out = tmp_path / "out"
        out.mkdir()
        with open_database(db_path) as store:
            with pytest.raises(errors.StorageError, match="must be recorded in the audit log and "
                                                          "the disk holding"):
                with audit.publish(store, out / "list.csv", "李娟", "export", "x") as tmp:
                    tmp.write_text("every customer")
                    checkpoint(db_path)
                    fill(disk)
            assert list(out.iterdir()) == []
            (disk / "filler").unlink()
            assert store.count("audit_log") == 0


def test_a_full_export_disk_says_so_and_leaves_nothing(store, tmp_path) -> None:
    with small_disk(tmp_path / "usb", "64k") as usb:
        with pytest.raises(errors.StorageError) as caught:
            with audit.publish(store, usb / "list.csv", "李娟", "export", "x") as tmp:
                tmp.write_bytes(b"x" * 1_000_000)
        assert str(caught.value) == (f"The disk holding {usb / 'list.csv'} is full; nothing was "
                                     "saved. Free some space, then try again.")
        assert list(usb.iterdir()) == []
    assert store.count("audit_log") == 0


def test_a_read_only_folder_says_so(store, read_only_folder) -> None:
    folder = read_only_folder(lambda f: None)
    with pytest.raises(errors.StorageError) as caught:
        with audit.publish(store, folder / "list.csv", "李娟", "export", "x") as tmp:
            tmp.write_text("data")
    assert "read-only" in str(caught.value) or "permission denied" in str(caught.value)
    assert str(caught.value).count(". ") <= 1 and audit.TEMP_MARK not in str(caught.value)
    assert store.count("audit_log") == 0


def test_names_too_long_for_the_disk_are_refused_before_anything_is_written(store, tmp_path) -> None:
    with pytest.raises(errors.StorageError, match="is too long for this disk. Choose a shorter name."):
        with audit.publish(store, tmp_path / ("客" * 90 + ".csv"), "李娟", "export", "x") as tmp:
            tmp.write_text("data")
    assert store.count("audit_log") == 0 and list(tmp_path.glob("*客*")) == []
    # a name that just fits: its temporary name is shortened, not refused
    fits = tmp_path / ("客" * 83 + ".csv")  # 253 bytes
    with audit.publish(store, fits, "李娟", "export", "x") as tmp:
        assert len(tmp.name.encode()) <= 255 and audit.TEMP_MARK in tmp.name
        tmp.write_text("data")
    assert fits.read_text() == "data" and leftovers(tmp_path) == []


def test_publish_refuses_to_run_inside_a_transaction(store, tmp_path) -> None:
    """Its rename would come before the row is committed."""
    with pytest.raises(RuntimeError), store.transaction():
        with audit.publish(store, tmp_path / "a.csv", "李娟", "export", "x"):
            pass
    assert not (tmp_path / "a.csv").exists() and leftovers(tmp_path) == []


