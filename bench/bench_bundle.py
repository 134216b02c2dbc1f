"""The frozen bundle (scripts/build-bundle) against the app installed in .venv: its size, and
how long each takes to start.

- the command line: spawn to exit of ``desktop-crm-cli --version`` against the venv's
  ``desktop-crm --version`` (each a fresh process, alternating);
- the desktop app: spawn until its main window is mapped on an X server (Xvfb, Qt's xcb
  platform), on the 100k database, against the venv app started the same way
  (``python -m desktop_crm``), with a bare PySide6 window as a third reference. A frozen
  program cannot be handed code to report its own first paint as bench_startup's child
  does, so all three are watched from outside, through the X server.

Builds the bundle first if dist/desktop-crm is missing (a minute or two).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import CACHE, Figure, demo_database, report, summary

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "desktop-crm"
VENV_APP = Path(sys.executable).parent / "desktop-crm"

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
qapp = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare — window")
window.resize(1280, 760)
window.show()
qapp.exec()
"""


def ensure_bundle() -> None:
    if not (BUNDLE / "desktop-crm-cli").exists():
        print("building the bundle (scripts/build-bundle)...", file=sys.stderr)
        subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle")], check=True,
                       stdout=sys.stderr)


def megabytes(path: Path) -> float:
    """Bytes on disk (du), in MB."""
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1024


def time_to_exit(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def time_to_window(command: list[str], env: dict[str, str], title_part: str) -> float:
    """Spawn to a visible window of ``command`` whose title holds ``title_part`` (polled
    through xdotool every ~10 ms); the program is closed afterwards."""
    log = tempfile.TemporaryFile()
    start = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    try:
        while True:
            ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(app.pid)],
                                 env=env, capture_output=True, text=True).stdout.split()
            titles = [subprocess.run(["xdotool", "getwindowname", i], env=env,
                                     capture_output=True, text=True).stdout for i in ids]
            if any(title_part in title for title in titles):
                return (time.perf_counter() - start) * 1000
            if app.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"{command[0]} exited ({app.returncode}) before its window: "
                                   + log.read().decode(errors="replace")[-2000:])
            if time.perf_counter() - start > 120:
                raise RuntimeError(f"no window from {command[0]} within 120 s")
            time.sleep(0.01)
    finally:
        app.terminate()
        app.wait(30)
        log.close()


def database_with_a_user() -> Path:
    """A copy of the 100k demo database whose user is known, so the app opens straight to
    its main window (no "who are you" question)."""
    from desktop_crm.domain import staff
    from desktop_crm.storage.db import open_database

    path = CACHE / "demo-100000-1-with-user.sqlite3"
    if not path.exists():
        source = demo_database()
        tmp = path.with_suffix(".copying")
        shutil.copy(source, tmp)  # the cached file is closed and checkpointed
        store = open_database(tmp)
        staff.set_current_user(store, "王伟")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        shutil.move(tmp, path)
    return path


def main(repeat: int = 9) -> None:
    from tests.desktop.xvfb import display

    ensure_bundle()
    cli_env = dict(os.environ, HOME=tempfile.mkdtemp())
    cli_env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed apps run from compiled modules
    frozen_cli, venv_cli = [], []
    for round_ in range(repeat + 1):
        a = time_to_exit([str(BUNDLE / "desktop-crm-cli"), "--version"], cli_env)
        b = time_to_exit([str(VENV_APP), "--version"], cli_env)
        if round_:  # the first round warms the disk cache
            frozen_cli.append(a)
            venv_cli.append(b)

    db = database_with_a_user()
    frozen_gui, venv_gui, bare = [], [], []
    with display() as display_name:
        env = dict(cli_env, DISPLAY=display_name, QT_QPA_PLATFORM="xcb", LANG="zh_CN.UTF-8")
        for round_ in range(repeat + 1):
            a = time_to_window([str(BUNDLE / "desktop-crm"), "--db", str(db)], env, "—")
            b = time_to_window([sys.executable, "-m", "desktop_crm", "--db", str(db)], env, "—")
            c = time_to_window([sys.executable, "-c", BARE], env, "bare")
            if round_:
                frozen_gui.append(a)
                venv_gui.append(b)
                bare.append(c)

    sizes = {"bundle_mb": round(megabytes(BUNDLE), 1)}
    for deb in sorted((ROOT / "dist").glob("desktop-crm_*.deb")):
        sizes["deb_mb"] = round(deb.stat().st_size / 2**20, 1)
    cli_median, cli_p95 = summary(frozen_cli)
    gui_median, gui_p95 = summary(frozen_gui)
    bare_median, bare_p95 = summary(bare)
    report("Frozen bundle", [
        Figure("frozen desktop-crm-cli --version", cli_median, cli_p95,
               baseline="venv desktop-crm --version, same run",
               baseline_median_ms=summary(venv_cli)[0], notes=sizes),
        Figure("frozen app to main window mapped, 100k", gui_median, gui_p95,
               baseline="venv app (python -m desktop_crm), same way",
               baseline_median_ms=summary(venv_gui)[0]),
        Figure("bare PySide6 window mapped (reference)", bare_median, bare_p95),
    ])
    print(f"  size: dist/desktop-crm {sizes['bundle_mb']} MB on disk"
          + (f", .deb {sizes['deb_mb']} MB" if "deb_mb" in sizes else ""))


if __name__ == "__main__":
    main()
