"""The interval picture of a disagreement: every source's interval on one axis.

Computed once here from a :class:`~claimcheck.report.views.FindingView`; the
terminal draws it with block characters (:func:`block_lines`), HTML as inline
SVG. Dates and times are intervals of POSIX seconds like every other claim.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from claimcheck.model import ClaimKind
from claimcheck.report.views import FindingView, clean

_PAD = 0.08  # share of the axis left empty at either end, so edge bars stay visible
_LABEL_WIDTH = 20
_VALUE_WIDTH = 16
_FULL, _POINT, _AXIS = "█", "┃", "·"


@dataclass(frozen=True, slots=True)
class Bar:
    """One source's interval: ``[low, high)``, a point when they are equal."""

    label: str
    low: float
    high: float
    value: str  # the claim as the source wrote it


@dataclass(frozen=True, slots=True)
class IntervalPicture:
    """Bars on one axis ``[start, end]``; ``low_label``/``high_label`` name its extremes."""

    kind: ClaimKind
    start: float
    end: float
    bars: tuple[Bar, ...]
    low_label: str
    high_label: str

    def position(self, x: float) -> float:
        """Where ``x`` lies on the axis, 0.0 (start) to 1.0 (end)."""
        return min(1.0, max(0.0, (x - self.start) / (self.end - self.start)))


def interval_picture(view: FindingView) -> IntervalPicture | None:
    """The picture of a finding, or None when fewer than two sources have an interval.

    Example:
        >>> from claimcheck.model import Finding, Severity
        >>> from claimcheck.report.views import claim_row
        >>> from claimcheck.model import Claim
        >>> a = Claim("a", ClaimKind.COUNT, 0, 2, "12", value=12, low=11.5, high=12.5)
        >>> b = Claim("b", ClaimKind.COUNT, 0, 2, "21", value=21, low=20.5, high=21.5)
        >>> f = Finding("count", Severity.ERROR, "differ", ("a", "b"))
        >>> picture = interval_picture(FindingView(f, (claim_row(a, None), claim_row(b, None))))
        >>> picture.low_label, picture.high_label
        ('11.5', '21.5')
    """
    bars = tuple(
        Bar(clean(row.source), row.claim.low, row.claim.high, clean(row.quote))
        for row in view.rows
        if row.claim.low is not None and row.claim.high is not None
    )
    kinds = {row.claim.kind for row in view.rows}
    if len(bars) < 2 or len(kinds) != 1:
        return None
    low = min(b.low for b in bars)
    high = max(b.high for b in bars)
    kind = kinds.pop()
    span = high - low or max(abs(high), 1.0)
    return IntervalPicture(
        kind=kind,
        start=low - span * _PAD,
        end=high + span * _PAD,
        bars=bars,
        low_label=axis_label(low, kind),
        # a date interval ends at the next midnight (exclusive): name its last day
        high_label=axis_label(high - 1 if kind is ClaimKind.DATE else high, kind),
    )


def axis_label(x: float, kind: ClaimKind) -> str:
    """An axis end in the claims' own terms: a date, a UTC time or a number.

    Example:
        >>> axis_label(1740960000.0, ClaimKind.DATE)
        '2025-03-03'
        >>> axis_label(2350000.0, ClaimKind.MONEY)
        '2,350,000'
    """
    if kind in {ClaimKind.DATE, ClaimKind.TIME}:
        instant = dt.datetime.fromtimestamp(x, dt.UTC)
        return f"{instant:%Y-%m-%d}" if kind is ClaimKind.DATE else f"{instant:%m-%d %H:%M} UTC"
    return f"{x:,.6g}" if abs(x) < 1e6 else f"{x:,.0f}"


def block_lines(picture: IntervalPicture, width: int) -> list[str]:
    """The picture as text lines of at most ``width`` characters (block characters).

    Example:
        >>> p = IntervalPicture(ClaimKind.COUNT, 0.0, 10.0, (Bar("A", 0, 5, "2"),), "0", "5")
        >>> block_lines(p, 47)[0]
        'A                   █████····· 2'
    """
    cells = max(10, width - _LABEL_WIDTH - _VALUE_WIDTH - 1)
    lines = []
    for bar in picture.bars:
        label = _fit(bar.label, _LABEL_WIDTH - 1).ljust(_LABEL_WIDTH)
        lines.append(f"{label}{_cells(picture, bar, cells)} {_fit(bar.value, _VALUE_WIDTH)}")
    start = picture.position(min(b.low for b in picture.bars))
    end = picture.position(max(b.high for b in picture.bars))
    axis = [" "] * (cells + _VALUE_WIDTH)
    # the same cells as _cells: the labels line up with the bars' outer edges
    _put(axis, int(start * cells), picture.low_label)
    _put(axis, max(0, int(end * cells - 1e-9) + 1 - len(picture.high_label)), picture.high_label)
    lines.append(" " * _LABEL_WIDTH + "".join(axis).rstrip())
    return lines


def _cells(picture: IntervalPicture, bar: Bar, cells: int) -> str:
    first = int(picture.position(bar.low) * cells)
    last = int(
        picture.position(bar.high) * cells - 1e-9
    )  # [low, high): high's cell only if entered
    if bar.high <= bar.low or last < first:
        return _AXIS * first + _POINT + _AXIS * (cells - first - 1)
    last = min(last, cells - 1)
    return _AXIS * first + _FULL * (last - first + 1) + _AXIS * (cells - last - 1)


def _put(line: list[str], at: int, text: str) -> None:
    at = max(0, min(at, len(line) - len(text)))
    if any(c != " " for c in line[at : at + len(text)]):
        at = len("".join(line).rstrip()) + 1  # the labels would overlap: keep both readable
    line[at : at + len(text)] = list(text)


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
