"""The frozen build as a user gets it: scripts/build-bundle makes dist/desktop-crm/ (and on
Debian the .deb), and its two programs run on a machine with an empty home folder.

The build takes a minute or two, so it is made once for a given state of the sources and
reused while they stay the same (a hash of everything that goes into it, kept beside it).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from desktop_crm import __version__
from desktop_crm.cli.selftest import STEPS
from desktop_crm.ui.areas import AREAS
from tests.desktop.xvfb import walk_first_start
from tests.test_selftest import UNSET, no_system_fonts

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "desktop-crm"
STAMP = ROOT / "dist" / "desktop-crm.sources"
LINUX = sys.platform.startswith("linux")
# What the bundle is made from: a change to any of these means building again.
SOURCES = ("desktop_crm", "resources", "build_spec", "pyproject.toml", "scripts/build-bundle",
           "scripts/setup.sh")


def sources_hash() -> str:
    digest = hashlib.sha256()
    for name in SOURCES:
        path = ROOT / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts:
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/desktop-crm built by scripts/build-bundle from the sources as they are."""
    wanted = sources_hash()
    if not (STAMP.exists() and STAMP.read_text() == wanted and BUNDLE.is_dir()):
        STAMP.unlink(missing_ok=True)
        result = subprocess.run(["bash", str(ROOT / "scripts" / "build-bundle")], cwd=ROOT,
                                capture_output=True, text=True)
        assert result.returncode == 0, f"build-bundle failed:\n{result.stdout}\n{result.stderr}"
        STAMP.write_text(wanted)
    return BUNDLE


@pytest.fixture(scope="session")
def deb(bundle: Path) -> Path:
    """The Debian package build-bundle made with the bundle."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    return ROOT / "dist" / f"desktop-crm_{__version__}_{arch}.deb"


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """The environment of a user whose home folder is empty: nothing configured, no data."""
    empty = tmp_path / "home"
    empty.mkdir()
    return {"HOME": str(empty), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def run(program: Path, *args: str, env: dict[str, str], timeout: float = 300,
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_both_programs_say_their_version(bundle: Path, home: dict[str, str]) -> None:
    for name in ("desktop-crm-cli", "desktop-crm"):
        result = run(bundle / name, "--version", env=home)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"desktop-crm {__version__}"


def test_every_module_of_the_app_is_in_the_bundle(bundle: Path) -> None:
    """The pages are imported the first time their tab is shown: one that PyInstaller did
    not see would fail only then, in front of the user."""
    source = ROOT / "desktop_crm"
    wanted = {p.relative_to(source).with_suffix("").as_posix() for p in source.rglob("*.py")}
    frozen = bundle / "_internal" / "desktop_crm"
    found = {p.relative_to(frozen).with_suffix("").as_posix() for p in frozen.rglob("*.pyc")}
    not_in_the_app = {"__main__",        # the programs' entry: inside each program
                      "ui/i18n_tools"}   # the translators' tool (python -m ...)
    assert wanted - found == not_in_the_app


def test_only_the_data_the_app_reads(bundle: Path) -> None:
    resources = bundle / "_internal" / "resources"
    assert sorted(p.name for p in (resources / "translations").iterdir()) == [
        "desktop_crm_en.qm", "desktop_crm_zh_CN.qm"]
    assert sorted(p.name for p in (resources / "icons").iterdir()) == ["app.svg"]
    fonts = sorted(p.name for p in (resources / "fonts").iterdir())
    assert "wqy-microhei.ttc" in fonts and "LICENSE-Apache-2.0.txt" in fonts
    qt_translations = list((bundle / "_internal").glob("PySide6/**/translations/*.qm"))
    assert [p.name for p in qt_translations] == ["qtbase_zh_CN.qm"]
    assert not list((bundle / "_internal").glob("**/tkinter"))
    assert not list((bundle / "_internal").glob("**/_tkinter*"))


def test_demo_into_the_default_database_of_an_empty_home(bundle: Path,
                                                         home: dict[str, str]) -> None:
    result = run(bundle / "desktop-crm-cli", "--lang", "zh", "demo", "--customers", "300",
                 "--seed", "1", env=home)
    assert result.returncode == 0, result.stderr
    database = Path(home["HOME"]) / ".local" / "share" / "desktop-crm" / "desktop-crm.sqlite3"
    assert database.is_file()
    result = run(bundle / "desktop-crm-cli", "--lang", "zh", "search", "烟酒", "--json", env=home)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and all("烟酒" in hit["name"] for hit in hits)


def self_test(program: Path, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``PROGRAM --self-test`` as a user runs it: an empty home, no display, nothing of ours
    configured; its temporary folder must be gone afterwards."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    environment = {k: v for k, v in os.environ.items() if k not in UNSET}
    environment.update(HOME=str(home), TMPDIR=str(temp), PYTHONIOENCODING="utf-8", **env)
    done = subprocess.run([str(program), "--self-test", "--lang", "zh"], env=environment,
                          capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert list(temp.iterdir()) == []
    assert "Traceback" not in done.stdout + done.stderr
    return done


@pytest.mark.parametrize("program", ["desktop-crm-cli", "desktop-crm"])
def test_the_self_test_passes_from_either_program(bundle: Path, tmp_path: Path,
                                                  program: str) -> None:
    """Every page built (a module PyInstaller missed fails there), a PDF in the bundled font,
    and an import whose second process is this same program started again: without
    freeze_support() it would take the helper's arguments for a command and the import stop.
    On a computer without fonts, so that the font in the bundle is the one that serves."""
    done = self_test(bundle / program, tmp_path, **no_system_fonts(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"desktop-crm {__version__}")
    assert lines[-1].startswith("self-test passed in ")
    steps = lines[1:-1]
    assert [line.split(":")[0] for line in steps] == [f"✓ {title}" for title, _ in STEPS]
    assert f"{len(AREAS)} pages and a dossier, Chinese in WenQuanYi Micro Hei" in steps[1]
    assert "WenQuanYi Micro Hei embedded, the customer's name reads back" in steps[2]
    assert "3,000 rows of a GBK CSV" in steps[3]
    assert done.stderr == ""


def test_first_start_of_the_frozen_app_in_a_real_window(bundle: Path, tmp_path: Path) -> None:
    """The frozen app on Qt's xcb platform (Xvfb) from an empty home: welcome, name, demo."""
    home = tmp_path / "home"
    run = walk_first_start([str(bundle / "desktop-crm")], home, name="Li Juan", language="zh",
                           shots=tmp_path)
    assert run.returncode == 0, run.output
    assert run.titles == ["欢迎使用 desktop-crm", "您是哪位？", "欢迎使用 desktop-crm",
                          "desktop-crm — desktop-crm.sqlite3"]
    assert run.database == home / ".local/share/desktop-crm/desktop-crm.sqlite3"
    with sqlite3.connect(run.database) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 500
    picture = Image.open(run.screenshot).convert("L")
    assert ImageStat.Stat(picture).stddev[0] > 20  # a table was drawn, not a blank screen
    assert "Traceback" not in run.output


