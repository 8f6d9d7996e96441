"""``type: consistency`` — claims about the same thing must agree across sources.

Claims are selected, grouped by the rule's ``key`` columns (within a story),
and each document's claims in a group are compared with every other
document's: two documents agree when any of their intervals overlap within the
tolerance. Documents that agree form a reading; more than one reading is a
finding. Grouping makes this linear in the number of claims, not quadratic.

Example rule::

    - id: count-consistency
      type: consistency
      severity: error
      message: "{measure} ({modality}): {readings}"
      select: {kind: count, measure: {present: true}}
      key: [measure, modality]
      tolerance: {relative: 0.02}
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.model import Claim, ClaimKind, Finding, Severity
from claimcheck.resolve.natures import ESTIMATE, OVER_TIME
from claimcheck.rules.comparable import comparable_parts, sources_explain
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import fingerprint, make_finding
from claimcheck.rules.header import RuleHeader, parse_header
from claimcheck.rules.updates import changes, moment_severity, moments, same_time_sets
from claimcheck.rules.values import (
    Tolerance,
    compatible,
    disagreeing_readings,
    gap,
    humanize_seconds,
    parse_tolerance,
)
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset(
    {"key", "readings", "apart", "measure", "modality", "event", "kind", "unit"}
)


@dataclass(frozen=True, slots=True)
class ConsistencyRule:
    header: RuleHeader
    tolerance: Tolerance

    @classmethod
    def parse(cls, entry: Located) -> ConsistencyRule:
        header = parse_header(entry, ("tolerance",), PLACEHOLDERS)
        if not header.key:
            raise entry.error(
                "a consistency rule needs 'key'", hint="e.g. key: [measure, modality]"
            )
        return cls(header, parse_tolerance(entry))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        groups = context.by_story_key(claims, self.header.key)
        findings = []
        for group_key, members in groups.items():
            nature = self._nature(group_key, context)
            for part in comparable_parts(members):  # a part is never compared with the whole
                if nature in OVER_TIME:
                    findings.extend(self._over_time(group_key, part, nature, context))
                    continue
                readings = self._readings(part)
                if len(readings) > 1 and not sources_explain(part, self.tolerance):
                    finding = self._finding(group_key, readings, context)
                    if nature == ESTIMATE and finding.severity.rank > Severity.WARNING.rank:
                        finding = replace(finding, severity=Severity.WARNING)
                    findings.append(finding)
        return findings

    def _nature(self, group_key: tuple[str, ...], context: RuleContext) -> str | None:
        if "measure" not in self.header.key:
            return None
        return context.natures.get(group_key[1 + self.header.key.index("measure")])

    def _over_time(
        self,
        group_key: tuple[str, ...],
        members: Sequence[Claim],
        nature: str,
        context: RuleContext,
    ) -> list[Finding]:
        """Compare figures of one moment; report changes between moments (updates.py)."""
        findings = []
        groups = moments(members)
        for moment in groups:
            readings = self._readings(moment)
            if len(readings) > 1 and not sources_explain(moment, self.tolerance):
                finding = self._finding(group_key, readings, context)
                severity = moment_severity(moment, nature, finding.severity)
                if not any(len(self._readings(s)) > 1 for s in same_time_sets(moment)):
                    severity = Severity.INFO  # figures of one day at different hours
                findings.append(replace(finding, severity=severity))
        measure = group_key[1 + self.header.key.index("measure")]
        for change in changes(groups, self.tolerance):
            claims = [*change.earlier, *change.later]
            finding = self._finding(group_key, [list(change.earlier), list(change.later)], context)
            findings.append(
                replace(
                    finding,
                    severity=change.severity(nature),
                    message=change.message(measure),
                    fingerprint=fingerprint(f"{self.header.id}/change", group_key[0], claims),
                )
            )
        return findings

    def _readings(self, members: Sequence[Claim]) -> list[list[Claim]]:
        """Documents grouped so that every two in a reading agree; each group is one reading.

        The most precise documents are placed first, so a loose figure ("over 60,000")
        that fits two incompatible ones (68,000 and "about 60,000") joins one of them
        and never bridges them into a single reading.
        """
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for claim in members:
            by_doc[claim.doc].append(claim)
        agreed: dict[tuple[str, str], bool] = {}  # both passes ask about the same documents

        def agree(doc: str, other: str) -> bool:
            known = agreed.get((doc, other))
            if known is None:
                known = agreed[(doc, other)] = self._agree(by_doc[doc], by_doc[other])
            return known

        readings: list[list[str]] = []
        for doc in sorted(by_doc, key=lambda d: (_width(by_doc[d]), d)):
            home = next((r for r in readings if all(agree(doc, o) for o in r)), None)
            if home is None:
                readings.append([doc])
            else:
                home.append(doc)
        if len(readings) > 1:
            # A document that fits every reading takes no side: it is not evidence.
            sided = [[d for d in r if not all(agree(d, o) for o in by_doc)] for r in readings]
            readings = [r for r in sided if r] if sum(bool(r) for r in sided) > 1 else readings
        components = [[c for d in sorted(r) for c in by_doc[d]] for r in readings]
        return sorted(components, key=lambda cs: (-len({c.doc for c in cs}), cs[0].doc))

    def _agree(self, a: Sequence[Claim], b: Sequence[Claim]) -> bool:
        return any(compatible(x, y, self.tolerance) for x in a for y in b)

    def _finding(
        self, group_key: tuple[str, ...], readings: list[list[Claim]], context: RuleContext
    ) -> Finding:
        story, *values = group_key
        keyed = dict(zip(self.header.key, values, strict=True))
        text = disagreeing_readings(readings)
        sample = readings[0][0]
        placeholders = {
            "key": ", ".join(values),
            "readings": text,
            "apart": _apart(readings),
            "kind": sample.kind.value,
            "unit": sample.unit or "",
            "measure": keyed.get("measure", sample.measure or ""),
            "modality": keyed.get("modality", sample.modality or ""),
            "event": keyed.get("event", sample.event or ""),
        }
        claims = [c for reading in readings for c in reading]
        return make_finding(
            self.header,
            self.header.message.render(placeholders),
            claims,
            tuple(keyed.items()),
            story or None,
        )


def _width(claims: Sequence[Claim]) -> float:
    """How loose a document's figures are: its narrowest interval, relative to the value."""
    widths = [
        (c.high - c.low) / max(abs(c.value), 1e-9)
        for c in claims
        if c.low is not None and c.high is not None and c.value is not None
    ]
    return min(widths, default=math.inf)


def _apart(readings: list[list[Claim]]) -> str:
    """How far apart the two main readings' stated values are ("2 h" for 10:00 vs 12:00)."""
    first, second = readings[0], readings[1]
    distance = min(_value_distance(a, b) for a in first for b in second)
    if first[0].kind in {ClaimKind.DATE, ClaimKind.TIME}:
        return humanize_seconds(distance)
    return f"{distance:,.10g}"


def _value_distance(a: Claim, b: Claim) -> float:
    if a.value is None or b.value is None:
        return gap(a, b)
    return abs(a.value - b.value)
