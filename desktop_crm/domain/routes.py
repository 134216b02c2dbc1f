"""The order of a day's visits: by trade zone and street from the address, or, where the stops
have coordinates, the shortest tour found by nearest neighbour improved with 2-opt.

Plain functions over plain values (no database): the week plan (``domain/week_plan.py``)
calls them per day. The tour is an open path from the first stop (the day starts there and
need not come back); 2-opt only ever shortens it, so it is never longer than the nearest
neighbour's (a property test checks it). At 30–40 stops that takes a few milliseconds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

Point = tuple[float, float]  # (latitude, longitude) in decimal degrees

_EARTH_KM = 6371.0088
# A street and its house number in a Chinese address: 文博路123号, 建设大街8-2号. Looked for
# after the last administrative division (省 市 区 县 镇 乡, and 街道, a sub-district whose
# name would otherwise read as a street).
_DIVISION = re.compile(r"街道|[省市区县镇乡]")
_STREET = re.compile(r"([^\d\s,，、]{1,12}?(?:大道|大街|胡同|路|街|道|巷|里))\s*(\d+)?")


def street_key(area: str | None, address: str | None) -> tuple[str, str, float, str]:
    """What a day's stops without coordinates are ordered by: trade zone, street, house
    number (unnumbered last on their street), the whole address."""
    address = address or ""
    matches = []
    for part in reversed(_DIVISION.split(address)):
        matches = _STREET.findall(part)
        if matches:
            break
    street, number = matches[-1] if matches else ("", "")
    return (area or "", street, float(number) if number else math.inf, address)


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def path_length(points: Sequence[Point], order: Sequence[int]) -> float:
    """Kilometres along ``points`` in ``order`` (an open path)."""
    return sum(distance_km(points[order[k]], points[order[k + 1]]) for k in range(len(order) - 1))


def nearest_neighbour(points: Sequence[Point], start: int = 0) -> list[int]:
    """From ``start``, always on to the closest stop not yet visited."""
    if not points:
        return []
    left = set(range(len(points))) - {start}
    order = [start]
    while left:
        here = points[order[-1]]
        nxt = min(left, key=lambda k: (distance_km(here, points[k]), k))
        order.append(nxt)
        left.remove(nxt)
    return order


def two_opt(points: Sequence[Point], order: Sequence[int]) -> list[int]:
    """``order`` improved by reversing stretches while that shortens the path; the first stop
    stays first."""
    n = len(order)
    tour = list(order)
    if n < 4:
        return tour if n < 3 else _best_of_three(points, tour)
    d = [[distance_km(p, q) for q in points] for p in points]
    improved = True
    while improved:
        improved = False
        for i in range(1, n - 1):
            a, b = tour[i - 1], tour[i]
            for j in range(i + 1, n):
                c = tour[j]
                after = d[c][tour[j + 1]] if j + 1 < n else 0.0
                new_after = d[b][tour[j + 1]] if j + 1 < n else 0.0
                if d[a][c] + new_after < d[a][b] + after - 1e-9:
                    tour[i:j + 1] = reversed(tour[i:j + 1])
                    improved = True
                    a, b = tour[i - 1], tour[i]
    return tour


def _best_of_three(points: Sequence[Point], tour: list[int]) -> list[int]:
    swapped = [tour[0], tour[2], tour[1]]
    return swapped if path_length(points, swapped) < path_length(points, tour) - 1e-9 else tour


def shortest_tour(points: Sequence[Point], start: int = 0) -> tuple[list[int], float]:
    """A short open tour from ``start`` and its length in kilometres."""
    order = two_opt(points, nearest_neighbour(points, start))
    return order, path_length(points, order)
