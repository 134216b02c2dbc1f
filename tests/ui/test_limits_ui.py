"""Limits at the door, in the window: editors stop typing at the registry's limit, what the
domain refuses is said under its field, a value written before the limits is shown whole,
and a batch print names the customers it could not print or printed cut short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_crm.ui.dossier import DossierWidget
from desktop_crm.ui.plans.batch import BatchPrintDialog

LONG_NAME = "很长的名字" * 8000


@pytest.fixture
def open_dossier(qtbot, ctx):
    def make(customer_id: int | None) -> DossierWidget:
        widget = DossierWidget(ctx, customer_id)
        qtbot.addWidget(widget)
        widget.resize(1100, 760)
        widget.show()
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
        return widget
    return make


def test_typing_stops_at_the_limit(qtbot, type_into, open_dossier) -> None:
    w = open_dossier(None)
    qtbot.keyClicks(w.editor("code"), "C" * 40)
    type_into(w.editor("name"), "明" * 120)
    type_into(w.editor("address"), "路" * 250)
    assert (len(w.editor("code").text()), len(w.editor("name").text()),
            len(w.editor("address").text())) == (32, 100, 200)


def test_what_is_refused_is_said_under_its_field(qtbot, type_into, store, open_dossier) -> None:
    w = open_dossier(None)
    type_into(w.editor("name"), "ABC\u202etxt.exe")
    type_into(w.editor("founded_on").line, "1899-12-31")
    type_into(w.editor("notes"), "记" * 10_001)   # a long text has no maxLength: it is told
    assert w.save() is False
    assert w.form_of("name").error_text("name") == (
        "Contains an invisible control character (U+202E); remove it.")
    assert w.form_of("founded_on").error_text("founded_on") == (
        "The date must be between 1900-01-01 and 2100-12-31.")
    assert w.form_of("notes").error_text("notes") == (
        "Too long: at most 10,000 characters (this has 10,001).")
    assert w.form_of("name").error_label("name").isVisible()  # the first problem is in view
    assert store.count("customers") == 0


def test_a_name_written_before_the_limits_is_shown_whole_and_kept(
    qtbot, type_into, store, customers, open_dossier
) -> None:
    cid = customers.create({"code": "C1", "name": "临时"})
    store.update("customers", cid, {"name": LONG_NAME})
    w = open_dossier(cid)
    assert w.editor("name").text() == LONG_NAME  # nothing shown is cut
    type_into(w.editor("area"), "文博路商圈")    # another field: saving is not stopped
    assert w.save() is True
    assert customers.get(cid)["name"] == LONG_NAME and customers.get(cid)["area"] == "文博路商圈"
    type_into(w.editor("name"), "店")             # it cannot grow...
    assert w.editor("name").text() == LONG_NAME
    w.editor("name").setFocus()                   # ... and shortening it asks for the limit
    qtbot.keyClick(w.editor("name"), Qt.Key.Key_End)
    qtbot.keyClick(w.editor("name"), Qt.Key.Key_Backspace)
    assert w.save() is False
    assert w.form_of("name").error_text("name") == (
        "Too long: at most 100 characters (this has 39,999).")
    assert customers.get(cid)["name"] == LONG_NAME


def test_a_batch_print_names_what_it_could_not_print_and_what_it_cut(
    qtbot, ctx, store, customers, tmp_path
) -> None:
    ids = [customers.create({"code": f"C{i}", "name": f"明佳烟酒{i}号"}) for i in range(3)]
    store.update("customers", ids[1], {"name": LONG_NAME})
    out = tmp_path / "cards"
    (out / "C2-明佳烟酒2号-card.pdf").mkdir(parents=True)  # a folder where C2's file goes
    dialog = BatchPrintDialog(ctx, lambda _store: ids, len(ids), kind="card")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.per_customer.setChecked(True)
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.sig_finished, timeout=30_000):
        dialog.start()
    text = dialog.error.text()
    assert text.startswith("Printed 2. 1 could not be printed.")
    assert "Not printed: C2 (its file cannot be written)." in text
    assert "beyond the limits (cut where they did not fit)" in text and "C1 (客户名称)" in text  # labels in ctx.language
    assert dialog.isVisible() and not dialog.open_after.isChecked()
    assert sorted(p.name[:3] for p in out.iterdir() if p.is_file()) == ["C0-", "C1-"]


def test_the_calendar_export_says_which_entry_it_left_out(qtbot, ctx, store, visits, mingjia,
                                                          tmp_path) -> None:
    from icalendar import Calendar

    from desktop_crm.ui.transfer.export_dialog import ExportDialog

    far = visits.log_visit(mingjia, {"channel": "visit", "follow_up_due": "2030-01-01"}, [])
    visits.log_visit(mingjia, {"channel": "phone", "follow_up_due": "2030-02-01"}, [])
    store.update("interactions", far, {"follow_up_due": "9999-12-31"})  # an older file's
    done: list[str] = []
    dialog = ExportDialog(ctx, lambda _store: [mingjia], 1, on_done=done.append)
    qtbot.addWidget(dialog)
    dialog.kinds["ical"].setChecked(True)
    dest = tmp_path / "follow-ups.ics"
    dialog.export_to(str(dest))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done[0] == (f"1 written to {dest}. 1 left out: their date is not between 1900 and "
                       "2100 (420381104741 follow-up due 9999-12-31).")
    [event] = Calendar.from_ical(dest.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").isoformat() == "2030-02-01"
