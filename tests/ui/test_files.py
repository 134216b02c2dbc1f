"""Where save dialogs open and what an export offers afterwards, on the real dialogs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_crm.ui.transfer.export_dialog import ExportDialog
from tests.ui.test_analytics import scored  # noqa: F401 - a scored database, as there


@pytest.fixture
def empty_home(tmp_path, monkeypatch, qapp):
    """A user with an empty home folder (no Documents yet) and their own settings; the
    program runs from another folder, as it does from a shortcut."""
    home = tmp_path / "home"
    home.mkdir()
    for name in ("XDG_CONFIG_HOME", "XDG_DOCUMENTS_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    program = tmp_path / "program"
    program.mkdir()
    monkeypatch.chdir(program)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield home
    user = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, user)


class Opened(QObject):
    """What the program asked the desktop to open (the handler Qt calls for file URLs)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened(qapp):
    handler = Opened()
    QDesktopServices.setUrlHandler("file", handler, "show")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def save_dialog_folder(qtbot, start, choose: Path | None = None) -> tuple[str, str]:
    """Open a save dialog (``start()``), note the folder and file name it shows, then cancel
    it, or save as ``choose``."""
    seen: list[tuple[str, str]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            name = dialog.selectedFiles()[0] if dialog.selectedFiles() else ""
            seen.append((dialog.directory().absolutePath(), Path(name).name))
            if choose is None:
                dialog.reject()
            else:
                dialog.selectFile(str(choose))
                dialog.accept()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    start()
    assert seen, "no save dialog opened"
    return seen[0]


def test_save_dialogs_open_in_documents_or_the_last_folder_never_the_working_folder(
    qtbot, ctx, mingjia, empty_home, tmp_path
) -> None:
    done: list[str] = []
    dialog = ExportDialog(ctx, lambda s: [mingjia], 1, on_done=done.append)
    qtbot.addWidget(dialog)
    folder, name = save_dialog_folder(qtbot, dialog.choose_file)
    assert Path(folder) == empty_home and name == "customers.xlsx"  # no Documents: home
    (empty_home / "Documents").mkdir()
    folder, _ = save_dialog_folder(qtbot, dialog.choose_file)
    assert Path(folder) == empty_home / "Documents"
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    save_dialog_folder(qtbot, dialog.choose_file, choose=elsewhere / "list.xlsx")
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert (elsewhere / "list.xlsx").exists()
    dialog.offer.close()
    folder, _ = save_dialog_folder(qtbot, dialog.choose_file)
    assert Path(folder) == elsewhere  # the folder used last


def test_after_an_export_the_file_or_its_folder_can_be_opened(
    qtbot, ctx, mingjia, tmp_path, opened
) -> None:
    done: list[str] = []
    dialog = ExportDialog(ctx, lambda s: [mingjia], 1, on_done=done.append)
    qtbot.addWidget(dialog)
    dest = tmp_path / "名单.xlsx"
    dialog.export_to(str(dest))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    box = dialog.offer
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == f"1 written to {dest}."
    buttons = {b.text(): b for b in box.buttons()}
    assert {"Open the &file", "Open the f&older"} <= set(buttons) and len(buttons) == 3
    qtbot.mouseClick(buttons["Open the f&older"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Open the &file"], Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened.urls] == [str(tmp_path), str(dest)]
    assert openpyxl.load_workbook(dest).sheetnames == ["客户"]


def test_analytics_pdf_starts_in_documents_and_offers_to_open_it(
    qtbot, ctx, scored, empty_home, opened
) -> None:
    from desktop_crm.ui.analytics.page import AnalyticsPage

    (empty_home / "Documents").mkdir()
    page = AnalyticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.activity is not None, timeout=10_000)
    dest = empty_home / "Documents" / "分析.pdf"
    folder, name = save_dialog_folder(qtbot, page.choose_pdf, choose=dest)
    assert Path(folder) == empty_home / "Documents" and name == f"analytics-{page.data.as_of}.pdf"
    assert dest.exists() and not list(Path.cwd().iterdir())  # nothing in the working folder
    box = page.offer
    assert box.isVisible() and str(dest) in box.text()
    next(b for b in box.buttons() if b.text() == "Open the &file").click()
    assert [u.toLocalFile() for u in opened.urls] == [str(dest)]
