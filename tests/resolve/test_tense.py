"""The governing verb's tense sets the direction of a relative date."""

from __future__ import annotations

import pytest

from claimcheck.resolve.tense import Tense, governing_tense, governing_verb


def tense_of(sentence: str, date: str) -> Tense:
    start = sentence.index(date)
    return governing_tense(sentence, start, start + len(date))


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The leaders will meet on Tuesday.", Tense.FUTURE),
        ("The leaders'll meet on Tuesday.", Tense.FUTURE),
        ("The minister is to visit on Tuesday.", Tense.FUTURE),
        ("The envoys are expected to speak on Tuesday.", Tense.FUTURE),
        ("The court plans to rule on Tuesday.", Tense.FUTURE),
        ("The vote is scheduled for Tuesday.", Tense.FUTURE),
        ("The governor vowed on Tuesday to rebuild.", Tense.PAST),
        ("The two sides met on Tuesday.", Tense.PAST),
        ("The talks were held on Tuesday.", Tense.PAST),
        ("When the two presidents meet on Tuesday, trade will top the list.", Tense.PRESENT),
        ("Markets on Tuesday.", Tense.PRESENT),
    ],
)
def test_tense_of_the_governing_verb(sentence: str, tense: Tense) -> None:
    assert tense_of(sentence, "Tuesday") is tense


@pytest.mark.parametrize(
    "sentence",
    [
        "The brewery expects a rebound in sales by Tuesday.",
        "Analysts forecast a sharp drop in prices on Tuesday.",
        "The agency predicts heavy snow on Tuesday.",
    ],
)
def test_a_present_verb_of_expecting_looks_ahead(sentence: str) -> None:
    assert tense_of(sentence, "Tuesday") is Tense.FUTURE


def test_a_past_verb_of_expecting_keeps_its_tense() -> None:
    assert tense_of("The brewery expected a rebound on Tuesday.", "Tuesday") is Tense.PAST


def test_will_have_looks_ahead() -> None:
    sentence = "Once they talk on Tuesday the two will have to agree."
    assert tense_of(sentence, "Tuesday") is not Tense.PAST


def test_speech_verb_is_recognized() -> None:
    sentence = "The spokeswoman told reporters on Sunday that talks would go on."
    start = sentence.index("Sunday")
    cue = governing_verb(sentence, start, start + 6)
    assert cue.is_speech and cue.tense is Tense.PAST


def test_verb_in_the_next_sentence_does_not_govern() -> None:
    sentence = "They first met in 2011. Later he said it went well."
    assert tense_of(sentence, "2011") is Tense.PAST
    start = sentence.index("2011")
    assert not governing_verb(sentence, start, start + 4).is_speech


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants planned a march past the depot on Saturday.",
        "The county has scheduled a hearing on Thursday about the levy.",
    ],
)
def test_arranging_verb_reads_the_nearest_day_even_in_the_past(sentence: str) -> None:
    day = "Saturday" if "Saturday" in sentence else "Thursday"
    assert tense_of(sentence, day) is Tense.PRESENT
