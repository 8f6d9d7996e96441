"""What a cached analysis depends on, hashed into its key.

An :class:`~claimcheck.pipeline.Analysis` is a function of the document (text,
path, id, metadata: all of it, via its dataclass ``repr``), the vocabularies,
the code and data of the extraction stages, and, for a document without a
publication date only, the run's publication dates (they are used to infer it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from claimcheck.model import Document
from claimcheck.resolve.vocabulary import Vocabularies
from claimcheck.resources import packs_dir

# The parts of the package an Analysis is computed by: a change to any of them
# (a fix in an extractor, a new unit in data/) must invalidate the cache even
# when the version number was not bumped.
_STAGE_SOURCES = (
    "pipeline.py",
    "model.py",
    "zones.py",
    "resources.py",
    "extractors",
    "resolve",
    "ingest",
    "data",
)


@cache
def extractor_fingerprint() -> str:
    """A hash of claimcheck's version and the files of its extraction stages.

    Example:
        >>> len(extractor_fingerprint())
        64
    """
    from claimcheck import __version__

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parents[1]
    files: list[Path] = []
    for name in _STAGE_SOURCES:
        path = package / name
        files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    files.append(packs_dir() / "core" / "hedges.yaml")  # extraction reads the hedge words
    for path in files:
        if path.suffix == ".pyc":
            continue
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def vocabulary_digest(vocab: Vocabularies) -> str:
    """A hash of the vocabularies (rule packs' measures and events).

    Example:
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> vocabulary_digest(load_vocabularies()) == vocabulary_digest(load_vocabularies())
        True
    """
    text = json.dumps(canonical(vocab), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def canonical(value: Any) -> Any:
    """Plain JSON data of a value, with sets sorted: ``repr`` of a frozenset of
    strings changes from one process to the next (string hashes are salted)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted(canonical(v) for v in value)
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return value


def run_dates_digest(run_dates: Sequence[dt.date]) -> str:
    """A hash of the run's publication dates (a multiset: order does not matter).

    Example:
        >>> a, b = dt.date(2025, 3, 4), dt.date(2025, 3, 5)
        >>> run_dates_digest([a, b]) == run_dates_digest([b, a])
        True
    """
    text = ",".join(sorted(d.isoformat() for d in run_dates))
    return hashlib.sha256(text.encode()).hexdigest()


def analysis_key(document: Document, vocab_digest: str, dates_digest: str) -> str:
    """The cache key of one document's analysis.

    Example:
        >>> doc = Document("a", "a.txt", "12 died.", "12 died.")
        >>> analysis_key(doc, "v", "d") == analysis_key(doc, "v", "other dates")
        False
    """
    digest = hashlib.sha256()
    for part in (extractor_fingerprint(), vocab_digest):
        digest.update(part.encode() + b"\0")
    if document.published is None:  # only then are the run's dates read
        digest.update(dates_digest.encode() + b"\0")
    # A Document holds no sets, so its repr is stable across processes.
    digest.update(repr(document).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
