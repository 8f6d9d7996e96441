"""What the words of a date fix (:class:`DateSpec`), where they were found, what they resolve to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateSpec:
    """What the words of a date fix; zero / empty means "not said"."""

    form: str  # day, month, quarter, year, decade, weekday, relative-day, period, ago, holiday,
    # ambiguous
    year: int = 0
    month: int = 0
    day: int = 0
    month_end: int = 0  # ranges: "Dec. 7-9", "between June 1 and June 3"
    day_end: int = 0
    weekday: int = -1
    amount: tuple[float, float] = (0.0, 0.0)
    unit: str = ""
    modifier: str = ""  # last, next, previous, this, earlier this, ...
    holiday: str = ""
    year_offset: int | None = None  # "of this year" = 0, "of last year" = -1

    @property
    def is_absolute(self) -> bool:
        """True when the text alone fixes the date (it names the year)."""
        return self.form in {"year", "decade"} or (self.year > 0 and self.form == "day")


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in the text: ``[start, end)`` and its spec."""

    start: int
    end: int
    spec: DateSpec


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A calendar interval: first and last day (inclusive) and granularity."""

    date: dt.date
    date_end: dt.date
    granularity: str
