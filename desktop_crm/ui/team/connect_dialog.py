"""File ▸ Team server…: connect this file to the team server as your login, test the
connection first if you like, keep the password in the computer's keyring, or disconnect."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from desktop_crm import keychain
from desktop_crm.sync import ServerError
from desktop_crm.ui.tasks import run_blocking
from desktop_crm.ui.team.sentences import say
from desktop_crm.ui.team.sync_control import TeamSync

OK_STYLE = "color: #1b5e20;"
PROBLEM_STYLE = "color: #b3261e;"


class TeamServerDialog(QDialog):
    """Connect, test, or disconnect; what happened is one sentence under the fields."""

    def __init__(self, team: TeamSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = team
        self.ctx = team.ctx
        self.setWindowTitle(self.tr("Team server"))
        self.setMinimumWidth(520)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://crm.example.com/crm")
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password on this computer (keyring)"))
        self.remember.setEnabled(keychain.available())
        if not keychain.available():
            self.remember.setToolTip(self.tr("This computer has no keyring: the password is "
                                             "asked once per session."))
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.address)
        form.addRow(self.tr("Your login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.connect_button = self.buttons.addButton(self.tr("&Connect"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.connect_button.clicked.connect(self.connect_file)
        self.disconnect_button = self.buttons.addButton(
            self.tr("&Disconnect…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.disconnect_button.clicked.connect(self.disconnect_file)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show_link()

    def _show_link(self) -> None:
        current = self.team.link()
        connected = current is not None
        if connected:
            from psycopg.conninfo import conninfo_to_dict, make_conninfo

            params = conninfo_to_dict(current.url)
            params.pop("user", None)
            self.address.setText(make_conninfo("", **params))
            self.login.setText(current.login)
            self.intro.setText(self.tr("This file is connected to %1 as %2 (%3). It syncs "
                                       "with the team by itself; Disconnect to work alone.")
                               .replace("%1", self.team.address() or "")
                               .replace("%2", current.login)
                               .replace("%3", self.role_name(current.role)))
        else:
            self.intro.setText(self.tr(
                "Connect this file to your team's server to share customers with your team. "
                "Ask your administrator for the address, your login and your password."))
        for widget in (self.address, self.login, self.password, self.remember,
                       self.test_button, self.connect_button):
            widget.setEnabled(not connected and (widget is not self.remember
                                                 or keychain.available()))
        self.disconnect_button.setEnabled(connected and not self.ctx.store.read_only)
        self.connect_button.setEnabled(not connected and not self.ctx.store.read_only)
        self.connect_button.setDefault(not connected)

    def role_name(self, role: str | None) -> str:
        return {"rep": self.tr("account manager"), "manager": self.tr("manager"),
                "admin": self.tr("administrator")}.get(role or "", role or "")

    def _say(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else PROBLEM_STYLE)
        self.result.setText(text)

    def _entered(self) -> tuple[str, str, str | None] | None:
        url, login = self.address.text().strip(), self.login.text().strip()
        if not url or not login:
            self._say(self.tr("Type the server address and your login."), False)
            return None
        if "://" not in url and "=" not in url:  # a bare host name: as the CLI would read it
            url = f"postgresql://{url}"
        return url, login, self.password.text() or None

    @Slot()
    def test(self) -> bool:
        """Try the address and login without connecting the file; the sentence says how."""
        entered = self._entered()
        if entered is None:
            return False
        from desktop_crm.sync.connection import probe

        try:
            role, _staff = run_blocking(lambda _progress: probe(*entered),
                                        self.tr("Testing the connection…"), self)
        except ServerError as exc:
            self._say(say(exc), False)
            return False
        self._say(self.tr("The connection works: you sign in as %1.")
                  .replace("%1", self.role_name(role)), True)
        return True

    @Slot()
    def connect_file(self) -> bool:
        """Connect; a file that holds customers asks first (an administrator may publish it
        as the team's data, or merge it in, with a report)."""
        entered = self._entered()
        if entered is None:
            return False
        url, login, password = entered
        from desktop_crm.sync import connection

        store = self.ctx.store
        customers = store.count("customers")
        if customers:
            from desktop_crm.sync.connection import team_customers
            from desktop_crm.ui.team import publish_dialog

            try:
                role, on_team = run_blocking(lambda _progress: team_customers(*entered),
                                             self.tr("Connecting…"), self)
            except ServerError as exc:
                self._say(say(exc), False)
                return False
            self.offer = publish_dialog.offer_box(self, role, customers, on_team)
            self.offer.exec()
            choice = publish_dialog.choice_of(self.offer)
            if choice == publish_dialog.CANCEL:
                return False
            if choice == publish_dialog.PUBLISH:
                return self.publish_file(url, login, password)
        try:
            run_blocking(lambda _progress: connection.connect(store, url, login, password),
                         self.tr("Connecting…"), self)
        except ServerError as exc:
            self._say(say(exc), False)
            return False
        self._connected(url, login, password)
        self.team.connected_now(password)
        return True

    def publish_file(self, url: str, login: str, password: str | None) -> bool:
        """Publish (or merge) on a thread with its progress and Cancel; then the report."""
        from desktop_crm.domain.cancel import Cancelled
        from desktop_crm.domain.duplicates import strong_match
        from desktop_crm.sync import connection
        from desktop_crm.sync.publish import publish
        from desktop_crm.ui.team.publish_dialog import PublishReportDialog
        from desktop_crm.ui.team.sync_control import SyncCancelled

        store = self.ctx.store

        def work(progress):
            def told(phase: str, count: int) -> None:
                # a pull is one transaction: stopping inside it leaves the file as it was
                if not progress(count, 0) and phase == "pull":
                    raise SyncCancelled()

            return publish(store, url, login, password, strong_match(store), told)

        try:
            report = run_blocking(work, self.tr("Publishing this file to the team…"), self,
                                  cancel=self.tr("Cancel"))
        except Cancelled:
            if connection.link(store) is None:
                self._say(self.tr("Publishing was cancelled; nothing was sent."), False)
                return False
            self._connected(url, login, password)
            self.team.published(password, None)
            self.team.set_problem(self.tr(
                "Publishing was cancelled while receiving the team's records; what was sent "
                "stays on the team server: Sync (F9) finishes it."))
            return True
        except ServerError as exc:
            self._say(say(exc), False)
            return False
        self._connected(url, login, password)
        self.team.published(password, report.sync)
        self.report_dialog = PublishReportDialog(report, connection.address(url, login),
                                          self.parentWidget())
        self.report_dialog.open()
        return True

    def _connected(self, url: str, login: str, password: str | None) -> None:
        from desktop_crm.sync import connection

        address = connection.address(url, login)
        if password and self.remember.isChecked():
            if not keychain.remember_server_password(address, password):
                QMessageBox.warning(self, self.tr("Team server"), self.tr(
                    "The keyring refused to keep the password; sync will ask for it."))
        self._say(self.tr("Connected."), True)
        self.accept()

    @Slot()
    def disconnect_file(self) -> bool:
        from desktop_crm.sync import connection

        if self.team.running:
            self._say(self.tr("A sync is under way: disconnect when it has finished."), False)
            return False
        status = connection.status(self.ctx.store)
        waiting = sum(status["pending"].values()) if status else 0
        if waiting:
            answer = QMessageBox.question(
                self, self.tr("Disconnect"),
                self.tr("%n change(s) have not been sent to the team; they will stay on this "
                        "laptop only. Disconnect anyway?", "", waiting))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        address = self.team.address()
        connection.disconnect(self.ctx.store)
        if address:
            keychain.forget_server_password(address)
        self.team.disconnected()
        self._say(self.tr("Disconnected: the file keeps all its records and works alone."), True)
        self._show_link()
        return True
