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
