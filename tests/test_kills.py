"""kill -9 of every long operation at seeded random moments: nothing lost, nothing left
(see tests/kills.py; `python -m bench.bench_kills --rounds N` runs the longer loop)."""

from __future__ import annotations

import random

import pytest

from tests.kills import OPERATIONS, durations, kill_round, prepare_base

pytestmark = pytest.mark.slow
ROUNDS = 2  # per operation, in the suite


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kills")
    # built before each test's own data folder is set (tests/conftest.py): the import's
    # automatic backup would go to the real user's
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("kills-data")))
        path = prepare_base(folder)
        return path, durations(path, folder)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_a_killed_operation_loses_nothing_and_leaves_nothing(op, base, tmp_path) -> None:
    path, lengths = base
    rng = random.Random(f"kills-{op.name}")
    outcomes = [kill_round(op, path, tmp_path / f"round-{i}", lengths[op.name], rng)
                for i in range(ROUNDS)]
    assert [o.problems for o in outcomes] == [[]] * ROUNDS, [(o.moment, o.problems) for o in outcomes]
