"""When a claim holds: its as-of time (UTC) and where that came from.

A toll of 12 "by Wednesday" and a toll of 15 in Friday's paper are not the same
statement. Each claim gets, in order of preference:

* ``sentence`` — an explicit time in its sentence: "as of 6 p.m. local time",
  "by Wednesday", "on Sunday night";
* ``update`` — the time of the live-page update block it sits in ("UPDATE: 10:51
  a.m. IST" heading lines);
* ``publication`` — the document's publication time.

A figure the sentence itself calls earlier ("up from 77 reported previously", "a
previous toll of 77") is ``earlier``: placed one second before the time the rest of
its sentence holds at, and given the measure of the figure it is compared with.

Day-precision times are stored as midnight UTC and read as the whole day
(:func:`as_of_window`), so "Wednesday" and a paper of Wednesday overlap.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from claimcheck.extractors.temporal.times import find_times
from claimcheck.model import (
    DAY_FROM_OTHER_SENTENCE,
    NUMERIC_KINDS,
    Claim,
    ClaimKind,
    Document,
    Flag,
    Sentence,
    evolve,
)
from claimcheck.resolve.wordlists import AnyCase

SENTENCE = "sentence"
UPDATE = "update"
PUBLICATION = "publication"
EARLIER = "earlier"

# A clock dated by another sentence or by the publication day.
_BORROWED_DAY = DAY_FROM_OTHER_SENTENCE | {Flag.DATE_FROM_REFERENCE}
_UPDATE_HEADING = re.compile(r"^\W{0,3}(?:update|updated)\b", re.IGNORECASE)
# Words just before a date or time that make it the time a figure holds at.
_AS_OF_CUE = re.compile(r"\b(?:as\s+of|as\s+at|by|through|until|up\s+to)\s+(?:\w+\s+)?$", re.I)
_PART_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night)\b", re.IGNORECASE)
# Searched near every figure: in any case, at the speed of a case-sensitive pattern.
_EARLIER_BEFORE = AnyCase.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|climbed|dropped)\s+from\s+(?:a\s+|an\s+)?"
    r"|\b(?:previous|earlier|initial|prior)\s+\w+(?:\s+\w+)?\s+of\s+)$"
)
_EARLIER_AFTER = AnyCase.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:(?:reported|given|announced|counted)\s+(?:previously|earlier)"
    r"|(?:previously|earlier)\s+(?:reported|given|announced))\b"
)
_BEFORE_WINDOW = 60  # characters before a claim that its cues may stand in
_AFTER_WINDOW = 50
_MIDNIGHT = dt.time()


@dataclass(frozen=True, slots=True)
class UpdateBlock:
    """A live page's update: from its heading line to the next heading."""

    start: int  # offset of the heading in Document.text
    as_of: dt.datetime  # UTC


def assign_as_of(
    document: Document, sentences: Sequence[Sentence], claims: Sequence[Claim]
) -> list[Claim]:
    """Fill ``as_of`` and ``as_of_from`` of every claim of one document.

    Example:
        >>> import claimcheck
        >>> text = "The toll rose to 80 by Wednesday, up from 77 reported previously."
        >>> [(c.text, c.as_of_from, f"{c.as_of:%a %H:%M:%S}") for c in
        ...  claimcheck.extract(text, published="2025-03-07") if c.kind == "count"]
        [('80', 'sentence', 'Wed 00:00:00'), ('77', 'earlier', 'Tue 23:59:59')]
    """
    starts = [s.start for s in sentences]
    # Grouped by sentence, in sentence order; the sort is stable, so each sentence
    # keeps its claims' order.
    ordered = sorted(claims, key=lambda claim: bisect.bisect_right(starts, claim.start))
    found = as_of_fields(document, sentences, ordered, [claim.sentence for claim in ordered])
    return [evolve(claim, **fields) for claim, fields in zip(ordered, found, strict=True)]


