"""The temporal grammar: small named patterns, compiled once on first use.

Every pattern is linear: tokens are joined by bounded runs of spaces (never a
newline, so no match crosses a paragraph) and no group repeats an unbounded
group. The fragments below are the vocabulary; :func:`grammar` composes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from claimcheck.zones import load_zones

SPACE = r"[^\S\n]{1,3}"
MONTHS = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    }
)  # fmt: skip
WEEKDAYS = MappingProxyType(
    {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4}
    | {"saturday": 5, "sunday": 6}
)
YEAR_OFFSETS = MappingProxyType({"this": 0, "last": -1, "next": 1})  # "of last year" -> -1
UNITS = MappingProxyType(
    {"minute": "minute", "min": "minute", "hour": "hour", "hr": "hour", "day": "day"}
    | {"week": "week", "month": "month", "year": "year", "decade": "decade"}
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\."
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d|,\d)"
_SMALL = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (
    # Whole numbers only: "000" in "260,000 year-old" is no age; "2,900-year-old" is one;
    # "5 1/2 hours" is five and a half.
    rf"(?:(?<![\d,.])\d{{1,3}}(?:,\d{{3}})*(?:\.\d)?(?:[^\S\n][1-7]/[2-8])?(?![\d,/])|(?:{_TENS})(?:-(?:{_SMALL}))?|{_SMALL}"
    r"|a[^\S\n]few|a[^\S\n]couple[^\S\n]of|several|a\b|an\b)"
)
_RANGE_SEP = r"(?:[-–]|to|through|until|and)"
_S = SPACE
_ZONE_PLACE = r"[A-Z][\w.'’-]{1,20}(?:[^\S\n][A-Z][\w.'’-]{1,20}){0,2}"
# "early", "mid-", "late" before a month, a year or a decade ("mid-2019", "the late 1990s").
_PART_OF = rf"(?:(?P<mod>early|late|mid)-?(?:{_S})?)?"


def _starting(first: str, source: str) -> str:
    """``source`` tried only where its first character can be one of ``first`` (a class).

    A trigger's window is searched position by position, and a pattern that opens
    with optional words tries every alternative at each; a lookahead on the first
    character rejects most positions at once. ``first`` must hold every character
    a match can begin with.

    Example:
        >>> [m.group(0) for m in re.finditer(_starting("[0-9]", "[0-9a-f]+"), "7f ff")]
        ['7f']
    """
    return rf"(?={first})(?:{source})"


def month_number(word: str) -> int:
    """The number of a month name as written, abbreviated or not.

    Example:
        >>> month_number("Sept."), month_number("december")
        (9, 12)
    """
    return MONTHS[word.rstrip(".").lower()]


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled temporal patterns, one per form."""

    month_day: re.Pattern[str]
    day_month: re.Pattern[str]
    month_year: re.Pattern[str]
    month: re.Pattern[str]
    month_modified: re.Pattern[str]
    quarter: re.Pattern[str]
    quarter_short: re.Pattern[str]
    season: re.Pattern[str]
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    decade: re.Pattern[str]
    year: re.Pattern[str]
    weekday: re.Pattern[str]
    relative_day: re.Pattern[str]
    period: re.Pattern[str]
    ago: re.Pattern[str]
    clock: re.Pattern[str]
    duration_adjective: re.Pattern[str]
    duration: re.Pattern[str]
    age_adjective: re.Pattern[str]
    age_apposition: re.Pattern[str]
    age_role_apposition: re.Pattern[str]
    age_of_age: re.Pattern[str]
    age_phrase: re.Pattern[str]
    prefilter: re.Pattern[str]


def _month_day() -> str:
    return (
        rf"(?:(?P<wd>{WEEKDAY}),?{_S})?(?:(?P<between>between|from){_S})?"
        rf"(?:(?P<prev>previous|last|next|this|coming){_S})?"
        rf"(?P<m>{_MONTH}){_S}(?P<d>{_DAY})"
        rf"(?:(?:{_S})?(?P<sep>{_RANGE_SEP})(?:{_S})?(?:(?P<m2>{_MONTH}){_S})?(?P<d2>{_DAY}))?"
        rf"(?:,?{_S}(?P<y>{_YEAR})|{_S}of{_S}(?P<ofy>this|last|next){_S}year)?"
    )


