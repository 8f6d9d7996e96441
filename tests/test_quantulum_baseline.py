"""The quantity benchmarks' baseline, raw quantulum3, still runs beside scikit-learn."""

from __future__ import annotations

from benchmarks.quantulum import quantulum_parser


def test_quantulum3_parses_without_its_classifier() -> None:
    (quantity,) = quantulum_parser().parse("The ridge trail is 3 km long.")
    assert quantity.value == 3
