"""Sentence splitting with offsets: every line is a unit, then abbreviation-aware splits.

Why not a library: none of syntok, pysbd, blingfire or segtok is installed, and the
ones measured elsewhere are far below the ~10 MB/s budget (pysbd runs at tens of
KB/s, syntok at a few hundred KB/s) or need a binary wheel (blingfire). News prose
needs little: each line (headline, caption, dateline) is its own unit, and inside a
paragraph a split goes at ``.!?`` + closing quotes + space + an opening capital or
digit, unless the word before the stop is an abbreviation ("Mr.", "Dec. 7",
"U.S.", "a.m.", "No. 3", an initial "J. Smith"). One regex pass per line keeps it
linear; measured ~25 MB/s on news text (see tests/ingest/test_sentences.py).
"""

from __future__ import annotations

import bisect
import functools
import re

from claimcheck.ingest.dates import zone_names
from claimcheck.ingest.lines import text_lines
from claimcheck.model import Document, Sentence

_LONGEST = 2000  # characters; longer runs without a sentence end are cut at spaces

# Always abbreviations when followed by more of the same sentence.
_TITLES = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "rep",
        "sen",
        "gov",
        "pres",
        "supt",
        "insp",
        "det",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "rev",
        "hon",
        "messrs",
        "mme",
        "mlle",
        "sen",
        "amb",
        "gens",
        "reps",
        "sens",
        "fig",
        "vs",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
        "bros",
        "dept",
        "univ",
        "approx",
        "est",
    )
)
# Month abbreviations split only before a digit ("Dec. 7"), not before a new sentence.
_BEFORE_DIGIT = frozenset(
    (
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vol",
        "pp",
        "art",
    )
)


# After "a.m."/"p.m.", a zone or a day continues the sentence ("5 p.m. ET on Friday").
@functools.cache
def _zone_or_day() -> frozenset[str]:
    """Words that continue a sentence after "a.m."/"p.m.": a zone or a day."""
    return frozenset({zone.lower() for zone in zone_names()}).union(
        (
            "local",
            "mountain",
            "eastern",
            "pacific",
            "central",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "tomorrow",
            "yesterday",
        )
    )


@functools.cache
def _boundary() -> re.Pattern[str]:
    return re.compile(r"[.!?…]+[\"'”’)\]]*[ \t\u00a0]+(?=[\"'“‘(\[]?[A-Z0-9\u00c0-\u00de])")


def _word_before(line: str, stop: int) -> str:
    limit = max(0, stop - 24)
    start = max(line.rfind(" ", limit, stop), line.rfind("\u00a0", limit, stop)) + 1
    return line[max(start, limit) : stop].lstrip('(["“')


def _next_word(line: str, at: int) -> str:
    # "(10:40 a.m. ET) near": a restatement's closing bracket is not part of the word.
    return line[at : at + 24].split(" ", 1)[0].strip(".,;:!?()[]\"'“”‘’")


def _is_abbreviation(line: str, match: re.Match[str]) -> bool:
    if line[match.start()] != ".":
        return False
    word = _word_before(line, match.start())
    bare = word.lower().strip("'’")
    if bare in _TITLES:
        return True
    if bare in _BEFORE_DIGIT:
        return line[match.end() : match.end() + 1].isdigit()
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if "." in word:  # "U.S.", "a.m", "p.m", "D.C"
        if bare in {"a.m", "p.m"}:
            return _next_word(line, match.end()).lower() in _zone_or_day()
        return True
    return False


def _chunks(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at spaces into pieces of at most ``_LONGEST`` characters.

    A "sentence" that long is not prose (a table, a minified page); cutting it keeps
    every later stage linear in the text length.
    """
    if end - start <= _LONGEST:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    while end - start > _LONGEST:
        cut = line.rfind(" ", start + _LONGEST // 2, start + _LONGEST)
        cut = cut if cut > start else start + _LONGEST
        pieces.append((start, len(line[start:cut].rstrip()) + start))
        start = cut
        while start < end and line[start] == " ":
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _split_line(line: str) -> list[tuple[int, int]]:
    """Sentence ranges of a stripped line; each starts and ends at a non-space."""
    pieces: list[tuple[int, int]] = []
    begin = 0
    for match in _boundary().finditer(line):
        if _is_abbreviation(line, match):
            continue
        stop = match.start() + len(match.group(0).rstrip(" \t\u00a0"))
        pieces.extend(_chunks(line, begin, stop))
        begin = match.end()
    pieces.extend(_chunks(line, begin, len(line)))
    return pieces


def split_sentences(doc: Document) -> list[Sentence]:
    """The sentences of a document, with offsets into ``doc.text``, in order.

    Example:
        >>> from claimcheck.ingest.document import document_from_text
        >>> doc = document_from_text("Fire\\nMr. Cole left at 3 p.m. ET. Crews stayed.")
        >>> [s.text for s in split_sentences(doc)]
        ['Fire', 'Mr. Cole left at 3 p.m. ET.', 'Crews stayed.']
    """
    spans = doc.boilerplate
    starts = [span.start for span in spans]
    sentences: list[Sentence] = []
    for line in text_lines(doc.text):
        content = line.content
        if not content:
            continue
        offset = line.start + line.indent
        if content.startswith("#"):
            # Markdown heading marks are layout, not part of the headline.
            heading = content.lstrip("#").lstrip()
            offset += len(content) - len(heading)
            content = heading
            if not content:
                continue
        for start, end in _split_line(content):
            if end <= start:
                continue
            i = bisect.bisect_right(starts, offset + start) - 1
            inside = i >= 0 and spans[i].contains(offset + start, offset + end)
            sentences.append(Sentence(offset + start, offset + end, content[start:end], inside))
    return sentences
