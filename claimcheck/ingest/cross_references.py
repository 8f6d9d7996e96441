"""Inline cross-references to other articles, whose numbers are not this story's claims.

Trade and wire copy points to earlier coverage inside a paragraph:
``(Also see "Biotech Sales Cross $10bn Mark" - Scrip, 2 Feb, 2023.)``. The quoted
headline belongs to another article, so its figures must neither support nor
contradict anything; the span joins the document's boilerplate (line-based
furniture is found by :mod:`claimcheck.ingest.boilerplate`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from claimcheck.model import Span


@cache
def _cross_reference() -> re.Pattern[str]:
    # Bounded, newline-free pieces: each attempt starts at a "(" and reads at most ~450 characters.
    return re.compile(
        r"\((?:also see|see also|see|also read|read more|related)\s*:?\s*"
        r"[\"“][^\"”\n]{1,300}[\"”][^()\n]{0,120}\)",
        re.IGNORECASE,
    )


def find_cross_references(text: str) -> tuple[Span, ...]:
    """Spans of parenthesised pointers to other articles' headlines.

    Example:
        >>> text = 'Sales fell. (Also see "Rival Tops $10bn" - Scrip, 2 Feb, 2023.) Costs rose.'
        >>> [text[s.start:s.end] for s in find_cross_references(text)]
        ['(Also see "Rival Tops $10bn" - Scrip, 2 Feb, 2023.)']
    """
    return tuple(Span(m.start(), m.end()) for m in _cross_reference().finditer(text))


def merge_spans(*groups: Iterable[Span]) -> tuple[Span, ...]:
    """Spans of several finders as one sorted tuple, overlapping spans joined.

    Example:
        >>> merge_spans([Span(0, 5), Span(20, 30)], [Span(3, 8)])
        (Span(start=0, end=8), Span(start=20, end=30))
    """
    merged: list[Span] = []
    for span in sorted((s for group in groups for s in group), key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return tuple(merged)
