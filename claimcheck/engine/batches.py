"""Bounded batches of documents: the unit of work every engine ships to a worker."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from claimcheck.model import Document

T = TypeVar("T")

BATCH_DOCUMENTS = 16
BATCH_CHARACTERS = 1_000_000  # a batch closes at ~1 MB of text, so one huge file rides alone


def document_batches(
    documents: Iterable[Document],
    max_documents: int = BATCH_DOCUMENTS,
    max_characters: int = BATCH_CHARACTERS,
) -> Iterator[list[Document]]:
    """Consecutive batches of at most ``max_documents`` documents and about
    ``max_characters`` characters of text, in input order.

    Example:
        >>> docs = [Document(str(n), f"{n}.txt", "x" * 10, "x" * 10) for n in range(5)]
        >>> [len(b) for b in document_batches(docs, max_documents=2)]
        [2, 2, 1]
    """
    batch: list[Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document.text)
        if len(batch) >= max_documents or size >= max_characters:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
