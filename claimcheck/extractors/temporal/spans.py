"""Non-overlapping spans: which finds to keep when two grammars claim the same words."""

from __future__ import annotations

import bisect


class Occupied:
    """A set of disjoint ``[start, end)`` spans, checked and filled in O(log n).

    Example:
        >>> taken = Occupied()
        >>> taken.claim(0, 5), taken.claim(3, 8), taken.claim(5, 8)
        (True, False, True)
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def is_free(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps no span taken so far."""
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        return not (i < len(self._starts) and self._starts[i] < end)

    def claim(self, start: int, end: int) -> bool:
        """Take ``[start, end)`` if it is free; say whether it was."""
        if not self.is_free(start, end):
            return False
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
