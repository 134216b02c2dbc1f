"""The filter bar over the customer list: tier, lifecycle, asset grade, owner, area, tags,
segment of the latest scoring run, overdue follow-up, active plan. Choices come from the field
registry and from the data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from desktop_crm.domain.customer_list import NOT_SET, CustomerFilter, FilterChoices
from desktop_crm.domain.fields import CUSTOMER_FIELDS, by_name
from desktop_crm.domain.scoring import segments
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.flow import FlowLayout, wrapping

_F = by_name(CUSTOMER_FIELDS)
COMBO_FILTERS = ("tier", "lifecycle", "asset_grade", "owner", "area")


class FilterCombo(QComboBox):
    """A combo box that shows its caption with the value when closed ("客户等级: 主力") and
    the plain values when open; bold while it filters."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setAccessibleName(caption)
        self.setToolTip(caption)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def shown_text(self) -> str:
        return self.tr("%1: %2").replace("%1", self.caption).replace("%2", self.currentText())

    def is_active(self) -> bool:
        return self.currentIndex() > 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        if self.is_active():
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        bold = QFont(self.font())
        bold.setBold(True)  # room for the caption, and for the value in bold
        caption = self.tr("%1: %2").replace("%1", self.caption).replace("%2", "")
        return QSize(hint.width() + QFontMetrics(bold).horizontalAdvance(caption) + 8, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class FilterBar(QWidget):
    """Emits :attr:`sig_changed` whenever a filter changes; :meth:`values` says which."""

    sig_changed = Signal()

    def __init__(self, ctx: AppContext, choices: FilterChoices, parent: QWidget | None = None,
                 width: int = 900) -> None:
        """``width``: the width it asks for at most; filters that do not fit wrap to a new line."""
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.language
        self.combos: dict[str, FilterCombo] = {}
        for name in COMBO_FILTERS:
            combo = FilterCombo(_F[name].label(lang))
            combo.setObjectName(f"filter_{name}")
            combo.currentIndexChanged.connect(self._changed)
            self.combos[name] = combo
        self.tags_button = QPushButton()
        self.tags_button.setAccessibleName(_F["tags"].label(lang))
        self.tags_menu = QMenu(self.tags_button)
        self.tags_button.setMenu(self.tags_menu)
        # segments of the latest scoring run; hidden until there is one
        self.segment_combo = FilterCombo(self.tr("Segment"))
        self.segment_combo.setObjectName("filter_segment")
        self.segment_combo.currentIndexChanged.connect(self._changed)
        # the tier's visit policy, today (domain/compliance.py)
        self.policy_combo = FilterCombo(self.tr("Visit policy"))
        self.policy_combo.setObjectName("filter_policy")
        self.policy_combo.addItem(self.tr("all"), None)
        self.policy_combo.addItem(self.tr("visited within policy"), "within")
        self.policy_combo.addItem(self.tr("visit overdue"), "overdue")
        self.policy_combo.setToolTip(self.tr(
            "Customers whose tier asks a visit every N days: visited within the last N days, "
            "or not (never visited included)"))
        self.policy_combo.currentIndexChanged.connect(self._changed)
        # consent to marketing messages (storage/consent.py): who greetings and campaigns reach
        self.consent_combo = FilterCombo(self.tr("Consent"))
        self.consent_combo.setObjectName("filter_consent")
        self.consent_combo.addItem(self.tr("all"), None)
        self.consent_combo.addItem(self.tr("has consent"), "given")
        self.consent_combo.addItem(self.tr("has none"), "none")
        self.consent_combo.addItem(self.tr("withdrawn"), "withdrawn")
        self.consent_combo.setToolTip(self.tr(
            "Consent to marketing messages in force (the customer's own, or the primary "
            "contact's), none ever given, or withdrawn"))
        self.consent_combo.currentIndexChanged.connect(self._changed)
        self.overdue_check = QCheckBox(self.tr("Overdue follow-up"))
        self.plan_check = QCheckBox(self.tr("Active plan"))
        self.overdue_check.toggled.connect(self._changed)
        self.plan_check.toggled.connect(self._changed)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        layout = FlowLayout(self, preferred_width=width)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (*self.combos.values(), self.tags_button, self.segment_combo,
                       self.policy_combo, self.consent_combo, self.overdue_check, self.plan_check, self.clear_button):
            layout.addWidget(widget)
        wrapping(self)
        self._added: list[QWidget] = []
        self.set_choices(choices)

    def widgets(self) -> list[QWidget]:
        """In tab order."""
        return [*self.combos.values(), self.tags_button, self.segment_combo, self.policy_combo,
                self.consent_combo, self.overdue_check, self.plan_check, self.clear_button, *self._added]

    def add_widget(self, widget: QWidget) -> None:
        """Put ``widget`` at the end of the bar (the list's saved filters)."""
        self.layout().addWidget(widget)
        self._added.append(widget)

    # --- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The filters as :class:`CustomerFilter` fields."""
        data = {name: combo.currentData() for name, combo in self.combos.items()}
        return {
            "tier": data["tier"], "lifecycle": data["lifecycle"],
            "asset_grade": data["asset_grade"], "owner_id": data["owner"], "area": data["area"],
            "tags": tuple(self.checked_tags()),
            "overdue": self.overdue_check.isChecked(), "active_plan": self.plan_check.isChecked(),
            "segment": self.segment_combo.currentData(),
            "policy": self.policy_combo.currentData(),
            "consent": self.consent_combo.currentData(),
        }

    def checked_tags(self) -> list[str]:
        return [a.text() for a in self.tags_menu.actions() if a.isChecked()]

    def select(self, name: str, value: object) -> None:
        """Choose ``value`` in the filter ``name`` (as if the user picked it)."""
        combo = self.combos[name]
        combo.setCurrentIndex(combo.findData(value))

    def select_segment(self, segment: str) -> None:
        """Filter by ``segment`` ("dimension:code"), offering every segment if the choices
        were read before the first scoring run."""
        if self.segment_combo.findData(segment) < 0:
            self._fill(self.segment_combo, "segment", segments.choices(self.ctx.language))
        self.segment_combo.setVisible(True)
        self.segment_combo.setCurrentIndex(self.segment_combo.findData(segment))

    def check_tag(self, tag: str, on: bool = True) -> None:
        for action in self.tags_menu.actions():
            if action.text() == tag:
                action.setChecked(on)

    def apply(self, flt: CustomerFilter) -> None:
        """Set every filter as ``flt`` has it (a tag no customer has any more is offered
        too, and checked: the filter then finds no one, as it should)."""
        self.blockSignals(True)
        offered = {a.text() for a in self.tags_menu.actions()}
        for tag in flt.tags:
            if tag not in offered:
                action = self.tags_menu.addAction(tag)
                action.setCheckable(True)
                action.toggled.connect(self._changed)
        for name, value in (("tier", flt.tier), ("lifecycle", flt.lifecycle),
                            ("asset_grade", flt.asset_grade), ("owner", flt.owner_id),
                            ("area", flt.area)):
            combo = self.combos[name]
            combo.setCurrentIndex(0 if value is None else max(0, combo.findData(value)))
        for action in self.tags_menu.actions():
            action.setChecked(action.text() in flt.tags)
        self.overdue_check.setChecked(flt.overdue)
        self.plan_check.setChecked(flt.active_plan)
        self.policy_combo.setCurrentIndex(max(0, self.policy_combo.findData(flt.policy))
                                          if flt.policy else 0)
        self.consent_combo.setCurrentIndex(max(0, self.consent_combo.findData(flt.consent))
                                           if flt.consent else 0)
        if flt.segment:
            self.select_segment(flt.segment)
        else:
            self.segment_combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._changed()

    @Slot()
    def clear(self) -> None:
        self.blockSignals(True)
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for action in self.tags_menu.actions():
            action.setChecked(False)
        self.overdue_check.setChecked(False)
        self.plan_check.setChecked(False)
        self.segment_combo.setCurrentIndex(0)
        self.policy_combo.setCurrentIndex(0)
        self.consent_combo.setCurrentIndex(0)
        self.blockSignals(False)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self._update_tags_button()
        self.clear_button.setEnabled(any(v not in (None, (), False) for v in self.values().values()))
        self.sig_changed.emit()

    # --- choices ---------------------------------------------------------------------------

    def set_choices(self, choices: FilterChoices) -> None:
        """(Re)fill every filter, keeping what is selected where it is still offered."""
        self.blockSignals(True)
        for name, values in (
            ("tier", choices.tiers), ("lifecycle", choices.lifecycles),
            ("asset_grade", choices.asset_grades), ("owner", choices.owners),
            ("area", [(a, a) for a in choices.areas]),
        ):
            self._fill(self.combos[name], name, list(values))
        self._fill(self.segment_combo, "segment", list(choices.segments))
        self.segment_combo.setVisible(bool(choices.segments))
        checked = self.checked_tags()
        self.tags_menu.clear()
        # a checked tag stays offered when no customer has it any more: unchecking it is
        # the user's call, not a side effect of the data changing
        for tag in [*choices.tags, *(t for t in checked if t not in choices.tags)]:
            action = self.tags_menu.addAction(tag)
            action.setCheckable(True)
            action.setChecked(tag in checked)
            action.toggled.connect(self._changed)
        self.blockSignals(False)
        self._update_tags_button()
        self.clear_button.setEnabled(any(v not in (None, (), False) for v in self.values().values()))

    def _fill(self, combo: QComboBox, name: str, values: list[tuple[object, str]]) -> None:
        current = combo.currentData() if combo.count() else None
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("all"), None)
        for value, label in values:
            combo.addItem(label, value)
        if name not in ("lifecycle", "segment"):  # every customer has a lifecycle
            combo.addItem(self.tr("(not set)"), NOT_SET)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _update_tags_button(self) -> None:
        checked = self.checked_tags()
        label = _F["tags"].label(self.ctx.language)
        value = "、".join(checked) if checked else self.tr("all")
        self.tags_button.setText(self.tr("%1: %2").replace("%1", label).replace("%2", value))
        font = QFont(self.tags_button.font())
        font.setBold(bool(checked))
        self.tags_button.setFont(font)
