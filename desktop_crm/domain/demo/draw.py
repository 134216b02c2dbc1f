"""Cheap, seeded random choices: weighted tables, picks, integers, expanded templates.

Every helper takes the build's ``random.Random`` (or its bound ``random`` method, which is
cheaper to call than ``choice`` or ``randint`` a few million times).
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Any

Table = tuple[tuple[Any, ...], tuple[float, ...]]


def table(pairs: Sequence[tuple[Any, float]]) -> Table:
    """``((item, weight), ...)`` as items and cumulative shares, for :func:`draw`."""
    total = float(sum(w for _, w in pairs))
    cum, acc = [], 0.0
    for _, w in pairs:
        acc += w
        cum.append(acc / total)
    cum[-1] = 1.0
    return tuple(p[0] for p in pairs), tuple(cum)


def draw(rng: random.Random, table: Table) -> Any:
    """One item of a :func:`table`, as often as its weight says."""
    items, cum = table
    return items[bisect_right(cum, rng.random())]


def pick(r: Callable[[], float], seq: Sequence[Any]) -> Any:
    """One item of ``seq``; ``r`` is ``rng.random`` (cheaper than ``rng.choice``)."""
    return seq[int(r() * len(seq))]


def between(r: Callable[[], float], low: int, high: int) -> int:
    """An integer in [low, high]; ``r`` is ``rng.random`` (cheaper than ``rng.randint``)."""
    return low + int(r() * (high - low + 1))


def expand(templates: Sequence[str], **values: Sequence[str]) -> tuple[str, ...]:
    """Every template with every combination of the placeholders it uses."""
    out = []
    for t in templates:
        variants = [t]
        for key, options in values.items():
            if "{" + key + "}" in t:
                variants = [v.replace("{" + key + "}", o) for v in variants for o in options]
        out += variants
    return tuple(out)


def cumulative(weights: Iterable[float]) -> list[float]:
    """Running sums of ``weights``, for drawing positions in proportion to them."""
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out
