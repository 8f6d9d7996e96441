"""``type: parts`` — parts of an event that add up to more than its whole.

A scoped claim ("9 dead in Arden county") is a part and never compared with the
total ("14 dead"); but parts of one level (counties, neighbourhoods) at the same
as-of time cannot add up to more than the total, and a group ("children") cannot
exceed it. Claims are grouped by story, the rule's ``key`` columns and as-of time
(the claim's ``as_of``, else its document's publication time).

Example rule::

    - id: parts-exceed-whole
      type: parts
      severity: warning
      message: "{measure}: the parts add up to {total} ({parts}), more than the whole ({whole})"
      select: {kind: count, measure: {present: true}, flags: {not: [background, vague]}}
      key: [measure, modality]
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimcheck.model import Claim, Finding, Flag
from claimcheck.resolve.structure_words import structure_words
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_header
from claimcheck.rules.select import key_values
from claimcheck.rules.values import Tolerance, bounds, describe, parse_tolerance
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset({"measure", "modality", "key", "total", "parts", "whole"})


@dataclass(frozen=True, slots=True)
class PartsRule:
    header: RuleHeader
    tolerance: Tolerance

    @classmethod
    def parse(cls, entry: Located) -> PartsRule:
        header = parse_header(entry, ("tolerance",), PLACEHOLDERS)
        if not header.key:
            raise entry.error("a parts rule needs 'key'", hint="e.g. key: [measure, modality]")
        return cls(header, parse_tolerance(entry))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        groups: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
        for claim in claims:
            if claim.has_flag(Flag.BACKGROUND):
                continue
            document = context.documents.get(claim.doc)
            values = key_values(claim, document, self.header.key)
            if values is None:
                continue
            published = document.published if document else None
            as_of = _as_of_key(claim.as_of or published)
            groups[(context.story_of(claim), *values, as_of)].append(claim)
        findings = []
        for group_key, members in groups.items():
            findings.extend(self._check(group_key[0], list(group_key[1:-1]), members))
        return findings

    def _check(self, story: str, values: list[str], members: Sequence[Claim]) -> list[Finding]:
        wholes = [c for c in members if not c.scope and bounds(c) is not None]
        if not wholes:
            return []
        whole = max(wholes, key=lambda c: _bounds(c)[1])
        findings = []
        for parts in _levels(c for c in members if c.scope and bounds(c) is not None):
            # Each part at its lowest reading, the whole at its highest: only a sure excess.
            lowest = [min(cs, key=lambda c: _bounds(c)[0]) for cs in parts.values()]
            total = sum(_bounds(c)[0] for c in lowest)
            slack = self.tolerance.slack(whole, whole)
            if total > _bounds(whole)[1] + slack:
                # Shown as stated (9 + 8 = 17); the test used the lowest readings.
                stated = sum(c.value if c.value is not None else _bounds(c)[0] for c in lowest)
                findings.append(self._finding(story, values, lowest, stated, whole))
        return findings

    def _finding(
        self, story: str, values: list[str], parts: list[Claim], total: float, whole: Claim
    ) -> Finding:
        keyed = dict(zip(self.header.key, values, strict=True))
        placeholders = {
            "key": ", ".join(values),
            "measure": keyed.get("measure", whole.measure or ""),
            "modality": keyed.get("modality", whole.modality or ""),
            "total": f"{total:,.10g}",
            "parts": "; ".join(f"{describe(c)} {c.scope} [{c.doc}]" for c in parts),
            "whole": f"{describe(whole)} [{whole.doc}]",
        }
        message = self.header.message.render(placeholders)
        return make_finding(
            self.header, message, [*parts, whole], tuple(keyed.items()), story or None
        )


def _levels(parts: Iterable[Claim]) -> list[dict[str, list[Claim]]]:
    """Parts by level (places of one level add up; each group stands alone), by scope."""
    level_names = set(structure_words().levels.values())
    levels: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in parts:
        scope = str(claim.scope)
        last = scope.split()[-1]
        level = last if last in level_names else f"group {scope}"
        levels[level][scope].append(claim)
    return [dict(scopes) for scopes in levels.values()]


def _bounds(claim: Claim) -> tuple[float, float]:
    found = bounds(claim)
    assert found is not None  # callers keep only claims with a value
    return found


def _as_of_key(when: dt.datetime | None) -> str:
    return when.isoformat() if when is not None else ""
