"""Mojibake repair with an exact offset map.

Two kinds of damage are repaired, each only where a cheap pattern finds it:

* complete mojibake ("cafÃ©", "â€™") is handed to ftfy, one whitespace-bounded
  window at a time, so everything outside the windows keeps its offsets;
* UTF-8 punctuation mis-decoded as Latin-1 whose C1 bytes were then dropped
  ("the cityâs", "âWe are", "the levee â built"), which ftfy cannot see, is decided
  from the characters around each "â". It runs only when the document shows the
  damage unmistakably, so French "château" in a clean text is left alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.ingest.offsets import OffsetMapBuilder
from claimcheck.model import OffsetMap

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

# cp1252 renderings of UTF-8 continuation bytes, plus the raw C1 range itself.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_WINDOW = 40


@dataclass(frozen=True, slots=True)
class Repair:
    """The repaired text, its map back to the input, and what was changed."""

    text: str
    offsets: OffsetMap
    count: int
    example: str | None  # "the cityâs -> the city’s"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    candidate = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]|â")
    lost_c1_evidence = re.compile(r"\wâ(?:s|t)\b|\sâ\s|[.,!?]â(?=\s|$)|(?:^|\s)â[A-Z]", re.M)
    return candidate, lost_c1_evidence


@functools.cache
def _ftfy_config() -> TextFixerConfig:
    # Imported here: ftfy (~0.1 s) is needed only for a document with mojibake.
    from ftfy import TextFixerConfig

    # Only encoding repairs: quotes, widths, ligatures, line breaks and
    # normalization stay as the outlet wrote them.
    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def _lost_c1(text: str, at: int, quote_open: bool) -> str:
    """What a bare "â" at ``at`` stood for, judged from its neighbours."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before.isspace() and after.isspace():
        return "–"
    if before.isdigit() and after.isdigit():
        return "–"
    if before.isalnum() and after.isalpha():
        return "’"
    if before.isspace() or before in "([{—–-":
        return "“"
    if quote_open or before not in "sS":
        return "”"
    return "’"


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    low = max(0, start - _WINDOW)
    high = min(len(text), end + _WINDOW)
    left = max(text.rfind(" ", low, start), text.rfind("\n", low, start))
    right_space = [i for i in (text.find(" ", end, high), text.find("\n", end, high)) if i >= 0]
    return (left + 1 if left >= 0 else low), (min(right_space) if right_space else high)


_Pieces = tuple[tuple[str, int], ...]  # (output piece, offset in the input where it starts)


def _ftfy_window(text: str, start: int, end: int, cursor: int) -> tuple[int, int, _Pieces] | None:
    from ftfy import fix_text  # lazy, as in _ftfy_config

    low, high = _window(text, start, end)
    low = max(low, cursor)  # text before the cursor is already repaired
    original = text[low:high]
    fixed = fix_text(original, _ftfy_config())
    if fixed == original:
        return None
    return low, high, _aligned(original, fixed, low)


def _pinned(piece: str, source: int, length: int) -> list[tuple[str, int]]:
    if len(piece) <= length:
        return [(piece, source)]
    # Longer than what it replaces: pin every character to the start, so the map
    # never runs past the next kept character and stays monotonic.
    return [(char, source) for char in piece]


def _aligned(original: str, fixed: str, low: int) -> _Pieces:
    """Pieces of ``fixed`` with offsets in ``original``, pairing the ASCII runs.

    Encoding repairs never touch ASCII, so the two texts share their ASCII runs and
    differ only in the non-ASCII stretches between them.
    """
    before = _ascii_runs().split(original)
    after = _ascii_runs().split(fixed)
    if len(before) != len(after) or before[1::2] != after[1::2]:
        return tuple(_pinned(fixed, low, len(original)))
    pieces: list[tuple[str, int]] = []
    at = low
    for old, new in zip(before, after, strict=True):
        pieces.extend(_pinned(new, at, len(old)) if old != new else [(new, at)])
        at += len(old)
    return tuple(piece for piece in pieces if piece[0])


@functools.cache
def _ascii_runs() -> re.Pattern[str]:
    return re.compile(r"([\x00-\x7f]+)")


def repair_text(text: str) -> Repair:
    """Repair mojibake, keeping every unchanged character's offset recoverable.

    Example:
        >>> r = repair_text("The cityâs budget")
        >>> r.text, r.offsets.to_original(r.text.index("budget"))
        ('The city’s budget', 11)
    """
    candidate, evidence = _patterns()
    first = candidate.search(text)
    if first is None:
        return Repair(text, OffsetMap(), 0, None)
    lost_c1 = evidence.search(text) is not None
    builder = OffsetMapBuilder()
    cursor = 0
    count = 0
    example: str | None = None
    quote_open = False
    line_start = 0
    for match in candidate.finditer(text, first.start()):
        start, end = match.span()
        if start < cursor:
            continue
        if text.rfind("\n", line_start, start) >= 0:
            line_start = text.rfind("\n", line_start, start) + 1
            quote_open = False
        if end - start == 1:
            if not lost_c1:
                continue
            replacement = _lost_c1(text, start, quote_open)
            quote_open = replacement == "“" or (quote_open and replacement != "”")
            change: tuple[int, int, _Pieces] | None = (start, end, ((replacement, start),))
        else:
            change = _ftfy_window(text, start, end, cursor)
        if change is None:
            continue
        low, high, pieces = change
        builder.add(text[cursor:low], cursor)
        for piece, source in pieces:
            builder.add(piece, source)
        cursor = high
        count += 1
        if example is None:
            left = max(0, text.rfind(" ", 0, max(0, low - 12)) + 1, low - 30)
            right = min(len(text), high + 30)
            stop = text.find(" ", min(right, high + 12), right)
            right = stop if stop >= 0 else right
            shown = text[left:right].replace("\n", " ")
            replaced = "".join(piece for piece, _source in pieces)
            fixed = shown[: low - left] + replaced + shown[high - left :]
            example = f"{shown} -> {fixed}"
    if count == 0:
        return Repair(text, OffsetMap(), 0, None)
    builder.add(text[cursor:], cursor)
    return Repair(builder.text(), builder.build(), count, example)
