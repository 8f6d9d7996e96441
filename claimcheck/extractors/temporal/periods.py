"""Calendar periods longer than a month: quarters, seasons, and months placed by a word.

"third-quarter profit", "last winter", "January this year": finding them
(``find_*``) and the intervals they name (``*_interval``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from claimcheck.extractors.temporal.calendar import month_end
from claimcheck.extractors.temporal.patterns import YEAR_OFFSETS, month_number, scan
from claimcheck.extractors.temporal.specs import DateHit, DateSpec, ResolvedDate

_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def find_modified_months(text: str) -> Iterator[DateHit]:
    """Months placed by a word: "last November", "January this year".

    Example:
        >>> [h.spec.modifier for h in find_modified_months("It fell last November.")]
        ['last']
    """
    for m in scan("month_modified", text):
        if m["m"]:
            modifier = m["mod"].lower()
            if modifier.endswith("past"):
                modifier = "last"  # "this past February", "the past February"
            yield DateHit(
                m.start(),
                m.end(),
                DateSpec("month", month=month_number(m["m"]), modifier=modifier),
            )
        else:
            spec = DateSpec(
                "month", month=month_number(m["m2"]), year_offset=YEAR_OFFSETS[m["rel"]]
            )
            yield DateHit(m.start(), m.end(), spec)


def find_quarters(text: str) -> Iterator[DateHit]:
    """Quarters: "third-quarter", "the first quarter of next year", "Q3 2023", "2Q23".

    Example:
        >>> [h.spec.month for h in find_quarters("Third-quarter profit rose.")]
        [7]
    """
    for m in scan("quarter", text):
        year = int(m["y"] or m["y2"] or 0)
        relative = m["rel"] or m["ofy"]
        offset = YEAR_OFFSETS[relative.lower()] if relative else None
        quarter = _QUARTERS[m["q"].lower()]
        modifier = (m["mod"] or "").lower()
        spec = DateSpec(
            "quarter", year=year, month=3 * quarter - 2, modifier=modifier, year_offset=offset
        )
        yield DateHit(m.start(), m.end(), spec)
    for m in scan("quarter_short", text):
        quarter = int(m["q"] or m["q2"])
        year = int(m["y"]) if m["y"] else (2000 + int(m["yy"]) if m["yy"] else 0)
        yield DateHit(m.start(), m.end(), DateSpec("quarter", year=year, month=3 * quarter - 2))


# Meteorological seasons (northern hemisphere): the month each begins.
SEASON_STARTS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def find_seasons(text: str) -> Iterator[DateHit]:
    """Seasons with a modifier or a year: "last winter", "autumn 2016" (not "a fall").

    Example:
        >>> [h.spec.month for h in find_seasons("The canal froze last winter.")]
        [12]
    """
    for m in scan("season", text):
        if m["s"]:
            modifier = m["mod"].lower().split()[-1]
            month = SEASON_STARTS[m["s"]]
            yield DateHit(m.start(), m.end(), DateSpec("season", month=month, modifier=modifier))
        else:
            month = SEASON_STARTS[m["s2"].lower()]
            yield DateHit(m.start(), m.end(), DateSpec("season", year=int(m["y"]), month=month))


def season_interval(year: int, first_month: int) -> ResolvedDate:
    """The months of a season beginning in ``year`` (winter runs into the next year).

    Example:
        >>> season_interval(2018, 12).date_end
        datetime.date(2019, 2, 28)
    """
    last_year, last_month = (year + 1, 2) if first_month == 12 else (year, first_month + 2)
    return ResolvedDate(dt.date(year, first_month, 1), month_end(last_year, last_month), "season")


def season_year(spec: DateSpec, ref: dt.date) -> int:
    """The year a season begins in: "this" holds the reference, "last"/"past" ended before it.

    Example:
        >>> season_year(DateSpec("season", month=12, modifier="last"), dt.date(2019, 10, 24))
        2018
    """
    current = ref.year - 1 if spec.month == 12 and ref.month < 3 else ref.year
    this_one = season_interval(current, spec.month)
    if spec.modifier in {"last", "past"}:
        return current if this_one.date_end < ref else current - 1
    if spec.modifier in {"next", "coming"}:
        return current if this_one.date > ref else current + 1
    return current


def quarter_interval(year: int, first_month: int) -> ResolvedDate:
    """The quarter of ``year`` that begins in ``first_month``.

    Example:
        >>> quarter_interval(2019, 7).date_end
        datetime.date(2019, 9, 30)
    """
    return ResolvedDate(dt.date(year, first_month, 1), month_end(year, first_month + 2), "quarter")


def quarter_start(year: int, first_month: int) -> dt.date:
    """First day of a quarter (the anchor a past-tense quarter is placed by).

    Example:
        >>> quarter_start(2019, 10)
        datetime.date(2019, 10, 1)
    """
    return dt.date(year, first_month, 1)


# Companies report a quarter's results within about six weeks of its end (the SEC's
# 10-Q deadline is 40-45 days), so "expects to report a third-quarter loss" in
# early November is the quarter just ended, not next year's.
_RESULTS_SEASON = dt.timedelta(days=45)


def quarter_reported_by(year: int, first_month: int) -> dt.date:
    """The last day a quarter's results are still ahead (the anchor a future quarter
    is placed by).

    Example:
        >>> quarter_reported_by(1989, 7)
        datetime.date(1989, 11, 14)
    """
    return quarter_end(year, first_month) + _RESULTS_SEASON


def quarter_end(year: int, first_month: int) -> dt.date:
    """Last day of a quarter.

    Example:
        >>> quarter_end(2019, 10)
        datetime.date(2019, 12, 31)
    """
    return month_end(year, first_month + 2)
