"""AHP weights on matrices whose answer can be checked by hand, refusal of bad matrices and
of inconsistent models, and the source's default weights."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_crm.domain.scoring import ahp_weights, most_inconsistent
from desktop_crm.domain.scoring.model import SOURCE_GLOBAL_WEIGHTS, ValueModel


def test_consistent_matrix_gives_the_ratios_and_no_inconsistency() -> None:
    # 4 : 2 : 1 judged exactly: weights 4/7, 2/7, 1/7; λmax = n; CI = CR = 0
    result = ahp_weights([[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]])
    assert result.weights == pytest.approx([4 / 7, 2 / 7, 1 / 7])
    assert result.weights.sum() == pytest.approx(1.0)
    assert result.lambda_max == pytest.approx(3.0)
    assert result.ci == pytest.approx(0.0, abs=1e-9)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
    assert result.acceptable


def test_two_by_two() -> None:
    result = ahp_weights(np.array([[1, 3], [1 / 3, 1]]))
    assert result.weights == pytest.approx([0.75, 0.25])
    assert result.cr == 0.0


def test_circular_judgements_are_maximally_inconsistent() -> None:
    # A > B (9), B > C (9), C > A (9): by symmetry all weights are 1/3, so λmax is a row sum,
    # 1 + 9 + 1/9; CI = (λmax − 3) / 2; CR = CI / 0.58.
    result = ahp_weights([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]])
    lam = 1 + 9 + 1 / 9
    assert result.weights == pytest.approx([1 / 3] * 3)
    assert result.lambda_max == pytest.approx(lam)
    assert result.ci == pytest.approx((lam - 3) / 2)
    assert result.cr == pytest.approx((lam - 3) / 2 / 0.58)
    assert not result.acceptable


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ([[1, 2, 3], [1 / 2, 1, 2]], "square"),
        ([[1, -2], [-1 / 2, 1]], "positive"),
        ([[1, 0], [0, 1]], "positive"),
        ([[1, 3], [3, 1]], "reciprocal"),
        ([[2, 1], [1, 1]], "diagonal"),
        ([["a", 1], [1, 1]], "numbers"),
    ],
)
def test_bad_matrices_are_refused_with_a_clear_message(matrix, message) -> None:
    with pytest.raises(ValueError, match=message):
        ahp_weights(matrix)


def test_the_most_inconsistent_judgement_is_the_one_that_was_spoilt() -> None:
    # consistent 8 : 4 : 2 : 1, then A vs D turned round (1/8 instead of 8)
    w = [8, 4, 2, 1]
    spoilt = [[w[i] / w[j] for j in range(4)] for i in range(4)]
    spoilt[0][3], spoilt[3][0] = 1 / 8, 8
    assert ahp_weights(spoilt).cr >= 0.1
    worst = most_inconsistent(spoilt)
    assert (worst.row, worst.col) == (0, 3)
    assert worst.value == pytest.approx(1 / 8)
    assert worst.suggested > worst.value  # the other judgements pull it back towards A


def test_no_judgement_to_point_at_in_a_pair() -> None:
    assert most_inconsistent([[1, 5], [1 / 5, 1]]) is None


def test_default_model_reproduces_the_sources_twelve_global_weights() -> None:
    model = ValueModel()
    assert [round(w, 4) for w in model.global_weights()] == list(SOURCE_GLOBAL_WEIGHTS)
    results = model.results()
    assert [round(w, 4) for w in results["profit"].weights] == [0.6095, 0.1842, 0.1231, 0.0832]
    assert [round(w, 4) for w in results["volume"].weights] == [0.1634, 0.2970, 0.5396]
    assert [round(w, 4) for w in results["trust"].weights] == [0.5278, 0.1396, 0.3325]
    assert all(r.cr < 0.1 for r in results.values())
    assert model.global_weights().sum() == pytest.approx(1.0)


def test_a_model_with_an_inconsistent_matrix_is_not_applied() -> None:
    model = ValueModel()
    model.matrices["trust"] = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]
    assert model.problems() == ["trust"]
    with pytest.raises(ValueError, match="Trust matrix is inconsistent"):
        model.validate()