def as_of_fields(
    document: Document,
    sentences: Sequence[Sentence],
    claims: Sequence[Claim],
    sentence_texts: Sequence[str],
) -> list[dict[str, Any]]:
    """The ``as_of`` and ``as_of_from`` of each claim (with the ``measure`` of an earlier
    figure), as :func:`~claimcheck.model.evolve` changes: the pipeline sets them in the
    same copy as the claim's location.

    ``claims`` come grouped by sentence, in document order (as extraction gives them);
    ``sentence_texts`` are their ``sentence`` fields, which tell the figures of one
    sentence apart.
    """
    published = _utc(document.published) if document.published is not None else None
    blocks = update_blocks(sentences, claims, published.date() if published else None)
    block_starts = [b.start for b in blocks]
    starts = [s.start for s in sentences]
    found: list[tuple[dt.datetime | None, str | None]] = []
    for index, run in groupby(claims, key=lambda c: bisect.bisect_right(starts, c.start) - 1):
        members = list(run)
        # A sentence's as-of times are the same for each of its figures: found once.
        times = _sentence_times(members, sentences[index]) if index >= 0 else []
        for claim in members:
            explicit = _explicit(claim, times)
            found.append(explicit or _block_or_publication(claim, blocks, block_starts, published))
    return _with_earlier(document, claims, found, sentence_texts)


def update_blocks(
    sentences: Sequence[Sentence], claims: Sequence[Claim], published: dt.date | None = None
) -> list[UpdateBlock]:
    """The update blocks of a live page: heading sentences with a dated clock time.

    A heading's clock with no day of its own is on the page's publication day, not on
    a day an earlier block's text happens to name ("since Sunday").
    """
    blocks = []
    times = [c for c in claims if c.kind is ClaimKind.TIME]
    starts = [s.start for s in sentences]
    for claim in times:
        index = bisect.bisect_right(starts, claim.start) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        if not _UPDATE_HEADING.match(sentence.text):
            continue
        when = _heading_time(claim, published)
        if when is not None:
            blocks.append(UpdateBlock(sentence.start, when))
    return sorted(blocks, key=lambda b: b.start)


def _heading_time(claim: Claim, published: dt.date | None) -> dt.datetime | None:
    """A heading's instant; a clock without a zone ("UPDATE 6:05 p.m." on a page that
    names its zone elsewhere) is read on its date as UTC, like a publication day: the
    page's blocks still come in order, each its own minute."""
    borrowed = not _BORROWED_DAY.isdisjoint(claim.flags)
    shift = dt.timedelta()
    if borrowed and published is not None and claim.date is not None:
        shift = published - claim.date
    if claim.datetime_utc is not None:
        return _utc(claim.datetime_utc) + shift
    if claim.date is None:
        return None
    clock = next(iter(find_times(claim.text)), None)
    if clock is None:
        return None
    day = claim.date + shift
    return dt.datetime.combine(day, dt.time(clock.hour, clock.minute), tzinfo=dt.UTC)


def as_of_window(claim: Claim) -> tuple[dt.datetime, dt.datetime] | None:
    """The span of time a claim's as-of stands for: ``[start, end)`` in UTC.

    A publication as-of, or a midnight one, is its whole day; an ``earlier`` figure
    is the second before its sentence's; any other as-of is its minute.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> day = dt.datetime(2025, 3, 5, tzinfo=dt.UTC)
        >>> start, end = as_of_window(Claim("d", ClaimKind.COUNT, 0, 1, "9", as_of=day))
        >>> end - start
        datetime.timedelta(days=1)
    """
    if claim.as_of is None:
        return None
    at = _utc(claim.as_of)
    if claim.as_of_from == EARLIER:
        # The second before the figure it was compared with: the page's own history,
        # not a figure that held through every earlier moment of other outlets.
        return at, at + dt.timedelta(seconds=1)
    if claim.as_of_from == PUBLICATION or at.time() == _MIDNIGHT:
        # A paper's timestamp says when it went out, not when its figures were
        # counted: figures of one day's papers are of one moment.
        day = dt.datetime.combine(at.date(), _MIDNIGHT, tzinfo=dt.UTC)
        return day, day + dt.timedelta(days=1)
    return at, at + dt.timedelta(minutes=1)


