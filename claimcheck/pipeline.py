"""The stages composed for one document: extract -> resolve -> locate.

Ingest has already produced the Document; rules run later over all claims of
a story. Nothing here holds state between documents except what is passed in.
"""

from __future__ import annotations

import bisect
import datetime as dt
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimcheck.errors import InputError
from claimcheck.extractors.numeric import extract_numeric
from claimcheck.extractors.temporal import extract_temporal
from claimcheck.extractors.temporal.dates import find_dates
from claimcheck.extractors.zeros import extract_zeros
from claimcheck.ingest import split_sentences
from claimcheck.model import Claim, ClaimKind, Document, DocumentWarning, Sentence, evolve
from claimcheck.resolve.as_of import as_of_fields
from claimcheck.resolve.events import assign_event
from claimcheck.resolve.measures import assign_measure
from claimcheck.resolve.reference import Reference, infer_reference
from claimcheck.resolve.structure import resolve_structure
from claimcheck.resolve.subjects import TitledPeople, resolve_subject, titled_people
from claimcheck.resolve.vocabulary import Vocabularies

_WINDOW = 400  # characters either side of a claim that its resolvers may read


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document after extraction: the document (with any new warnings), its claims,
    and its sentences (the rules align them without splitting the text again)."""

    document: Document
    claims: tuple[Claim, ...]
    sentences: tuple[Sentence, ...] = ()


EXTRACTION_FAILED = "extraction-failed"


def analyze(document: Document, vocab: Vocabularies, run_dates: Sequence[dt.date] = ()) -> Analysis:
    """Extract, normalize and locate every claim of one document.

    A bug that one document's text triggers never sinks a run of many: the document
    comes back without claims and with an ``extraction-failed`` warning naming the
    failure, which the run reports as an error of that file (exit code 2).
    """
    try:
        return analyze_strict(document, vocab, run_dates)
    except Exception as exc:  # any bug: keep the other documents
        warning = DocumentWarning(EXTRACTION_FAILED, _failure(exc))
        return Analysis(replace(document, warnings=(*document.warnings, warning)), ())


def extraction_error(analysis: Analysis) -> InputError | None:
    """The error to report for a document whose extraction failed, else None.

    Example:
        >>> from claimcheck.ingest import document_from_text
        >>> doc = document_from_text("Up 4%.")
        >>> extraction_error(Analysis(doc, ())) is None
        True
    """
    for warning in analysis.document.warnings:
        if warning.code == EXTRACTION_FAILED:
            document = analysis.document
            return InputError(warning.message, path=document.path or document.id)
    return None


def _failure(exc: Exception) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno}"
    return (
        f"claimcheck failed on this document ({type(exc).__name__}: {exc} in {where}), "
        "so none of its claims were checked; please report it with the document"
    )


def analyze_strict(
    document: Document, vocab: Vocabularies, run_dates: Sequence[dt.date] = ()
) -> Analysis:
    """:func:`analyze`, but a bug raises: for one text (``claimcheck.extract``) and for
    tests, where a failure must not pass for a document without claims."""
    sentences = split_sentences(document)
    date_hits = find_dates(document.text)  # read once: the reference needs them too
    reference = infer_reference(document, sentences, run_dates, date_hits)
    document = _with_reference(document, reference)
    temporal = extract_temporal(document, sentences, reference, date_hits)
    taken = [(c.start, c.end) for c in temporal]
    numeric = extract_numeric(document, sentences, taken)
    zeros = extract_zeros(document, sentences, [*taken, *((c.start, c.end) for c in numeric)])
    claims = sorted([*temporal, *numeric, *zeros], key=lambda c: (c.start, c.end))
    # Only an age with a role subject ("the 66-year-old governor") needs the
    # document's titled people; most documents have none, so skip the scan.
    needs_people = any(c.kind is ClaimKind.AGE and c.subject for c in claims)
    people = titled_people(document.text) if needs_people else TitledPeople({})
    index = SentenceIndex(sentences)
    year = document.published.year if document.published else None
    resolved = [_resolve(c, index, vocab, people, year) for c in claims]
    located = locate(document, sentences, resolved, index)
    return Analysis(document, tuple(located), tuple(sentences))


def _with_reference(document: Document, reference: Reference) -> Document:
    warnings = document.warnings
    if reference.date is not None:
        # The date was inferred after all: the ingest stage's "missing" no longer holds.
        warnings = tuple(w for w in warnings if w.code != "published-missing")
    if reference.warning is not None:
        # The reference's word on the date replaces ingest's warning of the same code.
        code = reference.warning.code
        warnings = (*(w for w in warnings if w.code != code), reference.warning)
    if document.published is None and reference.date is not None:
        published = dt.datetime.combine(reference.date, dt.time())
        return replace(
            document,
            published=published,
            published_precision="day",
            published_from=reference.source,
            warnings=warnings,
        )
    return replace(document, warnings=warnings)


def _resolve(
    claim: Claim,
    index: SentenceIndex,
    vocab: Vocabularies,
    people: TitledPeople,
    published_year: int | None = None,
) -> Claim:
    sentence = index.at(claim.start)
    text, start = (sentence.text, sentence.start) if sentence else (claim.text, claim.start)
    # The resolvers read words near the claim; a bounded window keeps a run-on
    # "sentence" (a page with no full stops) linear instead of quadratic.
    lo = max(0, claim.start - start - _WINDOW)
    hi = min(len(text), claim.end - start + _WINDOW)
    text, start = text[lo:hi], start + lo
    claim = assign_measure(claim, text, start, vocab)
    claim = assign_event(claim, text, start, vocab)
    claim = resolve_structure(claim, text, start, vocab, published_year)
    return resolve_subject(claim, people)


class SentenceIndex:
    """Finds the sentence containing an offset (sentences are in document order)."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < max(self._sentences[i].end, offset + 1):
            return self._sentences[i]
        return None


