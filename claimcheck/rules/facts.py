"""Reference facts (YAML): people's birth dates, to check stated ages.

Example facts file::

    people:
      - name: Jane Doe
        aliases: [Doe, Mayor Doe]
        born: 1961-04-02
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.errors import RuleError
from claimcheck.yamlfile import Located, load_yaml

_PERSON_KEYS = frozenset({"name", "aliases", "born", "died"})


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
class Facts:
    people: tuple[Person, ...] = field(default_factory=tuple)
    path: str | None = None

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
    unknown = set(doc) - {"people"}
    if unknown:
        bad = sorted(unknown)[0]
        raise doc.error(f"unknown section '{bad}'", key=bad, hint="facts files have 'people'")
    entries = doc.get("people") or []
    if not isinstance(entries, list):
        raise doc.error("'people' must be a list", key="people")
    return Facts(tuple(_person(e, doc) for e in entries), path=str(path))


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
