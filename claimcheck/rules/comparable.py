"""Which claims of a group are comparable at all, and when sources explain a difference.

Used by the consistency rules (one call each) and by the ``sources`` rule type:

- a part ("in the Arden Hill neighbourhood", "children") is compared only with
  claims of the same scope, never with the event's total;
- a claim about a background event ("the 2008 quake") only with claims about
  that event;
- incompatible values that each come from a different named source ("USGS
  said 6.1", "the CENC said 6.5") are "sources differ", not a contradiction,
  unless one source is itself quoted with incompatible values.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from claimcheck.model import Claim, Flag
from claimcheck.resolve.attribution import is_named, may_be_one
from claimcheck.resolve.structure_words import structure_words
from claimcheck.rules.values import Tolerance, compatible


def comparable_key(claim: Claim) -> tuple[str, str]:
    """What must be equal for two claims to be compared: scope and background event.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> comparable_key(Claim("d", ClaimKind.COUNT, 0, 2, "16", scope="Arden county"))
        ('Arden county', '')
    """
    background = claim.event or "" if claim.has_flag(Flag.BACKGROUND) else ""
    return (claim.scope or "", background)


def comparable_parts(members: Sequence[Claim]) -> list[list[Claim]]:
    """``members`` split into groups of claims that may be compared with each other."""
    parts: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in members:
        parts[comparable_key(claim)].append(claim)
    return list(parts.values())


def by_named_source(members: Sequence[Claim]) -> dict[str, list[Claim]]:
    """The claims of named sources, by source; generic and unattributed ones left out."""
    words = structure_words()
    sources: dict[str, list[Claim]] = defaultdict(list)
    for claim in members:
        if is_named(claim.attribution, words):
            sources[str(claim.attribution)].append(claim)
    return dict(sources)


def sources_explain(members: Sequence[Claim], tolerance: Tolerance) -> bool:
    """Whether a disagreement among ``members`` is one of named sources, not of outlets.

    True when two or more named sources are quoted, each consistently with itself,
    none possibly the other (a role such as "the county coroner" may be the
    person named elsewhere), and every other claim agrees with one of them (an
    outlet repeating USGS's figure without saying so is not a third reading).

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def mag(doc, v, source):
        ...     return Claim(doc, ClaimKind.QUANTITY, 0, 3, str(v), value=v, low=v - 0.05,
        ...                  high=v + 0.05, attribution=source)
        >>> sources_explain([mag("a", 6.1, "USGS"), mag("b", 6.5, "CENC")], Tolerance())
        True
        >>> sources_explain([mag("a", 6.1, "USGS"), mag("b", 6.5, "USGS")], Tolerance())
        False
    """
    sources = by_named_source(members)
    names = sorted(sources)
    if len(names) < 2 or any(may_be_one(a, b) for i, a in enumerate(names) for b in names[i + 1 :]):
        return False
    for claims in sources.values():
        if not all(compatible(a, b, tolerance) for a in claims for b in claims):
            return False
    named = [c for claims in sources.values() for c in claims]
    others = [c for c in members if not is_named(c.attribution, structure_words())]
    return all(any(compatible(c, n, tolerance) for n in named) for c in others)
