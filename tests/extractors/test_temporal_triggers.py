"""Speed-ups of the temporal grammar that must not change a single match.

Triggers with anchors are matched only where an anchor says they may start: the
hits must be exactly those of a plain ``finditer``. Patterns guarded by a
lookahead on their first character must match exactly as without it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extractors.temporal import patterns

_LITERAL = re.compile(r"[^\\()\[\]?*+{}|.^$]+")  # an anchor's word: all up to its lookarounds
ANCHORED = [name for name, (trigger, _, _) in patterns._TRIGGERS.items() if trigger.anchors]
TEXT = (
    "The 36-hour blackout ended this week, but the day after, crews said repairs "
    "would take two more weeks.\nday one of the audit ran 90 min; the last month "
    "was the wettest in a decade, and next year the 3-day festival returns. A 12 hr "
    "shift followed the 6-month review, the\tyear's longest. On Tuesday, Q3 and 2Q24 "
    "results came out at 7 p.m., 7pm, 7 P.M., 10:30, 7h30, 1500 GMT, 1500Z, 1500 h, "
    "noon, Midnight, midday and one o'clock this afternoon; last spring, in 1998, "
    "a decade ago and two years earlier, a 61-year-old, aged 40, turned 50, tomorrow "
    "night, all winter long."
)


def _finditer_spans(name: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in patterns._compiled(patterns._TRIGGERS[name][0].source).finditer(text)]


def test_the_costly_triggers_are_anchored() -> None:
    assert {"duration", "duration_adjective", "clock", "season", "year"} <= set(ANCHORED)


def test_anchor_words_cannot_overlap_themselves() -> None:
    # An anchor found by finditer hides none of its occurrences only if two cannot overlap.
    for name in ANCHORED:
        for source, _ in patterns._TRIGGERS[name][0].anchors:
            word = _LITERAL.match(source)
            assert word is not None, source
            literal = word.group(0)
            assert not any(literal[:n] == literal[-n:] for n in range(1, len(literal))), source


@pytest.mark.parametrize("name", ANCHORED)
def test_anchored_trigger_hits_equal_finditer(name: str) -> None:
    expected = _finditer_spans(name, TEXT)
    assert list(patterns._trigger_spans(patterns._TRIGGERS[name][0], TEXT)) == expected
    assert expected  # the text exercises the trigger


_PIECES = [
    "this ", "the ", "last ", "next ", "-", " ", "\n", "\t", "day", "hours", "min", "hr",
    "week", "x", "3", "7", "12", "1500", "19", "20", "Q", "Q2", "2Q", ":", "h", "a", "p",
    "m", "M", "A.", "P", ".", "GMT", "UTC", "Z", "mid", "Mid", "night", "noon", "Noon",
    "o'", "o’", "clock", "spring", "all", "winter", "ago", "earlier", "old", "age", "turn",
    "morrow", "Mon", "Sun", "Wednes", "month", "year", "decade", "dec", "ade", "٣",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_anchored_trigger_hits_equal_finditer_on_any_mix(text: str) -> None:
    for name in ANCHORED:
        expected = _finditer_spans(name, text)
        assert list(patterns._trigger_spans(patterns._TRIGGERS[name][0], text)) == expected


GUARDED = [
    name
    for name in patterns.Grammar.__slots__
    if getattr(patterns.grammar(), name).pattern.startswith("(?=")
]


def _unguarded(name: str) -> re.Pattern[str]:
    """The pattern without the lookahead on its first character (see ``_starting``)."""
    pattern = getattr(patterns.grammar(), name)
    source = pattern.pattern
    return re.compile(source[source.index(")(?:") + 4 : -1], pattern.flags)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_window_patterns_are_guarded() -> None:
    costly = {"month_day", "day_month", "period", "clock", "duration", "duration_adjective"}
    assert costly <= set(GUARDED)


@pytest.mark.parametrize("name", GUARDED)
def test_a_guard_keeps_every_match(name: str) -> None:
    pattern = getattr(patterns.grammar(), name)
    assert _matches(pattern, TEXT) == _matches(_unguarded(name), TEXT)


_WORDS = [
    " ", "\n", ",", ".", "-", "'", "’", "1", "7", "12", "30", "1500", "2021", "٣", "ſ", "K",
    "Jan.", "March", "Dec", "May", "Monday", "Friday", "between", "from", "last", "next",
    "this", "coming", "previous", "of", "the", "The", "Earlier", "late", "past", "week",
    "weekend", "month", "year", "a", "an", "A", "few", "couple", "several", "one", "Twenty",
    "fifteen", "about", "just", "over", "within", "at", "least", "up", "to", "for", "In",
    "more", "than", "day", "hour", "minutes", "old", "long", "p.m.", "am", "GMT", "ET",
    "noon", "Midnight", "o'clock", "morning", "around", "shortly", "after", "local", "time",
    "January", "November", "1998", "since", "During", "circa", "his", "'s", "end", "Beginning",
    "İ", "ı",
]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=14).map("".join))
def test_a_guard_keeps_every_match_on_any_mix(text: str) -> None:
    for name in GUARDED:
        assert _matches(getattr(patterns.grammar(), name), text) == _matches(_unguarded(name), text)
