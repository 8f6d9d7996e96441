"""Publication dates as outlets print them: header lines, ISO stamps and URL paths.

The grammar is a handful of named patterns: a date (month-day-year, day-month-year
or ISO), an optional clock time with a zone near it, and dated URL paths. Zone
abbreviations come from the shared gazetteer (:mod:`claimcheck.zones`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from claimcheck.zones import load_zones


def zone_names() -> frozenset[str]:
    """Zone abbreviations a printed clock time may carry ("EST", "GMT"), from the one
    gazetteer the clock-time extractor uses too (``claimcheck/data/zones.yaml``)."""
    return frozenset(load_zones().abbreviations)


_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """A publication date or time and how precise it is ("day" or "minute")."""

    value: dt.datetime
    precision: str

    @classmethod
    def on_day(cls, day: dt.date) -> PublishedDate:
        """A date known to the day only, as naive midnight.

        Example:
            >>> PublishedDate.on_day(dt.date(2024, 5, 2)).value
            datetime.datetime(2024, 5, 2, 0, 0)
        """
        return cls(dt.datetime.combine(day, dt.time()), "day")


@dataclass(frozen=True, slots=True)
class _Grammar:
    dates: tuple[tuple[str, re.Pattern[str]], ...]
    clock: re.Pattern[str]
    url_dates: tuple[re.Pattern[str], ...]
    url: re.Pattern[str]


@functools.cache
def _grammar() -> _Grammar:
    dates = (
        ("month-day-year", rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})\b"),
        ("day-month-year", rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH},?\s+(?P<year>\d{{4}})\b"),
        (
            "iso",
            r"\b(?P<year>\d{4})-(?P<nmonth>\d{2})-(?P<day>\d{2})"
            r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?"
            r"(?P<offset>Z|[+-]\d{2}:?\d{2})?)?",
        ),
    )
    zone = "|".join(sorted(zone_names(), key=len, reverse=True))
    clock = (
        r"(?<![\d:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?::\d{2})?\s*"
        r"(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?(?:\s*\(?(?P<zone>" + zone + r")\b\)?)?"
    )
    url_dates = (
        r"/(?P<year>(?:19|20)\d\d)[/-](?P<nmonth>0?[1-9]|1[0-2])[/-]"
        r"(?P<day>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)",
        r"/(?P<year>(?:19|20)\d\d)(?P<nmonth>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)",
    )
    return _Grammar(
        dates=tuple((name, re.compile(pattern, re.I)) for name, pattern in dates),
        clock=re.compile(clock),
        url_dates=tuple(re.compile(pattern) for pattern in url_dates),
        url=re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'`]{1,2000}"),
    )


def _calendar_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    if groups.get("month"):
        month = _MONTHS.index(groups["month"][:3].lower()) + 1
    else:
        month = int(groups["nmonth"])
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def _clock_time(text: str) -> tuple[int, int, str] | None:
    """Hour, minute and zone of a clock time with a zone in ``text``, if any."""
    for match in _grammar().clock.finditer(text):
        hour, minute, ampm, zone = match.group("hour", "minute", "ampm", "zone")
        if zone is None or (minute is None and ampm is None):
            continue
        value = int(hour)
        if ampm:
            if not 1 <= value <= 12:
                continue
            value = value % 12 + (12 if ampm[0] in "pP" else 0)
        if value > 23 or (minute is not None and int(minute) > 59):
            continue
        return value, int(minute or 0), zone
    return None


def _iso_time(match: re.Match[str], day: dt.date) -> PublishedDate | None:
    offset = match.groupdict().get("offset")
    if match.groupdict().get("hour") is None or offset is None:
        return None
    if offset == "Z":
        zone: dt.tzinfo = dt.UTC
    else:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        zone = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    stamp = dt.datetime.combine(
        day, dt.time(int(match.group("hour")), int(match.group("minute"))), zone
    )
    return PublishedDate(stamp, "minute")


def find_date(text: str) -> PublishedDate | None:
    """The first full date in ``text``, with its clock time when one and a zone sit near it.

    Example:
        >>> find_date("Dec. 6, 2021 10:15 a.m. ET").value.isoformat()
        '2021-12-06T10:15:00-05:00'
    """
    best: tuple[int, re.Match[str], dt.date] | None = None
    for _name, pattern in _grammar().dates:
        for match in pattern.finditer(text):
            day = _calendar_date(match)
            if day is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), match, day)
                break
    if best is None:
        return None
    _start, match, day = best
    iso = _iso_time(match, day)
    if iso is not None:
        return iso
    clock = _clock_time(text[match.end() : match.end() + 40]) or _clock_time(
        text[max(0, match.start() - 30) : match.start()]
    )
    if clock is None:
        return PublishedDate.on_day(day)
    hour, minute, zone = clock
    named = load_zones().abbreviation(zone)
    assert named is not None  # the pattern only matches names of the gazetteer
    stamp = dt.datetime.combine(day, dt.time(hour, minute), named.tzinfo)
    return PublishedDate(stamp, "minute")


def parse_published(value: str | dt.date | dt.datetime) -> PublishedDate | None:
    """A publication date given as metadata: ISO, a date object, or a printed date.

    Example:
        >>> parse_published("2021-12-06").value
        datetime.datetime(2021, 12, 6, 0, 0)
    """
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return PublishedDate.on_day(value.date())
        return PublishedDate(value, "minute")
    if isinstance(value, dt.date):
        return PublishedDate.on_day(value)
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return find_date(value)
    return parse_published(parsed)


def url_date(url: str) -> dt.date | None:
    """The date in a URL path like ``/2021/12/06/`` or ``/20211206/``.

    Example:
        >>> url_date("https://example.com/news/2021/12/06/talks-open")
        datetime.date(2021, 12, 6)
    """
    for pattern in _grammar().url_dates:
        for match in pattern.finditer(url):
            day = _calendar_date(match)
            if day is not None:
                return day
    return None


def urls_in(text: str) -> list[str]:
    """The URLs written in ``text``, in order.

    Example:
        >>> urls_in("Original url: <https://example.com/a>")
        ['https://example.com/a']
    """
    return [m.group(0).rstrip(".,;:!?") for m in _grammar().url.finditer(text)]
