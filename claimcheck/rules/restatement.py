"""``type: restatement`` — a value restated in other units in one article must match.

"155 mph (250 km/h)", "11:58 p.m. local time (7:58 p.m. ET)", "18,500 acres /
7,500 hectares": the second figure restates the first in another unit or zone.
Both are already normalized (quantities to one canonical unit, clock times to
UTC), so a restatement that does not convert is a finding like a cross-source
one, inside a single document.

Example rule::

    - id: restatement-mismatch
      type: restatement
      severity: error
      message: "{first} is not {second} ({apart} apart)"
      select: {kind: quantity}
      tolerance: {relative: 0.05}
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from claimcheck.model import Claim, ClaimKind, Finding
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_header
from claimcheck.rules.values import (
    Tolerance,
    compatible,
    describe,
    gap,
    humanize_seconds,
    parse_tolerance,
)
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset({"first", "second", "apart", "kind", "unit"})
# What may stand between a figure and its restatement: "(", "[", "/", "or", ", or".
_DAY = 86400.0
_LINK = re.compile(r"\s*(?:[(\[/]|,?\s*or\b|,)\s*(?:about|roughly|some|nearly|approximately)?\s*")
_DAY_LINK = re.compile(
    r"[ ,]*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day[ ,]*(?:[(\[/]|,?\s*or\b)\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RestatementRule:
    header: RuleHeader
    tolerance: Tolerance

    @classmethod
    def parse(cls, entry: Located) -> RestatementRule:
        return cls(parse_header(entry, ("tolerance",), PLACEHOLDERS), parse_tolerance(entry))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        findings = []
        for first, second in restated_pairs(claims, context):
            if _restates(first, _same_day(second, first), self.tolerance):
                continue
            placeholders = {
                "first": describe(first),
                "second": describe(second),
                "apart": _apart(first, second),
                "kind": first.kind.value,
                "unit": first.unit or "",
            }
            message = self.header.message.render(placeholders)
            story = context.story_of(first) or None
            findings.append(make_finding(self.header, message, [first, second], (), story))
        return findings


def restated_pairs(claims: Sequence[Claim], context: RuleContext) -> Iterator[tuple[Claim, Claim]]:
    """Neighbouring claims of one document where the second restates the first.

    Both must be of one kind and normalized to one unit (or both be clock times
    with a UTC instant), written next to each other: "6 miles (10 km)".
    """
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc].append(claim)
    for doc, members in by_doc.items():
        document = context.documents.get(doc)
        if document is None:
            continue
        members.sort(key=lambda c: c.start)
        for first, second in itertools.pairwise(members):
            between = document.text[first.end : second.start]
            if _LINK.fullmatch(between) and _same_measure(first, second):
                yield first, second
        # "11:40 p.m. local time Friday (10:40 a.m. ET)": a day word (itself a date
        # claim) may stand between a clock time and its restatement.
        times = [c for c in members if c.kind is ClaimKind.TIME]
        for first, second in itertools.pairwise(times):
            between = document.text[first.end : second.start]
            if _DAY_LINK.fullmatch(between) and _same_measure(first, second):
                yield first, second


def _same_measure(a: Claim, b: Claim) -> bool:
    # "5 km or 6 km", "7 p.m. or 8 p.m." are alternatives, not one value restated.
    written_alike = a.text.split()[1:] == b.text.split()[1:]
    if a.kind is not b.kind or written_alike:
        return False
    if a.kind is ClaimKind.TIME:
        return a.datetime_utc is not None and b.datetime_utc is not None
    return a.unit is not None and a.unit == b.unit


def _restates(first: Claim, second: Claim, tolerance: Tolerance) -> bool:
    """Whether one figure, converted, is what the other says, read as the other's
    rounding allows: "155 mph (250 km/h)" holds (249.4 is in [245, 255)), "150 mph
    (260 km/h)" does not (241.4 is not, nor is 161.6 in [145, 155)). Two rounded
    intervals overlapping is not enough: a restatement is a conversion of one number.
    Clock times are compared as instants, as in the consistency rules.
    """
    if first.kind is ClaimKind.TIME:
        return compatible(first, second, tolerance)
    return _within(first, second, tolerance) or _within(second, first, tolerance)


def _within(point: Claim, interval: Claim, tolerance: Tolerance) -> bool:
    if point.value is None or interval.low is None or interval.high is None:
        return True  # nothing to compare: not a disagreement
    slack = tolerance.slack(point, interval)
    return interval.low - slack <= point.value <= interval.high + slack


def _same_day(claim: Claim, near: Claim) -> Claim:
    """A clock time moved by whole days next to ``near``: each side of a restatement
    may have been dated on its own ("11 p.m. Saturday (0400 GMT)"), the clock is what
    is restated."""
    if claim.kind is not ClaimKind.TIME or claim.value is None or near.value is None:
        return claim
    shift = round((near.value - claim.value) / _DAY) * _DAY
    if not shift:
        return claim
    return replace(
        claim,
        value=claim.value + shift,
        low=None if claim.low is None else claim.low + shift,
        high=None if claim.high is None else claim.high + shift,
    )


def _apart(a: Claim, b: Claim) -> str:
    if a.kind is ClaimKind.TIME:
        return humanize_seconds(gap(a, _same_day(b, a)))
    return f"{gap(a, b):,.3g} {a.unit or ''}".strip()
