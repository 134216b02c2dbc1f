"""Marks what the search matched in the customer list's cells (the model's HIGHLIGHT_ROLE
says which characters; :mod:`desktop_crm.domain.highlight` decides)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_crm.ui.customers.model import HIGHLIGHT_ROLE

MARK = QColor("#ffd84d")       # a highlighter's yellow, readable on white and on selection
MARK_TEXT = QColor("#1f1f1f")
_LEFT = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


class HighlightDelegate(QStyledItemDelegate):
    """Draws a cell as usual, then its text with the matched stretches marked."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        marks = index.data(HIGHLIGHT_ROLE)
        if not marks:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        area = area.adjusted(3, 0, -3, 0)  # the margin Qt leaves around item text
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        plain = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        metrics = opt.fontMetrics
        painter.save()
        painter.setClipRect(area)
        painter.setFont(opt.font)
        x = area.left()
        cut = 0
        for start, end in [*marks, (len(text), len(text))]:
            for piece, marked in ((text[cut:start], False), (text[start:end], True)):
                if not piece:
                    continue
                width = metrics.horizontalAdvance(piece)
                box = QRect(x, area.top(), width, area.height())
                if marked:
                    painter.fillRect(box.adjusted(0, 2, 0, -2), MARK)
                painter.setPen(MARK_TEXT if marked else plain)
                painter.drawText(box, _LEFT, piece)
                x += width
            cut = end
        painter.restore()
