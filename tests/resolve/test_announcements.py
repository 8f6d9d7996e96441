"""Which dates are the day the story's event was announced."""

import pytest

import claimcheck
from claimcheck.resolve.announcements import announcement_cue


def event_of(sentence, quote, published="2026-04-16"):
    (claim,) = [c for c in claimcheck.extract(sentence, published=published) if c.text == quote]
    return claim.event


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Kessler Foods announced the takeover of Varden Dairy on Tuesday.", "Tuesday"),
        ("First announced Wednesday, the bid prices Varden at $1.2 billion.", "Wednesday"),
        (
            "Kessler told investors on Wednesday that it had signed an agreement to acquire "
            "Varden.",
            "Wednesday",
        ),
        ("Ostrava Steel said on Monday it had agreed to buy a rival mill.", "Monday"),
        (
            "Varden holders are to receive $40 for each share, Kessler announced in a statement "
            "on Monday.",
            "Monday",
        ),
        ("Kessler and Varden today announced a merger of the two dairies.", "today"),
    ],
)
def test_a_date_governed_by_an_announcement_is_the_announcement_date(sentence, quote):
    assert event_of(sentence, quote) == "announcement"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # Routine attribution: officials speak on many days.
        ("The mayor said on Tuesday that the roads were clear again.", "Tuesday"),
        ("The union said on Wednesday the strike would go on.", "Wednesday"),
        # Nothing concluded yet: a hope is not a signed deal.
        ("Kessler said on Monday it hoped to sign the merger soon.", "Monday"),
        # The date belongs to another clause than the announcement.
        ("The council announced plans to close the pool on Friday.", "Friday"),
        ("The plant closes on Friday, the company announced.", "Friday"),
        # Too coarse to be tested as one day.
        ("No bigger acquisition has been announced anywhere this year.", "this year"),
    ],
)
def test_other_dates_are_not_announcement_dates(sentence, quote):
    assert event_of(sentence, quote) != "announcement"


def test_a_statement_alone_announces_nothing_without_a_concluded_agreement():
    sentence = "In a statement on Monday, the council said it agreed with residents."
    at = sentence.index("on Monday")
    assert announcement_cue(sentence, at, at + 9, speech_date=False) is None
