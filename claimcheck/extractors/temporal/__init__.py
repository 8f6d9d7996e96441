"""Temporal claims: dates, clock times, durations and ages, resolved against a reference date.

Finding runs over the whole text (each grammar is one linear pass); the
sentence around a find gives the tense that sets the direction of a relative
date, and tells whether the date is that of a statement ("she said on Sunday").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from claimcheck.extractors.temporal.ages import AgeHit, find_ages
from claimcheck.extractors.temporal.calendar import posix_day_end, posix_day_start
from claimcheck.extractors.temporal.dates import DateHit, find_dates, resolve_date
from claimcheck.extractors.temporal.durations import (
    PLAIN_HEDGES,
    DurationHit,
    duration_bounds,
    find_durations,
)
from claimcheck.extractors.temporal.spans import Occupied
from claimcheck.extractors.temporal.times import (
    TimeHit,
    dateline_zone,
    find_times,
    hedge_minutes,
    to_utc,
)
from claimcheck.model import Claim, ClaimKind, Document, Flag, Sentence, evolve
from claimcheck.resolve.tense import Tense, governing_verb
from claimcheck.zones import Zone

if TYPE_CHECKING:  # resolve.reference imports this package's date grammar
    from claimcheck.resolve.reference import Reference

__all__ = ["extract_temporal"]

_LEAD_SENTENCES = 6  # title, byline and dateline lines count: the lede is among them
_CONTEXT_SENTENCES = 3  # how far back a clock time may take its date from
_ATTRIBUTION_REACH = 3  # tokens: "told reporters on Sunday", not a speech verb a clause away
_INFERRED_SOURCES = frozenset({"inferred", "run"})


@dataclass(frozen=True, slots=True)
class _Context:
    doc: Document
    sentences: Sequence[Sentence]
    starts: list[int]
    reference: Reference

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def sentence(self, offset: int) -> Sentence:
        i = self.sentence_index(offset)
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        line_start = self.doc.text.rfind("\n", 0, offset) + 1
        line_end = self.doc.text.find("\n", offset)
        line_end = len(self.doc.text) if line_end == -1 else line_end
        return Sentence(line_start, line_end, self.doc.text[line_start:line_end])

    def claim(self, kind: ClaimKind, start: int, end: int, **fields: Any) -> Claim:
        """A claim of ``kind`` quoting ``doc.text[start:end]``, with ``fields``.

        Built in one go: a copy per field set costs as much as the claim itself.
        """
        return Claim(self.doc.id, kind, start, end, self.doc.text[start:end], **fields)

    def flags(self, start: int, end: int) -> list[str]:
        sentence = self.sentence(start)
        boilerplate = sentence.boilerplate or self.doc.is_boilerplate(start, end)
        return [Flag.BOILERPLATE.value] if boilerplate else []


def extract_temporal(
    doc: Document,
    sentences: Sequence[Sentence],
    reference: Reference,
    date_hits: Sequence[DateHit] | None = None,
) -> list[Claim]:
    """Dates, times, durations and ages of ``doc``, in document order.

    Example:
        >>> from claimcheck.resolve.reference import Reference
        >>> text = "The leaders will meet on Tuesday."
        >>> doc = Document(id="d", path="d.txt", text=text, original=text)
        >>> ref = Reference(dt.date(2021, 12, 6), "metadata")
        >>> [c.date for c in extract_temporal(doc, [Sentence(0, len(text), text)], ref)]
        [datetime.date(2021, 12, 7)]
    """
    ordered = sorted(sentences, key=lambda s: s.start)
    context = _Context(doc, ordered, [s.start for s in ordered], reference)
    text = doc.text
    date_hits = find_dates(text) if date_hits is None else date_hits
    time_hits = find_times(text)
    taken = Occupied()
    # A date inside a time phrase ("noon Thursday") stays a date claim too.
    for start, end in [(h.start, h.end) for h in date_hits] + [(h.start, h.end) for h in time_hits]:
        taken.claim(start, end)
    age_hits = [h for h in find_ages(text) if taken.claim(h.start, h.end)]
    duration_hits = [h for h in find_durations(text) if taken.claim(h.start, h.end)]
    dates = _year_ago_quarters(context, date_hits, [_date_claim(context, h) for h in date_hits])
    claims = [*dates]
    by_sentence = _days_by_sentence(context, dates)
    claims += [_time_claim(context, hit, by_sentence) for hit in time_hits]
    claims += [_age_claim(context, hit) for hit in age_hits]
    claims += [_duration_claim(context, hit) for hit in duration_hits]
    return sorted(claims, key=lambda c: (c.start, c.end))


def _year_ago_quarters(
    context: _Context, hits: Sequence[DateHit], dates: list[Claim]
) -> list[Claim]:
    """ "Net rose 8% in the third quarter from a year ago": the same quarter a year
    back, not the whole of last year, when the sentence names a quarter."""
    quarters = {
        context.sentence(hit.start).start: claim
        for hit, claim in zip(hits, dates, strict=True)
        if hit.spec.form == "quarter" and claim.date is not None and claim.date_end is not None
    }
    if not quarters:
        return dates
    out = []
    for hit, claim in zip(hits, dates, strict=True):
        quarter = quarters.get(context.sentence(hit.start).start)
        low, high = hit.spec.amount
        if (
            quarter is not None
            and quarter.date is not None
            and quarter.date_end is not None
            and hit.spec.form == "ago"
            and hit.spec.unit == "year"
            and low == high
            and low.is_integer()
        ):
            first = quarter.date.replace(year=quarter.date.year - int(low))
            last = quarter.date_end.replace(year=quarter.date_end.year - int(low))
            claim = evolve(
                claim,
                value=posix_day_start(first),
                low=posix_day_start(first),
                high=posix_day_end(last),
                date=first,
                date_end=last,
                granularity="quarter",
            )
        out.append(claim)
    return out


def _date_claim(context: _Context, hit: DateHit) -> Claim:
    sentence = context.sentence(hit.start)
    cue = governing_verb(sentence.text, hit.start - sentence.start, hit.end - sentence.start)
    reference = context.reference
    tense = cue.tense
    if hit.spec.form == "weekday" and context.doc.text[hit.end - 2 : hit.end] in {"'s", "’s"}:
        tense = Tense.PRESENT  # "hopes for Tuesday's vote": a name for a day, no verb
    elif hit.spec.form == "day" and not hit.spec.year and _is_deadline(context.doc.text, hit.start):
        # "was extended to Nov. 16", "asked it to respond by Oct. 31": a past verb sets
        # a deadline that is as often ahead; the nearest such day is the one meant.
        tense = Tense.PRESENT
    resolved = resolve_date(hit.spec, reference.date, tense)
    flags = context.flags(hit.start, hit.end)
    if cue.is_speech and cue.distance <= _ATTRIBUTION_REACH and cue.tense is not Tense.FUTURE:
        flags.append(Flag.ATTRIBUTION.value)
    absolute = hit.spec.is_absolute or (hit.spec.form in {"month", "quarter"} and hit.spec.year > 0)
    if hit.spec.form == "ambiguous":
        flags.append("ambiguous-date")
    if resolved is None:
        flags.append(Flag.UNRESOLVED.value)
    elif not absolute and reference.source in _INFERRED_SOURCES:
        flags.append(Flag.INFERRED_REFERENCE.value)
    low = posix_day_start(resolved.date) if resolved else None
    return context.claim(
        ClaimKind.DATE,
        hit.start,
        hit.end,
        value=low,
        low=low,
        high=posix_day_end(resolved.date_end) if resolved else None,
        unit="date",
        date=resolved.date if resolved else None,
        date_end=resolved.date_end if resolved else None,
        granularity=resolved.granularity if resolved else None,
        reference=None if absolute else reference.date,
        reference_from="absolute" if absolute else reference.source,
        tense=tense.value,
        flags=tuple(flags),
    )


@cache
def _deadline_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:by|until|till|to|through|effective)[^\S\n]{1,3}\Z")


def _is_deadline(text: str, start: int) -> bool:
    return _deadline_pattern().search(text[max(0, start - 14) : start]) is not None


def _time_claim(context: _Context, hit: TimeHit, by_sentence: dict[int, list[Claim]]) -> Claim:
    flags = context.flags(hit.start, hit.end)
    day, day_from, reference_from = _day_of_time(context, hit, by_sentence)
    if day_from:
        flags.append(day_from)
    zone = hit.zone
    dateline = None
    if zone is None and hit.zone_text is None:
        # Wire style: a time with no zone is local to the story's dateline.
        dateline = dateline_zone(context.doc.text, hit.start)
    if dateline is not None:
        zone = dateline
        flags.append(Flag.ZONE_FROM_DATELINE.value)
    elif zone is None and hit.zone_text is None and context.reference.zone:
        zone = Zone(
            context.reference.zone, context.reference.zone, ZoneInfo(context.reference.zone)
        )
        flags.append(Flag.ZONE_FROM_REFERENCE.value)
    elif zone is None:
        flags.append(Flag.ZONE_UNKNOWN.value)
    if day is None:
        flags.append(Flag.UNRESOLVED.value)
    elif reference_from in _INFERRED_SOURCES:
        flags.append(Flag.INFERRED_REFERENCE.value)
    instant = to_utc(day, hit.hour, hit.minute, zone) if day and zone else None
    value = low = high = None
    if instant is not None:
        before, after = hedge_minutes(hit.hedge)
        value = instant.timestamp()
        low, high = value + 60 * before, value + 60 * after
    sentence = context.sentence(hit.start)
    cue = governing_verb(sentence.text, hit.start - sentence.start, hit.end - sentence.start)
    return context.claim(
        ClaimKind.TIME,
        hit.start,
        hit.end,
        value=value,
        low=low,
        high=high,
        unit="datetime",
        hedge=hit.hedge,
        date=day,
        datetime_utc=instant,
        granularity="minute",
        reference=context.reference.date,
        reference_from=reference_from,
        tense=cue.tense.value,
        flags=tuple(flags),
    )


def _day_of_time(
    context: _Context, hit: TimeHit, by_sentence: dict[int, list[Claim]]
) -> tuple[dt.date | None, str | None, str | None]:
    """The local date of a clock time, where it came from (a flag or None), and its source."""
    here = context.sentence_index(hit.start)
    same = by_sentence.get(here, [])
    if hit.date_start is not None:
        inside = [c for c in same if hit.date_start <= c.start < (hit.date_end or hit.end)]
        if inside:
            return inside[0].date, None, inside[0].reference_from
    if same:
        nearest = min(same, key=lambda c: min(abs(c.start - hit.end), abs(hit.start - c.end)))
        return nearest.date, None, nearest.reference_from
    for back in range(1, _CONTEXT_SENTENCES + 1):
        earlier = by_sentence.get(here - back)
        if earlier:
            return earlier[-1].date, Flag.DATE_FROM_CONTEXT.value, earlier[-1].reference_from
    # A news lede says when the event happened ("crashed on Thursday evening, officials
    # said on Friday"); a later time with no day of its own is the event's.
    lead = next(
        (
            claim
            for i in range(min(here, _LEAD_SENTENCES))
            for claim in by_sentence.get(i, ())
            if not claim.has_flag(Flag.BOILERPLATE)  # a header's date is the publication's
        ),
        None,
    )
    if lead is not None:
        return lead.date, Flag.DATE_FROM_LEAD.value, lead.reference_from
    if context.reference.date is not None:
        return context.reference.date, Flag.DATE_FROM_REFERENCE.value, context.reference.source
    return None, None, None


def _days_by_sentence(context: _Context, dates: Sequence[Claim]) -> dict[int, list[Claim]]:
    """Single-day dates that are not the date of a statement, by sentence index."""
    table: dict[int, list[Claim]] = {}
    for claim in dates:
        if claim.date is None or claim.date != claim.date_end:
            continue
        if claim.has_flag(Flag.ATTRIBUTION):
            continue
        table.setdefault(context.sentence_index(claim.start), []).append(claim)
    return table


def _duration_claim(context: _Context, hit: DurationHit) -> Claim:
    low, high = duration_bounds(hit.amount, hit.hedge)
    flags = context.flags(hit.start, hit.end)
    exact = hit.amount[0] == hit.amount[1]
    if not exact:
        flags.append(Flag.VAGUE.value)
    hedge = None if hit.hedge in PLAIN_HEDGES else hit.hedge
    is_age_of_thing = context.doc.text[hit.start : hit.end].lower().find("-old") >= 0
    return context.claim(
        ClaimKind.DURATION,
        hit.start,
        hit.end,
        value=hit.amount[0] if exact else None,
        low=low,
        high=high,
        unit=hit.unit,
        counted=hit.counted,
        subject=hit.counted if is_age_of_thing else None,
        hedge=hedge,
        flags=tuple(flags),
    )


def _age_claim(context: _Context, hit: AgeHit) -> Claim:
    return context.claim(
        ClaimKind.AGE,
        hit.start,
        hit.end,
        value=hit.amount,
        low=hit.amount,
        high=hit.amount + 1,  # a 4-year-old is 4 until the fifth birthday
        unit=hit.unit,
        subject=hit.subject,
        flags=tuple(context.flags(hit.start, hit.end)),
    )
