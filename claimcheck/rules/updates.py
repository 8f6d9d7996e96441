"""Figures of one measure over time: updates, counts that fell, and real contradictions.

A consistency rule groups the claims of one measure; for a measure whose values
change with time (nature ``cumulative`` or ``level``, see
:mod:`claimcheck.resolve.natures`) this module cuts the group into *moments* —
claims whose as-of windows overlap (:func:`claimcheck.resolve.as_of.as_of_window`)
— so that only figures of the same moment are compared as readings, and figures
of successive moments become changes:

* a later, higher figure is an update (``info``),
* a later, lower figure of a cumulative measure is a count that fell (``warning``:
  a correction, or an error),
* different figures of one moment disagree (the rule's own severity) — except for
  a ``level`` measure whose moment comes only from publication days, where the
  figures may be of different hours (``info``: as-of times unclear).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from claimcheck.model import Claim, Severity
from claimcheck.resolve.as_of import EARLIER, PUBLICATION, as_of_window
from claimcheck.resolve.natures import CUMULATIVE, LEVEL
from claimcheck.rules.values import Tolerance, compatible, describe

_ALL_TIME = (dt.datetime.min.replace(tzinfo=dt.UTC), dt.datetime.max.replace(tzinfo=dt.UTC))


@dataclass(frozen=True, slots=True)
class Change:
    """Two successive moments of a measure whose figures differ."""

    earlier: tuple[Claim, ...]
    later: tuple[Claim, ...]
    rose: bool

    def severity(self, nature: str) -> Severity:
        """An update is news; a cumulative count that fell needs a look."""
        return Severity.WARNING if nature == CUMULATIVE and not self.rose else Severity.INFO

    def message(self, measure: str) -> str:
        verb = "rose" if self.rose else "fell"
        before, after = timeline_text(self.earlier), timeline_text(self.later)
        return f"{measure} {verb} over time: {before} -> {after}"


def moments(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped by overlapping as-of windows, earliest first.

    A claim without an as-of time could hold at any time: it joins every moment.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def at(day):
        ...     when = dt.datetime(2025, 3, day, tzinfo=dt.UTC)
        ...     return Claim("d", ClaimKind.COUNT, 0, 1, str(day), as_of=when)
        >>> [[c.text for c in m] for m in moments([at(5), at(3), at(5)])]
        [['3'], ['5', '5']]
    """
    windows = [(as_of_window(c), c) for c in claims]
    timed = sorted(
        ((window, c) for window, c in windows if window is not None), key=lambda pair: pair[0]
    )
    untimed = [c for window, c in windows if window is None]
    if not timed:
        return [list(claims)] if claims else []
    groups: list[list[Claim]] = []
    end = _ALL_TIME[0]
    alone = False
    for (start, stop), claim in timed:
        # A figure its own article calls earlier ("up from 61") is that page's history:
        # a moment of its own, never merged with other outlets' figures of the day.
        earlier = claim.as_of_from == EARLIER
        if groups and start < end and not earlier and not alone:
            groups[-1].append(claim)
            end = max(end, stop)
        else:
            groups.append([claim])
            end = stop
        alone = earlier
    return [[*group, *untimed] for group in groups]


def same_time_sets(moment: Sequence[Claim]) -> list[list[Claim]]:
    """The claims of a moment that are known to hold at one time: those known only by
    their day, and those of each exact minute.

    A figure of 11:20 and a figure of "Monday" share a moment, but a running toll
    moves within a day: only figures of one precision and time contradict.
    """
    by_window: dict[tuple[dt.datetime, dt.datetime] | None, list[Claim]] = {}
    for claim in moment:
        window = as_of_window(claim)
        if window is not None and window[1] - window[0] >= dt.timedelta(days=1):
            window = (_ALL_TIME[0], _ALL_TIME[0])  # every day-level figure: one set
        by_window.setdefault(window, []).append(claim)
    untimed = by_window.pop(None, [])
    return [[*claims, *untimed] for claims in by_window.values()] or [untimed]


def changes(groups: Sequence[Sequence[Claim]], tolerance: Tolerance) -> list[Change]:
    """Successive moments whose figures share no reading: a rise or a fall."""
    found = []
    for earlier, later in pairwise(groups):
        own_earlier = [c for c in earlier if c not in later]
        own_later = [c for c in later if c not in earlier]
        if not own_earlier or not own_later:
            continue
        if any(compatible(a, b, tolerance) for a in own_earlier for b in own_later):
            continue
        rose = _middle(own_later) > _middle(own_earlier)
        found.append(Change(tuple(own_earlier), tuple(own_later), rose))
    return found


def moment_severity(moment: Sequence[Claim], nature: str, severity: Severity) -> Severity:
    """How serious a disagreement inside one moment is (see the module docstring)."""
    if nature == LEVEL and any(c.as_of_from in {PUBLICATION, None} for c in moment):
        return Severity.INFO
    return severity


def timeline_text(claims: Sequence[Claim]) -> str:
    """``'77 (earlier, 2025-03-04) [wire]'``: figures with their as-of time and documents."""
    shown = "; ".join(dict.fromkeys(describe(c) for c in claims))
    when = _when(claims[0])
    docs = ", ".join(dict.fromkeys(c.doc for c in claims))
    return f"{shown} ({when}) [{docs}]"


def _when(claim: Claim) -> str:
    if claim.as_of is None:
        return "as of unknown"
    window = as_of_window(claim)
    assert window is not None
    start, end = window
    if claim.as_of_from == EARLIER:
        return f"earlier than {end:%Y-%m-%d %H:%M} UTC"
    if end - start >= dt.timedelta(days=1):
        return f"{start:%Y-%m-%d}"
    return f"{start:%Y-%m-%d %H:%M} UTC"


def _middle(claims: Sequence[Claim]) -> float:
    values = sorted(v for c in claims if (v := c.value) is not None)
    return values[len(values) // 2] if values else 0.0
