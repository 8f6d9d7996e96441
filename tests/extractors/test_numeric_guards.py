"""The fast forms of the numeric patterns match exactly what their plain forms match.

Each speed-up (a first-character lookahead, a trie for a flat alternation, an ASCII
pre-filter) is checked against the pattern it replaced, on text mixing the phrases
those patterns look for with arbitrary characters.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extractors.hedges import _reversed_pattern, load_hedges
from claimcheck.extractors.numbers import number_vocabulary
from claimcheck.extractors.numeric import numeric_reader
from claimcheck.extractors.units import currency_lexicon, unit_lexicon

HEDGES = load_hedges()
READER = numeric_reader()
CURRENCIES = currency_lexicon()
UNITS = unit_lexicon()


def _flat(surfaces: list[str]) -> str:
    """The flat, longest-first alternation the trie patterns replaced."""
    ordered = sorted(surfaces, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, s.split())) for s in ordered)


def _reversed_unguarded(phrases: tuple[str, ...], with_by: bool) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(
        r"\s+".join(re.escape(word[::-1]) for word in reversed(p.split())) for p in ordered
    )
    by = r"(?P<by>yb\s+)?" if with_by else ""
    return re.compile(rf"\s+{by}(?P<phrase>{alternatives})(?![\w-])", re.IGNORECASE)


FLAT_CURRENCY = re.compile(
    rf"[\s-]?(?P<cur>{_flat([*CURRENCIES.codes, *CURRENCIES.words])})(?![\w])", re.IGNORECASE
)
FLAT_UNITS = re.compile(
    rf"(?:\s?(?P<sym>{_flat(list(UNITS.symbols))})|[\s\u2011-](?i:(?P<word>{_flat(list(UNITS.words))})))"
    r"(?![\w²/])"
)
VOCAB = number_vocabulary()
_STARTS = [
    *VOCAB.number_words,
    "dozen",
    *(p.split()[-1] for p in VOCAB.fractions),
    *(p.split()[0] for p in HEDGES.vague),
]
PLAIN_PREFILTER = re.compile(
    r"\d|\b(?:" + "|".join(map(re.escape, sorted(_STARTS, key=len, reverse=True))) + r")\b"
)

_PHRASES = sorted(
    {
        *HEDGES.hedges,
        *HEDGES.changes,
        *CURRENCIES.codes,
        *CURRENCIES.words,
        *UNITS.symbols,
        *UNITS.words,
        *_STARTS,
    }
)
_PIECES = st.one_of(
    st.sampled_from(_PHRASES),
    st.sampled_from(_PHRASES).map(str.upper),
    st.sampled_from([" ", "  ", "-", "\u2011", "\u00a0", ".", ",", "/", "²", "by", "5", "12"]),
    st.text(max_size=4),
)
MIXED = st.lists(_PIECES, max_size=10).map("".join)


def _same(fast: re.Pattern[str], plain: re.Pattern[str], text: str, position: int) -> None:
    a, b = fast.match(text, position), plain.match(text, position)
    assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_guarded_hedge_and_change_patterns_match_as_the_unguarded(text: str) -> None:
    window = text[::-1]
    for phrases, with_by in ((tuple(HEDGES.hedges), False), (tuple(HEDGES.changes), True)):
        _same(_reversed_pattern(phrases, with_by), _reversed_unguarded(phrases, with_by), window, 0)


@settings(max_examples=300, deadline=None)
@given(MIXED, st.integers(min_value=0, max_value=6))
def test_trie_unit_and_currency_patterns_match_as_the_flat_ones(text: str, position: int) -> None:
    position = min(position, len(text))
    _same(CURRENCIES.word_after, FLAT_CURRENCY, text, position)
    _same(UNITS.after, FLAT_UNITS, text, position)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_prefilter_agrees_with_the_single_pattern(text: str) -> None:
    lower = text.lower()
    expected = PLAIN_PREFILTER.search(lower) is not None
    assert READER.grammar.may_hold_number(lower) == expected, lower


def test_guard_is_left_out_when_a_phrase_is_empty() -> None:
    pattern = _reversed_pattern(("", "fell"), False)
    assert "(?=" not in pattern.pattern and pattern.match(" .") is not None
