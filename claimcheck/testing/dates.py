"""Hypothesis strategies that render dates and clock times in news forms, with what they mean.

Each strategy draws a :class:`TemporalMention`: a sentence, the reference
(publication) date to read it against, the text the extractor should quote and
the value it must resolve to (a date, or a UTC instant for clock times). The
renderer :func:`render_date` is public so other tests can reuse it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
SHORT_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
                "Oct.", "Nov.", "Dec.")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZONES = {"ET": "America/New_York", "PT": "America/Los_Angeles", "GMT": "UTC",
         "Moscow time": "Europe/Moscow", "local time in Kyiv": "Europe/Kyiv",
         "Beijing time": "Asia/Shanghai", "EST": "Etc/GMT+5"}  # fmt: skip
DATE_FORMS = 5  # how many absolute forms render_date knows
_EVENT_DAYS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))


@dataclass(frozen=True, slots=True)
class TemporalMention:
    """A rendered sentence, the reference date it is read against, and what it states."""

    sentence: str
    reference: dt.date | None
    surface: str  # the claim's text as the extractor should quote it
    date: dt.date | None = None  # the day a date claim resolves to
    instant: dt.datetime | None = None  # the UTC instant a clock time resolves to


def render_date(day: dt.date, form: int) -> str:
    """``day`` written in one of the absolute news forms (0 .. DATE_FORMS - 1).

    Example:
        >>> render_date(dt.date(2021, 12, 7), 2)
        'Dec. 7, 2021'
    """
    month, short = MONTHS[day.month - 1], SHORT_MONTHS[day.month - 1]
    return [
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{short} {day.day}, {day.year}",
        day.isoformat(),
        f"{WEEKDAYS[day.weekday()]}, {month} {day.day}, {day.year}",
    ][form]


@st.composite
def absolute_dates(draw: st.DrawFn) -> TemporalMention:
    """A sentence with a full date (any form), read against an unrelated reference.

    Example:
        >>> absolute_dates().example().date is not None  # doctest: +SKIP
        True
    """
    day = draw(_EVENT_DAYS)
    written = render_date(day, draw(st.integers(0, DATE_FORMS - 1)))
    reference = draw(st.dates())
    sentence = f"The accord was signed on {written} in Oslo."
    return TemporalMention(sentence, reference, written, date=day)


@st.composite
def relative_dates(draw: st.DrawFn) -> TemporalMention:
    """A weekday within a week of the reference, told with a past or a future verb.

    Example:
        >>> relative_dates().example().surface in WEEKDAYS  # doctest: +SKIP
        True
    """
    reference = draw(_EVENT_DAYS)
    shift = draw(st.integers(1, 6))
    if draw(st.booleans()):
        day = reference - dt.timedelta(days=shift)
        sentence = f"The minister said on {WEEKDAYS[day.weekday()]} that talks would go on."
    else:
        day = reference + dt.timedelta(days=shift)
        sentence = f"The envoys will meet on {WEEKDAYS[day.weekday()]} in Vienna."
    return TemporalMention(sentence, reference, WEEKDAYS[day.weekday()], date=day)


@st.composite
def clock_times(draw: st.DrawFn) -> TemporalMention:
    """An "H:MM a.m. ET on Month D, YYYY" time and its UTC instant (no reference needed).

    Example:
        >>> clock_times().example().instant.tzinfo  # doctest: +SKIP
        datetime.timezone.utc
    """
    day = draw(_EVENT_DAYS)
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    zone = draw(st.sampled_from(sorted(ZONES)))
    clock = f"{hour % 12 or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    written = f"{clock} {zone}"
    sentence = f"The session opens at {written} on {MONTHS[day.month - 1]} {day.day}, {day.year}."
    local = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZoneInfo(ZONES[zone]))
    return TemporalMention(sentence, None, written, instant=local.astimezone(dt.UTC))
