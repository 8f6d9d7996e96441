"""Reading one written file back in ingest tests."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from claimcheck.ingest import read_documents
from claimcheck.model import Document


def read_one(path: Path, text: str, published: Mapping[str, str] | None = None) -> Document:
    """Write ``text`` to ``path`` as UTF-8 and read it back: exactly one document, no error."""
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read_documents([str(path)], published=published))
    assert isinstance(doc, Document)
    return doc
