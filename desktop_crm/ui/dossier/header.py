"""The dossier's header: the key facts of a customer at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_crm.domain.dossier import HeaderFacts
from desktop_crm.domain.fields import CUSTOMER_FIELDS, by_name
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.models import CAPTION_STYLE

_FIELDS = by_name(CUSTOMER_FIELDS)
_PILL = "border-radius: 8px; padding: 1px 8px; color: white; background: %s;"
_TIER_COLOURS = {"key": "#b3261e", "regular": "#1f6feb", "occasional": "#6e7781"}
_LIFECYCLE_COLOURS = {
    "prospect": "#8250df", "new": "#1a7f37", "active": "#2da44e", "old": "#6e7781",
    "lost": "#57606a",
}


class HeaderPanel(QFrame):
    FACTS = ("owner", "phone", "area", "last_visit", "follow_ups")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dossierHeader")
        self.setStyleSheet("#dossierHeader { border-bottom: 1px solid palette(mid); }")
        self.name_label = QLabel()
        self.name_label.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label = QLabel()
        self.code_label.setStyleSheet("color: #57606a; font-size: 14px;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier_label = QLabel()
        self.lifecycle_label = QLabel()
        self.trash_label = QLabel(self.tr("In the trash"))
        self.trash_label.setStyleSheet(_PILL % "#cf222e")
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.code_label)
        top.addSpacing(8)
        top.addWidget(self.tier_label)
        top.addWidget(self.lifecycle_label)
        top.addWidget(self.trash_label)
        top.addStretch(1)

        captions = {
            "owner": _FIELDS["owner"].label(ctx.language),
            "phone": _FIELDS["phone"].label(ctx.language),
            "area": _FIELDS["area"].label(ctx.language),
            "last_visit": self.tr("Last visit"),
            "follow_ups": self.tr("Open follow-ups"),
        }
        self.values: dict[str, QLabel] = {}
        self.facts = QWidget()
        grid = QGridLayout(self.facts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(0)
        for col, key in enumerate(self.FACTS):
            caption = QLabel(captions[key])
            caption.setStyleSheet(CAPTION_STYLE)
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            grid.addWidget(caption, 0, col)
            grid.addWidget(value, 1, col)
        grid.setColumnStretch(len(self.FACTS), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        self.show_new()

    def show_new(self) -> None:
        self.name_label.setText(self.tr("New customer"))
        self.code_label.setText(self.tr("code assigned on save"))
        for label in (self.tier_label, self.lifecycle_label, self.trash_label):
            label.hide()
        self.facts.hide()  # nothing to tell yet

    def show_facts(self, facts: HeaderFacts, today: date | None = None) -> None:
        today = today or date.today()
        lang = self.ctx.language
        self.name_label.setText(facts.name)
        self.code_label.setText(facts.code)
        tier = _FIELDS["tier"].choice_label(facts.tier, lang) if facts.tier else ""
        self._pill(self.tier_label, tier, _TIER_COLOURS.get(facts.tier or "", "#6e7781"))
        stage = _FIELDS["lifecycle"].choice_label(facts.lifecycle, lang) if facts.lifecycle else ""
        self._pill(
            self.lifecycle_label, stage, _LIFECYCLE_COLOURS.get(facts.lifecycle or "", "#6e7781")
        )
        self.trash_label.setVisible(facts.trashed)
        self.facts.show()
        self.values["owner"].setText(facts.owner or "—")
        self.values["phone"].setText(facts.phone or "—")
        self.values["area"].setText(facts.area or "—")
        if facts.last_visit:
            day = date.fromisoformat(facts.last_visit[:10])
            ago = (today - day).days
            self.values["last_visit"].setText(
                self.tr("%1 (%n day(s) ago)", "", ago).replace("%1", day.isoformat())
                if ago > 0 else self.tr("%1 (today)").replace("%1", day.isoformat())
            )
        else:
            self.values["last_visit"].setText(self.tr("never"))
        follow = self.values["follow_ups"]
        if facts.open_follow_ups:
            due = facts.next_follow_up or ""
            overdue = bool(due) and date.fromisoformat(due) < today
            follow.setText(
                self.tr("%n open, next %1", "", facts.open_follow_ups).replace("%1", due)
                if not overdue else
                self.tr("%n open, overdue since %1", "", facts.open_follow_ups).replace("%1", due)
            )
            follow.setStyleSheet("color: #cf222e; font-weight: 600;" if overdue else "")
        else:
            follow.setText(self.tr("none"))
            follow.setStyleSheet("")

    def _pill(self, label: QLabel, text: str, colour: str) -> None:
        label.setText(text)
        label.setStyleSheet(_PILL % colour)
        label.setVisible(bool(text))
