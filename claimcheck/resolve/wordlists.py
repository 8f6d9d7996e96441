"""Case-insensitive search for patterns of lowercase words, at case-sensitive speed.

``re`` scans for a case-sensitive word list by its first letters, but tries a
case-insensitive one at every offset: several times slower on news text, for
patterns run over every sentence or near every claim. Lowercasing ASCII text
keeps every offset, and on ASCII text a case-insensitive pattern matches exactly
where its lowercase form matches the lowercased text; other text is searched as
it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnyCase:
    """A pattern written in lowercase, matched in any case.

    Matches report offsets into the text; their groups are lowercase when the
    text is ASCII.

    Example:
        >>> pattern = AnyCase.compile(r"\\b(?:according to|citing)\\b")
        >>> [m.span() for m in pattern.finditer("According to police, citing data")]
        [(0, 12), (21, 27)]
    """

    lowercase: re.Pattern[str]  # for lowercased ASCII text
    ignorecase: re.Pattern[str]  # for any other text

    @classmethod
    def compile(cls, pattern: str) -> AnyCase:
        """``pattern`` must name its letters in lowercase."""
        return cls(re.compile(pattern), re.compile(pattern, re.IGNORECASE))

    def search(self, text: str) -> re.Match[str] | None:
        if text.isascii():
            return self.lowercase.search(text.lower())
        return self.ignorecase.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        if text.isascii():
            return self.lowercase.match(text.lower())
        return self.ignorecase.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if text.isascii():
            return self.lowercase.finditer(text.lower())
        return self.ignorecase.finditer(text)
