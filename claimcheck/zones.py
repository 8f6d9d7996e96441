"""Time zones named in news text: "ET", "EST", "Moscow time", "local time in Kyiv".

No library maps these surface forms to offsets, so a small gazetteer
(``claimcheck/data/zones.yaml``) does; :mod:`zoneinfo` supplies the rules, so
"ET" in July is UTC-4 and in December UTC-5.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claimcheck.errors import RuleError
from claimcheck.resources import data_path
from claimcheck.yamlfile import load_yaml

_OFFSET = re.compile(r"^([+-])(\d\d):(\d\d)$")


@dataclass(frozen=True, slots=True)
class Zone:
    """A zone as named in the text, with the rules that give its offset."""

    name: str  # as written: "ET", "Moscow time"
    key: str  # IANA key or a fixed offset "+03:00"
    tzinfo: dt.tzinfo


@dataclass(frozen=True, slots=True)
class Zones:
    """The gazetteer: zone abbreviations and places, both mapped to tz rules."""

    abbreviations: Mapping[str, Zone]
    places: Mapping[str, Zone]
    zone_names: Mapping[str, Zone]  # "pacific": a zone in "<name> time", never a place
    clock_hedges: Mapping[str, tuple[int, int]]  # hedge -> minutes [before, after)
    # Countries with one zone, from tzdata: lowercase name -> IANA key (read on use).
    countries: Mapping[str, str] = field(default_factory=dict)

    def _place(self, key: str) -> Zone | None:
        known = self.places.get(key)
        if known is not None or key not in self.countries:
            return known
        return _country_zone(key, self.countries[key])

    def abbreviation(self, text: str) -> Zone | None:
        """The zone of an abbreviation as written ("ET", "GMT").

        Example:
            >>> load_zones().abbreviation("ET").key
            'America/New_York'
        """
        return self.abbreviations.get(text.strip().upper().replace(".", ""))

    def place(self, text: str) -> Zone | None:
        """The zone of a place named before "time" or after "local time in".

        Example:
            >>> load_zones().place("Kyiv").key
            'Europe/Kyiv'
        """
        key = " ".join(text.lower().replace("’", "'").split())
        return self._place(key) or self.zone_names.get(key)

    def place_near(self, text: str, at: int) -> Zone | None:
        """The known place mentioned in ``text`` closest to offset ``at``.

        Example:
            >>> load_zones().place_near("at 3 p.m. local time in Geneva", 5).key
            'Europe/Zurich'
        """
        best: tuple[int, Zone] | None = None
        for match in _capitalized_runs().finditer(text):
            for words in _prefixes(match.group()):
                # Only places: "Pacific" in "Pacific Storm Center" names no place. A
                # run may end a sentence: "in Peru." is Peru.
                key = " ".join(words.lower().replace("’", "'").split())
                zone = self._place(key) or self._place(key.rstrip(".'"))
                if zone is not None:
                    distance = abs(match.start() - at)
                    if best is None or distance < best[0]:
                        best = (distance, zone)
                    break
        return best[1] if best else None


def _prefixes(run: str) -> list[str]:
    """A run of capitalized words and its shorter prefixes, longest first."""
    words = run.split()
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)]


@cache
def _capitalized_runs() -> re.Pattern[str]:
    return re.compile(r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def _tzinfo(key: str, where: str) -> dt.tzinfo:
    offset = _OFFSET.match(key)
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        delta = dt.timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3)))
        return dt.timezone(sign * delta)
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        raise RuleError(
            f"unknown time zone '{key}'", path=where, hint="use an IANA name or +HH:MM"
        ) from None


def _section(raw: object, name: str, where: str) -> Mapping[str, Zone]:
    if not isinstance(raw, dict) or not isinstance(raw.get(name), dict):
        raise RuleError(f"missing mapping '{name}'", path=where)
    table: dict[str, Zone] = {}
    for written, key in raw[name].items():
        table[str(written)] = Zone(str(written), str(key), _tzinfo(str(key), where))
    return MappingProxyType(table)


def _one_zone_countries() -> dict[str, str]:
    """Every country tzdata gives a single zone, by its lowercase English name
    ("philippines" -> Asia/Manila), for datelines and "local time in"; a place of
    zones.yaml of the same name wins."""
    tables = files("tzdata.zoneinfo")
    names: dict[str, str] = {
        code: name for code, name in _tab_rows((tables / "iso3166.tab").read_text("utf-8"), 0, 1)
    }
    zones: dict[str, list[str]] = {}
    for code, key in _tab_rows((tables / "zone.tab").read_text("utf-8"), 0, 2):
        zones.setdefault(code, []).append(key)
    return {
        names[code].lower(): keys[0]
        for code, keys in zones.items()
        if len(keys) == 1 and code in names
    }


@cache
def _country_zone(name: str, key: str) -> Zone:
    return Zone(name, key, ZoneInfo(key))


def _tab_rows(text: str, *columns: int) -> list[tuple[str, ...]]:
    """Columns of a tzdata table (tab-separated, "#" comments)."""
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [tuple(row[c] for c in columns) for row in rows]


@cache
def load_zones() -> Zones:
    """The shipped gazetteer, read once.

    Example:
        >>> load_zones().place("Washington time".removesuffix(" time")).key
        'America/New_York'
    """
    path = data_path("zones.yaml")
    raw = load_yaml(path)
    abbreviations = _section(raw, "abbreviations", str(path))
    places = _section(raw, "places", str(path))
    zone_names = _section(raw, "zone_names", str(path))
    hedges = _hedges(raw, str(path))
    return Zones(
        abbreviations=abbreviations,
        places=places,
        zone_names=zone_names,
        clock_hedges=hedges,
        countries=MappingProxyType(_one_zone_countries()),
    )


def _hedges(raw: object, where: str) -> Mapping[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    section = raw.get("clock_hedges", {}) if isinstance(raw, dict) else {}
    for phrase, bounds in section.items():
        if not (isinstance(bounds, list) and len(bounds) == 2):
            raise RuleError(f"clock hedge '{phrase}' needs [before, after]", path=where)
        table[str(phrase)] = (int(bounds[0]), int(bounds[1]))
    return MappingProxyType(table)