def locate(
    document: Document, sentences: Sequence[Sentence], claims: Sequence[Claim], index: SentenceIndex
) -> list[Claim]:
    """Point each claim into the file as read (offsets, line, column, quote, id) and
    say when it holds (:func:`~claimcheck.resolve.as_of.as_of_fields`).

    Both are set in one copy of each claim: a copy costs more than either.
    ``claims`` are in document order.
    """
    line_starts = _line_starts(document.original)
    places = [_place(document, claim, index, line_starts) for claim in claims]
    times = as_of_fields(document, sentences, claims, [place["sentence"] for place in places])
    return [
        evolve(claim, **place, **time)
        for claim, place, time in zip(claims, places, times, strict=True)
    ]


def _place(
    document: Document, claim: Claim, index: SentenceIndex, line_starts: Sequence[int]
) -> dict[str, Any]:
    """The location fields of a claim, as :func:`~claimcheck.model.evolve` changes."""
    file_start = document.offsets.to_original(claim.start)
    file_end = file_start
    if claim.end > claim.start:
        file_end = max(file_start, document.offsets.to_original(claim.end - 1) + 1)
    line = bisect.bisect_right(line_starts, file_start)
    column = file_start - line_starts[line - 1] + 1
    sentence = index.at(claim.start)
    return {
        "id": f"{document.id}@{line}:{column}",
        "path": document.path,
        "line": line,
        "column": column,
        "file_start": file_start,
        "file_end": file_end,
        "quote": document.original[file_start:file_end],
        "sentence": _sentence_text(sentence, claim) if sentence else "",
    }


_LONG_SENTENCE = 1200


def _sentence_text(sentence: Sentence, claim: Claim) -> str:
    """The claim's sentence on one line; a run-on one cut to a window around the claim."""
    text = sentence.text
    if len(text) > _LONG_SENTENCE:
        lo = max(0, claim.start - sentence.start - _WINDOW)
        hi = min(len(text), claim.end - sentence.start + _WINDOW)
        text = ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    return _one_line(text)


@lru_cache(maxsize=256)
def _one_line(text: str) -> str:
    # Cached: the claims of one sentence share its text.
    return " ".join(text.split())


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts
