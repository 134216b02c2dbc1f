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
from desktop_crm.reports.fonts import truetype_cjk_fonts
from desktop_crm.ui import fonts


class AboutDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About desktop-crm"))
        pdf_fonts = truetype_cjk_fonts()
        rows = (
            (self.tr("Version"), __version__),
            (self.tr("Open database"), str(database)),
            (self.tr("Data folder"), str(paths.data_dir())),
            (self.tr("Backups"), str(paths.backup_dir())),
            (self.tr("Log file"), str(paths.log_dir() / "desktop-crm.log")),
            (self.tr("Screen font for Chinese"), fonts.chinese_family() or self.tr("none found")),
            (self.tr("PDF font"), str(pdf_fonts[0]) if pdf_fonts else self.tr("none found")),
            (self.tr("Licence"), self.tr("MIT; the bundled font WenQuanYi Micro Hei: Apache 2.0")),
            (self.tr("Built with"),
             f"Python {platform.python_version()}, Qt for Python {pyside_version}"),
        )
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        self.text = QLabel(
            f"<h2>desktop-crm</h2><p>{escape(self.tr('Customer files, visits and account plans, offline.'))}"
            f"</p><table>{table}</table>"
        )
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
