"""The warning shown while a new customer is typed: customers that may be the same one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_crm.domain.duplicates import Candidate


class DuplicatesPanel(QFrame):
    """Lists likely duplicates, each with a button to open that customer instead."""

    sig_open = Signal(int)  # customer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setStyleSheet(
            "#duplicates { background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; }"
        )
        self.title = QLabel(self.tr("This customer may already be on file:"))
        self.title.setStyleSheet("font-weight: 600;")
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.rows)
        self.candidates: list[Candidate] = []
        self.buttons: list[QPushButton] = []
        self.hide()

    def reason_text(self, reason: str) -> str:
        return {
            "phone": self.tr("same phone"),
            "contact_phone": self.tr("same phone as one of its contacts"),
            "same_name": self.tr("same name"),
            "same_pinyin": self.tr("name sounds the same"),
            "contains_name": self.tr("name contains what you typed"),
            "within_name": self.tr("name is part of what you typed"),
            "initials_area": self.tr("same initials in the same area"),
        }.get(reason, reason)

    def set_candidates(self, candidates: Sequence[Candidate]) -> None:
        self.candidates = list(candidates)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        for row, c in enumerate(self.candidates):
            name = QLabel(
                f"<b>{_escape(c.name)}</b>  <span style='color:#57606a'>{_escape(c.code)}</span>"
            )
            where = QLabel(" · ".join(p for p in (c.area, c.phone) if p))
            why = ", ".join(self.reason_text(r) for r in c.reasons or (c.reason,))
            if c.trashed:
                why = self.tr("%1 (in the trash)").replace("%1", why)
            reason = QLabel(why)
            reason.setStyleSheet("color: #8a5a00;")
            button = QPushButton(self.tr("Open this customer"))
            button.clicked.connect(lambda _=False, cid=c.customer_id: self._open(cid))
            self.buttons.append(button)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(where, row, 1)
            self.grid.addWidget(reason, row, 2)
            self.grid.addWidget(button, row, 3)
        self.grid.setColumnStretch(2, 1)
        self.setVisible(bool(self.candidates))

    def _open(self, customer_id: int) -> None:
        self.sig_open.emit(customer_id)

    def names(self) -> list[str]:
        return [c.name for c in self.candidates]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