def _day_month() -> str:
    return (
        rf"(?:(?P<wd>{WEEKDAY}),?{_S})?(?<![\d.,])(?P<d>{_DAY})"
        rf"(?:(?:{_S})?[-–](?:{_S})?(?P<d2>{_DAY}))?{_S}(?:of{_S})?(?P<m>{_MONTH})"
        rf"(?:,?{_S}(?P<y>{_YEAR}))?"
    )


def _clock() -> str:
    abbreviations = sorted(load_zones().abbreviations, key=len, reverse=True)
    abbr = "|".join(re.escape(a) for a in abbreviations if len(a) > 1)
    hedges = "|".join(sorted(load_zones().clock_hedges, key=len, reverse=True))
    ampm = r"(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b|[ap]\.m\b)"
    clock = (
        rf"(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?(?:{_S})?(?P<ap>{ampm})"
        rf"|(?<![\d:/.])(?P<h24>[01]?\d|2[0-3])[:h](?P<mi24>[0-5]\d)(?![\d:/])"
        rf"|(?<![\d:/.,])(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)(?=(?:{_S})?(?:GMT|UTC|Z\b|hours?\b|hrs\b))"
        rf"|\b(?P<word>[Mm]idday|[Nn]oon|[Mm]idnight)\b"
        # "one o'clock this afternoon": only a part of the day tells a.m. from p.m.
        rf"|\b(?P<oc>1[0-2]|[1-9]|{_CLOCK_WORDS})(?:{_S})?(?P<ock>o['’]clock)"
        rf"(?=(?:{_S})?(?:(?:this|in{_S}the|tomorrow|yesterday|on{_S}\w+){_S})?"
        rf"(?P<part>morning|afternoon|evening|night|tonight)\b))"
    )
    between = (
        rf"(?:,?{_S}(?:on{_S})?(?P<on>{WEEKDAY}|{_MONTH}{_S}{_DAY}(?:,?{_S}{_YEAR})?|"
        rf"today|tomorrow|yesterday))?"
    )
    zone = (
        rf"(?:(?:{_S})?\(?(?P<abbr>{abbr})\b\)?(?:{_S}(?:hours|hrs)\b)?"
        rf"|,?{_S}(?P<local>local{_S}time)(?:{_S}(?:in|at){_S}(?P<lplace>{_ZONE_PLACE}))?"
        rf"|,?{_S}(?P<place>{_ZONE_PLACE}){_S}time\b"
        rf"|(?:{_S})?(?P<hours>hours|hrs)\b)?"
    )
    # A hedge, "at", a digit, "midday"/"noon"/"midnight" or an hour word ("one o'clock").
    initials = "".join(sorted({hedge[0] for hedge in load_zones().clock_hedges}))
    first = rf"[\dMmNna{re.escape(initials)}]|(?i:[efnost])"
    return _starting(first, rf"(?:\b(?P<hedge>{hedges}){_S})?(?:at{_S})?{clock}{between}{zone}")


def _duration_adjective() -> str:
    return (
        rf"\b(?P<n>{NUMBER})(?:-|[^\S\n])(?P<unit>minute|hour|day|week|month|year|decade)"
        rf"(?P<old>-old)?(?:-long)?(?=[^\S\n]+(?P<noun>[a-z][\w-]*(?:[^\S\n]+[a-z][\w-]*)?))"
    )


def _duration() -> str:
    hedges = (
        r"about|around|roughly|approximately|nearly|almost|more\s+than|less\s+than|fewer\s+than"
        r"|over|under|at\s+least|up\s+to|within|some|just\s+over|just\s+under|for|in|after"
    )
    return (
        # The lookbehind fails at once inside a word, so the optional openers are
        # tried at word starts only.
        rf"(?<![\w'’])(?:(?P<hedge>{hedges}){_S})?(?:(?:the|a|an){_S}(?:past|last|next|first|coming){_S})?"
        rf"\b(?P<n>{NUMBER}){_S}(?:more{_S}|full{_S}|straight{_S}|long{_S})?"
        rf"(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)\b"
        rf"(?!{_S}(?:ago|old|of{_S}age)\b)(?!-old)"
    )


