"""The ingest cache: a file's Document, reused while its bytes and the ingest code are unchanged.

A warm run then reads and hashes each file and loads its Document, skipping
decoding, repair, front matter, metadata and boilerplate. The key hashes the
file's bytes, its path (the document id, the HTML flag and the published
overrides' lookup all come from it), the run's ``published`` overrides and the
extraction stages' fingerprint (which covers ``ingest/``). Story and role are
assigned after ingest, so they are never part of a cached Document.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from claimcheck.cache.keys import extractor_fingerprint
from claimcheck.cache.store import EntryStore
from claimcheck.model import Document

SUFFIX = ".document"


def document_key(data: bytes, path: str, overrides: Mapping[str, str] | None) -> str:
    """The cache key of the Document ingest builds from a file's bytes.

    Example:
        >>> document_key(b"12 died.", "a.txt", {}) == document_key(b"12 died.", "b.txt", {})
        False
    """
    digest = hashlib.sha256(b"document\0")
    digest.update(extractor_fingerprint().encode() + b"\0")
    digest.update(path.encode("utf-8", "surrogatepass") + b"\0")
    given = json.dumps(sorted((overrides or {}).items()), default=str, ensure_ascii=False)
    digest.update(given.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(data)
    return digest.hexdigest()


@dataclass(slots=True)
class DocumentCache:
    """Ingested documents by file content, in the cache ``folder``; hits and misses counted.

    Example:
        >>> import tempfile
        >>> from claimcheck.ingest import document_from_text
        >>> cache = DocumentCache(Path(tempfile.mkdtemp()))
        >>> build = lambda: document_from_text("12 died.", doc_id="a", path="a.txt")
        >>> first = cache(b"12 died.", "a.txt", None, build)
        >>> cache(b"12 died.", "a.txt", None, build) == first, cache.hits, cache.misses
        (True, 1, 1)
    """

    folder: Path
    hits: int = 0
    misses: int = 0

    def __call__(
        self,
        data: bytes,
        path: str,
        overrides: Mapping[str, str] | None,
        build: Callable[[], Document],
    ) -> Document:
        """The Document of ``data`` read from ``path``: cached, or ``build()`` and stored.

        An exception of ``build`` (a file that cannot be decoded) passes through
        and nothing is stored.
        """
        store = EntryStore(self.folder, SUFFIX)
        key = document_key(data, path, overrides)
        found = store.get(key)
        if isinstance(found, Document):
            self.hits += 1
            return found
        self.misses += 1
        document = build()
        store.put(key, document)
        return document
