"""Where a database may live: network shares refused, read-only places opened read-only,
missing folders made, every OS failure one sentence."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.search import search
from desktop_crm.storage import errors
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import sqlite3  # the driver our code raises from
from desktop_crm.storage.location import (
    DRIVE_REMOTE, check_place, network_share, parse_bsd_mount, parse_proc_mounts,
)

LINUX_MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
//nas/shared /mnt/office\\040files cifs rw,vers=3.1.1 0 0
nas:/export/crm /srv/crm nfs4 rw,relatime 0 0
/dev/sdb1 /srv/crm/local ext4 rw 0 0
"""
MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//wang@NAS._smb._tcp.local/客户 on /Volumes/客户 (smbfs, nodev, nosuid, mounted by wang)
/dev/disk5s1 on /Volumes/U盘 (msdos, local, nodev, nosuid, noowners)
"""


def local(_: str) -> int:
    return 3  # DRIVE_FIXED


def test_windows_unc_and_mapped_drives_are_network_shares() -> None:
    def mapped(root: str) -> int:
        return DRIVE_REMOTE if root.upper() == "Z:\\" else 3

    share = lambda text: network_share(PureWindowsPath(text), platform="win32", drive_type=mapped)  # noqa: E731
    assert share(r"\\server\crm\客户.sqlite3") == r"\\server\crm"
    assert share("//server/crm/a.sqlite3") == r"\\server\crm"
    assert share(r"\\?\UNC\server\crm\a.sqlite3") == r"\\server\crm"
    assert share(r"Z:\客户\a.sqlite3") == "Z:"
    assert share(r"C:\Users\wang\Documents\a.sqlite3") is None
    assert share(r"\\?\C:\Users\wang\a.sqlite3") is None


def test_linux_and_mac_mounts_are_read_as_the_systems_write_them() -> None:
    mounts = parse_proc_mounts(LINUX_MOUNTS)
    assert ("/mnt/office files", "cifs") in mounts
    on = lambda text: network_share(PurePosixPath(text), platform="linux", mounts=mounts)  # noqa: E731
    assert on("/mnt/office files/crm.sqlite3") == "/mnt/office files"
    assert on("/srv/crm/a.sqlite3") == "/srv/crm"
    assert on("/srv/crm/local/a.sqlite3") is None  # a local disk mounted inside the share
    assert on("/srv/crmx/a.sqlite3") is None
    assert on("/home/wang/a.sqlite3") is None
    mac = parse_bsd_mount(MAC_MOUNT)
    assert network_share(PurePosixPath("/Volumes/客户/a.sqlite3"), platform="darwin", mounts=mac) == "/Volumes/客户"
    assert network_share(PurePosixPath("/Volumes/U盘/a.sqlite3"), platform="darwin", mounts=mac) is None


def test_this_computers_own_disk_is_not_a_share(tmp_path) -> None:
    assert network_share(tmp_path / "a.sqlite3") is None


def test_a_missing_data_folder_is_made_for_a_new_database(tmp_path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "crm.sqlite3"
    with open_database(path) as store:
        assert store.read_only is None
    assert path.is_file()


def test_a_zero_byte_file_is_an_empty_database_not_a_missing_one(tmp_path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with open_database(path, create=False) as store:
        assert store.count("customers") == 0
    with pytest.raises(errors.StorageError, match="does not exist"):
        open_database(tmp_path / "missing.sqlite3", create=False)


def test_a_folder_that_cannot_be_made_is_one_sentence(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(errors.StorageError) as caught:
        open_database(blocker / "sub" / "crm.sqlite3")
    assert str(caught.value).startswith("Cannot use") or "could not be made" in str(caught.value)
    assert "Errno" not in str(caught.value)


def _database_with_one_customer(folder: Path) -> None:
    with open_database(folder / "crm.sqlite3") as store:
        CustomerService(store, "测试员").create({"name": "明佳烟酒", "kind": "company"})
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in ("crm.sqlite3-wal", "crm.sqlite3-shm"):
        (folder / leftover).unlink(missing_ok=True)


def test_a_database_in_a_read_only_place_opens_read_only_and_refuses_edits(read_only_folder) -> None:
    folder = read_only_folder(_database_with_one_customer)
    with open_database(folder / "crm.sqlite3") as store:
        assert store.read_only in ("the disk is read-only", "its folder is read-only")
        service = CustomerService(store, "测试员")
        assert [hit.name for hit in search(store, "明佳")] == ["明佳烟酒"]
        with pytest.raises(errors.ReadOnlyError, match="read-only .*copy it to a folder of your own"):
            service.create({"name": "新店", "kind": "company"})
        with pytest.raises(sqlite3.OperationalError, match="readonly"):  # the connection itself
            store.conn.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    assert sorted(p.name for p in folder.iterdir()) == ["crm.sqlite3"]


def test_a_new_database_cannot_be_made_in_a_read_only_place(read_only_folder) -> None:
    folder = read_only_folder(lambda _: None)
    with pytest.raises(errors.StorageError, match="Cannot create a database in .*Choose a folder"):
        check_place(folder / "new.sqlite3", create=True)


def test_read_only_asked_for_is_read_only(db_path, store) -> None:
    store.close()
    with open_database(db_path, read_only=True) as again:
        assert again.read_only == "opened read-only"
        with pytest.raises(errors.ReadOnlyError):
            again.set_setting("x", "y")


def test_os_errors_become_sentences() -> None:
    import errno

    for code, words in ((errno.EACCES, "permission denied"), (errno.EROFS, "read-only disk"),
                        (errno.ENAMETOOLONG, "too long"), (errno.ENOSPC, "full"),
                        (errno.ENOLCK, "cannot lock")):
        text = str(errors.from_os_error(OSError(code, "x"), Path("/data/crm.sqlite3")))
        assert words in text and "Errno" not in text


def test_sqlite_read_only_failures_are_translated(tmp_path) -> None:
    raw = sqlite3.OperationalError("attempt to write a readonly database")
    assert isinstance(errors.translate(raw, tmp_path / "a.sqlite3"), errors.ReadOnlyError)
