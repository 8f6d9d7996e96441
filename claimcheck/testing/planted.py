"""What a generated text states: planted claims, the sentences and articles that carry them.

Strategies in ``claimcheck.testing`` draw these frozen dataclasses; :func:`matches`
compares a :class:`~claimcheck.model.Claim` an extractor returned with what was planted.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from claimcheck.extractors.temporal.calendar import posix_day_end, posix_day_start
from claimcheck.model import Claim, ClaimKind

MINUTE_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Planted:
    """One claim as a text states it: the words to embed and the fields it must yield.

    ``phrase`` is what goes into a sentence; the claim's quote is
    ``phrase[offset:offset + len(text)]``. ``None`` fields are not checked.
    """

    phrase: str
    text: str
    offset: int
    kind: ClaimKind
    value: float | None
    low: float | None
    high: float | None
    unit: str | None = None
    counted: str | None = None
    hedge: str | None = None
    date: dt.date | None = None
    instant: dt.datetime | None = None
    subject: str | None = None
    tense: str | None = None  # "past"/"future" for relative dates: picks the verb of a sentence


@dataclass(frozen=True, slots=True)
class PlantedSentence:
    """A sentence with one planted claim at ``[start, end)`` of ``sentence``."""

    sentence: str
    claim: Planted
    start: int
    published: dt.date

    @property
    def end(self) -> int:
        return self.start + len(self.claim.text)


@dataclass(frozen=True, slots=True)
class PlantedSpan:
    """A planted claim and where it is in an article's text."""

    claim: Planted
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A generated article: text without front matter, its publication date, its claims."""

    text: str
    published: dt.date
    planted: tuple[PlantedSpan, ...]
    source: str = "Generated Wire"


def day_interval(day: dt.date) -> tuple[float, float, float]:
    """POSIX seconds (value, low, high) of a calendar day, as claims store dates.

    Example:
        >>> day_interval(dt.date(1970, 1, 2))
        (86400.0, 86400.0, 172800.0)
    """
    start = posix_day_start(day)
    return start, start, posix_day_end(day)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


def matches(claim: Claim, planted: Planted, start: int | None = None) -> bool:
    """Whether ``claim`` is the planted claim: quote, kind, value, interval and the rest.

    ``start`` (an offset into the same text) also checks the span.

    Example:
        >>> from claimcheck.testing.quantities import interval_of
        >>> p = Planted("12 people", "12", 0, ClaimKind.COUNT, 12.0, *interval_of(12, 1))
        >>> matches(Claim("d", ClaimKind.COUNT, 0, 2, "12", 12.0, 11.5, 12.5), p, start=0)
        True
    """
    if start is not None and (claim.start, claim.end) != (start, start + len(planted.text)):
        return False
    optional = (
        (planted.unit, claim.unit),
        (planted.counted, claim.counted),
        (planted.hedge, claim.hedge.lower() if claim.hedge else None),
        (planted.date, claim.date),
        (planted.instant, claim.datetime_utc),
        (planted.subject, claim.subject),
    )
    return (
        claim.text == planted.text
        and claim.kind == planted.kind
        and _close(claim.value, planted.value)
        and _close(claim.low, planted.low)
        and _close(claim.high, planted.high)
        and all(want is None or want == got for want, got in optional)
    )
