"""Quarters, months placed by "last"/"this year", bare years and deadlines, read in autumn."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extractors.temporal import extract_temporal
from claimcheck.model import Claim, ClaimKind, Document, Sentence
from claimcheck.resolve.reference import Reference

AUTUMN = Reference(dt.date(2019, 10, 24), "metadata")  # a Thursday


def dates(text: str) -> list[Claim]:
    doc = Document(id="d", path="d.txt", text=text, original=text)
    claims = extract_temporal(doc, [Sentence(0, len(text), text)], AUTUMN)
    return [c for c in claims if c.kind is ClaimKind.DATE]


def spans(text: str) -> list[tuple[str, dt.date | None, dt.date | None, str | None]]:
    return [(c.text, c.date, c.date_end, c.granularity) for c in dates(text)]


@pytest.mark.parametrize(
    ("sentence", "surface", "first", "last"),
    [
        (
            "Third-quarter profit at the brewer rose 8%.",
            "Third-quarter",
            (2019, 7, 1),
            (2019, 9, 30),
        ),
        (
            "The ferry line lost money in the second quarter.",
            "the second quarter",
            (2019, 4, 1),
            (2019, 6, 30),
        ),
        (
            "The mill will restart in the first quarter of next year.",
            "the first quarter of next year",
            (2020, 1, 1),
            (2020, 3, 31),
        ),
        (
            "Orders fell in the fourth quarter of 2017.",
            "the fourth quarter of 2017",
            (2017, 10, 1),
            (2017, 12, 31),
        ),
        (
            "Output slipped in last year's third quarter.",
            "last year's third quarter",
            (2018, 7, 1),
            (2018, 9, 30),
        ),
    ],
)
def test_quarter_is_a_three_month_interval(
    sentence: str, surface: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    assert spans(sentence) == [(surface, dt.date(*first), dt.date(*last), "quarter")]


def test_future_quarter_is_the_next_one_not_yet_over() -> None:
    [(_, first, _, _)] = spans("The airline expects the fourth quarter to be weak.")
    assert first == dt.date(2019, 10, 1)


@pytest.mark.parametrize(
    ("sentence", "surface", "month"),
    [
        ("The dam failed last November after heavy rain.", "last November", (2018, 11)),
        ("In January this year the council raised fares.", "January this year", (2019, 1)),
        ("Fares rose in March last year.", "March last year", (2018, 3)),
    ],
)
def test_month_placed_by_a_word_is_a_month(
    sentence: str, surface: str, month: tuple[int, int]
) -> None:
    [(text, first, _, granularity)] = spans(sentence)
    assert (text, (first.year, first.month) if first else None, granularity) == (
        surface,
        month,
        "month",
    )


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Since 2004, the clinic has treated thousands.", 2004),
        ("In fiscal 2018, the co-op earned $3 million.", 2018),
        ("The 2012 flood destroyed the old bridge.", 2012),
        ("Crime fell between 2009 and 2015, police said.", 2009),
    ],
)
def test_year_after_a_capital_preposition_or_a_determiner(sentence: str, year: int) -> None:
    found = [c for c in dates(sentence) if c.granularity == "year"]
    assert found and found[0].date == dt.date(year, 1, 1)


def test_between_two_counts_is_not_a_year() -> None:
    assert dates("Between 1800 and 1900 volunteers signed up.") == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The offer was extended to Nov. 12 by the board.", dt.date(2019, 11, 12)),
        ("Shares bought from Aug. 2 to Oct. 20 cost $9.", dt.date(2019, 8, 2)),
        ("The regulator asked the firm to respond by Dec. 15.", dt.date(2019, 12, 15)),
    ],
)
def test_deadline_day_is_the_nearest_one(sentence: str, day: dt.date) -> None:
    assert dates(sentence)[0].date == day


MONDAY_STORY = Reference(dt.date(2019, 10, 28), "metadata")


def dates_on_monday(text: str) -> list[tuple[str, dt.date | None]]:
    doc = Document(id="d", path="d.txt", text=text, original=text)
    claims = extract_temporal(doc, [Sentence(0, len(text), text)], MONDAY_STORY)
    return [(c.text, c.date) for c in claims if c.kind is ClaimKind.DATE]


def test_weekday_and_date_before_a_colon_stay_one_date() -> None:
    text = "The Ledger said in an editorial on Friday, Oct. 25: The vote was a mistake."
    assert dates_on_monday(text) == [("Friday, Oct. 25", dt.date(2019, 10, 25))]


def test_last_monday_in_a_monday_story_is_a_week_back() -> None:
    text = "The union said last Monday that it would strike."
    assert dates_on_monday(text) == [("last Monday", dt.date(2019, 10, 21))]


def test_the_previous_friday_is_a_past_day() -> None:
    text = "The index closed 3% lower than the previous Friday."
    assert dates_on_monday(text) == [("the previous Friday", dt.date(2019, 10, 25))]


def test_to_be_completed_points_ahead() -> None:
    text = "The sale of the plant is to be completed around Nov. 4, the firm said."
    assert dates_on_monday(text) == [("Nov. 4", dt.date(2019, 11, 4))]


@pytest.mark.parametrize(
    ("sentence", "surface", "first", "last"),
    [
        ("The canal froze last winter, boatmen said.", "last winter", (2018, 12, 1), (2019, 2, 28)),
        ("The pier reopens next spring.", "next spring", (2020, 3, 1), (2020, 5, 31)),
        ("Crops failed this summer across the plain.", "this summer", (2019, 6, 1), (2019, 8, 31)),
        ("The bridge was finished in autumn 2016.", "autumn 2016", (2016, 9, 1), (2016, 11, 30)),
    ],
)
def test_season_is_a_three_month_interval(
    sentence: str, surface: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    assert spans(sentence) == [(surface, dt.date(*first), dt.date(*last), "season")]


def test_a_fall_is_not_a_season_without_a_modifier() -> None:
    assert dates("Prices saw a fall of 3% after the storm.") == []


def test_call_planned_on_the_publication_weekday_is_that_day() -> None:
    text = "The envoy planned a call on Monday with the mayor, aides said."
    assert dates_on_monday(text) == [("Monday", dt.date(2019, 10, 28))]


def test_rally_planned_for_a_weekday_is_the_coming_one() -> None:
    text = "Farmers planned a rally on Thursday outside the ministry."
    assert dates_on_monday(text) == [("Thursday", dt.date(2019, 10, 31))]


def test_short_quarter_forms_of_earnings_reports() -> None:
    import datetime as dt

    import claimcheck

    text = "Margins widened in Q2 2023 and in 3Q23, and the firm will grow in Q4."
    found = {
        c.text: (c.date, c.date_end)
        for c in claimcheck.extract(text, published="2023-08-01")
        if c.granularity == "quarter"
    }
    assert found == {
        "Q2 2023": (dt.date(2023, 4, 1), dt.date(2023, 6, 30)),
        "3Q23": (dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
        "Q4": (dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
    }


def test_names_with_q_and_a_digit_are_not_quarters() -> None:
    import claimcheck

    claims = claimcheck.extract(
        "The Q5 model, the IQ4 chip and the Q-7 rocket.", published="2023-08-01"
    )
    assert not [c for c in claims if c.granularity == "quarter"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The brewer said it expects to report a third-quarter loss of $4 million.",
        "The chain cut its dividend due to its third-quarter loss.",
        "The slide is being blamed on a third-quarter earnings report.",
    ],
)
def test_a_quarter_just_ended_is_this_years_even_ahead_of_its_report(sentence: str) -> None:
    # Read on 2019-10-24: the third quarter ended weeks ago and is still being reported.
    [claim] = dates(sentence)
    assert (claim.date, claim.date_end) == (dt.date(2019, 7, 1), dt.date(2019, 9, 30))


def test_a_quarter_long_past_its_reporting_weeks_is_next_years_ahead() -> None:
    [claim] = dates("The brewer expects a second-quarter rebound.")
    assert claim.date == dt.date(2020, 4, 1)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("In March, the ferry line dropped two routes.", 3),
        ("The jobless figures for September surprised economists.", 9),
        ("Since May, the plant has run one shift.", 5),
    ],
)
def test_a_month_after_a_capitalized_preposition_or_for_is_a_date(
    sentence: str, month: int
) -> None:
    [claim] = dates(sentence)
    assert (claim.date.year, claim.date.month, claim.granularity) == (2019, month, "month")


def test_a_year_ago_beside_a_quarter_is_that_quarter_a_year_back() -> None:
    got = spans("Third-quarter sales at the brewer rose 6% from a year ago.")
    assert got[1] == ("a year ago", dt.date(2018, 7, 1), dt.date(2018, 9, 30), "quarter")


def test_a_year_ago_without_a_quarter_is_last_year() -> None:
    assert spans("Sales at the brewer rose 6% from a year ago.") == [
        ("a year ago", dt.date(2018, 1, 1), dt.date(2018, 12, 31), "year")
    ]


def test_a_year_earlier_in_a_comparison_is_a_date_a_year_back() -> None:
    assert spans("Sales at the brewer fell 3% from a year earlier.") == [
        ("a year earlier", dt.date(2018, 1, 1), dt.date(2018, 12, 31), "year")
    ]
    assert dates("The dam was finished a year earlier than planned.") == []
