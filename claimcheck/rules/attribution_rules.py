"""``type: sources`` — named sources that give different values ("sources differ").

Claims are grouped as a consistency rule groups them (story, ``key`` columns,
then scope and background event). When the values disagree only because
different named sources are quoted ("USGS said 6.1", "the CENC said 6.5"), the
consistency rules stay quiet and this rule reports it, usually as ``info``, with
each source's reading. The same source quoted with different values is left to
the consistency rules: that is a contradiction.

Example rule::

    - id: sources-differ
      type: sources
      severity: info
      message: "{measure}: sources differ: {sources}"
      select: {kind: [count, quantity, percent, money], measure: {present: true}}
      key: [kind, measure, modality]
      tolerance: {relative: 0.01}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.model import Claim, Finding
from claimcheck.rules.comparable import by_named_source, comparable_parts, sources_explain
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_header
from claimcheck.rules.values import Tolerance, compatible, describe, parse_tolerance
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset({"key", "sources", "measure", "modality", "event", "kind", "unit"})


@dataclass(frozen=True, slots=True)
class SourcesRule:
    header: RuleHeader
    tolerance: Tolerance

    @classmethod
    def parse(cls, entry: Located) -> SourcesRule:
        header = parse_header(entry, ("tolerance",), PLACEHOLDERS)
        if not header.key:
            raise entry.error("a sources rule needs 'key'", hint="e.g. key: [kind, measure]")
        return cls(header, parse_tolerance(entry))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        groups = context.by_story_key(claims, self.header.key)
        findings = []
        for group_key, members in groups.items():
            for part in comparable_parts(members):
                # Like the consistency rules, across outlets: one article quoting two
                # sources is its own story's context, not a disagreement to report.
                several = len({c.doc for c in part}) > 1
                if several and sources_explain(part, self.tolerance) and self._disagree(part):
                    findings.append(self._finding(group_key[0], list(group_key[1:]), part))
        return findings

    def _disagree(self, part: Sequence[Claim]) -> bool:
        readings = list(by_named_source(part).values())
        return any(
            not compatible(a, b, self.tolerance)
            for i, first in enumerate(readings)
            for second in readings[i + 1 :]
            for a in first
            for b in second
        )

    def _finding(self, story: str, values: list[str], part: Sequence[Claim]) -> Finding:
        sources = by_named_source(part)
        keyed = dict(zip(self.header.key, values, strict=True))
        sample = part[0]
        placeholders = {
            "key": ", ".join(values),
            "sources": " vs ".join(_source_text(name, cs) for name, cs in sorted(sources.items())),
            "kind": sample.kind.value,
            "unit": sample.unit or "",
            "measure": keyed.get("measure", sample.measure or ""),
            "modality": keyed.get("modality", sample.modality or ""),
            "event": keyed.get("event", sample.event or ""),
        }
        cited = [c for name in sorted(sources) for c in sources[name]]
        return make_finding(
            self.header,
            self.header.message.render(placeholders),
            cited,
            tuple(keyed.items()),
            story or None,
        )


def _source_text(name: str, claims: Sequence[Claim]) -> str:
    shown = "; ".join(dict.fromkeys(describe(c) for c in claims))
    docs = ", ".join(dict.fromkeys(c.doc for c in claims))
    return f"{shown} ({name}) [{docs}]"
