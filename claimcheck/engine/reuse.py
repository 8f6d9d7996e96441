"""Cached analyses are read in this process; only the others go to the engine's workers.

Shipping a document to a worker and its analysis back costs more than reading the
analysis from the cache, so a warm run starts no worker for what it already has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from claimcheck.model import Document
from claimcheck.pipeline import Analysis

Lookup = Callable[[Document], Analysis | None]


def reuse_cached(
    documents: Sequence[Document],
    lookup: Lookup,
    analyze_rest: Callable[[Iterable[Document]], Iterator[Analysis]],
) -> Iterator[Analysis]:
    """The analyses of ``documents`` in input order: ``lookup``'s where it has one,
    ``analyze_rest``'s (fed the other documents, lazily and in order) elsewhere.

    Example:
        >>> from claimcheck.model import Document
        >>> docs = [Document(n, n, "", "") for n in "abc"]
        >>> have = {"b": Analysis(docs[1], ())}
        >>> rest = lambda ds: (Analysis(d, ()) for d in ds)
        >>> [a.document.id for a in reuse_cached(docs, lambda d: have.get(d.id), rest)]
        ['a', 'b', 'c']
    """
    found = [lookup(document) for document in documents]
    rest = analyze_rest(d for d, a in zip(documents, found, strict=True) if a is None)
    for analysis in found:
        yield analysis if analysis is not None else next(rest)
