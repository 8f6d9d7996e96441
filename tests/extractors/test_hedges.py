"""The hedge table: loading, validation and the intervals hedges give."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import RuleError
from claimcheck.extractors.hedges import Hedge, load_hedges


def test_shipped_table_has_every_hedge_of_the_spec() -> None:
    table = load_hedges()
    for phrase in [
        "more than", "over", "above", "at least", "up to", "as many as", "nearly", "almost",
        "about", "around", "some", "roughly", "approximately", "fewer than", "less than",
        "under", "just over", "close to",
    ]:  # fmt: skip
        assert table.get(phrase) is not None, phrase


def test_more_than_does_not_reach_far_above() -> None:
    low, high = load_hedges().get("more than").interval(13000)  # type: ignore[union-attr]
    assert low == 13000 and high < 31000


def test_up_to_does_not_reach_far_below() -> None:
    low, high = load_hedges().get("up to").interval(175000)  # type: ignore[union-attr]
    assert high == 175000 and low > 17500


def test_approximate_is_symmetric() -> None:
    assert Hedge("about", "approximate", 0.1).interval(1000) == pytest.approx((900, 1100))


def test_negative_values_bound_their_magnitude() -> None:
    assert Hedge("more than", "lower-open", 0.5).interval(-10) == (-15, -10)


def test_rounding_interval_follows_written_precision() -> None:
    assert load_hedges().rounded(13000, 1000) == (12500, 13500)


def test_vague_plurals_and_changes_load() -> None:
    table = load_hedges()
    assert table.vague["tens of thousands"] == (10_000, 100_000)
    assert table.changes["fell"] == -1
    assert "tens" in table.vague_need_of


def test_unknown_key_is_an_error_with_a_location(tmp_path: Path) -> None:
    path = tmp_path / "hedges.yaml"
    path.write_text("hedges:\n  more than: {bound: lower-open, width: 0.5}\nwidths: 3\n")
    with pytest.raises(RuleError) as error:
        load_hedges(path)
    assert error.value.line == 3


def test_bad_bound_kind_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "hedges.yaml"
    path.write_text("hedges:\n  more than: {bound: sideways, width: 0.5}\n")
    with pytest.raises(RuleError, match="bound must be one of"):
        load_hedges(path)
