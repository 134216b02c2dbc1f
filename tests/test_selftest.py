"""``desktop-crm --self-test`` as a user runs it: a process of its own, an empty profile, no
display; and once on a copy of the app without its resources, on a computer without Chinese
fonts, where it must fail with one sentence."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.cli.selftest import STEPS
from desktop_crm.ui.areas import AREAS

pytestmark = pytest.mark.slow  # each run builds a database, every page, a PDF, an import

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_crm"
# What could point the run at the developer's own files or fonts, or at a display.
UNSET = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
         "XDG_DATA_DIRS", "DESKTOP_CRM_DB", "DESKTOP_CRM_CJK_FONT", "PYTHONPATH")


def self_test(tmp_path: Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    environment = {k: v for k, v in os.environ.items() if k not in UNSET}
    environment.update(HOME=str(home), TMPDIR=str(temp), PYTHONIOENCODING="utf-8", **env)
    done = subprocess.run([sys.executable, "-m", "desktop_crm", "--self-test", "--lang", "zh"],
                          cwd=cwd, env=environment, capture_output=True, text=True,
                          encoding="utf-8", timeout=600)
    assert list(temp.iterdir()) == []  # its temporary folder is gone
    assert "Traceback" not in done.stdout + done.stderr
    return done


def test_the_self_test_passes_on_an_empty_profile(tmp_path) -> None:
    done = self_test(tmp_path, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("desktop-crm ") and lines[-1].startswith("self-test passed in ")
    steps = lines[1:-1]
    assert [line.split(":")[0] for line in steps] == [f"✓ {title}" for title, _ in STEPS]
    assert f"{len(AREAS)} pages and a dossier, Chinese in " in steps[1]  # every page
    assert "WenQuanYi Micro Hei embedded, the customer's name reads back" in steps[2]
    assert "3,000 rows of a GBK CSV" in steps[3]
    assert done.stderr == ""


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the computer's fonts are hidden through fontconfig")


def no_system_fonts(tmp_path: Path) -> dict[str, str]:
    """The environment of a computer without fonts: fontconfig with no font folder, and XDG
    data folders with no fonts in them."""
    no_fonts = tmp_path / "no-fonts"
    no_fonts.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'cache'}"
                    "</cachedir></fontconfig>")
    return {"FONTCONFIG_FILE": str(conf), "XDG_DATA_DIRS": str(no_fonts)}


@linux_only
def test_on_a_computer_without_fonts_the_apps_own_font_serves(tmp_path) -> None:
    done = self_test(tmp_path, cwd=tmp_path, **no_system_fonts(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    steps = done.stdout.splitlines()[1:-1]
    assert "Chinese in WenQuanYi Micro Hei" in steps[1]  # registered with Qt from resources/
    assert "WenQuanYi Micro Hei embedded" in steps[2]


@linux_only
def test_without_any_chinese_font_it_fails_with_one_sentence(tmp_path) -> None:
    app = tmp_path / "app"  # a copy of the app without resources/ beside it: no bundled font
    shutil.copytree(PACKAGE, app / "desktop_crm", ignore=shutil.ignore_patterns("__pycache__"))
    done = self_test(tmp_path, cwd=app, **no_system_fonts(tmp_path))

    assert done.returncode == 1
    steps = done.stdout.splitlines()[1:]
    assert steps[0].startswith("✓ database with demo data")
    assert steps[1].startswith("✗ every page of the main window: the window has no Chinese font")
    assert steps[2].startswith("✗ plan PDF with its Chinese font embedded: the plan PDF's font "
                               "STSong")
    assert f"neither the app's own (in {app / 'resources' / 'fonts'}) nor one of this computer's" \
        in steps[2]
    assert steps[3].startswith("✓ import through the second process")
    assert done.stderr.splitlines() == [
        "desktop-crm: self-test failed: every page of the main window: the window has no "
        "Chinese font (neither the app's own nor one of this computer's), so Chinese would "
        "show as empty boxes (and 1 more step(s), see above)"
    ]
