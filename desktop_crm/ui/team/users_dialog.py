"""File ▸ Users and roles… (administrators): the team's logins with each one's last sync; add
a login, give someone a new password, deactivate someone who left and give their customers to
another login, or let them sign in again.

Changing logins is PostgreSQL's own business (roles): it needs the login that set the team
server up, which may create roles. The dialog asks for it, prefilled with this laptop's login,
and keeps its password for as long as the dialog is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_crm.sync import ROLES, ServerError
from desktop_crm.ui.tasks import run_blocking
from desktop_crm.ui.team.connect_dialog import OK_STYLE, PROBLEM_STYLE
from desktop_crm.ui.team.sentences import say
from desktop_crm.ui.team.sync_control import TeamSync


class UsersDialog(QDialog):
    def __init__(self, team: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = team
        self.logins: list[Any] = []
        self.setWindowTitle(self.tr("Users and roles"))
        self.resize(820, 480)

        intro = QLabel(self.tr("Changing logins needs the login that set up the team server "
                               "(it may create roles). Its password is kept only while this "
                               "window is open."))
        intro.setWordWrap(True)
        link = team.link()
        self.admin = QLineEdit(link.login if link else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.reload)
        show = QPushButton(self.tr("&Show logins"))
        show.clicked.connect(self.reload)
        form = QFormLayout()
        form.addRow(self.tr("Administrator login:"), self.admin)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(show)
        form.addRow(self.tr("Password:"), row)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Team"),
            self.tr("Active"), self.tr("Last sync")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.add_button = self._button(buttons, self.tr("&Add…"), self.add_login)
        self.password_button = self._button(buttons, self.tr("New &password…"), self.new_password)
        self.deactivate_button = self._button(buttons, self.tr("&Deactivate…"), self.deactivate)
        self.activate_button = self._button(buttons, self.tr("Ac&tivate"), self.activate)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self._update_buttons()

    def _button(self, box: QDialogButtonBox, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    # --- talking to the server ---------------------------------------------------------------

    def _url(self) -> str | None:
        link = self.team.link()
        if link is None or not self.admin.text().strip():
            return None
        from psycopg.conninfo import make_conninfo

        from desktop_crm.sync import connection

        url = connection.without_password(link.url, self.admin.text().strip())
        return make_conninfo(url, password=self.password.text()) if self.password.text() else url

    def _server(self, work: Callable[[str], Any], title: str) -> tuple[bool, Any]:
        """Run ``work(url)`` on a thread while a progress dialog waits; (done, its result)."""
        url = self._url()
        if url is None:
            self._say(self.tr("Type the administrator login and its password."), False)
            return False, None
        try:
            return True, run_blocking(lambda _progress: work(url), title, self)
        except ServerError as exc:
            self._say(say(exc), False)
            return False, None

    def _say(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else PROBLEM_STYLE)
        self.result.setText(text)

    @Slot()
    def reload(self) -> bool:
        from desktop_crm.sync import server

        done, logins = self._server(server.users, self.tr("Reading the logins…"))
        if not done:
            return False
        self.logins = logins
        self.table.setRowCount(len(logins))
        for row, login in enumerate(logins):
            synced = login.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M") \
                if login.last_sync_at else self.tr("never")
            if login.last_sync_at and login.last_sync_machine:
                synced += f" · {login.last_sync_machine}"
            cells = (login.login, login.staff, self.role_name(login.role), login.team or "",
                     self.tr("yes") if login.active else self.tr("no"), synced)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._say(self.tr("%n login(s).", "", len(logins)), True)
        self._update_buttons()
        return True

    def role_name(self, role: str) -> str:
        return {"rep": self.tr("account manager"), "manager": self.tr("manager"),
                "admin": self.tr("administrator")}.get(role, role)

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.logins[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(bool(self.logins) or self._url() is not None)
        self.password_button.setEnabled(chosen is not None and chosen.active)
        self.deactivate_button.setEnabled(chosen is not None and chosen.active)
        self.activate_button.setEnabled(chosen is not None and not chosen.active)

    # --- what an administrator does ------------------------------------------------------------

    @Slot()
    def add_login(self) -> bool:
        form = NewLoginDialog([(self.role_name(role), role) for role in ROLES], self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return False
        from desktop_crm.sync import server

        login, staff, role, team, password = form.values()
        done, _ = self._server(lambda url: server.add_user(url, login, staff, role, team, password),
                               self.tr("Adding the login…"))
        return done and self.reload() and self._done(
            self.tr("%1 can now sign in as %2. Give them the server address, their login and "
                    "password.").replace("%1", login).replace("%2", staff))

    @Slot()
    def new_password(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        password, ok = QInputDialog.getText(
            self, self.tr("New password"),
            self.tr("New password for %1 (at least 8 characters):").replace("%1", chosen.login),
            QLineEdit.EchoMode.Password)
        if not ok:
            return False
        from desktop_crm.sync import server

        done, _ = self._server(lambda url: server.set_password(url, chosen.login, password),
                               self.tr("Changing the password…"))
        return done and self._done(self.tr("%1 has a new password; their laptop asks for it at "
                                           "the next sync.").replace("%1", chosen.login))

    @Slot()
    def deactivate(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        heirs = [x for x in self.logins if x.active and x.login != chosen.login]
        if not heirs:
            self._say(self.tr("Add the login who takes over first."), False)
            return False
        labels = [f"{x.staff} ({x.login})" for x in heirs]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Deactivate %1").replace("%1", chosen.login),
            self.tr("%1 will no longer sign in. Their customers, with their visits, plans, "
                    "members and purchases, go to:").replace("%1", chosen.staff),
            labels, 0, False)
        if not ok:
            return False
        heir = heirs[labels.index(choice)]
        answer = QMessageBox.question(
            self, self.tr("Deactivate %1").replace("%1", chosen.login),
            self.tr("%1 can no longer sign in, and their customers move to %2's laptop at its "
                    "next sync. Changes %1 has not synced yet stay on their laptop. Go on?")
            .replace("%1", chosen.staff).replace("%2", heir.staff))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from desktop_crm.sync import server

        done, given = self._server(lambda url: server.deactivate(url, chosen.login, heir.login),
                                   self.tr("Deactivating…"))
        return done and self.reload() and self._done(
            self.tr("%1 can no longer sign in; %n customer(s) now belong to %2.", "", given)
            .replace("%1", chosen.staff).replace("%2", heir.staff))

    @Slot()
    def activate(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        from desktop_crm.sync import server

        done, _ = self._server(lambda url: server.activate(url, chosen.login),
                               self.tr("Activating…"))
        return done and self.reload() and self._done(
            self.tr("%1 can sign in again.").replace("%1", chosen.login))

    def _done(self, sentence: str) -> bool:
        self._say(sentence, True)
        return True


class NewLoginDialog(QDialog):
    """A new login: who they are, their role and team, and a first password typed twice."""

    def __init__(self, roles: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a login"))
        self.setMinimumWidth(380)
        self.login = QLineEdit()
        self.login.setPlaceholderText("wang.min")
        self.staff = QLineEdit()
        self.role = QComboBox()
        for label, role in roles:  # (as the user reads it, as the server knows it)
            self.role.addItem(label, role)
        self.team = QLineEdit()
        self.password = QLineEdit()
        self.again = QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Name (staff):"), self.staff)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("A&gain:"), self.again)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.login.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def check(self) -> None:
        if not self.login.text().strip() or not self.staff.text().strip():
            self.problem.setText(self.tr("Type the login and the staff member's name."))
        elif self.password.text() != self.again.text():
            self.problem.setText(self.tr("The two passwords differ."))
        else:
            self.accept()

    def values(self) -> tuple[str, str, str, str | None, str]:
        return (self.login.text().strip(), self.staff.text().strip(), self.role.currentData(),
                self.team.text().strip() or None, self.password.text())
