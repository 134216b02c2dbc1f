"""The registry's limits at the command line (refused with the field named, exit 4), and
a file written before them — a 40,000-character name, a 300-character code, a follow-up on
9999-12-31 — still shown, exported and printed, with what was left out or cut said."""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from desktop_crm.cli import EXIT_INVALID, main
from desktop_crm.storage.days import day_number
from desktop_crm.storage.db import open_database


@pytest.mark.parametrize(("args", "field", "words"), [
    (("add", "name=" + "明" * 101), "name", "is 101 characters long; use at most 100"),
    (("add", "name=明佳烟酒", "code=" + "C" * 33), "code", "use at most 32"),
    (("add", "name=ABC\u202etxt.exe"), "name", "invisible or control character (U+202E)"),
    (("add", "name=明佳烟酒", "code=A\u2066B"), "code", "(U+2066)"),
    (("add", "name=明佳烟酒", "founded_on=1899-12-31"), "founded_on",
     "1899-12-31 is not between 1900-01-01 and 2100-12-31"),
    (("add", "name=明佳烟酒", "notes=" + "记" * 10_001), "notes", "use at most 10,000"),
    (("staff", "add", "王" * 101), "name", "use at most 100"),
])
def test_refused_with_the_field_named(cli, db_path, args, field, words) -> None:
    open_database(db_path).close()  # a file to refuse into (staff add does not create one)
    code, out, err = cli(*args)
    assert code == EXIT_INVALID and out == ""
    assert err.startswith(f"desktop-crm: {field}: ") and words in err
    assert len(err.strip().splitlines()) == 1
    with open_database(db_path) as store:
        assert store.count("customers") == 0 and store.count("staff") == 0


def test_a_follow_up_beyond_2100_is_refused(cli) -> None:
    assert cli("add", "code=C1", "name=明佳烟酒")[0] == 0
    code, _, err = cli("visit", "C1", "channel=visit", "follow_up_due=9999-12-31")
    assert code == EXIT_INVALID and "follow_up_due: 9999-12-31 is not between" in err
    assert cli("visit", "C1", "channel=visit", "follow_up_due=2100-12-31")[0] == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(st.sampled_from(list("明佳烟酒ab") + ["\u202e", "\u2069", "\x1b"]),
                    min_size=1, max_size=104))
def test_add_accepts_a_name_exactly_when_it_is_within_the_limits(name: str) -> None:
    fine = len(name) <= 100 and not any(ch in name for ch in "\u202e\u2069\x1b")
    with tempfile.TemporaryDirectory() as tmp:
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = main(["--db", str(Path(tmp) / "crm.sqlite3"), "--lang", "en", "add",
                         f"name={name}"])
    assert code == (0 if fine else EXIT_INVALID)
    assert ("name: " in err.getvalue()) == (not fine)


# --- a file written before the limits ---------------------------------------------------------

@pytest.fixture
def old_file(cli, db_path) -> Path:
    """Ten ordinary customers, one with a 40,000-character name, one with a 300-character
    code, one whose code holds '/', an emoji and U+202E; a follow-up on 9999-12-31 — written
    past the registry, as an older version or another program may have."""
    for i in range(10):
        assert cli("add", f"code=C{i:03d}", f"name=明佳烟酒{i}号", "address=文博路18号")[0] == 0
        assert cli("visit", f"C{i:03d}", "channel=visit", "purpose=回访",
                   f"follow_up_due=2030-01-{i + 1:02d}")[0] == 0
    for code in ("LONGNAME", "LONGCODE", "ODD"):
        assert cli("add", f"code={code}", "name=临时")[0] == 0
    with open_database(db_path) as store, store.transaction():
        conn = store.conn
        conn.execute("UPDATE customers SET name = ? WHERE code = 'LONGNAME'", ("很长的名字" * 8000,))
        conn.execute("UPDATE customers SET code = ? WHERE code = 'LONGCODE'", ("X" * 300,))
        conn.execute("UPDATE customers SET code = ? WHERE code = 'ODD'", ("A/B😀\u202e",))
        conn.execute("UPDATE interactions SET follow_up_due = ? WHERE id = "  # (a day number)
                     "(SELECT min(id) FROM interactions)", (day_number("9999-12-31"),))
    return db_path


def test_an_old_file_is_shown_and_exported(cli, old_file, tmp_path) -> None:
    code, out, _ = cli("show", "LONGNAME")
    assert code == 0 and "很长的名字" * 8000 in out  # shown whole: nothing is lost
    assert cli("export", "customers", str(tmp_path / "all.csv"))[0] == 0
    assert ("很长的名字" * 8000) in (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    # an edit of another field is not stopped by the old value; changing the name asks for
    # one within the limit
    assert cli("edit", "LONGNAME", "area=文博路商圈")[0] == 0
    code, _, err = cli("edit", "LONGNAME", "name=" + "很长的名字" * 8000)
    assert code == EXIT_INVALID and "name: is 40,000 characters long" in err


def test_export_calendar_leaves_out_a_far_date_and_writes_the_rest(cli, old_file, tmp_path) -> None:
    dest = tmp_path / "follow-ups.ics"
    code, out, err = cli("export", "calendar", str(dest))
    assert code == 0 and out.strip() == f"9 calendar entries written to {dest}"
    assert "1 left out" in err and "C000 follow-up due 9999-12-31" in err
    events = Calendar.from_ical(dest.read_bytes()).walk("VEVENT")
    days = sorted(e.decoded("dtstart").isoformat() for e in events)
    assert days == [f"2030-01-{d:02d}" for d in range(2, 11)]


def test_batch_card_print_prints_everyone_and_names_what_was_cut(cli, old_file, tmp_path) -> None:
    out_dir = tmp_path / "cards"
    code, out, err = cli("card", "print", "--all", "--out-dir", str(out_dir))
    assert code == 0, err
    assert out.strip() == "13 file card(s) written, one file each"
    assert "2 printed with values beyond the limits (cut where they did not fit)" in err
    assert "LONGNAME (name)" in err and f"{'X' * 39}… (code)" in err
    names = sorted(p.name for p in out_dir.iterdir())
    assert len(names) == 13 and all(len(n.encode()) < 140 for n in names)
    assert "A_B😀-临时-card.pdf" in names

    code, out, err = cli("card", "print", "--all", "-o", str(tmp_path / "all.pdf"))
    assert code == 0 and "13 file card(s) written to" in out and "LONGNAME (name)" in err


def test_one_card_that_cannot_be_written_is_named_and_the_rest_printed(cli, old_file, tmp_path) -> None:
    out_dir = tmp_path / "cards"
    (out_dir / "C003-明佳烟酒3号-card.pdf").mkdir(parents=True)  # a folder where its file goes
    code, out, err = cli("card", "print", "--all", "--out-dir", str(out_dir))
    assert code == EXIT_INVALID
    assert out.strip() == "12 file card(s) written, one file each"
    assert "C003 not printed: its file could not be written" in err
    assert "1 customer(s) could not be printed; the others were." in err
    assert len([p for p in out_dir.iterdir() if p.is_file()]) == 12
    assert not [p for p in out_dir.iterdir() if p.name.startswith(".printing-")]
