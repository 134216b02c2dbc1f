"""Half-written files of a killed run are removed at the next start, wherever they were;
those of a run still at work are not."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from desktop_crm.storage.temporaries import TEMP_MARK, clean_leftovers, tracked

WRITER = """
import sys, time
from pathlib import Path
from desktop_crm.storage.temporaries import tracked
with tracked(Path(sys.argv[1])) as tmp:
    tmp.write_bytes(b"half of a file")
    Path(str(tmp) + "-wal").write_bytes(b"x")
    print(tmp, flush=True)
    time.sleep(60)
"""


def start_writer(dest, env):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(dest)], env=env,
                            stdout=subprocess.PIPE, text=True)
    return proc, proc.stdout.readline().strip()


def test_a_killed_writers_half_file_goes_and_a_live_ones_stays(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    monkeypatch.setenv("HOME", env["HOME"])
    monkeypatch.setenv("XDG_DATA_HOME", env["XDG_DATA_HOME"])
    exports = tmp_path / "exports"
    exports.mkdir()
    killed, killed_tmp = start_writer(exports / "list.xlsx", env)
    alive, alive_tmp = start_writer(exports / "cards.pdf", env)
    try:
        assert TEMP_MARK in killed_tmp and os.path.exists(killed_tmp)
        killed.kill()
        killed.wait()
        assert os.path.exists(killed_tmp)  # nobody could remove it
        removed = clean_leftovers()
        assert [str(p) for p in removed] == [killed_tmp]
        assert sorted(p.name for p in exports.iterdir()) == sorted(
            [os.path.basename(alive_tmp), os.path.basename(alive_tmp) + "-wal"])
    finally:
        alive.kill()
        alive.wait()
    time.sleep(0.1)
    clean_leftovers()
    assert list(exports.iterdir()) == []


# Killed at the first step after the half-file appears on disk (an audit hook: the next file
# the writer opens, whatever it is, finds the half-file there and the process dies on the spot).
KILLED_AT_ONCE = """
import os, signal, sys
from pathlib import Path
from desktop_crm.storage.temporaries import TEMP_MARK, tracked
folder = Path(sys.argv[1])
def hook(event, args):
    if event == "open" and any(TEMP_MARK in p.name for p in folder.iterdir()):
        os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(hook)
with tracked(folder / "cards.pdf") as tmp:
    tmp.write_bytes(b"half of a file")
"""


def test_a_writer_killed_as_its_half_file_appears_leaves_nothing_after_the_next_start(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "cards"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-c", KILLED_AT_ONCE, str(folder)],
                          env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")})
    assert done.returncode == -9
    assert [p for p in folder.iterdir() if TEMP_MARK in p.name]  # the half-file is there
    clean_leftovers()
    assert list(folder.iterdir()) == []


def test_a_finished_write_leaves_no_entry(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with tracked(tmp_path / "a.csv") as tmp:
        tmp.write_text("x")
    assert not tmp.exists()
    assert list((tmp_path / "data" / "desktop-crm" / "temporaries").iterdir()) == []
