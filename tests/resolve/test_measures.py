"""What a count measures: its noun, else the verb that governs it."""

from __future__ import annotations

import pytest

from claimcheck import extract


def measure_of(sentence: str, quote: str) -> str | None:
    (claim,) = [c for c in extract(sentence, published="2025-05-04") if c.text == quote]
    return claim.measure


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("More than 1,200 people were evacuated from the valley.", "More than 1,200"),
        ("Over 9,000 residents of the three river towns have been displaced.", "Over 9,000"),
        ("The flood forced 4,000 people out of their homes.", "4,000"),
        ("The blaze forced the evacuation of all 6,500 people in the town.", "6,500"),
    ],
)
def test_evacuations_are_displaced_people(sentence: str, quote: str) -> None:
    assert measure_of(sentence, quote) == "displaced"


def test_a_verb_in_a_relative_clause_does_not_govern_the_number() -> None:
    sentence = "About 300 people live in the village that was evacuated on Monday."
    assert measure_of(sentence, "About 300") is None


@pytest.mark.parametrize(
    ("sentence", "quote", "measure"),
    [
        ("The death toll from the Orren mine collapse rose to 112 on Tuesday.", "112", "deaths"),
        ("The official toll stands at 61, the governor said.", "61", "deaths"),
        ("The death toll rose to 52 overnight.", "52", "deaths"),
        ("The injury toll from the blast climbed to 40.", "40", "injured"),
    ],
)
def test_the_value_a_toll_rises_to_is_that_tolls_measure(
    sentence: str, quote: str, measure: str
) -> None:
    assert measure_of(sentence, quote) == measure


def test_what_a_vessel_is_licensed_to_carry_is_a_capacity_not_a_count_aboard() -> None:
    text = "The ferry was licensed to carry 150 passengers but was carrying 210."
    licensed = next(c for c in extract(text, published="2025-05-04") if c.text == "150")
    assert licensed.modality == "capacity"
