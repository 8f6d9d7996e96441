"""``type: announcement`` — the day the story's event was announced is one fact.

Dates the resolver marks as announcement dates ("announced a merger on
Tuesday", "said on Wednesday it had signed the deal") are compared claim by
claim, across the documents of a story and inside one document: an article
that says "Tuesday" in its lede and "Wednesday" later contradicts itself.

Only announcements by the story's main actors count: an announcer named in no
document's lead (its title and opening sentences) is someone else ("Dow and
DuPont announced their merger in December" in a story about another deal).
An unnamed announcer ("the company said") is taken to be a main actor.

Example rule::

    - id: announcement-date-consistency
      type: announcement
      severity: warning
      message: "Day of the announcement: {readings}"
      select: {kind: date, event: announcement, flags: {not: [unresolved, background]}}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from claimcheck.model import Claim, Document, Finding
from claimcheck.resolve.attribution import is_named
from claimcheck.resolve.structure_words import structure_words
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_header
from claimcheck.rules.values import Tolerance, compatible, disagreeing_readings
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset({"readings"})
_LEAD_CHARS = 600  # a title and the opening sentences name the story's main actors
_CAPITALIZED = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*")


@dataclass(frozen=True, slots=True)
class AnnouncementRule:
    header: RuleHeader

    @classmethod
    def parse(cls, entry: Located) -> AnnouncementRule:
        return cls(parse_header(entry, (), PLACEHOLDERS))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        stories: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            stories[context.story_of(claim)].append(claim)
        findings = []
        for story, members in stories.items():
            actors = main_actors(members, context.documents)
            kept = [c for c in members if _by_main_actor(c, actors)]
            readings = claim_readings(kept)
            if len(readings) > 1:
                text = disagreeing_readings(readings)
                message = self.header.message.render({"readings": text})
                # One witness per document and reading: the same day repeated adds nothing.
                cited = [c for reading in readings for c in _first_per_document(reading)]
                findings.append(make_finding(self.header, message, cited, (), story or None))
        return findings


def claim_readings(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped so that every two in a group agree; the largest group first.

    Unlike the consistency rules, each claim is a witness of its own, so one
    document giving two days is two readings.

    Example:
        >>> import datetime as dt
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def day(doc, d):
        ...     low = dt.datetime(2026, 3, d, tzinfo=dt.UTC).timestamp()
        ...     return Claim(doc, ClaimKind.DATE, 0, 1, str(d), low=low, high=low + 86400)
        >>> [len(r) for r in claim_readings([day("a", 3), day("b", 4), day("a", 4)])]
        [2, 1]
    """
    readings: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.doc, c.start)):
        home = next(
            (r for r in readings if all(compatible(claim, o, Tolerance()) for o in r)), None
        )
        if home is None:
            readings.append([claim])
        else:
            home.append(claim)
    return sorted(readings, key=lambda r: (-len(r), r[0].doc, r[0].start))


def main_actors(claims: Sequence[Claim], documents: Mapping[str, Document]) -> frozenset[str]:
    """The capitalized names (and their initials) of the leads of the claims' documents.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind, Document
        >>> doc = Document("d", "d.txt", "Kessler agrees to buy Varden Seed Co.", "")
        >>> sorted(main_actors([Claim("d", ClaimKind.DATE, 0, 1, "x")], {"d": doc}))
        ['Co', 'Kessler', 'Seed', 'VSC', 'Varden']
    """
    names: set[str] = set()
    for doc_id in {c.doc for c in claims}:
        document = documents.get(doc_id)
        if document is None:
            continue
        lead = f"{document.title or ''}\n{document.text[:_LEAD_CHARS]}"
        for run in _CAPITALIZED.finditer(lead):
            words = [w.strip(".'’") for w in run.group().split()]
            names.update(w for w in words if w)
            if len(words) > 1:
                names.add("".join(w[0] for w in words if w))
    return frozenset(names)


def _by_main_actor(claim: Claim, actors: frozenset[str]) -> bool:
    if not is_named(claim.attribution, structure_words()) or str(claim.attribution).islower():
        return True  # "the company", "the chief executive": one of the story's own
    return any(word in actors for word in str(claim.attribution).split())


def _first_per_document(reading: Sequence[Claim]) -> list[Claim]:
    return list({c.doc: c for c in reversed(reading)}.values())[::-1]
