"""The local engine: one document at a time in this process, or batches of
documents in a pool of worker processes, with results in input order."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from claimcheck.engine.batches import document_batches
from claimcheck.model import Document
from claimcheck.pipeline import Analysis
from claimcheck.pool import map_batches

AnalyzeOne = Callable[[Document], Analysis]


def default_jobs() -> int:
    """The cores this process may run on (``--jobs`` default).

    Example:
        >>> default_jobs() >= 1
        True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def analyze_local(
    documents: Iterable[Document], analyze_one: AnalyzeOne, jobs: int = 1
) -> Iterator[Analysis]:
    """``analyze_one`` of every document, in input order, on ``jobs`` processes.

    At most two batches per worker are in flight, so memory stays bounded however
    many documents come; with ``jobs=1``, or when all documents fit in one batch,
    no process is started (a pre-publish check of one article pays no pool).

    Example:
        >>> from functools import partial
        >>> from claimcheck.ingest import document_from_text
        >>> from claimcheck.pipeline import analyze
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> one = partial(analyze, vocab=load_vocabularies())
        >>> docs = [document_from_text("The storm killed 12 people.")]
        >>> [c.value for a in analyze_local(docs, one, jobs=2) for c in a.claims]
        [12.0]
    """
    batches = document_batches(documents)
    head = list(itertools.islice(batches, 2))
    if jobs <= 1 or len(head) < 2:
        for batch in itertools.chain(head, batches):
            yield from map(analyze_one, batch)
        return
    # The first document runs here before the pool starts: it loads the lazy
    # tables (lemmas, lexicons) once, and forked workers share them.
    yield analyze_one(head[0][0])
    head[0] = head[0][1:]
    work = partial(_analyze_batch, analyze_one)
    for _, analyses in map_batches(work, itertools.chain(head, batches), jobs):
        yield from analyses


def _analyze_batch(analyze_one: AnalyzeOne, batch: list[Document]) -> list[Analysis]:
    return [analyze_one(document) for document in batch]
