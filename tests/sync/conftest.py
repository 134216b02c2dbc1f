"""The sync tests' team server: the fixtures live in tests/teams.py (shared with tests/ui)."""

from tests.teams import PASSWORD, Team  # noqa: F401 - the tests import them from here
