"""Clause bounds inside a sentence: a cue word beyond one does not govern a claim.

Shared by the measure, modality and event resolvers, so they agree on what "the
words around a number" are.
"""

from __future__ import annotations

import re

# A clause ends at these; a word beyond one does not govern the number.
CLAUSE_BREAK = re.compile(
    r"[;:()\[\]\"“”]|\s[—–]\s|\s-\s|,\s+(?:but|while|and|which|who|as|after|before)\s|,\s"
)
# Coarser bounds for events: a relative clause still belongs to its antecedent
# ("the call, which is expected to start at 10 a.m.": the time is the call's).
COORDINATE_BREAK = re.compile(r"[;:()\[\]\"“”]|\s[—–]\s|\s-\s|,\s+(?:but|while|and)\s")


def clause_before(sentence: str, start: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The part of the clause that precedes ``sentence[start]``.

    Example:
        >>> clause_before("Crews rested, and on Monday they left", 21)
        'on '
    """
    text = sentence[:start]
    found = list(breaks.finditer(text))
    return text[found[-1].end() :] if found else text


def clause_after(sentence: str, end: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> str:
    """The part of the clause that follows ``sentence[:end]``.

    Example:
        >>> clause_after("It began on Sunday near town, officials said", 18)
        ' near town'
    """
    text = sentence[end:]
    found = breaks.search(text)
    return text[: found.start()] if found else text
