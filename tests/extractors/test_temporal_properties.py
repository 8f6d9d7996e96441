"""Properties: absolute dates round-trip, weekdays follow the tense, clock times hit the instant."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.model import ClaimKind
from claimcheck.resolve.reference import Reference
from claimcheck.testing.dates import (
    TemporalMention,
    absolute_dates,
    clock_times,
    relative_dates,
)
from tests.extractors.helpers import temporal_claims as analyze


def _reference(mention: TemporalMention) -> Reference:
    return Reference(mention.reference, "metadata" if mention.reference else "none")


@given(absolute_dates())
def test_absolute_dates_resolve_to_themselves(mention: TemporalMention) -> None:
    claims = analyze(mention.sentence, _reference(mention))
    dates = [c for c in claims if c.kind is ClaimKind.DATE]
    assert [(c.text, c.date, c.reference_from) for c in dates] == [
        (mention.surface, mention.date, "absolute")
    ]


@given(relative_dates())
def test_weekday_follows_the_tense_of_its_verb(mention: TemporalMention) -> None:
    claims = analyze(mention.sentence, _reference(mention))
    dates = [c for c in claims if c.kind is ClaimKind.DATE]
    assert [(c.text, c.date) for c in dates] == [(mention.surface, mention.date)]


@given(clock_times())
def test_clock_time_in_a_zone_resolves_to_the_utc_instant(mention: TemporalMention) -> None:
    times = [c for c in analyze(mention.sentence, _reference(mention)) if c.kind is ClaimKind.TIME]
    assert [c.datetime_utc for c in times] == [mention.instant]


@given(st.text(max_size=300), st.one_of(st.none(), st.dates()))
def test_any_text_gives_spans_inside_the_text(text: str, ref: dt.date | None) -> None:
    for claim in analyze(text, Reference(ref, "metadata" if ref else "none")):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]


NEWSY = st.lists(
    st.sampled_from(
        ["on", "Tuesday", "10", "a.m.", "ET", "Dec.", "7,", "2021", "said", "will", "meet",
         "-", "year-old", "78", "Anna", "Berg,", "71,", "hours", "two", "ago", "in", "the",
         "1990s", "last", "week", "around", "midday", "Washington", "time", "/", "3-1"]
    ),
    max_size=40,
)  # fmt: skip


@given(NEWSY, st.dates())
def test_newsy_word_salad_never_raises(words: list[str], ref: dt.date) -> None:
    text = " ".join(words)
    for claim in analyze(text, Reference(ref, "inferred")):
        assert claim.text == text[claim.start : claim.end]
