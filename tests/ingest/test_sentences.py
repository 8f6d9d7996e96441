"""Sentence splitting: lines are units; abbreviations, decimals and initials do not split."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.ingest import document_from_text, split_sentences
from claimcheck.model import Document


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(document_from_text(text))]


def test_each_line_is_its_own_unit() -> None:
    text = "Storm floods depot\nMay 2, 2024\nWorkers pumped water for 6 hours. The depot reopened."
    assert _texts(text) == [
        "Storm floods depot",
        "May 2, 2024",
        "Workers pumped water for 6 hours.",
        "The depot reopened.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. officials sent 300 pumps to the area.",
        "The pumps arrived on Dec. 7 at the port.",
        "Mr. Ortiz and Dr. Lane toured the site.",
        "The crest came at 4 a.m. EDT on Sunday.",
        "The ferry docked at 9 p.m. JST in the rain.",
        "Gate No. 3 stayed shut for 2.5 days.",
        "J. Smith, the county engineer, signed the order.",
        "The storm hit Washington, D.C. on Friday.",
    ],
)
def test_abbreviations_do_not_split(sentence: str) -> None:
    assert _texts(f"{sentence} Crews left.") == [sentence, "Crews left."]


def test_sentence_ending_after_pm_before_a_new_sentence_splits() -> None:
    assert _texts("Police left at 5 p.m. Officials stayed.") == [
        "Police left at 5 p.m.",
        "Officials stayed.",
    ]


def test_quotes_and_brackets_close_a_sentence() -> None:
    assert _texts('"We are tired," she said. "We will stay." (He left.) Then 2 more came!') == [
        '"We are tired," she said.',
        '"We will stay."',
        "(He left.)",
        "Then 2 more came!",
    ]


def test_heading_marks_are_not_part_of_the_heading() -> None:
    doc = document_from_text("## Storm floods depot\n\nIt rained.")
    first = split_sentences(doc)[0]
    assert first.text == "Storm floods depot"
    assert doc.text[first.start : first.end] == first.text


def test_boilerplate_sentences_are_flagged() -> None:
    doc = document_from_text("Skip to main content\nIt rained 40 mm. Roads closed.")
    assert [(s.text, s.boilerplate) for s in split_sentences(doc)] == [
        ("Skip to main content", True),
        ("It rained 40 mm.", False),
        ("Roads closed.", False),
    ]


def test_splitting_a_megabyte_keeps_every_sentence() -> None:
    paragraph = (
        "The council voted 7-2 on Tuesday to spend $4.5 million on the U.S. Route 9 bridge. "
        'Mr. Hale said work would start on Jan. 8 at 7 a.m. and "last about 14 months." '
        "Residents asked for a detour; the county agreed.\n\n"
    )
    doc = Document(id="t", path="t", text=paragraph * 4000, original=paragraph * 4000)
    sentences = split_sentences(doc)
    assert len(sentences) == 3 * 4000


_prose = st.lists(
    st.sampled_from(
        [
            "Mr.",
            "U.S.",
            "word",
            "Crews",
            "2.5",
            "a.m.",
            "No.",
            "3",
            ".",
            "!",
            "?",
            " ",
            "  ",
            "\n",
            "\n\n",
            '"',
            "”",
            "(",
            ")",
            "#",
            "•",
            "\u00a0",
            "J.",
            "é",
            "\r\n",
        ]
    ),
    max_size=60,
).map("".join)


@given(_prose)
def test_sentences_are_ordered_disjoint_slices_of_the_text(text: str) -> None:
    doc = Document(id="t", path="t", text=text, original=text)
    previous_end = 0
    for sentence in split_sentences(doc):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert sentence.text == text[sentence.start : sentence.end]
        assert sentence.text == sentence.text.strip()
        previous_end = sentence.end


def test_a_run_without_sentence_ends_is_cut_at_spaces() -> None:
    text = "crews held the line near the ridge " * 300
    sentences = split_sentences(document_from_text(text))
    assert len(sentences) > 1
    assert all(len(s.text) <= 2000 for s in sentences)
    assert " ".join(s.text for s in sentences) == text.strip()


def test_a_zone_in_a_closing_bracket_after_pm_continues_the_sentence() -> None:
    text = "It landed at 11:40 p.m. local time (10:40 a.m. ET) near the port. Crews left."
    assert _texts(text) == [
        "It landed at 11:40 p.m. local time (10:40 a.m. ET) near the port.",
        "Crews left.",
    ]
