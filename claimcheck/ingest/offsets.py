"""Building and composing :class:`~claimcheck.model.OffsetMap` values.

Every ingest step that changes text (front matter removal, HTML extraction,
mojibake repair) records where each piece of its output came from, so a claim
found in the repaired text can point at the exact characters of the file.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimcheck.model import OffsetMap


class OffsetMapBuilder:
    """Accumulates output pieces with their source offsets.

    A point is recorded only where the alignment (source minus output offset)
    changes, so a text with a few repairs has a map of a few points.

    Example:
        >>> b = OffsetMapBuilder()
        >>> b.add("ab", 0); b.add("’", 2); b.add("s", 5)
        >>> b.text(), b.build().to_original(3)
        ('ab’s', 5)
    """

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._points: list[tuple[int, int]] = []
        self._length = 0
        self._delta = 0

    def add(self, piece: str, source_offset: int) -> None:
        """Append ``piece``, whose first character came from ``source_offset``."""
        if not piece:
            return
        delta = source_offset - self._length
        if delta != self._delta or (not self._points and delta != 0):
            self._points.append((self._length, source_offset))
            self._delta = delta
        self._pieces.append(piece)
        self._length += len(piece)

    def text(self) -> str:
        """The output text so far."""
        return "".join(self._pieces)

    def build(self) -> OffsetMap:
        """The map from output offsets to source offsets."""
        return OffsetMap(tuple(self._points))


def shifted(offset: int) -> OffsetMap:
    """The map of a text that is the source with its first ``offset`` characters cut.

    Example:
        >>> shifted(10).to_original(2)
        12
    """
    return OffsetMap(((0, offset),)) if offset else OffsetMap()


def _with_origin(points: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    # OffsetMap treats offsets before its first point as identity; make that explicit.
    if not points or points[0][0] > 0:
        return [(0, 0), *points]
    return list(points)


def compose(outer: OffsetMap, inner: OffsetMap) -> OffsetMap:
    """The map of applying ``outer`` (text -> middle) then ``inner`` (middle -> source).

    Example:
        >>> compose(shifted(2), shifted(3)).to_original(1)
        6
    """
    if not inner.points:
        return outer
    if not outer.points:
        return inner
    outer_points = _with_origin(outer.points)
    inner_keys = [p[0] for p in _with_origin(inner.points)]
    breaks: set[int] = set()
    for i, (text_at, middle_at) in enumerate(outer_points):
        breaks.add(text_at)
        end = outer_points[i + 1][0] if i + 1 < len(outer_points) else None
        span_end = None if end is None else middle_at + (end - text_at)
        j = bisect.bisect_right(inner_keys, middle_at)
        while j < len(inner_keys) and (span_end is None or inner_keys[j] < span_end):
            breaks.add(text_at + inner_keys[j] - middle_at)
            j += 1
    points: list[tuple[int, int]] = []
    delta = 0
    for text_at in sorted(breaks):
        source_at = inner.to_original(outer.to_original(text_at))
        if source_at - text_at != delta or (not points and source_at != text_at):
            points.append((text_at, source_at))
            delta = source_at - text_at
    return OffsetMap(tuple(points))
