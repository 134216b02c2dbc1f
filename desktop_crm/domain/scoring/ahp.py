"""The analytic hierarchy process (AHP): weights from pairwise-comparison matrices.

A judgement ``a[i][j]`` on Saaty's 1–9 scale says how much more important criterion ``i`` is
than ``j``; the matrix is reciprocal (``a[j][i] = 1 / a[i][j]``). The weights are the
principal eigenvector; the consistency ratio CR = CI / RI with CI = (λmax − n) / (n − 1) and
Saaty's random index RI. A matrix with CR ≥ 0.1 contradicts itself too much to be used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# Saaty's random consistency index for n = 1…10 (DOMAIN.md).
RANDOM_INDEX = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
CR_LIMIT = 0.1
SAATY_SCALE = (1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9)
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class AhpResult:
    """Weights of one comparison matrix and how consistent its judgements are."""

    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float

    @property
    def acceptable(self) -> bool:
        return self.cr < CR_LIMIT


@dataclass(frozen=True)
class Judgement:
    """The judgement ``(row, col)`` that strays furthest from what the weights imply, and
    the Saaty-scale value closest to that implied ratio."""

    row: int
    col: int
    value: float
    suggested: float


def as_matrix(matrix: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
    """Check a pairwise-comparison matrix; raises ValueError saying what is wrong."""
    try:
        a = np.array(matrix, dtype=float)
    except (TypeError, ValueError):
        raise ValueError("The comparison matrix must hold numbers only.") from None
    if a.ndim != 2 or a.shape[0] != a.shape[1] or a.shape[0] == 0:
        shape = "×".join(map(str, a.shape))
        raise ValueError(f"The comparison matrix must be square; it is {shape}.")
    if a.shape[0] > len(RANDOM_INDEX):
        raise ValueError(f"At most {len(RANDOM_INDEX)} criteria can be compared in one matrix.")
    if not np.all(np.isfinite(a)) or np.any(a <= 0):
        raise ValueError("Every judgement must be a positive number (1/9 … 9).")
    if not np.allclose(np.diag(a), 1.0, atol=_TOLERANCE):
        raise ValueError("Each criterion compared with itself must be 1 (the diagonal).")
    if not np.allclose(a * a.T, 1.0, rtol=1e-4, atol=1e-4):
        i, j = np.unravel_index(np.argmax(np.abs(a * a.T - 1.0)), a.shape)
        raise ValueError(
            f"The matrix is not reciprocal: row {i + 1}, column {j + 1} is {a[i, j]:g} but "
            f"row {j + 1}, column {i + 1} is {a[j, i]:g}; one must be 1 divided by the other."
        )
    return a


def ahp_weights(matrix: Sequence[Sequence[float]] | np.ndarray) -> AhpResult:
    """Principal-eigenvector weights (summing to 1), λmax, CI and CR of ``matrix``."""
    a = as_matrix(matrix)
    n = a.shape[0]
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    lam = float(values[k].real)
    w = np.abs(vectors[:, k].real)
    w = w / w.sum()
    ci = max(lam - n, 0.0) / (n - 1) if n > 2 else 0.0
    ri = RANDOM_INDEX[n - 1]
    cr = ci / ri if ri else 0.0
    return AhpResult(weights=w, lambda_max=lam, ci=ci, cr=cr)


def most_inconsistent(matrix: Sequence[Sequence[float]] | np.ndarray) -> Judgement | None:
    """The judgement furthest (in log ratio) from ``w[i] / w[j]``; None for n ≤ 2."""
    a = as_matrix(matrix)
    if a.shape[0] <= 2:
        return None
    w = ahp_weights(a).weights
    implied = np.outer(w, 1 / w)
    error = np.abs(np.log(a / implied))
    i, j = np.unravel_index(int(np.argmax(np.triu(error, 1))), a.shape)
    target = implied[i, j]
    suggested = min(SAATY_SCALE, key=lambda s: abs(np.log(s / target)))
    return Judgement(int(i), int(j), float(a[i, j]), float(suggested))


def from_weights(weights: Sequence[float]) -> list[list[float]]:
    """The perfectly consistent matrix whose eigenvector is ``weights`` (CR = 0)."""
    w = np.asarray(weights, dtype=float)
    return (np.outer(w, 1 / w)).round(6).tolist()


def with_judgement(
    matrix: Sequence[Sequence[float]], row: int, col: int, value: float
) -> list[list[float]]:
    """``matrix`` with ``a[row][col] = value`` and its reciprocal set."""
    if value <= 0:
        raise ValueError("A judgement must be a positive number (1/9 … 9).")
    out = [list(map(float, r)) for r in matrix]
    out[row][col] = float(value)
    out[col][row] = 1.0 / float(value)
    return out


def parse_judgement(text: str) -> float:
    """'3', '1/3', '0.5' → a positive number; ValueError with what to type otherwise."""
    cleaned = text.strip().replace("／", "/").replace(" ", "")
    try:
        if "/" in cleaned:
            top, bottom = cleaned.split("/", 1)
            value = float(top) / float(bottom)
        else:
            value = float(cleaned)
    except (ValueError, ZeroDivisionError):
        raise ValueError(
            f"{text!r} is not a judgement; type a number from 1/9 to 9, e.g. 3 or 1/3."
        ) from None
    if not (1 / 9 - 1e-9 <= value <= 9 + 1e-9):
        raise ValueError(f"{text!r} is outside Saaty's scale; type a number from 1/9 to 9.")
    return value


def format_judgement(value: float) -> str:
    """3 → '3', 1/3 → '1/3', other values with two decimals."""
    if abs(value - round(value)) < 1e-6:
        return str(int(round(value)))
    inverse = 1 / value
    if abs(inverse - round(inverse)) < 1e-6:
        return f"1/{int(round(inverse))}"
    return f"{value:.2f}"
