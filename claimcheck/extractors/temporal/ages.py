"""Ages of people: "64-year-old harbour master", "Ana Ruiz, 71", "aged 61",
"a three-month-old girl", "at 18 months of age".

The subject is the name or role phrase as written; a later stage links a
role to a name. Things with an age ("a ten-year-old dispute") are durations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from claimcheck.extractors.temporal.dates import parse_amount
from claimcheck.extractors.temporal.durations import MAX_HUMAN_AGE, THINGS_WITH_AGE
from claimcheck.extractors.temporal.patterns import MONTHS, WEEKDAYS, scan
from claimcheck.resolve.tense import is_finite_verb

_MAX_AGE = MAX_HUMAN_AGE
# Words that end a role phrase after "N-year-old": "a 28-year-old bartender, who said".
_ROLE_STOP = frozenset(
    {"who", "which", "that", "was", "is", "were", "are", "has", "had", "said", "says", "told"}
    | {"from", "of", "in", "at", "on", "and", "or", "with", "to", "for", "will", "would", "as"}
    | {"whose", "when", "after", "before", "died", "saw", "says", "had", "did", "by", "but"}
    | {"between", "against", "over", "across", "since", "during", "into", "about", "than"}
)
# Words between a subject and its age: "the baby was only ten months old".
_BEFORE_AN_AGE = frozenset(
    {"who", "is", "was", "has", "had", "just", "now", "only", "still", "already", "barely"}
    | {"around", "about", "nearly", "almost", "roughly", "approximately", "some", "be"}
)
# Capitalized words that open a sentence or a clause but are not part of a name.
_NOT_NAME = frozenset(
    {"But", "And", "The", "When", "Then", "In", "On", "As", "At", "For", "Meanwhile", "So"}
    | {"Yet", "Or", "If", "While", "After", "Before", "Since", "A", "An", "Mr", "Mrs", "Ms"}
    | {"Chapter", "Section", "Article", "Room", "Flight", "Route", "Boeing", "Airbus", "No."}
)


@dataclass(frozen=True, slots=True)
class AgeHit:
    """An age (in ``unit``: year, month, week or day) and whose it is, as written."""

    start: int
    end: int
    amount: float
    subject: str | None
    unit: str = "year"


def find_ages(text: str) -> Iterator[AgeHit]:
    """Every age of a person in ``text``.

    Example:
        >>> [(a.amount, a.subject) for a in find_ages("Marta Kovacs, 61, told reporters")]
        [(61.0, 'Marta Kovacs')]
    """
    for m in scan("age_adjective", text):
        amount = parse_amount(m["n"])
        subject = _role(m["rest"])
        if amount is None or (amount[0] > _MAX_AGE and not _names_a_person(subject)):
            continue  # "a 300-year-old church"; but "the 230-year-old mayor Ana Ruiz" is a typo
        if subject and subject.split()[-1].lower() in THINGS_WITH_AGE:
            continue
        end = m.start("rest") + len(subject) if subject else _old_end(m)
        subject = subject or _subject_before(text, m.start())
        yield AgeHit(m.start(), end, amount[0], subject, m["unit"].lower())
    for m in scan("age_of_age", text):
        amount = parse_amount(m["n"])
        if amount is not None and amount[0] <= _MAX_AGE:
            subject = _subject_before(text, m.start())
            yield AgeHit(m.start(), m.end(), amount[0], subject, m["unit"].lower())
    for m in scan("age_apposition", text):
        name = _name(m["name"])
        if name is None:
            continue
        start = m.start("name") + m["name"].index(name)
        yield AgeHit(start, m.end(), float(m["n"]), name)
    for m in scan("age_role_apposition", text):
        if m["role"].split()[-1] not in THINGS_WITH_AGE:
            yield AgeHit(m.start("role"), m.end(), float(m["n"]), m["role"])
    for m in scan("age_phrase", text):
        amount = parse_amount(m["n"])
        if amount is not None and amount[0] <= _MAX_AGE:
            yield AgeHit(m.start(), m.end(), amount[0], _subject_before(text, m.start()))


_PERSON_NAME = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+")


def _names_a_person(subject: str | None) -> bool:
    """Whether an age's subject names a person (so an impossible age is a typo)."""
    return bool(subject and _PERSON_NAME.search(subject))


def _old_end(match: re.Match[str]) -> int:
    return match.start() + match.group(0).lower().index("old") + 3


def _role(rest: str | None) -> str | None:
    if not rest:
        return None
    kept: list[str] = []
    named = False
    for token in rest.split():
        word = token.rstrip(".")  # "the 64-year-old harbour master retired."
        if word.lower() in _ROLE_STOP or (word.islower() and is_finite_verb(word)):
            break
        if named and token[:1].islower():
            break  # "mayor Ana Ruiz cut the ribbon": the name ends the role
        named = named or (token[:1].isupper() and bool(kept))
        if _ends_sentence(token):
            kept.append(token[:-1])
            break
        kept.append(token)
    return " ".join(kept) or None


def _ends_sentence(token: str) -> bool:
    """True for "president." or "Reuters." but not "U.S." or "Lt." or "F."."""
    return token.endswith(".") and token.count(".") == 1 and len(token) > 4


def _name(run: str) -> str | None:
    tokens = run.split()
    ends = [i for i, token in enumerate(tokens) if _ends_sentence(token)]
    if ends:
        tokens = tokens[ends[-1] + 1 :]
    while tokens and tokens[0] in _NOT_NAME:
        tokens.pop(0)
    if not tokens:
        return None
    first = tokens[0].rstrip(".").lower()
    if first in MONTHS or first in WEEKDAYS or tokens[-1] in _NOT_NAME:
        return None
    return " ".join(tokens)


def _subject_before(text: str, at: int) -> str | None:
    words = _words_before().findall(text[max(0, at - 80) : at])
    ends = [i for i, word in enumerate(words) if _ends_sentence(word)]
    if ends:
        words = words[ends[-1] + 1 :]
    while words and words[-1].lower() in _BEFORE_AN_AGE:
        words.pop()
    if not words:
        return None
    if words[-1][0].isupper():
        run: list[str] = []
        while words and words[-1][0].isupper() and words[-1] not in _NOT_NAME and len(run) < 4:
            run.insert(0, words.pop())
        return " ".join(run) or None
    return words[-1] if words[-1].lower() not in _ROLE_STOP else None


@cache
def _words_before() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_][\w'’.-]*")
