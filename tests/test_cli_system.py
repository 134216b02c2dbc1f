"""The command among the operating system's habits: the user's language on each OS, a
windowed build without output streams, a file handed over by a file association."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_crm.cli import build_parser, file_argument
from desktop_crm.cli.system import system_language


@pytest.mark.parametrize("platform, environ, langid, mac, expected", [
    ("linux", {"LANG": "zh_CN.UTF-8"}, None, None, "zh"),
    ("linux", {"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, None, None, "zh"),
    ("linux", {"LANG": "C.UTF-8"}, None, None, "en"),
    ("win32", {}, 0x0804, None, "zh"),   # Chinese (Simplified)_China
    ("win32", {}, 0x0404, None, "zh"),   # Chinese (Traditional)_Taiwan: closer than English
    ("win32", {}, 0x0409, None, "en"),
    ("win32", {"LANG": "Chinese (Simplified)_China.936"}, 0x0409, None, "zh"),
    ("darwin", {}, None, "zh-Hans-CN", "zh"),
    ("darwin", {}, None, "zh_CN", "zh"),
    ("darwin", {}, None, "en_GB", "en"),
])
def test_language_from_each_systems_own_setting(platform, environ, langid, mac, expected) -> None:
    assert system_language(platform, environ, langid, mac) == expected


def test_a_database_file_given_alone_opens_it() -> None:
    commands = build_parser().commands
    assert file_argument(["D:/客户/店铺.sqlite3"], commands) == ["--db", "D:/客户/店铺.sqlite3"]
    assert file_argument(["--lang", "zh", "a.db"], commands) == ["--lang", "zh", "--db", "a.db"]
    assert file_argument(["--db", "a.sqlite3", "list"], commands) == ["--db", "a.sqlite3", "list"]
    assert file_argument(["--db", "a.sqlite3"], commands) == ["--db", "a.sqlite3"]
    assert file_argument(["import", "x.csv"], commands) == ["import", "x.csv"]


def test_without_output_streams_the_command_still_runs(tmp_path) -> None:
    """A windowed build has no sys.stdout: --json and errors must not crash it."""
    script = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from desktop_crm.cli import main\n"
        f"code = main(['--db', {str(tmp_path / 'a.sqlite3')!r}, 'add', 'name=明佳烟酒'])\n"
        f"code2 = main(['--db', {str(tmp_path / 'a.sqlite3')!r}, 'search', '--json', '明佳'])\n"
        f"code3 = main(['--db', {str(tmp_path / 'missing' / 'b.sqlite3')!r}, 'agenda'])\n"
        "open(sys.argv[1], 'w').write(f'{code} {code2} {code3}')\n"
    )
    result = tmp_path / "codes"
    done = subprocess.run([sys.executable, "-c", script, str(result)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert result.read_text() == "0 0 1"


def test_output_cut_short_by_a_pipe_is_no_error(tmp_path) -> None:
    db = tmp_path / "a.sqlite3"
    subprocess.run([sys.executable, "-m", "desktop_crm", "--db", str(db), "demo", "--customers", "800"],
                   check=True, capture_output=True)
    # ~90 kB of JSON into a reader that stops after 10 bytes: writes meet a closed pipe.
    shell = f"{sys.executable} -m desktop_crm --db {db} search --json --limit 5000 店 | head -c 10"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True)
    assert done.stderr == "" and done.returncode == 0
