"""Zero counts said in words: "no injuries", "no one was killed"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extractors.zeros import extract_zeros
from claimcheck.model import Claim, Document, Sentence


def zeros(text: str) -> list[Claim]:
    doc = Document(id="d", path="d.txt", text=text, original=text)
    return extract_zeros(doc, [Sentence(0, len(text), text)])


@pytest.mark.parametrize(
    ("sentence", "quote", "counted"),
    [
        (
            "No injuries were reported after the gas leak, the county said.",
            "No injuries",
            "injuries",
        ),
        (
            "There were no reports of any injuries at the depot.",
            "no reports of any injuries",
            "injuries",
        ),
        ("Police said no one was killed when the bridge gave way.", "no one was killed", "dead"),
        ("Nobody was seriously hurt in the pile-up.", "Nobody was seriously hurt", "injured"),
        ("Officials confirmed no further deaths overnight.", "no further deaths", "deaths"),
        ("The march ended with zero arrests.", "zero arrests", "arrests"),
    ],
)
def test_a_zero_said_in_words_is_a_count_of_zero(sentence: str, quote: str, counted: str) -> None:
    (claim,) = zeros(sentence)
    assert (claim.text, claim.value, claim.low, claim.counted) == (quote, 0.0, 0.0, counted)
    assert claim.high == 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry had no comment on the figures.",
        "There are no plans to reopen the mine this year.",
        "No one knows when the ferry will run again.",
    ],
)
def test_no_with_other_nouns_is_not_a_claim(sentence: str) -> None:
    assert zeros(sentence) == []


def test_a_span_taken_by_another_extractor_is_skipped() -> None:
    text = "No deaths were reported."
    doc = Document(id="d", path="d.txt", text=text, original=text)
    assert extract_zeros(doc, [Sentence(0, len(text), text)], [(0, 9)]) == []


@given(
    st.text(
        alphabet=st.sampled_from(list("No one was killed injuries nobody zero,. \n")), max_size=200
    )
)
def test_random_text_gives_spans_inside_the_text(text: str) -> None:
    for claim in zeros(text):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
