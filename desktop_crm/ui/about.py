"""Help ▸ About (version, where the data lives, licence, fonts in use) and the user guide."""

from __future__ import annotations

import platform
from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget,
)

from desktop_crm import __version__, paths
from desktop_crm.reports.fonts import fonts_in_use
from desktop_crm.ui import fonts


class AboutDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About desktop-crm"))
        used = fonts_in_use()
        pdf = used["pdf_family"] + (f" ({used['pdf_file']})" if used["pdf_file"] else "")
        if not used["pdf_embedded"]:
            pdf += " — " + self.tr("not embedded: PDFs look different on other computers")
        rows = (
            (self.tr("Version"), __version__),
            (self.tr("Open database"), str(database)),
            (self.tr("Data folder"), str(paths.data_dir())),
            (self.tr("Backups"), str(paths.backup_dir())),
            (self.tr("Log file"), str(paths.log_dir() / "desktop-crm.log")),
            (self.tr("Screen font for Chinese"), fonts.chinese_family() or self.tr("none found")),
            (self.tr("PDF font"), pdf),
            (self.tr("Chart font"), used["chart_family"] or self.tr("none found")),
            (self.tr("Licence"), self.tr("MIT; the bundled font WenQuanYi Micro Hei: Apache 2.0")),
            (self.tr("Built with"),
             f"Python {platform.python_version()}, Qt for Python {pyside_version}"),
        )
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        tagline = self.tr("Customer files, visits and account plans, offline.")
        self.text = QLabel(f"<h2>desktop-crm</h2><p>{escape(tagline)}</p><table>{table}</table>")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


class GuideDialog(QDialog):
    """The README, shown in the app: it works offline and in every installed copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("desktop-crm user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(paths.readme().parent)])  # its screenshots
        try:
            self.browser.setMarkdown(paths.readme().read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("The user guide (README.md) is missing from this copy."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 640)
