"""The shipped units' conversions are pint's, kept as data so pint loads only when needed."""

from __future__ import annotations

import pytest
import yaml

from claimcheck.extractors.unit_conversions import (
    computed_conversions,
    conversions_text,
    shipped_conversions,
)
from claimcheck.extractors.units import pint_conversion, to_canonical

REGENERATE = "regenerate it: python -m claimcheck.extractors.unit_conversions"


def test_the_shipped_file_is_what_pint_computes_for_every_unit_of_the_lexicon():
    assert shipped_conversions() == computed_conversions(pint_conversion), REGENERATE


def test_floats_read_back_from_the_text_bit_for_bit():
    conversions = {"x": (0.1 + 0.2, -17.777777777777743, "m"), "y": (1e-09, 0.0, "m")}
    assert yaml.safe_load(conversions_text(conversions)) == {
        unit: list(conversion) for unit, conversion in conversions.items()
    }


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (40.0, "degree_Fahrenheit", (4.444444444444, "degree_Celsius")),
        (26.2, "mile", (42164.8128, "meter")),
        (3.5, "liter", (3.5, "liter")),
    ],
)
def test_a_runner_and_a_thermometer_convert_as_pint_says(value, unit, expected):
    converted, name = to_canonical(value, unit)
    factor, offset, pint_name = pint_conversion(unit)
    assert (converted, name) == (value * factor + offset, pint_name)
    assert name == expected[1]
    assert converted == pytest.approx(expected[0])


def test_a_unit_outside_the_lexicon_is_still_converted_by_pint():
    assert "league" not in shipped_conversions()
    value, unit = to_canonical(2.0, "league")  # 3 miles each
    assert (round(value), unit) == (9656, "meter")
