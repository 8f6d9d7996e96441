"""``type: reference`` — claims checked against a facts file.

``check: age`` compares a stated age with the age the person's birth date gives
on the claim's reference date (the document's publication date).

Example rule::

    - id: age-facts
      type: reference
      check: age
      severity: error
      message: "{person} was {expected} on {on} (born {born}); the text says {stated}"
      select: {kind: age}
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.model import Claim, Finding
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_header
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset({"person", "expected", "stated", "on", "born", "quote"})
CHECKS = ("age",)


@dataclass(frozen=True, slots=True)
class ReferenceRule:
    header: RuleHeader
    check: str

    @classmethod
    def parse(cls, entry: Located) -> ReferenceRule:
        header = parse_header(entry, ("check",), PLACEHOLDERS)
        check = entry.get("check")
        if check not in CHECKS:
            raise entry.error(f"unknown check '{check}'", key="check", hint=f"use one of {CHECKS}")
        return cls(header, str(check))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        findings = []
        for claim in claims:
            finding = self._check_age(claim, context)
            if finding is not None:
                findings.append(finding)
        return findings

    def _check_age(self, claim: Claim, context: RuleContext) -> Finding | None:
        person = context.facts.person(claim.subject)
        on = _reference_day(claim, context)
        if person is None or on is None or claim.value is None:
            return None
        expected = person.age_on(on)
        low = claim.low if claim.low is not None else claim.value
        high = claim.high if claim.high is not None else claim.value + 1
        if low <= expected < high:
            return None
        message = self.header.message.render(
            {
                "person": person.name,
                "expected": str(expected),
                "stated": f"{claim.value:g}",
                "on": on.isoformat(),
                "born": person.born.isoformat(),
                "quote": " ".join(claim.text.split()),
            }
        )
        return make_finding(self.header, message, [claim], story=context.story_of(claim) or None)


def _reference_day(claim: Claim, context: RuleContext) -> dt.date | None:
    if claim.reference is not None:
        return claim.reference
    document = context.documents.get(claim.doc)
    return document.published_date if document else None
