"""Zero counts said in words: "no injuries were reported", "no one was killed".

A toll of zero is a claim like any other: "no deaths" in one report and "three
dead" in another disagree (or are an update, which the rules decide). Only nouns and
verbs of harm and enforcement are read, so "no comment" or "no plans" never count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from claimcheck.model import Claim, ClaimKind, Document, Flag, Sentence

_NOUNS = (
    r"deaths?|fatalities|casualties|injuries|injured|dead|arrests|victims|evacuations"
    r"|survivors|missing"
)
_VERBS = r"killed|injured|hurt|harmed|arrested|died|evacuated|missing"
# "no one was killed" counts the dead: the noun the measure vocabulary knows.
_COUNTED_BY_VERB = {
    "killed": "dead",
    "died": "dead",
    "hurt": "injured",
    "harmed": "injured",
    "arrested": "arrests",
}


@cache
def _zero() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:[Nn]o|[Zz]ero)[^\S\n]+"
        r"(?:reports?[^\S\n]+of[^\S\n]+(?:any[^\S\n]+)?)?"
        r"(?:(?:immediate|further|other|known|confirmed|serious|major|reported)[^\S\n]+)?"
        rf"(?P<noun>{_NOUNS})\b"
        r"|\b(?P<one>[Nn]o[^\S\n]?one|[Nn]obody)[^\S\n]+"
        r"(?:(?:was|were|is|has[^\S\n]+been|had[^\S\n]+been|have[^\S\n]+been)[^\S\n]+)?"
        r"(?:(?:seriously|badly|critically|reportedly)[^\S\n]+)?"
        rf"(?P<verb>{_VERBS})\b"
    )


def _counted(match: re.Match[str]) -> str:
    if match["noun"]:
        return match["noun"].lower()
    verb = match["verb"].lower()
    return _COUNTED_BY_VERB.get(verb, verb)


def extract_zeros(
    doc: Document, sentences: Sequence[Sentence], taken: Sequence[tuple[int, int]] = ()
) -> list[Claim]:
    """Counts of zero said in words, never overlapping a span in ``taken``.

    Example:
        >>> text = "No injuries were reported, the fire service said."
        >>> doc = Document(id="d", path="d.txt", text=text, original=text)
        >>> [claim] = extract_zeros(doc, [Sentence(0, len(text), text)])
        >>> claim.text, claim.value, claim.counted
        ('No injuries', 0.0, 'injuries')
    """
    pattern = _zero()
    claims: list[Claim] = []
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            flags: tuple[str, ...] = ()
            if sentence.boilerplate or doc.is_boilerplate(start, end):
                flags = (Flag.BOILERPLATE.value,)
            claims.append(
                Claim(
                    doc=doc.id,
                    kind=ClaimKind.COUNT,
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    value=0.0,
                    low=0.0,
                    high=0.5,  # a count of zero, rounded like any stated count
                    counted=_counted(match),
                    flags=flags,
                )
            )
    return claims
