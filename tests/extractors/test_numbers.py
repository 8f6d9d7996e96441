"""Written numbers to values, and the number grammar's building blocks."""

from __future__ import annotations

import re

import pytest

from claimcheck.extractors.numbers import (
    number_grammar,
    parse_digits,
    parse_words,
    phrase_alternation,
    scale_value,
    words_precision,
)


@pytest.mark.parametrize(
    ("surface", "value", "precision"),
    [
        ("175,000", 175000, 1000),
        ("175 000", 175000, 1000),
        ("175\u2009000", 175000, 1000),
        ("2.50", 2.5, 0.01),
        ("7", 7, 1),
        ("1,250", 1250, 10),
    ],
)
def test_parse_digits_reads_value_and_written_precision(
    surface: str, value: float, precision: float
) -> None:
    parsed = parse_digits(surface)
    assert parsed is not None
    assert parsed[0] == value
    assert parsed[1] == pytest.approx(precision)


def test_parse_digits_rejects_non_numbers() -> None:
    assert parse_digits("12a") is None


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("ninety-four thousand", 94000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("nine", 9),
        ("three hundred and twelve", 312),
        ("a million", 1_000_000),
    ],
)
def test_parse_words(surface: str, value: float) -> None:
    assert parse_words(surface) == value


def test_parse_words_rejects_word_salad() -> None:
    assert parse_words("one two") is None


def test_words_precision_is_the_last_nonzero_place() -> None:
    assert (words_precision(94000), words_precision(12)) == (1000, 1)


def test_single_letter_scales_only_after_a_currency() -> None:
    assert scale_value("m", after_currency=True) == 1e6
    assert scale_value("m", after_currency=False) is None
    assert scale_value("bn", after_currency=False) == 1e9


def test_trie_alternation_prefers_the_longest_phrase() -> None:
    pattern = re.compile(phrase_alternation(["tens", "tens of thousands", "ten"]))
    for text, expected in [
        ("tens of thousands of troops", "tens of thousands"),
        ("tens-of-thousands", "tens-of-thousands"),
        ("ten troops", "ten"),
    ]:
        found = pattern.match(text)
        assert found is not None and found.group(0) == expected


def test_mention_pattern_is_linear_on_a_long_run_of_number_words() -> None:
    grammar = number_grammar(("dozens",))
    text = "one " * 200_000
    assert sum(1 for _ in grammar.mention.finditer(text)) > 0
