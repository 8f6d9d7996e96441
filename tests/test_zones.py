"""Zone names as written map to tz rules; daylight saving follows the date."""

from __future__ import annotations

import datetime as dt

from claimcheck.extractors.temporal.times import hedge_minutes, to_utc
from claimcheck.zones import load_zones


def test_et_follows_daylight_saving() -> None:
    et = load_zones().abbreviation("ET")
    assert et is not None
    assert to_utc(dt.date(2021, 7, 1), 12, 0, et).hour == 16
    assert to_utc(dt.date(2021, 12, 7), 12, 0, et).hour == 17


def test_explicit_standard_time_is_fixed() -> None:
    est = load_zones().abbreviation("EST")
    assert est is not None
    assert to_utc(dt.date(2021, 7, 1), 12, 0, est).hour == 17


def test_places_are_case_and_space_insensitive() -> None:
    zones = load_zones()
    kyiv, moscow = zones.place("Kyiv"), zones.place("  MOSCOW ")
    assert kyiv is not None and kyiv.key == "Europe/Kyiv"
    assert moscow is not None and moscow.key == "Europe/Moscow"
    assert zones.place("Atlantis") is None


def test_place_near_picks_the_closest_known_place() -> None:
    zone = load_zones().place_near("In Geneva, far from Tokyo, at 3 p.m. local time", 30)
    assert zone is not None and zone.key == "Asia/Tokyo"


def test_clock_hedges_come_from_data() -> None:
    assert hedge_minutes("around") == (-30, 30)
    assert hedge_minutes(None) == (0, 1)


def test_zone_names_are_read_before_time_but_are_no_place_for_local_time() -> None:
    zones = load_zones()
    pacific = zones.place("Pacific")
    assert pacific is not None and pacific.key == "America/Los_Angeles"
    assert zones.place_near("the Pacific Storm Center said at 3 p.m. local time", 40) is None


def test_a_place_ending_a_sentence_is_still_that_place() -> None:
    zone = load_zones().place_near("Rain fell across Kenya. At 3 p.m. local time", 40)
    assert zone is not None and zone.key == "Africa/Nairobi"


def test_a_country_with_one_zone_needs_no_gazetteer_entry():
    zones = load_zones()
    assert "uruguay" not in zones.places and "ghana" not in zones.places
    assert zones.place("Uruguay").key == "America/Montevideo"
    assert zones.place_near("ACCRA, Ghana (AP) — at 9 a.m. local time", 25).key == "Africa/Accra"
    assert zones.place("Ecuador") is None  # the Galapagos keep another hour
