"""The customer list's columns: widths from what they show (no rows read), which ones are
visible (remembered in the settings), and the menu that chooses them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from desktop_crm.domain.customer_list import COLUMNS, column_index, is_sortable

SETTINGS_COLUMNS = "customers/columns"
# typical widest values, as text
_SAMPLES = {
    "code": "420381104741", "name": "华润万家烟酒专柜便利店", "owner": "欧阳晓明",
    "area": "人民广场商圈", "phone": "0710-3212345", "business_format": "商场专柜",
    "last_visit": "2026-11-30", "next_follow_up": "2026-11-30",
    "visit_policy": "Visited within policy", "consent": "Withdrawn 2026-11-30",
    "tags": "夜市, 诚信户, 重点户",  # not the last column any more: no stretch
}


def set_up_header(table: QTableView, language: str, tiers: Sequence[tuple[str, str]]) -> None:
    """Movable, sized columns sorted by name at first, those shown last time; a click on a
    column that cannot be sorted keeps the list's order (and puts the arrow back)."""
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    size_columns(table, language, tiers)
    header.setSortIndicator(column_index("name"), Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)

    def keep_order(section: int, _order: Qt.SortOrder) -> None:
        if 0 <= section < len(COLUMNS) and not is_sortable(COLUMNS[section].name):
            model = table.model()
            order = (Qt.SortOrder.DescendingOrder if model.sort_descending
                     else Qt.SortOrder.AscendingOrder)
            header.setSortIndicator(column_index(model.sort_column), order)

    header.sortIndicatorChanged.connect(keep_order)
    restore_visible(header)


def size_columns(table: QTableView, language: str, tiers: Sequence[tuple[str, str]]) -> None:
    """Room for the heading and for the longest label a column shows (either language)."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    for i, fld in enumerate(COLUMNS):
        texts = [_SAMPLES.get(fld.name, "")]
        if fld.name == "tier":  # this file's tiers, when known yet, and the default ones
            texts += [label for _, label in tiers]
        if fld.choices:
            texts += [fld.choice_label(code, language) for code in fld.choices]
        content = max(metrics.horizontalAdvance(t) for t in texts) + 16
        title = header.fontMetrics().horizontalAdvance(fld.label(language)) + 28  # + sort arrow
        header.resizeSection(i, max(content, title, 60))


def fill_menu(menu: QMenu, header: QHeaderView, language: str,
              set_visible: Callable[[str, bool], None]) -> None:
    """One checkable entry a column; the last visible column cannot be hidden."""
    menu.clear()
    visible = sum(not header.isSectionHidden(i) for i in range(len(COLUMNS)))
    for i, fld in enumerate(COLUMNS):
        act = menu.addAction(fld.label(language))
        act.setCheckable(True)
        act.setChecked(not header.isSectionHidden(i))
        act.setEnabled(header.isSectionHidden(i) or visible > 1)
        act.toggled.connect(lambda on, col=fld.name: set_visible(col, on))


def visible_columns(header: QHeaderView) -> list[str]:
    return [f.name for i, f in enumerate(COLUMNS) if not header.isSectionHidden(i)]


def save_visible(header: QHeaderView) -> None:
    QSettings().setValue(SETTINGS_COLUMNS, visible_columns(header))


def restore_visible(header: QHeaderView) -> None:
    saved = QSettings().value(SETTINGS_COLUMNS)
    if isinstance(saved, str):  # one value comes back from an ini file as a string
        saved = [saved]
    wanted = [n for n in saved or [] if n in {f.name for f in COLUMNS}]
    if wanted:
        for i, fld in enumerate(COLUMNS):
            header.setSectionHidden(i, fld.name not in wanted)
