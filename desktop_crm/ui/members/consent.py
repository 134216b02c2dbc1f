"""A member's consent to marketing messages in the member dialog (个人信息保护法): the
channels, the day and how it was given, and its withdrawal, kept with its day
(storage/consent.py: a withdrawal ends the consent until one given after it)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop_crm.domain.fields import CONSENT_CHANNELS, CONSENT_HOW
from desktop_crm.ui.context import AppContext


class ConsentRows(QObject):
    """The consent rows of a form, for one customer's row (``customers``)."""

    def __init__(self, ctx: AppContext, row: Any, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        zh = ctx.language.startswith("zh")
        self.before = {k: row[k] for k in ("consent_channels", "consent_on", "consent_how",
                                            "consent_withdrawn_on")}
        self.channels = QComboBox()
        self.channels.addItem(self.tr("none"), None)
        for code, (zh_label, en_label) in CONSENT_CHANNELS.items():
            self.channels.addItem(zh_label if zh else en_label, code)
        self.channels.setCurrentIndex(max(0, self.channels.findData(row["consent_channels"])))
        self.given_on = QLineEdit(row["consent_on"] or "", placeholderText="YYYY-MM-DD")
        self.how = QComboBox()
        self.how.addItem("", None)
        for code, (zh_label, en_label) in CONSENT_HOW.items():
            self.how.addItem(zh_label if zh else en_label, code)
        self.how.setCurrentIndex(max(0, self.how.findData(row["consent_how"])))
        self.withdrawn_on = row["consent_withdrawn_on"]
        self.withdrawn = QLabel()
        self.withdraw = QPushButton(self.tr("&Withdraw consent"))
        self.withdraw.setToolTip(self.tr(
            "The person no longer agrees: kept with today's date; greetings and campaigns "
            "leave them out until they agree again"))
        self.withdraw.clicked.connect(self.withdraw_now)
        self.channels.currentIndexChanged.connect(self._channels_chosen)
        line = QHBoxLayout()
        line.addWidget(self.withdrawn, 1)
        line.addWidget(self.withdraw)
        form.addRow(self.tr("Agreed to &marketing messages:"), self.channels)
        form.addRow(self.tr("Agreed on:"), self.given_on)
        form.addRow(self.tr("How it was given:"), self.how)
        form.addRow(self.tr("Withdrawn:"), line)
        self._show()

    def in_force(self) -> bool:
        given = self.given_on.text().strip()
        return self.channels.currentData() is not None and (
            not self.withdrawn_on or given > self.withdrawn_on)

    def withdraw_now(self) -> None:
        self.withdrawn_on = date.today().isoformat()
        self._show()

    def _channels_chosen(self) -> None:
        """Choosing channels again after a withdrawal, or for the first time, is a consent
        given today unless a later day is typed."""
        if self.channels.currentData() is None:
            return
        given = self.given_on.text().strip()
        if not given or (self.withdrawn_on and given <= self.withdrawn_on):
            self.given_on.setText(date.today().isoformat())
        self._show()

    def _show(self) -> None:
        if self.withdrawn_on and not self.in_force():
            self.withdrawn.setText(self.tr("withdrawn on %1: no marketing messages")
                                   .replace("%1", self.withdrawn_on))
        elif self.withdrawn_on:
            self.withdrawn.setText(self.tr("withdrawn on %1, agreed again since")
                                   .replace("%1", self.withdrawn_on))
        else:
            self.withdrawn.setText(self.tr("never"))
        self.withdraw.setEnabled(self.in_force())

    def changes(self) -> dict[str, Any]:
        """The consent fields that changed, for ``CustomerService.update``."""
        now = {"consent_channels": self.channels.currentData(),
               "consent_on": self.given_on.text().strip() or None,
               "consent_how": self.how.currentData(),
               "consent_withdrawn_on": self.withdrawn_on}
        return {k: v for k, v in now.items() if v != self.before[k]}
