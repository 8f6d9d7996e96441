"""``type: reference`` — claims checked against a facts file.

``check: age`` compares a stated age with the age the person's birth date gives
on the claim's reference date (the document's publication date).
``check: event-date`` compares a date with the known date of the one known event
its sentence names. ``check: total`` compares a count with a known total of its
measure when the sentence has one of the total's words.

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
from claimcheck.rules.header import RuleHeader, parse_choice, parse_header
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset(
    {"person", "expected", "stated", "on", "born", "quote", "event", "measure"}
)
CHECKS = ("age", "event-date", "total")


@dataclass(frozen=True, slots=True)
class ReferenceRule:
    header: RuleHeader
    check: str

    @classmethod
    def parse(cls, entry: Located) -> ReferenceRule:
        header = parse_header(entry, ("check",), PLACEHOLDERS)
        return cls(header, parse_choice(entry, "check", CHECKS))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        checker = {
            "age": self._check_age,
            "event-date": self._check_event_date,
            "total": self._check_total,
        }[self.check]
        findings = []
        for claim in claims:
            finding = checker(claim, context)
            if finding is not None:
                findings.append(finding)
        return findings

    def _finding(self, claim: Claim, context: RuleContext, values: dict[str, str]) -> Finding:
        message = self.header.message.render({"quote": " ".join(claim.text.split()), **values})
        return make_finding(self.header, message, [claim], story=context.story_of(claim) or None)

    def _check_event_date(self, claim: Claim, context: RuleContext) -> Finding | None:
        event = context.facts.event_in(claim.sentence)
        if event is None or claim.date is None:
            return None
        last = claim.date_end or claim.date
        if claim.date <= event.date <= last:
            return None
        stated = claim.date.isoformat() + (f" to {last.isoformat()}" if last != claim.date else "")
        values = {"event": event.name, "expected": event.date.isoformat(), "stated": stated}
        return self._finding(claim, context, values)

    def _check_total(self, claim: Claim, context: RuleContext) -> Finding | None:
        total = context.facts.total_for(claim.measure, claim.sentence)
        if total is None or claim.value is None:
            return None
        low = claim.low if claim.low is not None else claim.value
        high = claim.high if claim.high is not None else claim.value
        if low <= total.value <= high:
            return None
        values = {
            "measure": total.measure,
            "expected": f"{total.value:,g}",
            "stated": " ".join(claim.text.split()),
        }
        return self._finding(claim, context, values)

    def _check_age(self, claim: Claim, context: RuleContext) -> Finding | None:
        person = context.facts.person(claim.subject)
        on = _reference_day(claim, context)
        if person is None or on is None or claim.value is None or claim.unit != "year":
            return None  # facts give ages in years; "18 months old" is not checked
        expected = person.age_on(on)
        low = claim.low if claim.low is not None else claim.value
        high = claim.high if claim.high is not None else claim.value + 1
        if low <= expected < high:
            return None
        values = {
            "person": person.name,
            "expected": str(expected),
            "stated": f"{claim.value:g}",
            "on": on.isoformat(),
            "born": person.born.isoformat(),
        }
        return self._finding(claim, context, values)


def _reference_day(claim: Claim, context: RuleContext) -> dt.date | None:
    if claim.reference is not None:
        return claim.reference
    document = context.documents.get(claim.doc)
    return document.published_date if document else None
