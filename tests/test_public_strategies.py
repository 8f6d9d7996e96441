"""The README's example of claimcheck.testing works through the public API."""

from __future__ import annotations

from hypothesis import given

import claimcheck
from claimcheck.testing.dates import clock_times, relative_dates
from claimcheck.testing.numbers import numeric_mentions


@given(numeric_mentions())
def test_public_api_reads_numbers_back(m):
    values = [c.value for c in claimcheck.extract(m.sentence)]
    assert m.value in values


@given(relative_dates())
def test_public_api_resolves_weekdays_with_tense(m):
    claims = claimcheck.extract(m.sentence, published=m.reference)
    assert m.date in [c.date for c in claims]


@given(clock_times())
def test_public_api_resolves_clock_times_to_utc(m):
    claims = claimcheck.extract(m.sentence, published=m.reference)
    assert m.instant in [c.datetime_utc for c in claims]
