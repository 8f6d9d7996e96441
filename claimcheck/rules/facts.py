"""Reference facts (YAML): birth dates, dates of known events, known totals.

Example facts file::

    people:
      - name: Jane Doe
        aliases: [Doe, Mayor Doe]
        born: 1961-04-02
    events:                       # a date stated for one of these must be its date
      - name: Hensley Fire
        aliases: [Hensley blaze]
        date: 2019-08-14
    totals:                       # a count of this measure near these words must match
      - measure: deaths
        words: [Hensley Fire]
        value: 4
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import RuleError
from claimcheck.yamlfile import Located, load_yaml

_PERSON_KEYS = frozenset({"name", "aliases", "born", "died"})
_EVENT_KEYS = frozenset({"name", "aliases", "date"})
_TOTAL_KEYS = frozenset({"measure", "words", "value"})
_SECTIONS = ("people", "events", "totals")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    born: dt.date
    aliases: tuple[str, ...] = ()
    died: dt.date | None = None

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def age_on(self, day: dt.date) -> int:
        """Whole years of age on ``day``.

        Example:
            >>> Person("Jane Doe", dt.date(1961, 4, 2)).age_on(dt.date(2021, 4, 1))
            59
        """
        before_birthday = (day.month, day.day) < (self.born.month, self.born.day)
        return day.year - self.born.year - int(before_birthday)


@dataclass(frozen=True, slots=True)
class KnownEvent:
    name: str
    date: dt.date
    aliases: tuple[str, ...] = ()

    def named_in(self, sentence: str) -> bool:
        lowered = sentence.lower()
        return any(n.lower() in lowered for n in (self.name, *self.aliases))


@dataclass(frozen=True, slots=True)
class KnownTotal:
    measure: str
    value: float
    words: tuple[str, ...] = ()  # the sentence must contain one (none: any sentence)

    def applies_to(self, measure: str | None, sentence: str) -> bool:
        lowered = sentence.lower()
        return measure == self.measure and (
            not self.words or any(w.lower() in lowered for w in self.words)
        )


@dataclass(frozen=True, slots=True)
class Facts:
    people: tuple[Person, ...] = field(default_factory=tuple)
    path: str | None = None
    events: tuple[KnownEvent, ...] = ()
    totals: tuple[KnownTotal, ...] = ()

    def event_in(self, sentence: str) -> KnownEvent | None:
        """The one known event a sentence names (None when none or several)."""
        named = [e for e in self.events if e.named_in(sentence)]
        return named[0] if len(named) == 1 else None

    def total_for(self, measure: str | None, sentence: str) -> KnownTotal | None:
        return next((t for t in self.totals if t.applies_to(measure, sentence)), None)

    def person(self, subject: str | None) -> Person | None:
        """The person a subject names: full name, alias, or surname (case-insensitive)."""
        if not subject:
            return None
        wanted = " ".join(subject.lower().split())
        for person in self.people:
            if wanted in (n.lower() for n in person.names()):
                return person
        surname = wanted.split()[-1]
        matches = [p for p in self.people if p.name.lower().split()[-1] == surname]
        return matches[0] if len(matches) == 1 else None


def load_facts(path: Path | str) -> Facts:
    """Load a facts file (YAML, or CSV ``name,born,aliases``); errors name file:line."""
    if str(path).lower().endswith(".csv"):
        from claimcheck.rules.facts_csv import load_facts_csv

        return load_facts_csv(path)
    doc = load_yaml(path)
    if doc is None:
        return Facts(path=str(path))
    if not isinstance(doc, Located):
        raise RuleError("a facts file is a mapping with 'people'", path=str(path), line=1)
    unknown = set(doc) - set(_SECTIONS)
    if unknown:
        bad = sorted(unknown)[0]
        raise doc.error(
            f"unknown section '{bad}'", key=bad, hint=f"facts files have {', '.join(_SECTIONS)}"
        )
    return Facts(
        tuple(_person(e, doc) for e in _section(doc, "people")),
        path=str(path),
        events=tuple(_event(e, doc) for e in _section(doc, "events")),
        totals=tuple(_total(e, doc) for e in _section(doc, "totals")),
    )


def _section(doc: Located, name: str) -> list[object]:
    entries = doc.get(name) or []
    if not isinstance(entries, list):
        raise doc.error(f"'{name}' must be a list", key=name)
    return entries


def _checked(entry: object, parent: Located, section: str, keys: frozenset[str]) -> Located:
    if not isinstance(entry, Located):
        raise parent.error(f"each item of '{section}' is a mapping", key=section)
    unknown = set(entry) - keys
    if unknown:
        bad = sorted(unknown)[0]
        raise entry.error(f"unknown key '{bad}'", key=bad, hint=f"use {', '.join(sorted(keys))}")
    return entry


def _names(entry: Located, key: str) -> tuple[str, ...]:
    values = entry.get(key, [])
    if not isinstance(values, list):
        raise entry.error(f"'{key}' must be a list", key=key)
    return tuple(str(v) for v in values)


def _event(item: object, parent: Located) -> KnownEvent:
    entry = _checked(item, parent, "events", _EVENT_KEYS)
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise entry.error("an event needs a 'name'")
    day = _date(entry, "date", required=True)
    assert day is not None
    return KnownEvent(name.strip(), day, _names(entry, "aliases"))


def _total(item: object, parent: Located) -> KnownTotal:
    entry = _checked(item, parent, "totals", _TOTAL_KEYS)
    measure, value = entry.get("measure"), entry.get("value")
    if not isinstance(measure, str) or not measure.strip():
        raise entry.error("a total needs a 'measure' (e.g. deaths)")
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise entry.error(
            "a total needs a numeric 'value'", key="value" if "value" in entry else None
        )
    return KnownTotal(measure.strip(), float(value), _names(entry, "words"))


def _person(entry: object, parent: Located) -> Person:
    if not isinstance(entry, Located):
        raise parent.error("each person is a mapping with name and born", key="people")
    unknown = set(entry) - _PERSON_KEYS
    if unknown:
        bad = sorted(unknown)[0]
        raise entry.error(
            f"unknown key '{bad}'", key=bad, hint=f"use {', '.join(sorted(_PERSON_KEYS))}"
        )
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise entry.error("a person needs a 'name'")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list):
        raise entry.error("'aliases' must be a list", key="aliases")
    return Person(
        name=name.strip(),
        born=_date(entry, "born", required=True),  # type: ignore[arg-type]
        aliases=tuple(str(a) for a in aliases),
        died=_date(entry, "died", required=False),
    )


def _date(entry: Located, key: str, *, required: bool) -> dt.date | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise entry.error(f"'{key}' must be a date like 1961-04-02", key=key if key in entry else None)
