"""Which event a date or time belongs to."""

from __future__ import annotations

import pytest

from claimcheck.resolve.events import event_near
from claimcheck.resolve.vocabulary import load_vocabularies

VOCAB = load_vocabularies()


def event_of(sentence: str, words: str) -> str | None:
    at = sentence.index(words)
    return event_near(sentence, at, at + len(words), VOCAB)


@pytest.mark.parametrize(
    ("sentence", "words", "event"),
    [
        ("The mayors will meet on Thursday in Lyon.", "Thursday", "meeting"),
        ("The brush fire broke out on Saturday near the quarry.", "Saturday", "fire start"),
        ("The blaze was first reported at 4 p.m. on Friday.", "Friday", "fire start"),
        ("Crews had the fire contained by Monday night.", "Monday", "containment"),
        ("The council booked a video call, which is set for 9 a.m. ET.", "9 a.m. ET", "meeting"),
        ("The two brewers announced their merger on Tuesday morning.", "Tuesday", "announcement"),
        ("The overloaded ferry capsized around 3 a.m. near the reef.", "3 a.m.", "sinking capsize"),
        ("The trawler sank on Monday night off the cape.", "Monday", "sinking capsize"),
        ("The toll from the sinking rose to 19 on Wednesday.", "Wednesday", None),
        ("The wildfire that broke out on Sunday razed 40 homes.", "Sunday", "fire start"),
        ("The ferry that capsized on Tuesday carried 300 people.", "Tuesday", "sinking capsize"),
    ],
)
def test_dates_take_the_event_of_their_clause(sentence, words, event):
    assert event_of(sentence, words) == event


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # A lasting process: a date without a phase verb is another day of it.
        ("The wildfire swept into the east side of town on Tuesday.", "Tuesday"),
        # The date sits in another clause than the event word.
        ("Commissioners voted on Monday, and the fire grew overnight.", "Monday"),
        # An event noun inside a name is not the event.
        ("Shifts began on Sunday, said Valley Fire Chief Rui Amaro.", "Sunday"),
        ("Rain fell on Friday, the Division of Fire Safety said.", "Friday"),
    ],
)
def test_dates_not_tied_to_a_comparable_event(sentence, words):
    assert event_of(sentence, words) is None


def test_user_vocabulary_can_declare_phases(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("events:\n  strike:\n    nouns: [strike]\n    phases:\n      start: [begin]\n")
    vocab = load_vocabularies([path])
    sentence = "The dock strike began on Monday."
    at = sentence.index("Monday")
    assert event_near(sentence, at, at + 6, vocab) == "strike start"
