"""Dates in news prose, resolved against a Monday reference (2021-12-06)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.model import Claim, ClaimKind, Flag, Span
from claimcheck.resolve.reference import Reference
from tests.extractors.helpers import only_claim, temporal_claims

MONDAY = dt.date(2021, 12, 6)
REFERENCE = Reference(MONDAY, "metadata")


def analyze(text: str, reference: Reference = REFERENCE, **fields: object) -> list[Claim]:
    return temporal_claims(text, reference, **fields)


def dates(text: str, reference: Reference = REFERENCE) -> list[Claim]:
    return [c for c in analyze(text, reference) if c.kind is ClaimKind.DATE]


def only_date(text: str, reference: Reference = REFERENCE) -> Claim:
    return only_claim(text, reference, ClaimKind.DATE)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two ministers will meet on Tuesday in Vienna.", dt.date(2021, 12, 7)),
        ("The governor vowed on Friday to rebuild the bridge.", dt.date(2021, 12, 3)),
        ("The mayor is expected to speak on Thursday.", dt.date(2021, 12, 9)),
        ("Councillors met last Friday to discuss the budget.", dt.date(2021, 12, 3)),
        ("The court plans to rule next Monday.", dt.date(2021, 12, 13)),
        ("Rescue crews reached the village yesterday.", dt.date(2021, 12, 5)),
        ("The ferry resumes service tomorrow.", dt.date(2021, 12, 7)),
        ("The talks were held on Sunday in Oslo.", dt.date(2021, 12, 5)),
    ],
)
def test_weekday_and_relative_day_follow_the_tense(sentence: str, expected: dt.date) -> None:
    claim = only_date(sentence)
    assert claim.date == expected
    assert claim.granularity == "day"
    assert claim.reference == MONDAY
    assert claim.reference_from == "metadata"


def test_said_on_sunday_is_an_attribution_date() -> None:
    claim = only_date("The harbour master said on Sunday that the dock was safe.")
    assert claim.date == dt.date(2021, 12, 5)
    assert claim.has_flag(Flag.ATTRIBUTION)


def test_told_agency_on_sunday_is_an_attribution_date() -> None:
    claim = only_date('"We are ready," she told Reuters on Sunday.')
    assert claim.has_flag(Flag.ATTRIBUTION)


def test_event_date_is_not_an_attribution() -> None:
    claim = only_date("The factory closed on Friday after the flood.")
    assert not claim.has_flag(Flag.ATTRIBUTION)
    assert claim.tense == "past"


def test_relative_date_without_reference_is_unresolved_never_today() -> None:
    claim = only_date("The council will vote on Tuesday.", Reference(None, "none"))
    assert claim.has_flag(Flag.UNRESOLVED)
    assert claim.date is None and claim.low is None and claim.high is None


def test_full_date_is_absolute_and_gives_interval_in_posix_seconds() -> None:
    claim = only_date("The treaty was signed on December 7, 2021, in Lisbon.")
    assert claim.date == claim.date_end == dt.date(2021, 12, 7)
    assert claim.reference_from == "absolute"
    assert claim.low == dt.datetime(2021, 12, 7, tzinfo=dt.UTC).timestamp()
    assert claim.high == dt.datetime(2021, 12, 8, tzinfo=dt.UTC).timestamp()
    assert claim.value == claim.low and claim.unit == "date"


def test_weekday_next_to_full_date_is_one_claim() -> None:
    claim = only_date("The summit opens Tuesday, December 7, 2021, in Rome.")
    assert claim.text == "Tuesday, December 7, 2021"
    assert claim.date == dt.date(2021, 12, 7)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The leaders will talk by video on December 7.", dt.date(2021, 12, 7)),
        ("The minister resigned on Dec. 2.", dt.date(2021, 12, 2)),
        ("Shipments resumed on 3 December.", dt.date(2021, 12, 3)),
        ("The summit will open on Jan. 10.", dt.date(2022, 1, 10)),
        ("Voters went to the polls on December 9.", dt.date(2020, 12, 9)),
        ("They first met in Geneva on June 16 of this year.", dt.date(2021, 6, 16)),
    ],
)
def test_yearless_day_takes_the_year_the_tense_points_to(sentence: str, expected: dt.date) -> None:
    claim = only_date(sentence)
    assert claim.date == expected


def test_previous_day_reads_backward() -> None:
    late_december = Reference(dt.date(2021, 12, 30), "metadata")
    claim = only_date("Their previous Dec. 7 meeting ended without a deal.", late_december)
    assert claim.date == dt.date(2021, 12, 7)
    assert only_date("Their previous Dec. 7 meeting ended badly.").date == dt.date(2020, 12, 7)


def test_month_and_year_is_a_month_interval() -> None:
    claim = only_date("Prices peaked in June 2020 before falling.")
    assert (claim.date, claim.date_end, claim.granularity) == (
        dt.date(2020, 6, 1),
        dt.date(2020, 6, 30),
        "month",
    )


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The ferry line should be sold by the end of 2023.", dt.date(2023, 12, 31)),
        ("The dredging will be finished at the end of March.", dt.date(2022, 3, 31)),
        ("The index hit a record at the close of 2019.", dt.date(2019, 12, 31)),
    ],
)
def test_the_end_of_a_period_is_its_last_day(sentence: str, day: dt.date) -> None:
    claim = only_date(sentence)
    assert (claim.date, claim.date_end, claim.granularity) == (day, day, "day")
    assert claim.text.startswith(("end", "close"))


@pytest.mark.parametrize("words", ["This past February", "the past February", "last February"])
def test_this_past_month_is_the_last_one(words: str) -> None:
    claim = only_date(f"The ferry company cut its timetable {words}, the union said.")
    assert (claim.date, claim.date_end) == (dt.date(2021, 2, 1), dt.date(2021, 2, 28))


def test_year_of_an_event_is_a_year_claim() -> None:
    claim = only_date("The province was annexed in 2014 after a disputed vote.")
    assert (claim.date, claim.date_end, claim.granularity) == (
        dt.date(2014, 1, 1),
        dt.date(2014, 12, 31),
        "year",
    )


def test_every_friday_is_a_habit_not_a_date() -> None:
    assert dates("The newsletter arrives every Friday.") == []


def test_possessive_weekday_takes_the_nearest_day() -> None:
    claim = only_date("Residents had mixed hopes for Tuesday's talks.")
    assert claim.date == dt.date(2021, 12, 7)


def test_a_count_of_people_is_not_a_year() -> None:
    assert dates("Officials said 2014 people had registered.") == []
    assert dates("The stadium holds in 2014 seats arranged in tiers.") == []


def test_decade_is_a_ten_year_interval() -> None:
    claim = only_date("The mill closed in the 1990s.")
    assert (claim.date, claim.date_end, claim.granularity) == (
        dt.date(1990, 1, 1),
        dt.date(1999, 12, 31),
        "decade",
    )


def test_day_range_is_one_claim() -> None:
    claim = only_date("The festival runs Dec. 7-9 in the old town.")
    assert (claim.date, claim.date_end) == (dt.date(2021, 12, 7), dt.date(2021, 12, 9))


def test_between_two_days_is_one_claim() -> None:
    claim = only_date("Polls open between June 1 and June 3, 2022, officials said.")
    assert (claim.date, claim.date_end) == (dt.date(2022, 6, 1), dt.date(2022, 6, 3))


def test_slash_date_is_read_only_when_a_part_exceeds_twelve() -> None:
    claim = only_date("The order is dated 25/11/2021.")
    assert claim.date == dt.date(2021, 11, 25)
    ambiguous = only_date("The order is dated 07/12/2021.")
    assert ambiguous.has_flag("ambiguous-date") and ambiguous.has_flag(Flag.UNRESOLVED)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Prices rose last week.", dt.date(2021, 11, 29), dt.date(2021, 12, 5)),
        ("The bank cut rates earlier this month.", dt.date(2021, 12, 1), dt.date(2021, 12, 6)),
        ("Elections are due next year.", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
        ("The mine closed last year.", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
        ("The plant opened three days ago.", dt.date(2021, 12, 3), dt.date(2021, 12, 3)),
        ("The wall fell 30 years ago.", dt.date(1991, 1, 1), dt.date(1991, 12, 31)),
    ],
)
def test_periods_and_ago_resolve_to_intervals(sentence: str, first: dt.date, last: dt.date) -> None:
    claim = only_date(sentence)
    assert (claim.date, claim.date_end) == (first, last)


def test_named_day_takes_the_nearest_year_in_the_tense() -> None:
    assert only_date("Markets will close on Christmas Eve.").date == dt.date(2021, 12, 24)
    assert only_date("The fire started on Independence Day.").date == dt.date(2021, 7, 4)


def test_inferred_reference_is_flagged() -> None:
    claim = only_date("The ferry sank on Friday.", Reference(MONDAY, "inferred"))
    assert claim.has_flag(Flag.INFERRED_REFERENCE)
    assert claim.reference_from == "inferred"


def test_date_in_boilerplate_is_kept_but_flagged() -> None:
    text = "Subscribe by Friday for a discount."
    claims = analyze(text, boilerplate=(Span(0, len(text)),))
    assert claims and all(c.has_flag(Flag.BOILERPLATE) for c in claims)


def test_spans_index_the_document_text() -> None:
    text = "On Tuesday, Dec. 7, the ministers met; they will meet again next Monday."
    for claim in analyze(text):
        assert claim.text == text[claim.start : claim.end]


def test_a_year_like_number_with_a_percent_is_a_quantity_not_a_year() -> None:
    import claimcheck

    for text in (
        "A survey found that 1600 per cent of residents agreed.",
        "Prices grew 2000% under the plan.",
    ):
        kinds = [c.kind.value for c in claimcheck.extract(text, published="2025-03-04")]
        assert kinds == ["percent"], text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A story dated Monday: the same weekday ahead is that day, "next" a week on.
        ("The harbour board will vote Monday on the dredging contract.", MONDAY),
        ("The harbour board will vote next Monday on the contract.", dt.date(2021, 12, 13)),
        ("The ferry operator said it cut sailings due to Sunday's storm.", dt.date(2021, 12, 5)),
    ],
)
def test_same_weekday_ahead_is_today_and_due_to_is_a_cause(
    sentence: str, expected: dt.date
) -> None:
    assert only_date(sentence).date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A story dated Monday 2021-12-06.
        ("On Thursday, Ruritanian police and border agents said they had found the van.",
         dt.date(2021, 12, 2)),
        ("Marchers planned a vigil on Wednesday and were hoping for a big crowd.",
         dt.date(2021, 12, 8)),
    ],
)  # fmt: skip
def test_a_noun_after_a_name_and_a_verb_after_and_do_not_govern(
    sentence: str, expected: dt.date
) -> None:
    assert only_date(sentence).date == expected
