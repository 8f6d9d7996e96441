"""Calendar arithmetic for relative dates: which Tuesday, which December 7, which Easter.

The direction comes from the tense of the governing verb: a past verb reads a
date backward from the reference date, a future verb forward, anything else
takes the nearest candidate (ties forward).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from claimcheck.errors import RuleError
from claimcheck.resolve.tense import Tense
from claimcheck.resources import data_path
from claimcheck.yamlfile import load_yaml

_EPOCH = dt.date(1970, 1, 1)
_DAY_SECONDS = 86400


def posix_day_start(day: dt.date) -> float:
    """POSIX seconds of UTC midnight at the start of ``day``.

    Example:
        >>> posix_day_start(dt.date(1970, 1, 2))
        86400.0
    """
    return float((day - _EPOCH).days * _DAY_SECONDS)


def posix_day_end(day: dt.date) -> float:
    """POSIX seconds of UTC midnight after ``day`` (the exclusive end).

    Example:
        >>> posix_day_end(dt.date(1970, 1, 1))
        86400.0
    """
    return posix_day_start(day) + _DAY_SECONDS


def weekday_near(reference: dt.date, weekday: int, tense: Tense) -> dt.date:
    """The ``weekday`` (0 = Monday) the tense points to from ``reference``.

    Future: the next one on or after (a story dated Wednesday saying "will vote
    Wednesday" means that day: a week ahead would be "next Wednesday"). Past: the
    latest on or before (a story dated Monday saying "said on Monday" means that
    day). Present: the nearest, ties forward.

    Example:
        >>> weekday_near(dt.date(2021, 12, 6), 1, Tense.FUTURE)
        datetime.date(2021, 12, 7)
    """
    ahead = (weekday - reference.weekday()) % 7
    if tense is Tense.FUTURE:
        return reference + dt.timedelta(days=ahead)
    back = (reference.weekday() - weekday) % 7
    if tense is Tense.PAST:
        return reference - dt.timedelta(days=back)
    return reference + dt.timedelta(days=ahead) if ahead <= back else reference - dt.timedelta(back)


def year_near(reference: dt.date, day_in: Callable[[int], dt.date | None], tense: Tense) -> int:
    """The year that puts a yearless date where the tense points.

    Future: the first on or after the reference; past: the last on or before;
    present: the nearest.

    Example:
        >>> year_near(dt.date(2021, 12, 6), lambda y: dt.date(y, 1, 10), Tense.FUTURE)
        2022
    """
    candidates = [
        (year, day)
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (day := day_in(year)) is not None
    ]
    if not candidates:
        return reference.year
    if tense is Tense.FUTURE:
        ahead = [year for year, day in candidates if day >= reference]
        return ahead[0] if ahead else candidates[-1][0]
    if tense is Tense.PAST:
        back = [year for year, day in candidates if day <= reference]
        return back[-1] if back else candidates[0][0]
    return min(candidates, key=lambda c: (abs((c[1] - reference).days), c[1] < reference))[0]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """``dt.date`` or None for an impossible day (February 30).

    Example:
        >>> safe_date(2021, 2, 30) is None
        True
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month.

    Example:
        >>> month_end(2024, 2)
        datetime.date(2024, 2, 29)
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``day``.

    Example:
        >>> add_months(dt.date(2021, 12, 6), 1)
        (2022, 1)
    """
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named day: a fixed date, the n-th weekday of a month, or Easter-relative."""

    name: str
    month: int = 0
    day: int = 0
    weekday: int = -1
    nth: int = 0
    easter_offset: int | None = None

    def in_year(self, year: int) -> dt.date | None:
        if self.easter_offset is not None:
            return _easter(year) + dt.timedelta(days=self.easter_offset)
        if self.weekday >= 0:
            return _nth_weekday(year, self.month, self.weekday, self.nth)
        return safe_date(year, self.month, self.day)


def _easter(year: int) -> dt.date:
    # Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 19 * m) // 433
    month = (h + m - 7 * n + 90) // 25
    return dt.date(year, month, (h + m - 7 * n + 33 * month + 19) % 32)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@cache
def load_holidays() -> Mapping[str, Holiday]:
    """The named days of ``claimcheck/data/holidays.yaml``, by lowercase name.

    Example:
        >>> load_holidays()["christmas eve"].in_year(2021)
        datetime.date(2021, 12, 24)
    """
    path = data_path("holidays.yaml")
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise RuleError("holidays must be a mapping", path=str(path))
    table = {str(name): _holiday(str(name), spec, str(path)) for name, spec in raw.items()}
    return MappingProxyType(table)


def _holiday(name: str, spec: object, where: str) -> Holiday:
    if isinstance(spec, dict) and "date" in spec:
        month, day = (int(part) for part in str(spec["date"]).split("-"))
        return Holiday(name, month=month, day=day)
    if isinstance(spec, dict) and isinstance(spec.get("nth_weekday"), dict):
        rule = spec["nth_weekday"]
        weekday = _WEEKDAY_NAMES.index(str(rule["weekday"]).lower())
        return Holiday(name, month=int(rule["month"]), weekday=weekday, nth=int(rule["n"]))
    if isinstance(spec, dict) and "easter" in spec:
        return Holiday(name, easter_offset=int(spec["easter"]))
    raise RuleError(f"holiday '{name}' needs date, nth_weekday or easter", path=where)
