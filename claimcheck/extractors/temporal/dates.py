"""Dates as written: find them (:func:`find_dates`) and resolve them (:func:`resolve_date`).

A :class:`DateSpec` records what the words fix ("December 7", "last week",
"three days ago"); resolution adds the reference date and the tense. Finding
needs no reference, so the reference inference can reuse it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache

from claimcheck.extractors.numbers import parse_words
from claimcheck.extractors.temporal.calendar import (
    add_months,
    load_holidays,
    month_end,
    safe_date,
    weekday_near,
    year_near,
)
from claimcheck.extractors.temporal.patterns import WEEKDAYS, YEAR_OFFSETS, month_number, scan
from claimcheck.extractors.temporal.periods import (
    find_modified_months,
    find_quarters,
    find_seasons,
    quarter_interval,
    quarter_reported_by,
    quarter_start,
    season_interval,
    season_year,
)
from claimcheck.extractors.temporal.spans import Occupied
from claimcheck.extractors.temporal.specs import DateHit as DateHit
from claimcheck.extractors.temporal.specs import DateSpec as DateSpec
from claimcheck.extractors.temporal.specs import ResolvedDate as ResolvedDate
from claimcheck.resolve.tense import Tense

# Words after a bare year that show it is a count ("2014 people"), not a year.
_NOT_AFTER_YEAR = frozenset({"as", "was", "is", "has", "this", "its", "his", "thus", "us"})
_VAGUE_AMOUNTS = {"a few": (2.0, 5.0), "several": (3.0, 9.0), "a couple of": (2.0, 2.0)}


def parse_amount(text: str) -> tuple[float, float] | None:
    """A written amount as an interval: "3" -> (3, 3), "several" -> (3, 9).

    Example:
        >>> parse_amount("seven")
        (7.0, 7.0)
    """
    words = " ".join(text.lower().split())
    if words in _VAGUE_AMOUNTS:
        return _VAGUE_AMOUNTS[words]
    if words in {"a", "an"}:
        return (1.0, 1.0)
    if words[0].isdigit():
        whole, _, fraction = words.replace(",", "").partition(" ")
        numerator, _, denominator = fraction.partition("/")
        value: float | None = float(whole)
        if denominator and value is not None:
            value += int(numerator) / int(denominator)  # "5 1/2"
    else:
        value = parse_words(words)
    return None if value is None else (value, value)


def find_dates(text: str) -> list[DateHit]:
    """Every date written in ``text``, longest first where two overlap, in text order.

    Example:
        >>> [h.spec.form for h in find_dates("They met on Tuesday, Dec. 7, 2021.")]
        ['day']
    """
    candidates = sorted(_candidates(text), key=lambda h: (h.start - h.end, h.start))
    taken = Occupied()
    kept = [hit for hit in candidates if taken.claim(hit.start, hit.end)]
    return sorted(kept, key=lambda h: h.start)


def _candidates(text: str) -> Iterator[DateHit]:
    yield from _month_days(scan("month_day", text))
    yield from _month_days(scan("day_month", text))
    for m in scan("month_year", text):
        yield DateHit(m.start(), m.end(), DateSpec("month", int(m["y"]), month_number(m["m"])))
    for m in scan("month", text):
        start = m.start("mod") if m["mod"] else m.start("m")
        end_of = _END_OF.match(m.group(0)) is not None
        spec = DateSpec("month", month=month_number(m["m"]), modifier="end" if end_of else "")
        yield DateHit(m.start() if end_of else start, m.end(), spec)
    yield from find_modified_months(text)
    yield from find_quarters(text)
    yield from find_seasons(text)
    yield from _numeric(text)
    yield from _years(text)
    yield from _relative(text)
    yield from _holidays(text)


def _month_days(matches: Iterator[re.Match[str]]) -> Iterator[DateHit]:
    for m in matches:
        end = m.end()
        day, day_end = int(_digits(m["d"])), int(_digits(m["d2"] or m["d"]))
        month = month_number(m["m"])
        month_end_ = month_number(m["m2"]) if m.groupdict().get("m2") else month
        if m.groupdict().get("sep") == "and" and not m["between"]:
            end, day_end, month_end_ = m.end("d"), day, month
        if day_end < day and month_end_ == month:
            end, day_end = m.end("d"), day
        start = m.start()
        if m.groupdict().get("between") and day_end == day and month_end_ == month:
            start = m.start("prev") if m["prev"] else m.start("m")
        year = int(m["y"]) if m["y"] else 0
        ofy = m.groupdict().get("ofy")
        prev = m.groupdict().get("prev") or ""
        spec = DateSpec(
            "day",
            year=year,
            month=month,
            day=day,
            month_end=month_end_,
            day_end=day_end,
            modifier=prev.lower(),
            year_offset=YEAR_OFFSETS[ofy.lower()] if ofy else None,
        )
        if m["y"] and end < m.end("y"):
            spec = DateSpec("day", month=month, day=day, month_end=month, day_end=day)
        if safe_date(year or 2000, month, day) is not None:
            yield DateHit(start, end, spec)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _numeric(text: str) -> Iterator[DateHit]:
    for m in scan("iso", text):
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        if safe_date(year, month, day):
            yield DateHit(m.start(), m.end(), DateSpec("day", year, month, day, month, day))
    for m in scan("numeric", text):
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        year += 2000 if year < 50 else 1900 if year < 100 else 0
        if a > 12 and b <= 12:
            a, b = b, a
        elif (b <= 12 and a != b) or a == 0 or b == 0:
            yield DateHit(m.start(), m.end(), DateSpec("ambiguous", year=year))
            continue
        if safe_date(year, a, b):
            yield DateHit(m.start(), m.end(), DateSpec("day", year, a, b, a, b))


def _years(text: str) -> Iterator[DateHit]:
    for m in scan("decade", text):
        decade = int(m["dec"]) if m["dec"] else int(m["short"]) + 1900
        if m["short"] and int(m["short"]) < 30:
            decade += 100
        start = m.start("mod") if m["mod"] else m.start()
        yield DateHit(start, m.end(), DateSpec("decade", year=decade, modifier=m["mod"] or ""))
    for m in scan("year", text):
        pre = m["pre"].lower()
        if pre in {"and", "to"} and not _year_before(text, m.start()):
            continue
        if pre == "between" and not _year_range_follows(text, m.end()):
            continue
        after = _next_word(text, m.end())
        if _is_counted(after) or _is_quantity(text, m.end(), after):
            continue
        if m["det"] and not after[:1].isalpha():
            continue  # "the 1990 and 2000 figures" stays; "the 1990." is a number as often
        start = m.start("mod") if m["mod"] else m.start("y")
        end_of = _END_BEFORE.search(text, max(0, m.start() - 8), m.start())
        modifier = m["mod"] or ""
        if end_of is not None and m["pre"] == "of":
            start, modifier = end_of.start(), "end"
        yield DateHit(start, m.end(), DateSpec("year", year=int(m["y"]), modifier=modifier))


def _year_range_follows(text: str, at: int) -> bool:
    """True when "and 1997" follows, and the second year is not a count ("1900 volunteers")."""
    match = _range_end().match(text, at, at + 16)
    return match is not None and not _is_counted(_next_word(text, match.end()))


# "1600 per cent", "2000%": a number with a measure word is a quantity (plurals such as
# "1800 metres" are caught by _is_counted).
_MEASURE_AFTER = frozenset({"per", "percent", "pct", "percentage", "point", "points"})


def _is_quantity(text: str, end: int, after: str) -> bool:
    return after.lower() in _MEASURE_AFTER or text[end : end + 2].lstrip()[:1] == "%"


def _is_counted(after: str) -> bool:
    return after.endswith("s") and after.islower() and after not in _NOT_AFTER_YEAR


@cache
def _range_end() -> re.Pattern[str]:
    return re.compile(r"[^\S\n]{1,3}(?:and|to)[^\S\n]{1,3}(?:1[6-9]|20)\d\d\b")


def _year_before(text: str, at: int) -> bool:
    return re.search(r"\b(?:1[6-9]|20)\d\d\b", text[max(0, at - 16) : at]) is not None


def _next_word(text: str, at: int) -> str:
    match = _word_after().match(text, at)
    return match.group(1) if match else ""


@cache
def _recurring() -> re.Pattern[str]:
    return re.compile(r"\b(?:[Ee]very|[Ee]ach)[^\S\n]{1,3}$")


@cache
def _word_after() -> re.Pattern[str]:
    return re.compile(r"[^\S\n]{1,3}([A-Za-z]{1,30})")


def _relative(text: str) -> Iterator[DateHit]:
    for m in scan("weekday", text):
        if _recurring().search(text, max(0, m.start() - 8), m.start()):
            continue  # "every Friday": a habit, not a day
        mod = (m["mod"] or "").lower().split()[-1] if m["mod"] else ""
        spec = DateSpec("weekday", weekday=WEEKDAYS[m["wd"].lower()], modifier=mod)
        yield DateHit(m.start(), m.end(), spec)
    for m in scan("relative_day", text):
        yield DateHit(m.start(), m.end(), DateSpec("relative-day", modifier=m["w"].lower()))
    for m in scan("period", text):
        mod = " ".join(m["mod"].lower().split()).removeprefix("the ")
        yield DateHit(m.start(), m.end(), DateSpec("period", unit=m["unit"], modifier=mod))
    for m in scan("ago", text):
        amount = parse_amount(m["n"] or m["n2"])
        if amount is not None:
            unit = (m["unit"] or m["unit2"]).lower().rstrip("s")
            yield DateHit(m.start(), m.end(), DateSpec("ago", amount=amount, unit=unit))


def _holidays(text: str) -> Iterator[DateHit]:
    for m in _holiday_pattern().finditer(text):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        name = m["name"].lower().replace("’", "'")
        modifier = _HOLIDAY_MODIFIER.search(text, max(0, m.start() - 8), m.start())
        start = modifier.start() if modifier else m.start()
        mod = modifier.group(1).lower() if modifier else ""
        yield DateHit(start, m.end(), DateSpec("holiday", holiday=name, modifier=mod))


# "by the end of 2017", "at the end of March": the last day of the period, a deadline.
_END_OF = re.compile(r"(?i:end|close)[^\S\n]+of\b")
_END_BEFORE = re.compile(r"\b(?i:end|close)[^\S\n]+$")
_HOLIDAY_MODIFIER = re.compile(r"\b(last|next|this)[^\S\n]{1,3}$")


@cache
def _holiday_pattern() -> re.Pattern[str]:
    # Case-sensitive and capitalized: "Easter", not "easter eggs"; a literal
    # first letter lets re skip ahead fast.
    names = sorted(load_holidays(), key=len, reverse=True)
    titled = [" ".join(w[:1].upper() + w[1:] for w in n.split()) for n in names]
    alternation = "|".join(re.escape(n).replace("'", "['’]") for n in titled)
    return re.compile(rf"(?P<name>{alternation})(?![\w'])")


def resolve_date(spec: DateSpec, reference: dt.date | None, tense: Tense) -> ResolvedDate | None:
    """The calendar interval a spec names, read from ``reference`` in the direction of ``tense``.

    None when the date needs a reference and there is none, or is ambiguous.

    Example:
        >>> spec = DateSpec("weekday", weekday=4)
        >>> resolve_date(spec, dt.date(2021, 12, 6), Tense.PAST).date
        datetime.date(2021, 12, 3)
    """
    resolved = _resolve(spec, reference, tense)
    if resolved is not None and spec.modifier == "end":
        return ResolvedDate(resolved.date_end, resolved.date_end, "day")
    return resolved


def _resolve(spec: DateSpec, reference: dt.date | None, tense: Tense) -> ResolvedDate | None:
    if spec.form == "ambiguous":
        return None
    if spec.form == "year":
        return ResolvedDate(dt.date(spec.year, 1, 1), dt.date(spec.year, 12, 31), "year")
    if spec.form == "decade":
        return ResolvedDate(dt.date(spec.year, 1, 1), dt.date(spec.year + 9, 12, 31), "decade")
    if spec.form == "day" and spec.year:
        return _day_range(spec, spec.year)
    if spec.form == "month" and spec.year:
        return ResolvedDate(
            dt.date(spec.year, spec.month, 1), month_end(spec.year, spec.month), "month"
        )
    if spec.form == "quarter" and spec.year:
        return quarter_interval(spec.year, spec.month)
    if spec.form == "season" and spec.year:
        return season_interval(spec.year, spec.month)
    if reference is None:
        return None
    return _relative_date(spec, reference, _direction(spec.modifier, tense))


def _direction(modifier: str, tense: Tense) -> Tense:
    if modifier in {"last", "previous", "past"}:
        return Tense.PAST
    if modifier in {"next", "coming"}:
        return Tense.FUTURE
    return tense


def _day_range(spec: DateSpec, year: int) -> ResolvedDate | None:
    first = safe_date(year, spec.month, spec.day)
    end_year = year + 1 if spec.month_end < spec.month else year
    last = safe_date(end_year, spec.month_end, spec.day_end)
    if first is None or last is None or last < first:
        return None
    return ResolvedDate(first, last, "day")


def _relative_date(spec: DateSpec, ref: dt.date, tense: Tense) -> ResolvedDate | None:
    if spec.form == "day":
        if spec.year_offset is not None:
            return _day_range(spec, ref.year + spec.year_offset)
        return _day_range(spec, year_near(ref, lambda y: safe_date(y, spec.month, spec.day), tense))
    if spec.form == "month" and spec.year_offset is not None:
        year = ref.year + spec.year_offset
        return ResolvedDate(dt.date(year, spec.month, 1), month_end(year, spec.month), "month")
    if spec.form == "season":
        return season_interval(season_year(spec, ref), spec.month)
    if spec.form == "quarter":
        if spec.year_offset is not None:
            return quarter_interval(ref.year + spec.year_offset, spec.month)
        # A quarter told in the present is a reported one ("third-quarter net rises").
        direction = Tense.PAST if tense is Tense.PRESENT else tense
        anchor = quarter_start if direction is Tense.PAST else quarter_reported_by
        return quarter_interval(
            year_near(ref, lambda y: anchor(y, spec.month), direction), spec.month
        )
    if spec.form == "month":
        year = year_near(ref, lambda y: _month_anchor(y, spec.month, tense), tense)
        return ResolvedDate(dt.date(year, spec.month, 1), month_end(year, spec.month), "month")
    if spec.form == "weekday":
        if spec.modifier == "this" and tense is Tense.PRESENT:
            tense = Tense.FUTURE if spec.weekday >= ref.weekday() else Tense.PAST
        day = weekday_near(ref, spec.weekday, tense)
        if day == ref and spec.modifier in {"last", "previous", "past"}:
            day -= dt.timedelta(days=7)  # "last Monday" in a Monday story is a week back
        elif day == ref and spec.modifier == "next":
            day += dt.timedelta(days=7)  # "next Monday" in a Monday story is a week ahead
        return ResolvedDate(day, day, "day")
    if spec.form == "relative-day":
        shift = {"yesterday": -1, "tomorrow": 1}.get(spec.modifier, 0)
        day = ref + dt.timedelta(days=shift)
        return ResolvedDate(day, day, "day")
    if spec.form == "holiday":
        holiday = load_holidays()[spec.holiday]
        named = holiday.in_year(year_near(ref, holiday.in_year, tense))
        return ResolvedDate(named, named, "day") if named else None
    if spec.form == "period":
        return _period(spec, ref)
    if spec.form == "ago":
        return _ago(spec, ref)
    return None


def _month_anchor(year: int, month: int, tense: Tense) -> dt.date:
    if tense is Tense.FUTURE:
        return month_end(year, month)
    return dt.date(year, month, 1 if tense is Tense.PAST else 15)


def _period(spec: DateSpec, ref: dt.date) -> ResolvedDate:
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(spec.modifier, 0)
    if spec.unit in {"week", "weekend"}:
        if spec.modifier in {"past", "previous"} and spec.unit == "week":
            return ResolvedDate(ref - dt.timedelta(days=7), ref - dt.timedelta(days=1), "day")
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
        first, last = monday, monday + dt.timedelta(days=6)
        if spec.unit == "weekend":
            first = monday + dt.timedelta(days=5)
            if step == 0 and ref.weekday() < 5 and spec.modifier in {"last", "past"}:
                first -= dt.timedelta(days=7)
            last = first + dt.timedelta(days=1)
    elif spec.unit == "month":
        year, month = add_months(ref, step)
        first, last = dt.date(year, month, 1), month_end(year, month)
    else:
        first, last = dt.date(ref.year + step, 1, 1), dt.date(ref.year + step, 12, 31)
    if spec.modifier.startswith("earlier") or spec.modifier.startswith("early"):
        last = min(last, ref)
    elif spec.modifier.startswith("later") or spec.modifier.startswith("late "):
        first = max(first, ref)
    granularity = {"month": "month", "year": "year"}.get(spec.unit, "day")
    if first != dt.date(first.year, first.month, 1) or last != month_end(last.year, last.month):
        granularity = "day" if granularity == "month" else granularity
    if granularity == "year" and (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
        granularity = "day"
    return ResolvedDate(first, last, granularity)


def _ago(spec: DateSpec, ref: dt.date) -> ResolvedDate:
    low, high = spec.amount
    if spec.unit == "day":
        return ResolvedDate(ref - dt.timedelta(days=high), ref - dt.timedelta(days=low), "day")
    if spec.unit == "week":
        first = ref - dt.timedelta(days=7 * high + 3)
        return ResolvedDate(first, ref - dt.timedelta(days=7 * low - 3), "day")
    if spec.unit == "month":
        first_year, first_month = add_months(ref, -int(high))
        last_year, last_month = add_months(ref, -int(low))
        return ResolvedDate(
            dt.date(first_year, first_month, 1), month_end(last_year, last_month), "month"
        )
    years = 10 if spec.unit == "decade" else 1
    first_year = ref.year - int(high * years)
    last_year = ref.year - int(low * years)
    return ResolvedDate(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), "year")