def _quarter() -> str:
    return (
        rf"\b(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext){_S}year['’]s{_S}|(?:[Tt]he|[Ii]ts|[Tt]his){_S})?"
        rf"(?:(?P<mod>[Ll]ast|[Nn]ext|[Cc]oming){_S})?(?:fiscal{_S})?"
        rf"(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)(?:-|{_S})quarter\b"
        rf"(?:{_S}of{_S}(?:(?P<y>{_YEAR})|(?P<ofy>this|last|next){_S}year)|,?{_S}(?P<y2>{_YEAR}))?"
    )


@cache
def grammar() -> Grammar:
    """The compiled patterns, built on first use.

    Example:
        >>> bool(grammar().weekday.search("They met on Tuesday."))
        True
    """
    flags_ci = re.IGNORECASE
    return Grammar(
        # A weekday, "between"/"from", "previous"/"last"/"next"/"this"/"coming", a month.
        month_day=re.compile(_starting("[ADFJMNOSTWbcflnpt]", _month_day())),
        day_month=re.compile(_starting("[FMSTW0-9]", _day_month())),  # a weekday or a day
        month_year=re.compile(rf"\b(?P<m>{_MONTH})(?:{_S}of{_S}|,?{_S})(?P<y>{_YEAR})"),
        month=re.compile(
            _starting(
                "(?i:[abdefimostu])",  # the first letters of the prepositions
                rf"\b(?i:in|since|by|until|from|of|during|before|after|through|for|end{_S}of"
                rf"|beginning{_S}of|start{_S}of|middle{_S}of){_S}{_PART_OF}"
                rf"(?P<m>{_FULL_MONTH})\b(?!(?:{_S})?\d)",
            )
        ),
        # "last November", "January this year": a month placed by a word, not a preposition.
        month_modified=re.compile(
            rf"\b(?:(?P<mod>[Ll]ast|[Tt]his(?:{_S}past)?|[Tt]he{_S}past|[Nn]ext){_S}"
            rf"(?P<m>{_FULL_MONTH})\b(?!(?:{_S})?\d)"
            rf"|(?P<m2>{_FULL_MONTH}){_S}(?P<rel>this|last|next){_S}year\b)"
        ),
        quarter=re.compile(_quarter()),
        # "Q2", "Q3 2023", "Q1'24", "2Q23": the short forms of earnings reports.
        quarter_short=re.compile(
            rf"(?<![\w-])(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)"
            rf"(?:(?:{_S}|['’])?(?P<y>{_YEAR})|['’]?(?P<yy>\d\d))?(?![\w-])"
        ),
        season=re.compile(
            rf"\b(?:(?P<mod>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he{_S}(?:past|coming)){_S}"
            rf"(?P<s>spring|summer|fall|autumn|winter)\b(?!-)"
            rf"|(?P<s2>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter){_S}(?:of{_S})?(?P<y>{_YEAR}))"
        ),
        numeric=re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![\d/])"),
        iso=re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
        decade=re.compile(
            rf"(?:\b(?:the{_S})?{_PART_OF}(?P<dec>(?:1[6-9]|20)\d0)['’]?s\b"
            r"|['’](?P<short>\d0)s\b)"
        ),
        year=re.compile(
            _starting(
                "(?i:[abcdfistu])|[ho'’]",  # a preposition, "of", a determiner, "'s"
                rf"\b(?P<pre>(?i:in|since|by|until|from|during|before|after|through|circa|between"
                rf"|fiscal|into|for)|of|and|to|(?P<det>the|its|his|her|their|that|[Tt]he|A|a)|['’]s)"
                rf"{_S}{_PART_OF}(?P<y>{_YEAR})\b",
            )
        ),
        weekday=re.compile(
            rf"\b(?:(?P<mod>[Ll]ast|[Nn]ext|this|coming|past|(?:[Tt]he{_S})?previous){_S})?"
            rf"(?P<wd>{WEEKDAY})(?:['’]s)?"
            rf"(?:{_S}(?P<part>morning|afternoon|evening|night))?\b"
        ),
        relative_day=re.compile(r"\b(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b"),
        period=re.compile(
            _starting(
                "[EeLlNnPpTt]",
                rf"\b(?P<mod>(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate){_S}this|[Ll]ast|[Nn]ext|[Tt]his"
                rf"|[Tt]he{_S}(?:past|previous|coming)|[Pp]ast){_S}(?P<unit>week|weekend|month|year)\b",
            )
        ),
        ago=re.compile(
            rf"\b(?P<n>{NUMBER}){_S}(?P<unit>days?|weeks?|months?|years?|decades?){_S}ago\b"
            # "rose to $7.4 billion from $6.8 billion a year earlier": a comparison with the
            # same period a year back, as anchored as "ago" (a day or week earlier is
            # narrative, counted from an event the text told before).
            rf"|\b(?P<n2>{NUMBER}){_S}(?P<unit2>years?){_S}earlier\b(?![^\S\n]+(?:than|that|this|in|on))",
            flags_ci,
        ),
        clock=re.compile(_clock()),
        # An amount: digits, a number word, "a few", "several", "a", "an".
        duration_adjective=re.compile(_starting(r"[\daefnost]", _duration_adjective()), flags_ci),
        # A hedge ("about", "just over", "within"...), "the"/"a"/"an", or an amount.
        duration=re.compile(_starting(r"[\daefijlmnorstuw]", _duration()), flags_ci),
        age_adjective=re.compile(
            rf"\b(?P<n>{NUMBER})(?:-|[^\S\n])(?P<unit>year|month|week|day)s?(?:-|[^\S\n])old\b"
            rf"(?:{_S}(?P<rest>"
            r"[^\s,;:!?()\"“”—–]+(?:[^\S\n][^\s,;:!?()\"“”—–]+){0,4}))?",
            flags_ci,
        ),
        age_apposition=re.compile(
            r"(?P<name>[A-Z][\w'’.-]*(?:[^\S\n][A-Z][\w'’.-]*){0,3}),[^\S\n](?P<n>1[01]\d|[1-9]\d|[1-9])"
            rf"(?=,|\.(?:\s|$)|$|{_S}(?:told|said|says|tells)\b)"
        ),
        # "the mayor, 54, said": a role, not a name, before the age; the word after
        # the second comma must go on about a person, or "the vote, 54, ..." would count.
        age_role_apposition=re.compile(
            r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[^\S\n](?P<role>[a-z][a-z'’-]*"
            r"(?:[^\S\n][a-z][a-z'’-]*){0,2}),[^\S\n](?P<n>1[01]\d|[1-9]\d|[1-9])"
            r"(?=,[^\S\n](?:who|said|says|told|tells|was|is|has|had|died|of|from)\b)"
        ),
        # "at 18 months of age", "children under five years of age".
        age_of_age=re.compile(
            rf"\b(?P<n>{NUMBER})(?:-|[^\S\n])(?P<unit>year|month|week)s?{_S}of{_S}age\b",
            flags_ci,
        ),
        age_phrase=re.compile(
            rf"\b(?P<cue>aged|turned|turns|turning|at{_S}age|age){_S}(?P<n>1[01]\d|[1-9]\d|[1-9]"
            rf"|(?:{_TENS})(?:-(?:{_SMALL}))?|{_SMALL})\b",
            flags_ci,
        ),
        prefilter=re.compile(
            r"\d|day|night|week|month|year|hour|minute|noon|midnight|decade|"
            + "|".join(k.capitalize() for k in MONTHS if len(k) > 3),
            flags_ci,
        ),
    )


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: a cheap cache key
class Trigger:
    """A cheap regex near which a grammar pattern is tried, and how to find it fast.

    Python's re tests a pattern that opens with a class or an alternation at every
    character, but jumps from one occurrence of a literal to the next; so a trigger
    with ``anchors`` is matched only where one of them says it may start. An anchor
    is a literal (that cannot overlap itself) with optional lookarounds, and the
    distances from a trigger's start to the anchor's; every place the trigger
    matches must have an anchor at one of those distances.
    """

    source: str
    anchors: tuple[tuple[str, tuple[int, ...]], ...] = ()


def _words(*words: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Anchors for a trigger that is one of ``words`` (each found where it starts)."""
    return tuple((word, (0,)) for word in words)


_CLOCK_TRIGGER = Trigger(
    r"\d(?:[^\S\n]?(?:[ap]\.?m|[AP]\.?M)|[:h][0-5]\d|\d{3}[^\S\n]?(?:GMT|UTC|Z\b|h))"
    r"|[Mm]id(?:day|night)|[Nn]oon|o['’]clock",
    (
        # "7pm", "7 pm", "7p.m", "7 p.m": the m is 2 to 4 characters after the digit.
        (r"m(?:(?<=\d[ap]m)|(?<=\d[^\S\n][ap]m|\d[ap]\.m)|(?<=\d[^\S\n][ap]\.m))", (2, 3, 4)),
        (r"M(?:(?<=\d[AP]M)|(?<=\d[^\S\n][AP]M|\d[AP]\.M)|(?<=\d[^\S\n][AP]\.M))", (2, 3, 4)),
        (r":(?<=\d:)", (1,)),
        (r"h(?<=\dh)", (1, 4)),  # "7h30", "1500h"
        (r"h(?<=\d[^\S\n]h)", (5,)),  # "1500 h"
        *((zone, (4, 5)) for zone in ("GMT", "UTC", "Z")),  # "1500 GMT", "1500Z"
        (r"id(?=day|night)", (1,)),
        ("oon", (1,)),
        ("clock", (2,)),
    ),
)
_CLOCK_WORDS = "(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Month abbreviations open with capitals, rare enough for re's own scan; the five
# month patterns share this trigger, so it is scanned once per text.
_MONTH_TRIGGER = Trigger(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_UNIT_TRIGGER = r"minute|hour|day|week|month|year|decade"
_DECADE = r"dec(?=ade)"  # "decade" overlaps itself ("decadecade"); "dec" cannot
# Each pattern is tried only near a cheap trigger (a month name, a digit, a unit
# word): Python's re has no literal pre-scan for patterns that open with
# optional words, and a full scan per pattern is ten times slower.
# name -> (trigger, characters looked at before the trigger, after it)
_TRIGGERS: Mapping[str, tuple[Trigger, int, int]] = MappingProxyType(
    {
        "month_day": (_MONTH_TRIGGER, 40, 40),
        "day_month": (_MONTH_TRIGGER, 30, 20),
        "month_year": (_MONTH_TRIGGER, 2, 20),
        "month": (_MONTH_TRIGGER, 30, 12),
        "month_modified": (_MONTH_TRIGGER, 12, 24),
        "quarter": (Trigger(r"quarter"), 40, 40),
        "quarter_short": (Trigger(r"Q[1-4]|[1-4]Q", (("Q", (0, 1)),)), 1, 8),
        "season": (
            Trigger(
                r"(?:pring|ummer|all|utumn|inter)\b",
                _words("pring", "ummer", "all", "utumn", "inter"),
            ),
            16,
            12,
        ),
        "numeric": (Trigger(r"/\d\d?/\d"), 3, 12),
        "iso": (Trigger(r"-[01]\d-"), 5, 6),
        "decade": (Trigger(r"0['’]?s\b"), 30, 4),
        "year": (
            Trigger(
                r"(?:1[6-9]|20)\d\d\b",
                ((r"1(?=[6-9]\d\d\b)", (0,)), (r"20(?=\d\d\b)", (0,))),
            ),
            40,
            4,
        ),
        "weekday": (
            # Sun-, Mon-, Fri-, Tues-, Thurs-, Satur-, Wednes-day.
            Trigger(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", (("day", (3, 4, 5, 6)),)),
            16,
            30,
        ),
        "relative_day": (Trigger(r"day|morrow|night", _words("day", "morrow", "night")), 7, 10),
        "period": (Trigger(r"(?:week|month|year)", _words("week", "month", "year")), 30, 8),
        "ago": (Trigger(r"ago|earlier", _words("ago", "earlier")), 40, 16),
        "clock": (_CLOCK_TRIGGER, 40, 90),
        "duration_adjective": (
            Trigger(
                rf"(?<=[-\s])(?<!this\s)(?<!the\s)(?<!last\s)(?<!next\s)(?:{_UNIT_TRIGGER})",
                _words("minute", "hour", "day", "week", "month", "year", _DECADE),
            ),
            30,
            60,
        ),
        # A duration's unit follows a space after its amount, never "this"/"last"/"next".
        "duration": (
            Trigger(
                rf"(?<=[^\S\n])(?<!this\s)(?<!the\s)(?<!last\s)(?<!next\s)(?:{_UNIT_TRIGGER}|min|hr)",
                _words("min", "hour", "hr", "day", "week", "month", "year", _DECADE),
            ),
            50,
            10,
        ),
        "age_adjective": (Trigger(r"[-\s]old\b", ((r"old\b", (1,)),)), 40, 80),
        "age_apposition": (Trigger(r",[^\S\n]\d{1,3}\b"), 100, 12),
        "age_role_apposition": (Trigger(r",[^\S\n]\d{1,3},"), 60, 16),
        "age_of_age": (Trigger(r"of[^\S\n]+age\b"), 30, 8),
        "age_phrase": (Trigger(r"(?:age|turn)", _words("age", "turn")), 4, 30),
    }
)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


# Several triggers share an anchor ("day", "week"...): each is scanned once per text.
@lru_cache(maxsize=64)
def _anchor_starts(source: str, text: str) -> tuple[int, ...]:
    return tuple(anchor.start() for anchor in _compiled(source).finditer(text))


def _anchored_starts(trigger: Trigger, text: str) -> list[int]:
    """Every place ``trigger`` may start in ``text``, by its anchors, in order."""
    return sorted(
        {
            start - distance
            for source, distances in trigger.anchors
            for start in _anchor_starts(source, text)
            for distance in distances
        }
    )


# A few texts' worth of triggers: the five month patterns of a text share one scan.
@lru_cache(maxsize=32)
def _trigger_spans(trigger: Trigger, text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the matches of ``trigger`` in ``text``, exactly as ``finditer`` gives them.

    Example:
        >>> _trigger_spans(_TRIGGERS["weekday"][0], "On Sunday and Monday.")
        ((3, 9), (14, 20))
    """
    pattern = _compiled(trigger.source)
    if not trigger.anchors:
        return tuple(match.span() for match in pattern.finditer(text))
    spans = []
    at = 0
    for start in _anchored_starts(trigger, text):
        # Where finditer would look next: the first place at or after ``at`` where
        # the trigger matches is one of the anchored starts (triggers are never empty).
        if start < at:
            continue
        hit = pattern.match(text, start)
        if hit is not None:
            spans.append(hit.span())
            at = hit.end()
    return tuple(spans)


def scan(name: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of grammar pattern ``name`` in ``text``, tried only near its trigger.

    Example:
        >>> [m.group(0) for m in scan("weekday", "Talks resume on Tuesday.")]
        ['Tuesday']
    """
    pattern: re.Pattern[str] = getattr(grammar(), name)
    trigger, before, after = _TRIGGERS[name]
    done = 0
    for start, end in _trigger_spans(trigger, text):
        if start < done:
            continue
        low = max(done, start - before)
        for match in pattern.finditer(text, low, min(len(text), end + after)):
            if match.start() >= end:
                break  # later matches start later still: none covers the trigger
            if match.start() <= start < match.end() or start <= match.start():
                yield match
                done = match.end()
                break
