"""Clock times: zones, daylight saving, hedges and where the date comes from."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extractors.temporal.times import find_times
from claimcheck.model import Claim, ClaimKind, Flag
from claimcheck.resolve.reference import Reference
from tests.extractors.helpers import only_claim, temporal_claims

REFERENCE = Reference(dt.date(2021, 12, 6), "metadata")


def analyze(text: str, reference: Reference = REFERENCE) -> list[Claim]:
    return temporal_claims(text, reference)


def times(text: str, reference: Reference = REFERENCE) -> list[Claim]:
    return [c for c in analyze(text, reference) if c.kind is ClaimKind.TIME]


def only_time(text: str, reference: Reference = REFERENCE) -> Claim:
    return only_claim(text, reference, ClaimKind.TIME)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


def test_around_ten_am_et_on_tuesday_is_three_pm_utc_plus_minus_half_hour() -> None:
    claim = only_time("The call is expected to start around 10 a.m. ET on Tuesday.")
    assert claim.datetime_utc == utc(2021, 12, 7, 15, 0)
    assert claim.hedge == "around"
    assert claim.value == utc(2021, 12, 7, 15).timestamp()
    assert (claim.low, claim.high) == (claim.value - 1800, claim.value + 1800)
    assert claim.unit == "datetime" and claim.granularity == "minute"
    assert claim.date == dt.date(2021, 12, 7)


def test_midday_tuesday_washington_time_is_five_pm_utc() -> None:
    claim = only_time("The envoys are due to speak around midday Tuesday, Washington time.")
    assert claim.datetime_utc == utc(2021, 12, 7, 17, 0)
    assert claim.text == "around midday Tuesday, Washington time"


def test_july_time_in_et_uses_daylight_saving() -> None:
    claim = only_time("The launch was set for 9:30 a.m. ET on July 14, 2021.")
    assert claim.datetime_utc == utc(2021, 7, 14, 13, 30)


def test_explicit_standard_abbreviation_is_a_fixed_offset() -> None:
    claim = only_time("The statement came at 12:50 PM EST on Monday.")
    assert claim.datetime_utc == utc(2021, 12, 6, 17, 50)


def test_exact_time_is_a_one_minute_interval() -> None:
    claim = only_time("The vote closed at 1500 GMT on Monday.")
    assert claim.datetime_utc == utc(2021, 12, 6, 15, 0)
    assert claim.high is not None and claim.low is not None
    assert claim.high - claim.low == 60


def test_local_time_in_a_known_city_uses_that_zone() -> None:
    claim = only_time("Sirens sounded at 3 p.m. local time in Kyiv on Monday.")
    assert claim.datetime_utc == utc(2021, 12, 6, 13, 0)


def test_named_city_time_uses_that_zone() -> None:
    claim = only_time("The parade begins at 4:30 p.m. Beijing time on Tuesday.")
    assert claim.datetime_utc == utc(2021, 12, 7, 8, 30)


def test_unknown_local_time_keeps_the_local_date_and_flags_zone_unknown() -> None:
    claim = only_time("The convoy left at 6 a.m. local time on Sunday.")
    assert claim.has_flag("zone-unknown")
    assert claim.datetime_utc is None and claim.date == dt.date(2021, 12, 5)


def test_time_takes_its_date_from_a_recent_sentence() -> None:
    text = "The summit will open on Wednesday.\nThe first session starts at 9 a.m. ET."
    claim = only_time(text)
    assert claim.has_flag("date-from-context")
    assert claim.datetime_utc == utc(2021, 12, 8, 14, 0)


def test_time_without_any_date_takes_the_reference_date() -> None:
    claim = only_time("Trading halted at noon ET.")
    assert claim.has_flag("date-from-reference")
    assert claim.datetime_utc == utc(2021, 12, 6, 17, 0)


def test_time_without_reference_is_unresolved() -> None:
    claim = only_time("Trading halted at noon ET.", Reference(None, "none"))
    assert claim.has_flag(Flag.UNRESOLVED) and claim.datetime_utc is None


def test_am_pm_is_one_claim_and_nothing_else() -> None:
    claims = analyze("Doors open at 10 a.m. ET.")
    assert [c.text for c in claims] == ["10 a.m. ET"]


def test_scores_ratios_and_round_the_clock_are_not_times() -> None:
    assert times("The shop is open 24/7 and the home side won 3-1.") == []
    assert times("The ratio was 3:1 in favour.") == []


def test_noon_inside_afternoon_is_not_a_time() -> None:
    import claimcheck

    claims = claimcheck.extract(
        "Smoke rose over the ridge on Monday afternoon.", published="2025-03-04"
    )
    assert [c.kind.value for c in claims] == ["date"]


@pytest.mark.parametrize(
    ("sentence", "hour"),
    [
        ("The ferry left at one o'clock this afternoon, the harbour master said.", 13),
        ("The siren sounded at two o’clock in the morning.", 2),
        ("The vote closes at 8 o'clock this evening.", 20),
        ("The curfew starts at twelve o'clock tonight.", 0),
    ],
)
def test_oclock_with_a_part_of_the_day_is_a_clock_time(sentence: str, hour: int) -> None:
    (hit,) = find_times(sentence)
    assert (hit.hour, hit.minute) == (hour, 0)
    assert "clock" in only_time(sentence).text


def test_oclock_alone_is_not_a_time_am_or_pm_unknown() -> None:
    assert times("Crews arrived at 10 o'clock.") == []


def test_local_time_is_not_read_in_a_zone_named_inside_an_organization() -> None:
    # "Pacific" in the "Pacific Weather Office" is no clue to the story's zone.
    text = "The storm came ashore at 9:15 p.m. local time, the Pacific Weather Office said."
    assert only_time(text).datetime_utc is None


def test_local_time_without_a_place_nearby_is_the_datelines() -> None:
    text = (
        "HANOI, Vietnam (Wire) - A storm hit the coast.\n\n"
        "It came ashore at 9:15 p.m. local time, forecasters said."
    )
    assert only_time(text).datetime_utc == utc(2021, 12, 6, 14, 15)


def test_local_time_without_a_place_in_its_sentence_is_the_place_named_just_before() -> None:
    text = "A bus overturned on a mountain road in Peru. It happened at 6:40 a.m. local time."
    assert only_time(text).datetime_utc == utc(2021, 12, 6, 11, 40)


def test_a_time_without_a_zone_is_local_to_the_dateline() -> None:
    text = "KESTOVA, Ruritania — The bridge gave way at 4:10 p.m. on Monday, officials said."
    claim = only_time(text.replace("KESTOVA, Ruritania", "TOKYO"))
    assert claim.datetime_utc == utc(2021, 12, 6, 7, 10)  # 4:10 p.m. in Tokyo
    assert claim.has_flag("zone-from-dateline")
    unknown = only_time(text)  # a dateline place the gazetteer does not know
    assert unknown.datetime_utc is None and unknown.has_flag("zone-unknown")


def test_a_time_far_from_any_day_takes_the_ledes_day_not_a_statement_day() -> None:
    text = (
        "A ferry ran aground off Pell Harbor on Saturday evening, officials said on Monday.\n\n"
        "Divers searched the hull for hours.\n\nThe coast guard sent two cutters.\n\n"
        "Crews pumped fuel from the tanks.\n\nThe ferry had left port at 9:40 p.m. ET."
    )
    claim = only_time(text)
    assert claim.date == dt.date(2021, 12, 4)  # the Saturday: the story is dated Monday
    assert claim.has_flag("date-from-lead")


@pytest.mark.parametrize(
    ("dateline", "hour"),
    [
        ("TOKYO —", 7),
        ("OSAKA, Japan (Wire) —", 7),
        ("Osaka, Japan —", 7),
        ("Meanwhile, aides —", None),
    ],
)
def test_datelines_in_capitals_or_title_case_give_the_local_zone(
    dateline: str, hour: int | None
) -> None:
    claim = only_time(f"{dateline} The ferry left the pier at 4:10 p.m. on Monday.")
    assert (claim.datetime_utc.hour if claim.datetime_utc else None) == hour
