"""Connecting a file that holds customers: the offer to publish it as the team's data (or
merge it into the team's data), for an administrator; what connecting will do, for anyone
else; and the report of what publishing matched and added, which can be saved."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

PUBLISH, CONNECT, CANCEL = "publish", "connect", "cancel"


class PublishOffer(QObject):
    """The offer and the report's words (a QObject for its translations)."""

    def offer_box(self, parent: QWidget | None, role: str, customers: int,
                  on_team: int) -> QMessageBox:
        """The question before connecting a file that holds customers; its buttons are kept as
        ``publish_button`` (an administrator's only), ``connect_button`` and ``cancel_button``."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("This file holds customers"))
        box.publish_button = None
        if role == "admin":
            if on_team:
                box.setText(self.tr(
                    "This file holds %n customer(s); the team's data holds %1 already.",
                    "", customers).replace("%1", str(on_team)))
                publish = self.tr("&Merge this file into the team's data")
                box.setInformativeText(self.tr(
                    "Merge: customers with the same code, phone or name are taken to be the "
                    "team's, their fields merged; the rest are added, and a report lists each.\n\n"
                    "Connect only: the first sync sends every customer as it is, so those the "
                    "team has already will be there twice."))
            else:
                box.setText(self.tr(
                    "This file holds %n customer(s); the team server has none yet.", "",
                    customers))
                publish = self.tr("&Publish this file as the team's data")
                box.setInformativeText(self.tr(
                    "Publish: this file's customers, visits and contacts become the team's "
                    "starting data, and a report lists what was sent.\n\n"
                    "Connect only: the first sync sends everything as it is, without a report; "
                    "a second file connected so would bring its customers in twice."))
            box.publish_button = box.addButton(publish, QMessageBox.ButtonRole.AcceptRole)
            box.connect_button = box.addButton(self.tr("Connect &only"),
                                               QMessageBox.ButtonRole.ActionRole)
            box.cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(box.publish_button)
        else:
            box.setText(self.tr(
                "This file holds %n customer(s). Connecting it sends them all to the "
                "team at the first sync, each as a new customer: any the team has "
                "already will be there twice.", "", customers))
            box.setInformativeText(self.tr(
                "To merge this file into the team's data instead, ask an administrator to publish "
                "it (File ▸ Team server… with an administrator's login). Connect anyway?"))
            box.connect_button = box.addButton(self.tr("Connect &anyway"),
                                               QMessageBox.ButtonRole.AcceptRole)
            box.cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(box.cancel_button)  # the safe answer
        box.setEscapeButton(box.cancel_button)
        return box

    @staticmethod
    def choice_of(box: QMessageBox) -> str:
        clicked = box.clickedButton()
        if clicked is not None and clicked is box.publish_button:
            return PUBLISH
        if clicked is not None and clicked is box.connect_button:
            return CONNECT
        return CANCEL

    def rows(self, report: Any) -> list[tuple[str, str, str, str, str]]:
        """The report as rows: what happened, this file's code and name, the team's code and
        name (a code change: the old code and the new one)."""
        found: list[tuple[str, str, str, str, str]] = []
        for what, lines in ((self.tr("matched by code"), report.matched_by_code),
                            (self.tr("matched by the duplicate rules"), report.matched_by_rule)):
            found += [(what, ln["code"], ln["name"], ln["team_code"], ln["team_name"])
                      for ln in lines]
        found += [(self.tr("added"), ln["code"], ln["name"], "", "") for ln in report.added]
        found += [(self.tr("code changed"), ln["from"], ln["name"], ln["to"], "")
                  for ln in report.recoded]
        return found

    def report_text(self, report: Any, address: str) -> str:
        sync = report.sync
        parts = [self.tr("Published to %1: %2 records sent, %3 received.").replace("%1", address)
                 .replace("%2", str(sync.pushed if sync else 0))
                 .replace("%3", str(sync.pulled if sync else 0))]
        if report.published_before:
            parts.append(self.tr(
                "%n customer(s) were on the team server already (published before): "
                "no duplicates made.", "", report.published_before))
        sections = ((self.tr("Matched by code: %n", "", len(report.matched_by_code)),
                     report.matched_by_code),
                    (self.tr("Matched by the duplicate rules (same phone or name): %n",
                             "", len(report.matched_by_rule)), report.matched_by_rule))
        for title, lines in sections:
            parts.append(title)
            parts += [f"    {ln['code']} {ln['name']}  =  {ln['team_code']} {ln['team_name']}"
                      for ln in lines]
        parts.append(self.tr("Added: %n", "", len(report.added)))
        parts += [f"    {ln['code']} {ln['name']}" for ln in report.added]
        if report.recoded:
            parts.append(self.tr(
                "Code changes (the code was another customer's in the team): %n", "",
                len(report.recoded)))
            parts += [f"    {ln['name']}: {ln['from']} → {ln['to']}" for ln in report.recoded]
        if sync and sync.conflicts:
            parts.append(self.tr(
                "%n field(s) differ between this file and the team's data: review them on the "
                "Conflicts tab.", "", sync.conflicts))
        return "\n".join(parts)


_words = None


def words() -> PublishOffer:
    global _words
    if _words is None:
        _words = PublishOffer()
    return _words


def offer_box(parent: QWidget | None, role: str, customers: int, on_team: int) -> QMessageBox:
    return words().offer_box(parent, role, customers, on_team)


choice_of = PublishOffer.choice_of


class PublishReportDialog(QDialog):
    """What publishing did, readable and scrollable, with Save report… (text or CSV)."""

    def __init__(self, report: Any, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Publishing report"))
        self.resize(640, 460)
        self.summary = QLabel(self.tr(
            "%1 matched by code, %2 by the duplicate rules, %3 added, %4 with a new code.")
            .replace("%1", str(len(report.matched_by_code)))
            .replace("%2", str(len(report.matched_by_rule)))
            .replace("%3", str(len(report.added)))
            .replace("%4", str(len(report.recoded))))
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit(words().report_text(report, address))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("&Save report…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.ask_where)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    @Slot()
    def ask_where(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "publishing-report.csv",
            self.tr("CSV (*.csv);;Text (*.txt)"))
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        """A .csv gets one row per customer; any other name, the text shown."""
        try:
            if path.suffix.lower() == ".csv":
                with path.open("w", newline="", encoding="utf-8-sig") as out:
                    writer = csv.writer(out)
                    writer.writerow([self.tr("What"), self.tr("Code"), self.tr("Name"),
                                     self.tr("Team's code"), self.tr("Team's name")])
                    writer.writerows(words().rows(self.report))
            else:
                path.write_text(self.text.toPlainText() + "\n", encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save report"), self.tr(
                "The report could not be saved: %1").replace("%1", exc.strerror or str(exc)))
