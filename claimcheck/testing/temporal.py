"""``dates()``, ``clock_times()``, ``ages()`` and ``durations()`` with what they state.

Relative dates carry the tense of the verb that fixes them (``Planted.tense``);
sentence templates in :mod:`claimcheck.testing.articles` pick a verb to match.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from claimcheck.model import ClaimKind
from claimcheck.testing.dates import DATE_FORMS, MONTHS, WEEKDAYS, render_date
from claimcheck.testing.numbers import ONES, in_words
from claimcheck.testing.planted import MINUTE_SECONDS, Planted, day_interval

EVENT_DAYS = st.dates(min_value=dt.date(2000, 1, 8), max_value=dt.date(2030, 12, 24))
# How a clock zone is written -> IANA zone.
CLOCK_ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles", "GMT": "UTC",
               "local time in Kyiv": "Europe/Kyiv",
               "Washington time": "America/New_York"}  # fmt: skip
DURATION_UNITS = ("minute", "hour", "day", "week", "month", "year")
GIVEN_NAMES = ("Ines", "Tomas", "Mira", "Kofi", "Lena", "Arjun", "Nadia", "Pavel")
FAMILY_NAMES = ("Varga", "Okonkwo", "Lindqvist", "Haddad", "Moreau", "Castellan", "Ibarra")
ROLES = ("mayor", "fire chief", "councillor", "harbour master")


def _date(written: str, day: dt.date, phrase: str, tense: str | None = None) -> Planted:
    value, low, high = day_interval(day)
    offset = phrase.index(written)
    return Planted(phrase, written, offset, ClaimKind.DATE, value, low, high, unit="date",
                   date=day, tense=tense)  # fmt: skip


@st.composite
def _absolute(draw: st.DrawFn, published: dt.date) -> Planted:
    day = draw(EVENT_DAYS)
    written = render_date(day, draw(st.integers(0, DATE_FORMS - 1)))
    return _date(written, day, f"on {written}")


@st.composite
def _weekday(draw: st.DrawFn, published: dt.date) -> Planted:
    """ "on Tuesday", "last Friday", "next Monday": one to six days away, tense fixes which."""
    shift = draw(st.integers(1, 6))
    form = draw(st.sampled_from(("on-past", "on-future", "last", "next")))
    future = form in {"on-future", "next"}
    day = published + dt.timedelta(days=shift if future else -shift)
    name = WEEKDAYS[day.weekday()]
    written = name if form.startswith("on") else f"{form} {name}"
    phrase = f"on {name}" if form.startswith("on") else written
    return _date(written, day, phrase, "future" if future else "past")


@st.composite
def _relative(draw: st.DrawFn, published: dt.date) -> Planted:
    """ "yesterday", "tomorrow", "three days ago"."""
    days = draw(st.integers(-1, 9).filter(lambda d: d != 0))
    if days == -1:
        return _date("tomorrow", published + dt.timedelta(days=1), "tomorrow", "future")
    if days == 1:
        return _date("yesterday", published - dt.timedelta(days=1), "yesterday", "past")
    written = f"{ONES[days] if draw(st.booleans()) else days} days ago"
    return _date(written, published - dt.timedelta(days=days), written, "past")


def dates(*, published: st.SearchStrategy[dt.date] | None = None) -> st.SearchStrategy[Planted]:
    """A date: absolute, a weekday with its tense, or relative to ``published``.

    ``published`` draws the reference date (default: any day of 2000-2030); pass
    ``st.just(day)`` to resolve against one article's date.

    Example:
        >>> from hypothesis import given
        >>> @given(dates(published=st.just(dt.date(2025, 3, 4))))
        ... def test(d): assert d.kind == "date" and d.date is not None
        >>> test()
    """
    references = published if published is not None else EVENT_DAYS
    return references.flatmap(lambda day: st.one_of(_absolute(day), _weekday(day), _relative(day)))


def _clock(hour: int, minute: int, zone: str) -> str:
    if zone == "GMT":
        return f"{hour:02d}{minute:02d} GMT"
    if zone == "Washington time" and (hour, minute) == (12, 0):
        return "midday Washington time"
    suffix = "a.m." if hour < 12 else "p.m."
    clock = f"{hour % 12 or 12}" + (f":{minute:02d}" if minute else "")
    return f"{clock} {suffix} {zone}"


@st.composite
def clock_times(draw: st.DrawFn) -> Planted:
    """A clock time in a named zone on a written date ("10 a.m. ET on March 3, 2025").

    Example:
        >>> from hypothesis import given
        >>> @given(clock_times())
        ... def test(t): assert t.instant is not None and t.instant.tzinfo is dt.UTC
        >>> test()
    """
    day = draw(EVENT_DAYS)
    zone = draw(st.sampled_from(sorted(CLOCK_ZONES)))
    hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from((0, 15, 30, 45)))
    if zone == "Washington time":
        hour, minute = 12, 0
    written = _clock(hour, minute, zone)
    local = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZoneInfo(CLOCK_ZONES[zone]))
    instant = local.astimezone(dt.UTC)
    value = instant.timestamp()
    phrase = f"{written} on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return Planted(phrase, written, 0, ClaimKind.TIME, value, value, value + MINUTE_SECONDS,
                   unit="datetime", instant=instant)  # fmt: skip


@st.composite
def ages(draw: st.DrawFn) -> Planted:
    """A person's age: "Ines Varga, 55", "aged 55", "55-year-old mayor Ines Varga".

    Example:
        >>> from hypothesis import given
        >>> @given(ages())
        ... def test(a): assert a.low == a.value and a.high == a.value + 1
        >>> test()
    """
    age = draw(st.integers(18, 99))
    name = f"{draw(st.sampled_from(GIVEN_NAMES))} {draw(st.sampled_from(FAMILY_NAMES))}"
    form = draw(st.integers(0, 2))
    if form == 0:
        phrase = text = f"{name}, {age}"
    elif form == 1:
        phrase, text = f"{name}, aged {age}", f"aged {age}"
    else:
        text = f"{age}-year-old {draw(st.sampled_from(ROLES))} {name}"
        phrase = f"the {text}"
    return Planted(phrase, text, phrase.index(text), ClaimKind.AGE, age, age, age + 1,
                   unit="year", subject=name)  # fmt: skip


@st.composite
def durations(draw: st.DrawFn, units: tuple[str, ...] = DURATION_UNITS) -> Planted:
    """A length of time in digits or words: "36 hours", "two weeks".

    Example:
        >>> from hypothesis import given
        >>> @given(durations(units=("day",)))
        ... def test(d): assert d.unit == "day"
        >>> test()
    """
    n = draw(st.integers(2, 99))
    unit = draw(st.sampled_from(units))
    written = f"{in_words(n) if draw(st.booleans()) else n} {unit}s"
    return Planted(written, written, 0, ClaimKind.DURATION, n, n, n, unit=unit)
