"""Clock times ("around 10 a.m. ET", "1500 GMT", "noon Thursday, Ottawa time").

Finding a time fixes its local hour and minute, its hedge and the zone as
written; :func:`to_utc` adds a calendar date and turns it into an instant with
the zone's rules for that date (so "ET" is UTC-4 in July and UTC-5 in December).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.extractors.temporal.patterns import scan
from claimcheck.zones import Zone, load_zones

_WORD_TIMES = {"midday": (12, 0), "noon": (12, 0), "midnight": (0, 0)}


@dataclass(frozen=True, slots=True)
class TimeHit:
    """A clock time as written: local hour/minute, hedge, zone and any date inside the phrase."""

    start: int
    end: int
    hour: int
    minute: int
    hedge: str | None
    zone: Zone | None
    zone_text: str | None  # "local time", "Washington time", "ET" as written; None if absent
    date_start: int | None  # offsets of a date written inside the phrase ("noon Thursday")
    date_end: int | None


def find_times(text: str) -> list[TimeHit]:
    """Every clock time in ``text``, in order.

    Example:
        >>> [(t.hour, t.zone.key) for t in find_times("It starts at 10 a.m. ET.") if t.zone]
        [(10, 'America/New_York')]
    """
    hits = []
    for m in scan("clock", text):
        clock = _hour_minute(m.groupdict())
        if clock is None:
            continue
        zone, zone_text = _zone(m.groupdict(), text, m.start())
        if m["h24"] is not None and zone_text is None:
            continue  # "3:1" or "12:50" with no zone or am/pm: a score or a ratio as often
        start = m.start("hedge") if m["hedge"] else _clock_start(m)
        end = m.end()
        if zone_text is None:
            end = m.end("on") if m["on"] else _clock_end(m)
        hits.append(
            TimeHit(
                start=start,
                end=end,
                hour=clock[0],
                minute=clock[1],
                hedge=(m["hedge"] or "").lower() or None,
                zone=zone,
                zone_text=zone_text,
                date_start=m.start("on") if m["on"] else None,
                date_end=m.end("on") if m["on"] else None,
            )
        )
    return hits


def _clock_start(match: re.Match[str]) -> int:
    return min(match.start(g) for g in ("h", "h24", "mil", "word", "oc") if match.start(g) >= 0)


def _clock_end(match: re.Match[str]) -> int:
    for group in ("ap", "mi24", "mil", "word", "ock"):
        if match.end(group) >= 0:
            return match.end(group)
    return match.end()


def _hour_minute(groups: dict[str, str | None]) -> tuple[int, int] | None:
    if groups["word"]:
        return _WORD_TIMES[groups["word"].lower()]
    if groups["h"] and groups["ap"]:
        hour = int(groups["h"]) % 12 + (12 if groups["ap"].lower().startswith("p") else 0)
        return hour, int(groups["mi"] or 0)
    if groups["h24"]:
        return int(groups["h24"]), int(groups["mi24"] or 0)
    if groups["oc"] and groups["part"]:
        return _oclock(groups["oc"], groups["part"].lower()), 0
    if groups["mil"]:
        return int(groups["mil"][:2]), int(groups["mil"][2:])
    return None


_CLOCK_NUMBERS = (
    *("one", "two", "three", "four", "five", "six"),
    *("seven", "eight", "nine", "ten", "eleven", "twelve"),
)


def _oclock(hour_text: str, part: str) -> int:
    """The 24-hour hour of "three o'clock" in a part of the day ("this afternoon")."""
    lower = hour_text.lower()
    hour = int(lower) if lower.isdigit() else _CLOCK_NUMBERS.index(lower) + 1
    if part == "morning" or (part in {"night", "tonight"} and hour < 5) or hour == 12:
        return 0 if hour == 12 and part != "afternoon" else hour
    return hour + 12


def _zone(groups: dict[str, str | None], text: str, at: int) -> tuple[Zone | None, str | None]:
    table = load_zones()
    if groups["abbr"]:
        return table.abbreviation(groups["abbr"]), groups["abbr"]
    if groups["place"]:
        place = groups["place"]
        zone = table.place(place)
        if zone is None:
            # "Kyiv Washington time" never happens, but "Tuesday, Washington time" would
            # have been split by the comma; try the last words of a longer run.
            words = place.split()
            zone = next(
                (z for n in range(1, len(words)) if (z := table.place(" ".join(words[n:])))), None
            )
        return zone, f"{place} time"
    if groups["local"]:
        if groups["lplace"]:
            zone = table.place(groups["lplace"])
            if zone is None:
                zone = table.place_near(groups["lplace"], 0)
            return zone, f"local time in {groups['lplace']}"
        sentence_start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
        near = table.place_near(text[sentence_start : at + 200], at - sentence_start)
        return near or dateline_zone(text, at) or _lead_zone(text, at), "local time"
    return None, None


# A story's dateline opens a paragraph: "MANILA, Philippines (Wire) - ", "KESTOVA, Ruritania -",
# "BEIJING — ", "Ludian, China —".
_DATELINE = re.compile(
    r"^(?:([A-Z][A-Z.'’ ]{1,40}[A-Z.])(?:,(?:[ \t]+([A-Z][\w.'’ ]{1,30}?))?)?"
    # Some outlets print it in title case, always with a region: "Ludian, China —".
    r"|([A-Z][a-z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,2}),[ \t]+([A-Z][\w.'’ ]{1,30}?))"
    r"(?:[ \t]+\([^)\n]{1,40}\))?[ \t]+[-—–]{1,2}[ \t]",
    re.MULTILINE,
)


_LEAD_REACH = 300  # characters before a "local time" where the story's place is named


def _lead_zone(text: str, at: int) -> Zone | None:
    """The last known place named shortly before: "a jet crashed in the US state of
    Ohio on Thursday. It came down at 6:47 p.m. local time" is Ohio's local time."""
    window = text[max(0, at - _LEAD_REACH) : at]
    return load_zones().place_near(window, len(window))


