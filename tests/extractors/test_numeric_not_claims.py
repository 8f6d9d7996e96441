"""Numbers the numeric extractor must leave alone: dates, times, names, ranks, ids."""

from __future__ import annotations

import pytest

from tests.extractors.test_numeric import claims_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders first met in 2016 in Tallinn.",
        "Tensions have grown since 2014.",
        "The bridge will be finished by 2026.",
        "The spring of 2019 was wet.",
        "Talks in 2016 and 2017 failed.",
        "The summit is set for March 9.",
        "The summit is set for Mar. 9, 2023.",
        "The summit opened on 9 March.",
        "The fire was reported around 3 p.m. Mountain time.",
        "The order went out at 6:30 p.m. on Sunday.",
        "Voting closes at 10 a.m. ET.",
        "The 83-year-old president spoke briefly.",
        "Crews worked a two-hour shift.",
        "Crews worked 24-hour shifts.",
        "The 45-minute call ended without a deal.",
        "The talks lasted five days.",
        "She has lived there for 40 years.",
        "Sheriff Ana Ruiz, 55, said the road was closed.",
    ],
)
def test_dates_times_durations_and_ages_are_not_numeric_claims(sentence: str) -> None:
    assert claims_in(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders of the G7 met in Rome.",
        "The G20 statement was short.",
        "The S&P 500 fell sharply.",
        "A Boeing 737 landed safely.",
        "Covid-19 cases were reported.",
        "The jets included an F-16 squadron.",
        "Section 230 protects the platforms.",
        "The laptop runs Windows 11 now.",
        "He bought an iPhone 13 last month.",
        "Print it on A4 paper.",
        "They drove down Route 66 again.",
        "She watched Formula 1 racing.",
        "It aired on Channel 4 late.",
        "The Apollo 11 crew landed.",
        "The Tarn-2 accords stalled.",
        "Vessa's 41st brigade held the line.",
    ],
)
def test_numbers_inside_names_are_not_claims(sentence: str) -> None:
    assert claims_in(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the second time the dam failed.",
        "The team finished 3rd in the league.",
        "She came first in the race.",
        "No one was hurt.",
        "The one that got away was larger.",
        "One of the guards fled.",
        "They understand one another.",
        "The hotline is open 24/7 for residents.",
        "The home side won 3-1 on Saturday.",
        "16x9 Image",
        "Page 2 of 5",
        "Photo 1/3",
        "5 things to know about the storm",
        "Call 555-123-4567 for help.",
        "Visit https://example.test/2021/12/07/story-123 for more.",
        "Write to desk42@example.test with tips.",
        "ISBN 978-3-16-148410-0",
        "Shares in the 1990s rose.",
    ],
)
def test_ranks_pronouns_scores_and_page_furniture_are_not_claims(sentence: str) -> None:
    assert claims_in(sentence) == []


def test_a_count_next_to_a_date_survives() -> None:
    claims = claims_in("On March 9, 2023, some 600 firefighters were on the lines.")
    assert [c.text for c in claims] == ["some 600"]


def test_a_count_after_a_weekday_is_not_a_name() -> None:
    claims = claims_in(
        "By late Monday 8,400 acres had burned and on Tuesday 600 firefighters arrived."
    )
    assert [c.text for c in claims] == ["8,400 acres", "600"]
