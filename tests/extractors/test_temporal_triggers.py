"""Triggers with leading lookbehinds are scanned by their words first; the hits
must be exactly those of a plain ``finditer``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extractors.temporal import patterns

GUARDED = [name for name in patterns._TRIGGERS if patterns._trigger_body(name) is not None]
TEXT = (
    "The 36-hour blackout ended this week, but the day after, crews said repairs "
    "would take two more weeks.\nday one of the audit ran 90 min; the last month "
    "was the wettest in a decade, and next year the 3-day festival returns. A 12 hr "
    "shift followed the 6-month review, the\tyear's longest."
)


def test_the_duration_triggers_are_scanned_by_their_words() -> None:
    assert {"duration", "duration_adjective"} <= set(GUARDED)


@pytest.mark.parametrize("name", GUARDED)
def test_guarded_trigger_hits_equal_finditer(name: str) -> None:
    expected = [m.span() for m in patterns._trigger(name).finditer(TEXT)]
    assert [m.span() for m in patterns._trigger_hits(name, TEXT)] == expected
    assert expected  # the text exercises the trigger


@given(
    st.lists(
        st.sampled_from(["this ", "the ", "last ", "next ", "-", " ", "\n", "day", "hours",
                         "min", "hr", "week", "x", "3"]),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_guarded_trigger_hits_equal_finditer_on_any_mix(text: str) -> None:
    for name in GUARDED:
        expected = [m.span() for m in patterns._trigger(name).finditer(text)]
        assert [m.span() for m in patterns._trigger_hits(name, text)] == expected
