"""Laptops in the app: a main window over a laptop's file, connected to the suite's team
server (tests/teams.py) as one login, next to laptops driven by the services alone."""

from __future__ import annotations

import pytest

from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.tasks import TaskRunner
from tests.sync.laptops import Laptop, laptop
from tests.teams import PASSWORD


class AppLaptop:
    """A laptop whose user works in the app: its window, its file, its sync."""

    def __init__(self, qtbot, found: Laptop) -> None:
        self.qtbot = qtbot
        self.laptop = found
        self.store = found.store
        self.tasks = TaskRunner(found.store.path)
        self.ctx = AppContext(found.store, found.login, "en", self.tasks, AppSignals())
        self.window = MainWindow(self.ctx)  # closed by close(), after any typing is dropped
        self.team = self.window.team
        self.team.sync.password = PASSWORD  # typed in the Team server dialog
        self.window.show()

    def sync(self) -> None:
        """F9, and wait for the sync to end."""
        self.team.sync_action.trigger()
        self.qtbot.waitUntil(lambda: not self.team.sync.running, timeout=30_000)

    def close(self) -> None:
        for dossier in self.window.dossiers():  # a failed test may leave typing unsaved
            dossier.load()
        self.window.close()
        self.window.deleteLater()
        self.tasks.shutdown()


@pytest.fixture
def app_laptop(qtbot, tmp_path, team):
    """Make an app laptop for a login (its file connected, nothing synced yet)."""
    made: list[AppLaptop] = []

    def make(login: str, name: str | None = None) -> AppLaptop:
        folder = tmp_path / (name or login)
        folder.mkdir()
        app = AppLaptop(qtbot, laptop(folder, team, login, PASSWORD))
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()
        app.store.close()


@pytest.fixture
def service_laptop(tmp_path, team):
    """A laptop driven by the services alone (another person's, or the same login's other
    computer)."""
    made: list[Laptop] = []

    def make(login: str, name: str) -> Laptop:
        folder = tmp_path / name
        folder.mkdir()
        made.append(laptop(folder, team, login, PASSWORD))
        return made[-1]

    yield make
    for found in made:
        found.store.close()
