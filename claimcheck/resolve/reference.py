"""The reference date of a document: what "on Tuesday" and "last week" are read from.

The publication date when ingest found one. Otherwise it is inferred from the
story itself, as a lower bound: the latest full date of a past event told in
the past tense, or a dated URL. A story without years borrows one from its own
text or from the other documents of the run. Never today: a date that cannot
be resolved stays unresolved.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from zoneinfo import ZoneInfo

from claimcheck.extractors.temporal.calendar import safe_date, year_near
from claimcheck.extractors.temporal.dates import DateHit, find_dates
from claimcheck.ingest.dates import url_date, urls_in
from claimcheck.model import Document, DocumentWarning, Sentence
from claimcheck.resolve.tense import Tense, governing_tense, governing_verb

_RUN_SLACK = dt.timedelta(days=31)


@dataclass(frozen=True, slots=True)
class Reference:
    """The date relative dates of a document are resolved against, and where it came from."""

    date: dt.date | None  # the document's reference (publication) date
    source: str  # "metadata" | "header" | "url" | "inferred" | "run" | "none"
    zone: str | None = None  # IANA zone of the publication time if known
    warning: DocumentWarning | None = None  # how it was inferred, or that it is missing


@dataclass(frozen=True, slots=True)
class _Evidence:
    date: dt.date
    what: str  # "latest past-tense date: December 5, 2021 in line 12"


_RUN_WINDOW = dt.timedelta(days=7)
# When every other document of the story is later than a text's latest date, the
# coverage happened after it (a report quoting a May price, in September's coverage).
_RUN_WINDOW_ALL_LATER = dt.timedelta(days=183)


def infer_reference(
    doc: Document,
    sentences: Sequence[Sentence],
    run_dates: Sequence[dt.date] = (),
    date_hits: Sequence[DateHit] | None = None,
) -> Reference:
    """The reference date of ``doc``: its publication date, else inferred from its text.

    Example:
        >>> text = "The talks ended on December 5, 2021, officials said."
        >>> doc = Document(id="d", path="d.txt", text=text, original=text)
        >>> infer_reference(doc, [Sentence(0, len(text), text)]).date
        datetime.date(2021, 12, 5)
    """
    if doc.published is not None:
        source = doc.published_from if doc.published_from != "none" else "metadata"
        return Reference(doc.published.date(), source, _zone_key(doc.published))
    body = [s for s in sentences if not s.boilerplate and not doc.is_boilerplate(s.start, s.end)]
    # The pipeline passes the document's dates, found once for the temporal extractor too.
    hits = _hits_by_sentence(find_dates(doc.text) if date_hits is None else date_hits, body)
    evidence = _past_full_dates(doc, hits) + _url_dates(doc)
    yearless, source = _yearless_dates(doc, hits, run_dates)
    if evidence:
        source = "inferred"  # the text has dates of its own (full dates, a dated URL)
    evidence += yearless
    if evidence:
        latest = max(evidence, key=lambda e: e.date)
        # The latest past date is only a lower bound; a date of the same story's other
        # documents a few days later is the better guess (coverage of one event bunches).
        all_later = bool(run_dates) and min(run_dates) >= latest.date
        window = _RUN_WINDOW_ALL_LATER if all_later else _RUN_WINDOW
        later = [d for d in run_dates if latest.date <= d <= latest.date + window]
        if later:
            day = min(later)
            message = (
                f"no publication date; took {day.isoformat()} from the run's other documents, "
                f"consistent with the {latest.what}"
            )
            return Reference(day, "run", None, DocumentWarning("published-inferred", message))
        message = f"no publication date; inferred {latest.date.isoformat()} from the {latest.what}"
        return Reference(latest.date, source, None, DocumentWarning("published-inferred", message))
    if run_dates:
        day = sorted(run_dates)[len(run_dates) // 2]
        message = f"no publication date and no dates in the text; took the run's {day.isoformat()}"
        return Reference(day, "run", None, DocumentWarning("published-inferred", message))
    message = "no publication date found; relative dates stay unresolved"
    return Reference(None, "none", None, DocumentWarning("published-missing", message))


def _zone_key(published: dt.datetime) -> str | None:
    zone = published.tzinfo
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = published.utcoffset()
    if offset is None or offset.total_seconds() % 3600:
        return None
    hours = int(offset.total_seconds() // 3600)
    # IANA's Etc zones count the other way round: UTC-7 is "Etc/GMT+7".
    return "Etc/UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def _hits_by_sentence(
    hits: Sequence[DateHit], sentences: Sequence[Sentence]
) -> list[tuple[DateHit, Sentence]]:
    """The hits that lie inside one of ``sentences`` (in document order), with it."""
    starts = [s.start for s in sentences]
    found = []
    for hit in hits:
        index = bisect.bisect_right(starts, hit.start) - 1
        if index >= 0 and hit.end <= sentences[index].end:
            found.append((hit, sentences[index]))
    return found


def _tense(hit: DateHit, sentence: Sentence) -> Tense:
    return governing_tense(sentence.text, hit.start - sentence.start, hit.end - sentence.start)


def _line(doc: Document, offset: int) -> int:
    return doc.line_column(doc.offsets.to_original(offset))[0]


def _past_full_dates(doc: Document, hits: list[tuple[DateHit, Sentence]]) -> list[_Evidence]:
    evidence = []
    for hit, sentence in hits:
        spec = hit.spec
        if spec.form != "day" or not spec.year:
            continue
        cue = governing_verb(sentence.text, hit.start - sentence.start, hit.end - sentence.start)
        if cue.tense is not Tense.PAST and cue.lemma:
            continue
        day = safe_date(spec.year, spec.month_end, spec.day_end)
        if day is not None:
            written = doc.text[hit.start : hit.end]
            kind = "past-tense date" if cue.lemma else "dateline"
            what = f"latest {kind}: {written} in line {_line(doc, hit.start)}"
            evidence.append(_Evidence(day, what))
    return evidence


def _url_dates(doc: Document) -> list[_Evidence]:
    urls = ([doc.url] if doc.url else []) + urls_in(doc.text)
    evidence = []
    for url in urls:
        day = url_date(url)
        if day is not None:
            evidence.append(_Evidence(day, f"dated URL {url}"))
    return evidence


def _yearless_dates(
    doc: Document, hits: list[tuple[DateHit, Sentence]], run_dates: Sequence[dt.date]
) -> tuple[list[_Evidence], str]:
    """Past-tense "December 5" dates, given the year the text or the run suggests.

    The anchor is the latest fully written date (any tense) or month; else the
    run's median reference date; else the latest bare year of the text, which is
    often a historical one, so it comes last.
    """
    anchor, source, origin = _anchor(hits, run_dates)
    if anchor is None:
        return [], source
    evidence = []
    for hit, sentence in hits:
        spec = hit.spec
        if spec.form != "day" or spec.year or _tense(hit, sentence) is not Tense.PAST:
            continue
        in_year = partial(safe_date, month=spec.month, day=spec.day)
        day = in_year(year_near(anchor, in_year, Tense.PAST))
        if day is not None:
            written = doc.text[hit.start : hit.end]
            line = _line(doc, hit.start)
            what = f"latest past-tense date: {written} in line {line} (year from {origin})"
            evidence.append(_Evidence(day, what))
    return evidence, source


def _anchor(
    hits: list[tuple[DateHit, Sentence]], run_dates: Sequence[dt.date]
) -> tuple[dt.date | None, str, str]:
    written = [
        dt.date(h.spec.year, h.spec.month_end or h.spec.month, h.spec.day_end or 28)
        for h, _ in hits
        if h.spec.form in {"day", "month"} and h.spec.year
    ]
    if written:
        return max(written), "inferred", "the text's dates"
    if run_dates:
        # A story of the same run may appear some days after the others.
        return max(run_dates) + _RUN_SLACK, "run", "the run's dates"
    years = [h.spec.year for h, _ in hits if h.spec.form == "year"]
    if years:
        return dt.date(max(years), 12, 31), "inferred", "the text's years"
    return None, "inferred", ""
