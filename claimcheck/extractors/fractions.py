"""Slash fractions: "a 1/4 mile oval", "10 1/2 miles", "1/3 of voters".

A proper fraction over a denominator that measures use; "9/11" and "24/7" are
names, never fractions, and a date ("12/25") has no such denominator pattern.
"""

from __future__ import annotations

import re

_FRACTION = r"(?P<num>\d{1,2})/(?P<den>2|3|4|5|8|10|16|32)(?![\d/])"
_SLASH_FRACTION = re.compile(_FRACTION)
_MIXED_FRACTION = re.compile(rf"[ \u00a0]{_FRACTION}")


def slash_fraction(
    text: str, start: int, end: int, whole: float
) -> tuple[tuple[float, float], int, bool] | None:
    """The fraction the digits ``text[start:end]`` (value ``whole``) begin or end.

    "1/4" is read from its numerator, "10 1/2" from its whole part. Returns the value
    with the precision of its denominator, the new end, and whether it is a proper
    fraction (no whole part); None when there is none.

    Example:
        >>> slash_fraction("a 10 1/2 mile walk", 2, 4, 10.0)
        ((10.5, 0.25), 8, False)
        >>> slash_fraction("open 24/7", 5, 7, 24.0) is None
        True
    """
    found = _SLASH_FRACTION.match(text, start) if text[end : end + 1] == "/" else None
    base = 0.0
    if found is None and whole.is_integer() and "/" not in text[start:end]:
        found = _MIXED_FRACTION.match(text, end)
        base = whole
    if found is None:
        return None
    numerator, denominator = int(found["num"]), int(found["den"])
    if not 0 < numerator < denominator:
        return None
    return (base + numerator / denominator, 1 / (2 * denominator)), found.end(), not base
