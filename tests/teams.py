"""A real PostgreSQL for the tests that need a team server (tests/sync, tests/ui/team): one
throwaway cluster for the session (tests/pg.py), a fresh team database per test. The fixtures
are registered in tests/conftest.py, so every folder shares the one cluster."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from desktop_crm.sync import server
from tests.pg import Cluster, start_cluster

PASSWORD = "correct horse 电池"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@dataclass
class Team:
    """A team database set up by `server init`, with the owner's URL and each login's."""

    cluster: Cluster
    dbname: str
    owner_url: str

    def url(self, login: str) -> str:
        return self.cluster.url(login, PASSWORD, self.dbname)


@pytest.fixture
def team_db(pg_cluster) -> Team:
    """An empty database, set up as a team server."""
    name = f"team{next(_numbers)}"
    owner_url = pg_cluster.new_database(name)
    server.init(owner_url)
    yield Team(pg_cluster, name, owner_url)
    pg_cluster.drop_database(name, f"{name}_team")


@pytest.fixture
def team(team_db) -> Team:
    """The usual team: an admin, a manager of team north with reps wang and li, and zhao,
    a rep of team south."""
    for login, staff, role, group in (
        ("boss", "总经理", "admin", None), ("chen", "陈经理", "manager", "north"),
        ("wang", "王敏", "rep", "north"), ("li", "李强", "rep", "north"),
        ("zhao", "赵雷", "rep", "south"),
    ):
        server.add_user(team_db.owner_url, login, staff, role, group, PASSWORD)
    return team_db
