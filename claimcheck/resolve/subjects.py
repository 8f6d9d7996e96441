"""Whose age: from a role ("the 66-year-old U.S. senator") to a named person.

A document names its people with their titles ("U.S. President Jane Doe",
"President of Ruritania Jon Roe"); an age whose subject is a role is resolved to
the person the same document gives that title and qualifier.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from claimcheck.model import Claim, ClaimKind, evolve
from claimcheck.resolve.wordlists import AnyCase

TITLES = (
    "president",
    "vice president",
    "prime minister",
    "foreign minister",
    "defense minister",
    "defence minister",
    "minister",
    "chancellor",
    "secretary of state",
    "secretary",
    "governor",
    "mayor",
    "senator",
    "king",
    "queen",
    "chief",
    "fire chief",
    "police chief",
    "sheriff",
    "ceo",
    "chairman",
    "spokesman",
    "spokeswoman",
)
_TITLE_PATTERN = "|".join(
    re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TITLES, key=len)[::-1]
)
_NAME = r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}"
_QUALIFIER_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z]{2,}|[A-Z][a-z]+)"
_QUALIFIER = rf"{_QUALIFIER_WORD}(?:[ \t]+(?:of[ \t]+)?{_QUALIFIER_WORD}){{0,3}}"
_TITLED_NAME = re.compile(
    rf"(?:(?P<qual>{_QUALIFIER})[ \t]+)?(?P<title>(?i:{_TITLE_PATTERN}))"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<qual2>{_QUALIFIER}))?[ \t]+(?P<name>{_NAME})"
)
_TITLE_WORD = AnyCase.compile(rf"\b(?:{_TITLE_PATTERN})\b")
_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
_US = {"us", "u s", "united states", "united states of america", "america", "american"}


@dataclass(frozen=True, slots=True)
class TitledPeople:
    """Names by (title, qualifier) as one document writes them."""

    by_role: dict[tuple[str, str], Counter[str]]

    def who(self, title: str, qualifier: str) -> str | None:
        """The person most often given this title (and qualifier, when one is given)."""
        counts: Counter[str] = Counter()
        for (t, q), names in self.by_role.items():
            if t == title and (not qualifier or q == qualifier):
                counts.update(names)
        if not counts:
            return None
        ranked = counts.most_common(2)
        if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return None  # two people share the title equally: do not guess
        return ranked[0][0]


def normalize_qualifier(text: str | None) -> str:
    """``"U.S."``, ``"the United States"`` -> ``"us"``; others lowercased."""
    if not text:
        return ""
    cleaned = re.sub(r"[.\s]+", " ", text.lower()).strip()
    cleaned = re.sub(r"^the\s+", "", cleaned)
    return "us" if cleaned in _US else cleaned


def titled_people(text: str) -> TitledPeople:
    """Collect "<qualifier> <Title> <Name>" mentions of a document.

    Example:
        >>> people = titled_people("U.S. President Jane Doe met Ruritanian President Jon Roe.")
        >>> people.who("president", "us")
        'Jane Doe'
    """
    by_role: dict[tuple[str, str], Counter[str]] = {}
    for match in _titled_names(text):
        title = " ".join(match.group("title").lower().split())
        qualifier = normalize_qualifier(match.group("qual2") or match.group("qual"))
        by_role.setdefault((title, qualifier), Counter())[match.group("name")] += 1
        if qualifier:
            by_role.setdefault((title, ""), Counter())[match.group("name")] += 1
    return TitledPeople(by_role)


_QUALIFIER_REACH = 60  # characters a qualifier ("Ruritanian", "U.S.") may span before a title


def _titled_names(text: str) -> list[re.Match[str]]:
    """The full pattern, tried only just before each title word: a scan for the
    titles is cheap, while trying the optional qualifier at every offset is not."""
    found: list[re.Match[str]] = []
    taken = 0
    for title in _TITLE_WORD.finditer(text):
        if title.start() < taken:
            continue
        lo = max(taken, title.start() - _QUALIFIER_REACH)
        lo = max(lo, text.rfind(" ", 0, lo) + 1)  # start on a word, as a full scan would
        for match in _TITLED_NAME.finditer(text, lo, title.end() + _QUALIFIER_REACH + 40):
            if match.start() <= title.start() < match.end():
                found.append(match)
                taken = match.end()
                break
    return found


def resolve_subject(claim: Claim, people: TitledPeople) -> Claim:
    """Replace a role subject of an age claim by the person it names, when the document says."""
    if claim.kind is not ClaimKind.AGE or not claim.subject:
        return claim
    name = person_name(claim.subject)
    if name is not None:
        return evolve(claim, subject=name) if name != claim.subject else claim
    role = _split_role(claim.subject)
    if role is None:
        return claim
    title, qualifier = role
    person = people.who(title, qualifier)
    return evolve(claim, subject=person) if person else claim


_NAME_TOKEN = re.compile(r"^[A-Z][a-z'’-]+$")


def person_name(subject: str) -> str | None:
    """The name in a titled mention, so "Mayor Ana Ruiz" and "mayor Ana Ruiz" match.

    Example:
        >>> person_name("the fire chief Dana Okafor"), person_name("U.S. president")
        ('Dana Okafor', None)
    """
    words = subject.strip().rstrip(".,").split()
    name: list[str] = []
    for word in reversed(words):
        if not _NAME_TOKEN.match(word) or word.lower() in _TITLE_WORDS:
            break
        name.insert(0, word)
    return " ".join(name) if 2 <= len(name) <= 4 else None


def _split_role(subject: str) -> tuple[str, str] | None:
    words = subject.strip().rstrip(".,").split()
    lowered = [w.lower() for w in words]
    for size in (3, 2, 1):
        if len(lowered) >= size and " ".join(lowered[-size:]) in TITLES:
            if words[-1][:1].isupper() and len(words) == size:
                return None  # a capitalized title alone reads as part of a name
            title = " ".join(lowered[-size:])
            return title, normalize_qualifier(" ".join(words[:-size]))
    return None