@pytest.mark.skipif(not LINUX, reason="the .deb is built on Linux")
def test_the_deb_describes_itself(deb: Path) -> None:
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True,
                          check=True).stdout
    fields = dict(line.strip().split(": ", 1) for line in info.splitlines()
                  if line.startswith(" ") and ": " in line and not line.startswith("  "))
    assert fields["Package"] == "desktop-crm"
    assert fields["Version"] == __version__
    depends = {name.strip() for name in fields["Depends"].split(",")}
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0",
            "libfontconfig1", "libgl1"} <= depends
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True,
                              text=True, check=True).stdout
    for expected in ("./opt/desktop-crm/desktop-crm-cli",
                     "./usr/bin/desktop-crm -> /opt/desktop-crm/desktop-crm",
                     "./usr/bin/desktop-crm-cli -> /opt/desktop-crm/desktop-crm-cli",
                     "./usr/share/applications/desktop-crm.desktop",
                     "./usr/share/icons/hicolor/256x256/apps/desktop-crm.png",
                     "./usr/share/mime/packages/desktop-crm.xml"):
        assert expected in contents
    assert "translations/desktop_crm_zh_CN.ts" not in contents


@pytest.mark.skipif(not LINUX, reason="the .deb is built on Linux")
def test_the_deb_installs_runs_and_removes(deb: Path, home: dict[str, str],
                                           tmp_path: Path) -> None:
    """Installed for real where the test may (root, and no desktop-crm installed already);
    otherwise unpacked as dpkg would and run from there."""
    installed_before = subprocess.run(["dpkg", "-s", "desktop-crm"],
                                      capture_output=True).returncode == 0
    if os.geteuid() != 0 or installed_before:
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path / "root")], check=True)
        result = run(tmp_path / "root" / "opt" / "desktop-crm" / "desktop-crm-cli", "--version",
                     env=home)
        assert result.stdout.strip() == f"desktop-crm {__version__}", result.stderr
        return
    install = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
    try:
        assert install.returncode == 0, install.stdout + install.stderr
        result = run(Path("/usr/bin/desktop-crm-cli"), "--version", env=home)
        assert result.stdout.strip() == f"desktop-crm {__version__}", result.stderr
        desktop = Path("/usr/share/applications/desktop-crm.desktop").read_text()
        assert "Exec=desktop-crm %f" in desktop and "application/x-desktop-crm-database" in desktop
    finally:
        remove = subprocess.run(["dpkg", "-r", "desktop-crm"], capture_output=True, text=True)
    assert remove.returncode == 0, remove.stdout + remove.stderr
    assert not Path("/usr/bin/desktop-crm-cli").exists()
    assert not Path("/opt/desktop-crm").exists()

