"""After a sync that brought customers to this laptop or took some away (a manager gave them
to someone), a word in the status bar and a button there that lists their names; nothing
pops up over the user's work. The list keeps what came and went since it was last read."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QMainWindow, QToolButton, QVBoxLayout,
    QWidget,
)

MESSAGE_MS = 15_000


class MovedDialog(QDialog):
    """The names of the customers that arrived and of those that left."""

    def __init__(self, arrived: list[str], left: list[str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customers moved by the team"))
        layout = QVBoxLayout(self)
        self.lists: dict[str, QListWidget] = {}
        for key, names, title in (
                ("arrived", arrived, self.tr("Given to you (%n):", "", len(arrived))),
                ("left", left, self.tr("Given to someone else, no longer on this laptop (%n):",
                                       "", len(left)))):
            if not names:
                continue
            label = QLabel(title)
            shown = QListWidget()
            shown.addItems(names)
            label.setBuddy(shown)
            layout.addWidget(label)
            layout.addWidget(shown)
            self.lists[key] = shown
        note = QLabel(self.tr("A customer that left stays with the team: its new account "
                              "manager has it, with your synced changes."))
        note.setWordWrap(True)
        if left:
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


class MovedNotice(QObject):
    """The status bar's button "3 customers came · 1 left", until its list is read."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.arrived: list[str] = []
        self.left: list[str] = []
        self.dialog: MovedDialog | None = None
        self.button = QToolButton()
        self.button.setObjectName("team_moved")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setStyleSheet("#team_moved { color: palette(link); text-decoration: underline; }")
        self.button.setToolTip(self.tr("Show which customers came and went"))
        self.button.clicked.connect(self.open_list)
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)

    @Slot(list, list)
    def moved(self, arrived: list[str], left: list[str]) -> None:
        self.arrived += [n for n in arrived if n not in self.arrived]
        self.left += [n for n in left if n not in self.left]
        self.button.setText(self.text())
        self.button.show()
        self.window.statusBar().showMessage(self.message(arrived, left), MESSAGE_MS)

    def text(self) -> str:
        parts = []
        if self.arrived:
            parts.append(self.tr("%n customer(s) came", "", len(self.arrived)))
        if self.left:
            parts.append(self.tr("%n left", "", len(self.left)))
        return " · ".join(parts)

    def message(self, arrived: list[str], left: list[str]) -> str:
        """One sentence with the first names, for the status bar."""
        def some(names: list[str]) -> str:
            return "、".join(names[:3]) + ("…" if len(names) > 3 else "")

        parts = []
        if arrived:
            parts.append(self.tr("Given to you: %1.").replace("%1", some(arrived)))
        if left:
            parts.append(self.tr("Given to someone else: %1.").replace("%1", some(left)))
        return " ".join(parts)

    @Slot()
    def open_list(self) -> MovedDialog:
        """Show the names (non-modal); once read, the button goes."""
        dialog = MovedDialog(self.arrived, self.left, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        self.arrived, self.left = [], []
        self.button.hide()
        dialog.show()
        return dialog
