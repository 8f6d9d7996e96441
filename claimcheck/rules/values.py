"""How a claim's value reads in a finding, and how two claims are compared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.model import Claim, ClaimKind
from claimcheck.yamlfile import Located


def describe(claim: Claim) -> str:
    """A short, normalized reading of a claim for messages.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> describe(Claim("d", ClaimKind.COUNT, 0, 4, "more than  4,500"))
        'more than 4,500'
    """
    if claim.kind is ClaimKind.TIME and claim.datetime_utc is not None:
        return f"{' '.join(claim.text.split())} ({claim.datetime_utc:%Y-%m-%d %H:%M} UTC)"
    if claim.kind is ClaimKind.DATE and claim.date is not None:
        return f"{' '.join(claim.text.split())} ({describe_date(claim)})"
    return " ".join(claim.text.split())


def describe_date(claim: Claim) -> str:
    assert claim.date is not None
    if claim.granularity == "year":
        return f"{claim.date:%Y}"
    if claim.granularity == "month":
        return f"{claim.date:%B %Y}"
    if claim.date_end and claim.date_end != claim.date:
        return f"{claim.date:%Y-%m-%d} to {claim.date_end:%Y-%m-%d}"
    return f"{claim.date:%a %Y-%m-%d}"


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far apart two intervals may be and still agree."""

    relative: float = 0.0
    absolute: float = 0.0  # in the claim's own unit (POSIX seconds for dates and times)

    def slack(self, a: Claim, b: Claim) -> float:
        scale = max(abs(a.value or 0.0), abs(b.value or 0.0))
        return max(self.absolute, self.relative * scale)


def bounds(claim: Claim) -> tuple[float, float] | None:
    """The interval a claim allows: ``[low, high)``, or the point value."""
    if claim.low is not None and claim.high is not None:
        return claim.low, claim.high
    if claim.value is not None:
        return claim.value, claim.value
    return None


def compatible(a: Claim, b: Claim, tolerance: Tolerance) -> bool:
    """Whether two claims' intervals overlap, within the tolerance.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def count(v, lo, hi):
        ...     return Claim("a", ClaimKind.COUNT, 0, 1, "", value=v, low=lo, high=hi)
        >>> x, y = count(10, 9, 11), count(12, 12, 12)
        >>> compatible(x, y, Tolerance()), compatible(x, y, Tolerance(absolute=2))
        (False, True)
    """
    ia, ib = bounds(a), bounds(b)
    if ia is None or ib is None:
        return True  # nothing to compare: not a disagreement
    return overlaps(ia, ib, tolerance.slack(a, b))


def overlaps(a: tuple[float, float], b: tuple[float, float], slack: float = 0.0) -> bool:
    """Whether two half-open intervals ``[low, high)`` overlap, within ``slack``.

    Touching ends do not overlap; a point (``low == high``) is a tiny interval.

    Example:
        >>> overlaps((1.0, 2.0), (2.0, 3.0)), overlaps((2.0, 2.0), (1.0, 3.0))
        (False, True)
    """
    a_low, a_high = a
    b_low, b_high = b
    a_high_cmp = a_high if a_high > a_low else a_high + 1e-9
    b_high_cmp = b_high if b_high > b_low else b_high + 1e-9
    return a_low - slack < b_high_cmp and b_low - slack < a_high_cmp


def gap(a: Claim, b: Claim) -> float:
    """Distance between two claims' intervals (0 when they overlap)."""
    ia, ib = bounds(a), bounds(b)
    if ia is None or ib is None:
        return 0.0
    return max(0.0, ia[0] - ib[1], ib[0] - ia[1])


def humanize_seconds(seconds: float) -> str:
    """``7200`` -> ``'2 h'``; ``86400*3`` -> ``'3 days'``."""
    delta = dt.timedelta(seconds=abs(seconds))
    if delta >= dt.timedelta(days=1):
        days = round(delta / dt.timedelta(days=1))
        return f"{days} day" + ("s" if days != 1 else "")
    if delta >= dt.timedelta(hours=1):
        hours = delta / dt.timedelta(hours=1)
        return f"{hours:.1f} h".replace(".0 h", " h")
    return f"{round(delta / dt.timedelta(minutes=1))} min"


_TOLERANCE_KEYS = {
    "relative": 1.0,
    "absolute": 1.0,
    "minutes": 60.0,
    "hours": 3600.0,
    "days": 86400.0,
}


def parse_tolerance(entry: Located) -> Tolerance:
    """A rule's ``tolerance:`` mapping (relative, absolute, minutes, hours, days)."""
    raw = entry.mapping("tolerance")
    if raw is None:
        return Tolerance()
    relative = 0.0
    absolute = 0.0
    for name, amount in raw.items():
        if name not in _TOLERANCE_KEYS:
            raise raw.error(
                f"unknown tolerance '{name}'", key=name, hint=f"use {', '.join(_TOLERANCE_KEYS)}"
            )
        if not isinstance(amount, int | float) or isinstance(amount, bool) or amount < 0:
            raise raw.error(f"tolerance '{name}' must be a number >= 0", key=name)
        if name == "relative":
            relative = float(amount)
        else:
            absolute = max(absolute, float(amount) * _TOLERANCE_KEYS[name])
    return Tolerance(relative=relative, absolute=absolute)


def disagreeing_readings(readings: Sequence[Sequence[Claim]]) -> str:
    """Readings that disagree, for a finding's message: each reading's first two
    values and its documents ("14 deaths [a, b] vs 41 deaths [c]").

    Example:
        >>> from claimcheck.model import ClaimKind
        >>> def count(doc, n):
        ...     return Claim(doc, ClaimKind.COUNT, 0, 2, str(n), value=n, low=n, high=n)
        >>> disagreeing_readings([[count("a", 14), count("b", 14)], [count("c", 41)]])
        '14 [a, b] vs 41 [c]'
    """
    return " vs ".join(_reading_text(reading) for reading in readings)


def _reading_text(reading: Sequence[Claim]) -> str:
    described = list(dict.fromkeys(describe(c) for c in reading))
    shown = "; ".join(described[:2]) + (
        f"; +{len(described) - 2} more" if len(described) > 2 else ""
    )
    return f"{shown} [{', '.join(dict.fromkeys(c.doc for c in reading))}]"
