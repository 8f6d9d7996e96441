import pytest

import claimcheck
from claimcheck.model import Flag
from claimcheck.resolve.background import background_event
from claimcheck.resolve.structure_words import structure_words
from claimcheck.resolve.vocabulary import load_vocabularies

VOCAB = load_vocabularies()
WORDS = structure_words()


def event_of(sentence, quote, year=2026):
    at = sentence.index(quote)
    return background_event(sentence, at, at + len(quote), VOCAB, WORDS, year)


@pytest.mark.parametrize(
    ("sentence", "quote", "event"),
    [
        (
            "It was the worst since the 1998 Varn quake, which killed 300 people.",
            "300",
            "1998 Varn quake",
        ),
        ("The earthquake of 2011 killed 300 people.", "300", "2011 quake"),
        ("A previous shooting at the mall left 4 people dead.", "4", "earlier shooting"),
        ("Another blaze in the valley burned 900 homes.", "900", "earlier fire"),
    ],
)
def test_a_claim_about_another_event_gets_that_event_as_its_key(sentence, quote, event):
    assert event_of(sentence, quote) == event


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The quake killed 14 people on Sunday.", "14"),
        ("The 2026 quake killed 14 people.", "14"),  # this year's: the story's own event
        ("The quake killed 14 people, the worst toll since the 1998 Varn quake.", "14"),
    ],
)
def test_the_story_s_own_event_is_not_background(sentence, quote):
    assert event_of(sentence, quote) is None


def test_background_claims_are_flagged_in_the_pipeline():
    text = "The quake killed 14 people. The 1998 Varn quake killed 300 people."
    claims = {c.text: c for c in claimcheck.extract(text, published="2026-03-02")}
    assert claims["300"].has_flag(Flag.BACKGROUND) and claims["300"].event == "1998 Varn quake"
    assert not claims["14"].has_flag(Flag.BACKGROUND)


@pytest.mark.parametrize(
    ("sentence", "quote", "event"),
    [
        (
            "A magnitude 7.1 quake near Dorvan in 1987 killed about 1,900 people.",
            "1,900",
            "1987 quake",
        ),
        ("Cyclone Tamsin killed 410 people along the same coast in 2009.", "410", "2009 storm"),
    ],
)
def test_a_clause_dated_to_an_earlier_year_is_about_another_event(sentence, quote, event):
    assert event_of(sentence, quote) == event


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire destroyed 1,600 homes, more than in 2016.",  # a comparison's baseline
        "The company, founded in 1998, employs 4,000 people.",  # no event in the clause
        "The quake killed 14 people, the most since 1998.",
    ],
)
def test_a_year_that_does_not_date_the_clause_leaves_the_claim_in_the_story(sentence):
    counts = [c for c in claimcheck.extract(sentence, published="2026-03-02") if c.kind == "count"]
    assert counts and all(Flag.BACKGROUND.value not in c.flags for c in counts)


def test_an_earlier_year_as_an_events_date_is_another_event():
    text = (
        "In 2011, a bus crashed on the same bend, killing two. The crash is the worst since 1995."
    )
    dates = [c for c in claimcheck.extract(text, published="2026-03-02") if c.kind == "date"]
    assert [(c.text, c.event) for c in dates] == [("2011", "2011 crash"), ("1995", "1995 crash")]
    assert all(Flag.BACKGROUND.value in c.flags for c in dates)
