"""The timeline view: each source's figures of a measure over as-of time.

Every report draws it from the same data: :func:`timelines` keeps the measures
whose figures hold at more than one moment (a toll that rose, a count that fell),
so a story whose sources all speak of one moment shows no timeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from claimcheck.model import NUMERIC_KINDS, Claim, Document, Flag
from claimcheck.rules.updates import moments, timeline_text


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """One figure of a measure, as one source gives it at one as-of time."""

    source: str
    doc: str
    as_of: dt.datetime
    as_of_from: str
    value: float
    text: str
    claim: str  # claim id


@dataclass(frozen=True, slots=True)
class Timeline:
    """A measure's figures over time, earliest first."""

    measure: str
    unit: str
    points: tuple[TimelinePoint, ...]
    moments: tuple[str, ...]  # each moment as text: figures, as-of time, documents


def timelines(claims: Sequence[Claim], documents: Mapping[str, Document]) -> list[Timeline]:
    """Per measure, each source's values over as-of time (measures with one moment are left out).

    Example:
        >>> import claimcheck
        >>> text = "The quake has killed 83 people, up from 77 reported previously."
        >>> claims = claimcheck.extract(text, published="2025-03-07")
        >>> [(t.measure, [p.value for p in t.points]) for t in timelines(claims, {})]
        [('deaths', [77.0, 83.0])]
    """
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        if _charted(claim):
            assert claim.measure is not None
            groups.setdefault((claim.measure, claim.unit or ""), []).append(claim)
    found = []
    for (measure, unit), members in sorted(groups.items()):
        cut = moments(members)
        if len(cut) < 2:
            continue
        points = sorted(
            (_point(c, documents.get(c.doc)) for c in members),
            key=lambda p: (p.as_of, p.source, p.value),
        )
        found.append(Timeline(measure, unit, tuple(points), tuple(timeline_text(m) for m in cut)))
    return found


def timeline_lines(timeline: Timeline) -> list[str]:
    """The text rendering: one line per moment, earliest first."""
    unit = f" ({timeline.unit})" if timeline.unit else ""
    return [f"{timeline.measure}{unit}", *(f"  {moment}" for moment in timeline.moments)]


def _charted(claim: Claim) -> bool:
    return (
        claim.kind in NUMERIC_KINDS
        and claim.measure is not None
        and claim.value is not None
        and claim.as_of is not None
        and claim.modality in {None, "actual"}
        and not claim.has_flag(Flag.BOILERPLATE)
        and not claim.has_flag(Flag.VAGUE)
    )


def _point(claim: Claim, document: Document | None) -> TimelinePoint:
    assert claim.as_of is not None and claim.value is not None
    return TimelinePoint(
        source=(document.source or document.id) if document else claim.doc,
        doc=claim.doc,
        as_of=claim.as_of,
        as_of_from=claim.as_of_from or "",
        value=claim.value,
        text=" ".join(claim.text.split()),
        claim=claim.id,
    )
