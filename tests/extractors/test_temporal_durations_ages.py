"""Durations ("two-hour videoconference") and ages ("Name, 71")."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extractors.temporal import extract_temporal
from claimcheck.model import Claim, ClaimKind, Document, Sentence
from claimcheck.resolve.reference import Reference

REFERENCE = Reference(dt.date(2021, 12, 6), "metadata")


def claims_of(kind: ClaimKind, text: str) -> list[Claim]:
    doc = Document(id="d", path="d.txt", text=text, original=text)
    found = extract_temporal(doc, [Sentence(0, len(text), text)], REFERENCE)
    return [c for c in found if c.kind is kind]


def only(kind: ClaimKind, text: str) -> Claim:
    found = claims_of(kind, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "counted"),
    [
        ("The two-hour videoconference ended without a deal.", 2, "hour", "videoconference"),
        ("They spoke in a 90-minute phone call on Friday.", 90, "minute", "phone call"),
        ("The strike lasted three days.", 3, "day", None),
        ("The border stayed shut for six weeks.", 6, "week", None),
    ],
)
def test_duration_keeps_its_unit_and_what_lasts(
    sentence: str, value: float, unit: str, counted: str | None
) -> None:
    claim = only(ClaimKind.DURATION, sentence)
    assert (claim.value, claim.unit, claim.counted) == (value, unit, counted)


def test_within_is_open_below() -> None:
    claim = only(ClaimKind.DURATION, "A decision is due within six weeks.")
    assert (claim.low, claim.high, claim.hedge) == (0.0, 6.0, "within")


def test_more_than_is_unbounded_above() -> None:
    claim = only(ClaimKind.DURATION, "The siege lasted more than three months.")
    assert (claim.low, claim.high) == (3.0, None)


def test_a_years_old_war_is_a_duration_of_the_war() -> None:
    claim = only(ClaimKind.DURATION, "The deal could end a seven-year-old war in the east.")
    assert (claim.value, claim.unit, claim.subject, claim.counted) == (7, "year", "war", "war")
    assert claims_of(ClaimKind.AGE, "The deal could end a seven-year-old war in the east.") == []


def test_a_years_old_thing_followed_by_a_preposition_is_still_a_duration() -> None:
    claim = only(ClaimKind.DURATION, "The ruling could end a ten-year-old dispute over the dam.")
    assert (claim.value, claim.unit, claim.subject) == (10, "year", "dispute")


def test_years_ago_is_a_date_not_a_duration() -> None:
    assert claims_of(ClaimKind.DURATION, "The plant closed 30 years ago.") == []


@pytest.mark.parametrize(
    ("sentence", "years", "subject"),
    [
        ("The 78-year-old governor spoke first.", 78, "governor"),
        ("Marta Kovalenko, 71, said the water had risen fast.", 71, "Marta Kovalenko"),
        ("A 28-year-old bartender, Ivan Petrov, saw the blast.", 28, "bartender"),
        ("The 61-year-old Oleg Danilov told reporters he would stay.", 61, "Oleg Danilov"),
        ("A fisherman aged 64 was rescued on Sunday.", 64, "fisherman"),
        ("Senator Hale, who turned 80 last month, will retire.", 80, "Senator Hale"),
        ("The harbour master, 54, said the pier was safe.", 54, "harbour master"),
        ("Rescuers found a retired teacher, 83, who was trapped.", 83, "retired teacher"),
    ],
)
def test_age_has_years_and_subject(sentence: str, years: float, subject: str) -> None:
    claim = only(ClaimKind.AGE, sentence)
    assert (claim.value, claim.subject, claim.unit) == (years, subject, "year")
    assert (claim.low, claim.high) == (years, years + 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike began on Dec. 7, 2021, in the port.",
        "The airline filed for Chapter 11, 2020 records show.",
        "The Boeing 737 landed safely.",
        "By the end, 54, the committee had voted.",
    ],
)
def test_numbers_after_names_that_are_not_ages(sentence: str) -> None:
    assert claims_of(ClaimKind.AGE, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "subject"),
    [
        ("Rescuers pulled a three-month-old girl from the rubble.", 3, "month", "girl"),
        ("The foal was only ten weeks old when it was stolen.", 10, "week", "foal"),
        ("The boy was barely 18 months of age at the time.", 18, "month", "boy"),
        ("The 64-year-old harbour master retired.", 64, "year", "harbour master"),
    ],
)
def test_an_age_keeps_its_unit_and_whose_it_is(
    sentence: str, value: float, unit: str, subject: str
) -> None:
    claim = only(ClaimKind.AGE, sentence)
    assert (claim.value, claim.low, claim.high) == (value, value, value + 1)
    assert (claim.unit, claim.subject) == (unit, subject)


def test_a_things_age_beyond_a_lifetime_is_a_duration_of_the_thing() -> None:
    claim = only(ClaimKind.DURATION, "Divers mapped a 2,900-year-old wreck off the cape.")
    assert (claim.value, claim.unit, claim.subject) == (2900.0, "year", "wreck")


def test_the_tail_of_a_larger_number_is_never_an_age() -> None:
    assert claims_of(ClaimKind.AGE, "Bones from a 200,000 to-260,000 year-old cave.") == []


def test_a_mixed_fraction_is_a_duration_amount() -> None:
    claim = only(ClaimKind.DURATION, "The council debated for 2 1/2 hours before voting.")
    assert (claim.value, claim.unit) == (2.5, "hour")
