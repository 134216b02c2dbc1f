"""Actions of a page or a window: one place that makes them alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def widget_action(widget: QWidget, text: str, keys: QKeySequence | QKeySequence.StandardKey | str | None,
                  slot: Callable[..., object]) -> QAction:
    """An action of ``widget``: its shortcut works while the focus is anywhere inside it (two
    pages open side by side never fight over a key), and its tooltip names the keys."""
    action = QAction(text, widget)
    if keys:
        action.setShortcut(QKeySequence(keys))
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({native})")
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action
