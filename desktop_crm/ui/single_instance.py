"""One window per database file: a second launch on the same file brings the first to the front.

The window that has a file open listens on a local socket named after the file (and the
user, so two people on one computer never meet). A second launch that finds the file locked
asks that window to come forward instead of showing an error, then quits quietly.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
ANSWER = b"ok\n"
TIMEOUT_MS = 2000


def server_name(path: Path) -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    digest = hashlib.sha1(f"{user}\0{path}".encode()).hexdigest()[:16]
    return f"desktop-crm-{digest}"


class InstanceServer(QObject):
    """Listens for later launches on ``path``; emits ``sig_raise_requested`` when one asks."""

    sig_raise_requested = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(path)
        # We hold the file's lock, so a socket left under this name is a crashed run's.
        QLocalServer.removeServer(name)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        self.listening = self.server.listen(name)

    @Slot()
    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            if socket.waitForReadyRead(TIMEOUT_MS) and socket.readAll().data() == RAISE:
                socket.write(ANSWER)
                socket.waitForBytesWritten(TIMEOUT_MS)
                self.sig_raise_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def close(self) -> None:
        self.server.close()


def hand_over(path: Path) -> bool:
    """Ask the window that has ``path`` open to come to the front; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(RAISE)
    answered = (
        socket.waitForBytesWritten(TIMEOUT_MS)
        and socket.waitForReadyRead(TIMEOUT_MS)
        and socket.readAll().data() == ANSWER
    )
    socket.disconnectFromServer()
    return answered