def dateline_zone(text: str, at: int) -> Zone | None:
    """The zone of the story's dateline place (its town, else its region or country):
    a "local time" with no known place nearby, or a time with no zone at all, is the
    dateline's local time (wire style).

    Example:
        >>> dateline_zone("BEIJING — The quake struck at 4:10 p.m.", 30).key
        'Asia/Shanghai'
    """
    # Only the first dateline can apply, and only once it has ended.
    end, zone = _first_dateline(text)
    return zone if end <= at else None


@lru_cache(maxsize=8)
def _first_dateline(text: str) -> tuple[int, Zone | None]:
    """Where the first dateline of ``text`` ends and its place's zone (None when
    unknown): found once per text, not once per time."""
    dateline = _DATELINE.search(text)
    if dateline is None:
        return len(text) + 1, None
    table = load_zones()
    places = (p for p in dateline.groups() if p)
    return dateline.end(), next((zone for place in places if (zone := table.place(place))), None)


def to_utc(local_day: dt.date, hour: int, minute: int, zone: Zone) -> dt.datetime:
    """The UTC instant of a local wall-clock time in ``zone`` on ``local_day``.

    Example:
        >>> to_utc(dt.date(2021, 12, 7), 10, 0, load_zones().abbreviation("ET")).hour
        15
    """
    local = dt.datetime.combine(local_day, dt.time(hour, minute), tzinfo=zone.tzinfo)
    return local.astimezone(dt.UTC)


def hedge_minutes(hedge: str | None) -> tuple[int, int]:
    """Minutes before and after the stated minute a hedge allows; ``[0, 1)`` when exact.

    Example:
        >>> hedge_minutes("around")
        (-30, 30)
    """
    if hedge is None:
        return (0, 1)
    return load_zones().clock_hedges.get(" ".join(hedge.split()), (0, 1))
