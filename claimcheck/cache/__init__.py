"""The extraction cache: one document's analysis, reused while nothing it depends on changed.

``cached_analyze`` wraps :func:`claimcheck.pipeline.analyze`; with no cache it is
``analyze``. Keys are built in :mod:`claimcheck.cache.keys`, entries stored by
:class:`claimcheck.cache.store.EntryStore`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.cache.keys import analysis_key, run_dates_digest, vocabulary_digest
from claimcheck.cache.store import EntryStore
from claimcheck.model import Document
from claimcheck.pipeline import Analysis, analyze
from claimcheck.resolve.vocabulary import Vocabularies


@dataclass(slots=True)
class AnalysisCache:
    """The cache of one folder, with counts of hits and misses for the caller to report.

    The digests of the vocabularies and run dates are remembered for the objects
    last seen (by identity), so a run of many documents hashes them once.
    """

    folder: Path
    hits: int = 0
    misses: int = 0
    _digests: dict[str, tuple[object, str]] = field(default_factory=dict, repr=False)

    @property
    def store(self) -> EntryStore:
        return EntryStore(self.folder)

    def key(self, document: Document, vocab: Vocabularies, run_dates: Sequence[dt.date]) -> str:
        vocab_digest = self._digest("vocab", vocab, lambda: vocabulary_digest(vocab))
        dates_digest = self._digest("dates", run_dates, lambda: run_dates_digest(run_dates))
        return analysis_key(document, vocab_digest, dates_digest)

    def _digest(self, name: str, value: object, compute: Callable[[], str]) -> str:
        seen = self._digests.get(name)
        if seen is not None and seen[0] is value:
            return seen[1]
        digest = compute()
        self._digests[name] = (value, digest)
        return digest


def cached_analyze(
    document: Document,
    vocab: Vocabularies,
    run_dates: Sequence[dt.date] = (),
    cache: AnalysisCache | None = None,
) -> Analysis:
    """``analyze(document, vocab, run_dates)``, read from ``cache`` when it holds it.

    Example:
        >>> import tempfile
        >>> from claimcheck.ingest import document_from_text
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> cache = AnalysisCache(Path(tempfile.mkdtemp()))
        >>> doc, vocab = document_from_text("The fire killed 12 people."), load_vocabularies()
        >>> first = cached_analyze(doc, vocab, (), cache)
        >>> cached_analyze(doc, vocab, (), cache) == first, cache.hits, cache.misses
        (True, 1, 1)
    """
    if cache is None:
        return analyze(document, vocab, run_dates)
    found = cached_analysis(document, vocab, run_dates, cache)
    if found is not None:
        return found
    cache.misses += 1
    analysis = analyze(document, vocab, run_dates)
    cache.store.put(cache.key(document, vocab, run_dates), analysis)
    return analysis


def cached_analysis(
    document: Document,
    vocab: Vocabularies,
    run_dates: Sequence[dt.date],
    cache: AnalysisCache,
) -> Analysis | None:
    """The analysis ``cache`` holds for ``document``, or None (nothing is computed).

    Engines look hits up in the parent process, so only misses are sent to workers.

    Example:
        >>> import tempfile
        >>> from claimcheck.ingest import document_from_text
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> doc = document_from_text("The fire killed 12 people.")
        >>> cached_analysis(doc, load_vocabularies(), (), AnalysisCache(Path(tempfile.mkdtemp())))
    """
    found = cache.store.get(cache.key(document, vocab, run_dates))
    if not isinstance(found, Analysis):
        return None
    cache.hits += 1
    return found


__all__ = ["AnalysisCache", "EntryStore", "cached_analysis", "cached_analyze"]