def _block_or_publication(
    claim: Claim,
    blocks: Sequence[UpdateBlock],
    block_starts: Sequence[int],
    published: dt.datetime | None,
) -> tuple[dt.datetime | None, str | None]:
    i = bisect.bisect_right(block_starts, claim.start) - 1
    if i >= 0:
        return blocks[i].as_of, UPDATE
    if published is not None:
        return published, PUBLICATION
    return None, None


def _sentence_times(members: Sequence[Claim], sentence: Sentence) -> list[tuple[int, dt.datetime]]:
    """The dates and times of a sentence that the wording makes as-of times, each with
    its offset."""
    found = []
    for other in members:
        when = _instant(other)
        if when is None or other.has_flag(Flag.ATTRIBUTION) or other.event:
            continue
        before = sentence.text[
            max(0, other.start - sentence.start - 30) : other.start - sentence.start
        ]
        if _AS_OF_CUE.search(before) or _PART_OF_DAY.search(other.text):
            found.append((other.start, when))
    return found


def _explicit(
    claim: Claim, times: Sequence[tuple[int, dt.datetime]]
) -> tuple[dt.datetime, str] | None:
    """The as-of time of the sentence nearest to a figure, if it has any."""
    if not times or claim.kind not in NUMERIC_KINDS:
        return None
    _, when = min(times, key=lambda time: abs(time[0] - claim.start))  # the first if tied
    return when, SENTENCE


def _instant(claim: Claim) -> dt.datetime | None:
    if claim.kind is ClaimKind.TIME and claim.datetime_utc is not None:
        return _utc(claim.datetime_utc)
    if claim.kind is ClaimKind.DATE and claim.date is not None and claim.granularity == "day":
        return dt.datetime.combine(claim.date, _MIDNIGHT, tzinfo=dt.UTC)
    return None


def _with_earlier(
    document: Document,
    claims: Sequence[Claim],
    found: Sequence[tuple[dt.datetime | None, str | None]],
    sentence_texts: Sequence[str],
) -> list[dict[str, Any]]:
    """The changes of each claim; a figure stated as an earlier one is placed before its
    sentence's time, with the measure of the figure it is compared with."""
    text = document.text
    changes = []
    for i, claim in enumerate(claims):
        as_of, source = found[i]
        if claim.kind in NUMERIC_KINDS and as_of is not None and _is_earlier(text, claim):
            peer = _compared_with(claims, sentence_texts, i)
            measure = claim.measure or (claims[peer].measure if peer is not None else None)
            peer_as_of = found[peer][0] if peer is not None else None
            anchor = peer_as_of if peer_as_of is not None else as_of
            as_of = _utc(anchor) - dt.timedelta(seconds=1)
            changes.append({"as_of": as_of, "as_of_from": EARLIER, "measure": measure})
        else:
            changes.append({"as_of": as_of, "as_of_from": source})
    return changes


def _is_earlier(text: str, claim: Claim) -> bool:
    before = text[max(0, claim.start - _BEFORE_WINDOW) : claim.start]
    after = text[claim.end : claim.end + _AFTER_WINDOW]
    return bool(_EARLIER_BEFORE.search(before) or _EARLIER_AFTER.match(after))


def _compared_with(
    claims: Sequence[Claim], sentence_texts: Sequence[str], index: int
) -> int | None:
    """The figure of the same kind just before an earlier one, in the same sentence."""
    kind, sentence = claims[index].kind, sentence_texts[index]
    for other in range(index - 1, -1, -1):
        if claims[other].kind is kind and sentence_texts[other] == sentence and sentence:
            return other
    return None


def _utc(value: dt.datetime) -> dt.datetime:
    """Aware in UTC; a naive time (a publication day without zone) is read as UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)
