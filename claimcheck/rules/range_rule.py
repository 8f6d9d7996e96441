"""``type: range`` — a claim's value must lie within bounds.

Example rule::

    - id: age-plausible
      type: range
      severity: warning
      message: "Implausible age {value} for {subject}"
      select: {kind: age}
      min: 0
      max: 120
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.model import Claim, Finding
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_header
from claimcheck.rules.values import describe
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset({"value", "quote", "subject", "min", "max", "measure", "kind"})


@dataclass(frozen=True, slots=True)
class RangeRule:
    header: RuleHeader
    minimum: float | None
    maximum: float | None

    @classmethod
    def parse(cls, entry: Located) -> RangeRule:
        header = parse_header(entry, ("min", "max"), PLACEHOLDERS)
        minimum, maximum = _bound(entry, "min"), _bound(entry, "max")
        if minimum is None and maximum is None:
            raise entry.error("a range rule needs 'min', 'max' or both")
        if minimum is not None and maximum is not None and minimum > maximum:
            raise entry.error("'min' is greater than 'max'", key="min")
        return cls(header, minimum, maximum)

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        findings = []
        for claim in claims:
            if claim.value is None or self._inside(claim.value):
                continue
            message = self.header.message.render(
                {
                    "value": f"{claim.value:g}",
                    "quote": describe(claim),
                    "subject": claim.subject or claim.counted or "",
                    "min": "" if self.minimum is None else f"{self.minimum:g}",
                    "max": "" if self.maximum is None else f"{self.maximum:g}",
                    "measure": claim.measure or "",
                    "kind": claim.kind.value,
                }
            )
            findings.append(
                make_finding(self.header, message, [claim], story=context.story_of(claim) or None)
            )
        return findings

    def _inside(self, value: float) -> bool:
        if self.minimum is not None and value < self.minimum:
            return False
        return not (self.maximum is not None and value > self.maximum)


def _bound(entry: Located, key: str) -> float | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise entry.error(f"'{key}' must be a number", key=key)
    return float(value)
