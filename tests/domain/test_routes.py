"""Route order within a day: street order from Chinese addresses, and the shortest tour
(nearest neighbour improved by 2-opt) never longer than nearest neighbour alone."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.domain import routes


def test_street_and_house_number_from_the_address() -> None:
    addresses = ["湖北省丹江口市文博路123号", "湖北省丹江口市文博路9号", "丹江口市建设大街8号",
                 "丹江口市文博路", "丹江口市大坝街道沿江路45号"]
    ordered = sorted(addresses, key=lambda a: routes.street_key("均州路商圈", a))
    assert ordered == ["丹江口市建设大街8号", "湖北省丹江口市文博路9号",
                       "湖北省丹江口市文博路123号", "丹江口市文博路", "丹江口市大坝街道沿江路45号"]
    # 街道 (a sub-district) is not the street: the last street of the address counts
    assert routes.street_key(None, "丹江口市大坝街道沿江路45号")[1:3] == ("沿江路", 45.0)
    # the zone comes first
    assert routes.street_key("A", "文博路200号") < routes.street_key("B", "文博路1号")


def test_distance_between_two_known_places() -> None:
    # Beijing Tiananmen → Shanghai People's Square: about 1,067 km
    km = routes.distance_km((39.9087, 116.3975), (31.2304, 121.4737))
    assert 1050 < km < 1085


def test_a_zigzag_is_untangled() -> None:
    # stops along a line, given out of order: the tour walks the line, 4 km in all
    points = [(30.0, 111.0 + k * 0.01) for k in (0, 3, 1, 4, 2)]
    order, km = routes.shortest_tour(points)
    assert [points[k][1] for k in order] == sorted(p[1] for p in points)
    assert math.isclose(km, routes.path_length(points, order))
    assert km < routes.path_length(points, range(5))


def test_small_tours_are_the_best_possible() -> None:
    points = [(30.0, 111.0), (30.02, 111.0), (30.0, 111.01), (30.03, 111.02), (30.01, 111.03)]
    order, km = routes.shortest_tour(points)
    best = min(routes.path_length(points, (0, *rest))
               for rest in itertools.permutations(range(1, 5)))
    assert order[0] == 0
    assert km <= best * 1.05  # 2-opt is a heuristic; on five stops it is within 5 %


_POINT = st.tuples(st.floats(30.0, 30.3), st.floats(111.0, 111.3))


@settings(max_examples=120, deadline=None)
@given(st.lists(_POINT, min_size=0, max_size=30))
def test_the_tour_is_never_longer_than_nearest_neighbour(points) -> None:
    nn = routes.nearest_neighbour(points)
    order, km = routes.shortest_tour(points)
    assert sorted(order) == list(range(len(points)))  # every stop once
    if points:
        assert order[0] == 0                          # the day starts where it starts
    assert km <= routes.path_length(points, nn) + 1e-9
