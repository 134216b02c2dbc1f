"""Every command that writes, under every failure these tests can make for real: the
database's disk full or read-only, the output's disk full or read-only, a name too long for
the disk, a folder the user may not write. Each ends in one sentence on stderr, with its
documented exit code; the database is intact and unchanged; no half-file is left.

Full and read-only disks are small tmpfs mounts (CI runs as root, which may mount); "may
not write" runs the command as the unprivileged user ``nobody``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="mounting a full or read-only disk needs root"),
]

DB_WRITERS = {
    "add": ["add", "name=新开的店", "phone=13912348866"],
    "edit": ["edit", "{code}", "tier=key"],
    "delete": ["delete", "{code}"],
    "visit": ["visit", "{code}", "channel=visit", "purpose=了解需求"],
    "import": ["import", "{csv}"],
    "score": ["score"],
    "reindex": ["reindex"],
}
FILE_WRITERS = {  # {out}: the output file or folder on the faulty disk
    "export csv": ["export", "customers", "{out}/list.csv"],
    "export xlsx": ["export", "customers", "{out}/list.xlsx"],
    "export vcard": ["export", "contacts", "{out}/contacts.vcf"],
    "export calendar": ["export", "calendar", "{out}/follow-ups.ics"],
    "card": ["card", "print", "{code}", "-o", "{out}/card.pdf"],
    "cards": ["card", "print", "--all", "--tier", "key", "--out-dir", "{out}/cards"],
    "backup": ["backup", "{out}/copy.sqlite3"],
    "recover": ["recover", "{db}", "{out}/rescued.sqlite3"],
}


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("faults")
    db = folder / "crm.sqlite3"
    run(["--db", str(db), "demo", "--customers", "300", "--seed", "5"], check=True)
    with (folder / "import.csv").open("w", encoding="gbk") as fh:
        fh.write("客户编号,店名,手机\n" + "".join(f"N{i:05d},新店{i},139{i:08d}\n" for i in range(3000)))
    return db


def run(args: list[str], check: bool = False, user: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "desktop_crm", *args]
    if user:
        command = ["setpriv", f"--reuid={user}", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "HOME": "/tmp" if user else os.environ.get("HOME", "/root")}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if check and done.returncode != 0:
        raise AssertionError(done.stderr)
    return done


@contextmanager
def disk(folder: Path, size: str = "4m", read_only: bool = False, full: bool = False) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder)], check=True)
    try:
        yield folder
        if full:
            fill(folder)
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    finally:
        pass


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Leave no free block on the disk. Unbuffered: a buffered file would keep the bytes the
    disk refused and raise again when closed."""
    for name, block in (("filler", 65536), ("filler2", 512)):
        try:
            with (folder / name).open("wb", buffering=0) as fh:
                while fh.write(b"\0" * block):
                    pass
        except OSError:
            pass


def state(db: Path) -> tuple[str, int, int]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                conn.execute("SELECT count(*) FROM customers").fetchone()[0],
                conn.execute("SELECT count(*) FROM interactions").fetchone()[0])
    finally:
        conn.close()


def a_code(db: Path) -> str:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT code FROM customers WHERE tier = 'key' LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def fill_in(args: list[str], **values: str) -> list[str]:
    return [a.format(**values) for a in args]


def assert_one_sentence(done: subprocess.CompletedProcess, codes: set[int]) -> None:
    assert done.returncode in codes, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("desktop-crm: "), done.stderr
    assert "Traceback" not in done.stderr and "Errno" not in done.stderr


@pytest.mark.parametrize("fault", ["full", "read-only"])
@pytest.mark.parametrize("command", DB_WRITERS)
def test_a_database_on_a_faulty_disk(base, tmp_path, fault, command) -> None:
    place = tmp_path / "disk"
    try:
        with disk(place, size="8m", full=fault == "full", read_only=fault == "read-only"):
            db = place / "crm.sqlite3"
            shutil.copy(base, db)
            shutil.copy(base.parent / "import.csv", tmp_path / "import.csv")
            code = a_code(db)
        before = state(db)
        done = run(["--db", str(db), *fill_in(DB_WRITERS[command], code=code, csv=str(tmp_path / "import.csv"))])
        assert_one_sentence(done, {1})
        assert state(db) == before
        assert not [p for p in place.iterdir() if "desktop-crm-tmp" in p.name]
    finally:
        unmount(place)


@pytest.mark.parametrize("fault", ["full", "read-only", "too long", "not mine"])
@pytest.mark.parametrize("command", FILE_WRITERS)
def test_an_output_that_cannot_be_written(base, tmp_path, fault, command) -> None:
    db = tmp_path / "crm.sqlite3"
    shutil.copy(base, db)
    code = a_code(db)
    place = tmp_path / "out"
    user = None
    try:
        if fault in ("full", "read-only"):
            with disk(place, full=fault == "full", read_only=fault == "read-only"):
                pass
            out = place
        elif fault == "too long":
            place.mkdir()
            out = place / ("很长的文件夹名" * 40)
        else:  # a folder of root's, 0700, written to by `nobody`
            place.mkdir(mode=0o700)
            tmp_path.chmod(0o755)
            db.chmod(0o666)
            db.parent.chmod(0o777)
            out, user = place, "nobody"
        before = state(db)
        done = run(["--db", str(db), *fill_in(FILE_WRITERS[command], code=code, out=str(out), db=str(db))],
                   user=user)
        assert_one_sentence(done, {1, 2})
        assert state(db)[:2] == before[:2]
        if place.exists():  # nothing written but, perhaps, the folder the command was given
            written = [p.name for p in place.rglob("*") if p.is_file() and not p.name.startswith("filler")]
            assert written == []
    finally:
        if fault in ("full", "read-only"):
            unmount(place)
