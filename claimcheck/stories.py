"""Which documents form a story (only a story's documents are compared), and their roles.

A document's own ``story`` (front matter, JSONL field, DataFrame column) wins;
``--story DOC=KEY`` overrides it; ``story_by="folder"`` makes each folder a story;
``story_by="auto"`` groups the documents without a key by what they are about
(:mod:`claimcheck.stories_auto`); otherwise all documents of a run are one story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from claimcheck.errors import UsageError
from claimcheck.model import Document

STORY_BY = ("run", "folder", "auto")


def assign_stories(
    documents: Sequence[Document],
    overrides: Mapping[str, str] | None = None,
    story_by: str = "run",
) -> list[Document]:
    """Documents with their story keys set.

    Example:
        >>> from claimcheck.model import Document
        >>> docs = [Document("a", "quake/a.txt", "", ""), Document("b", "flood/b.txt", "", "")]
        >>> [d.story for d in assign_stories(docs, story_by="folder")]
        ['quake', 'flood']
    """
    if story_by not in STORY_BY:
        raise UsageError(f"bad --story-by '{story_by}'", hint=f"use one of {', '.join(STORY_BY)}")
    overrides = overrides or {}
    out = []
    for document in documents:
        key = _override(document, overrides) or document.story
        if key is None and story_by == "folder":
            key = Path(document.path).parent.name or None
        out.append(replace(document, story=key) if key != document.story else document)
    if story_by == "auto":
        out = _auto_stories(out)
    return out


def _auto_stories(documents: list[Document]) -> list[Document]:
    """Documents without a story key get one from :func:`~claimcheck.stories_auto.group_stories`."""
    from claimcheck.stories_auto import group_stories  # scikit-learn loads only when asked for

    keyless = [n for n, d in enumerate(documents) if d.story is None]
    keys = group_stories([documents[n] for n in keyless])
    out = list(documents)
    for n, key in zip(keyless, keys, strict=True):
        out[n] = replace(out[n], story=key)
    return out


def assign_roles(documents: Sequence[Document], source_paths: Sequence[str]) -> list[Document]:
    """With ``--source`` paths: documents read from them are sources, the others derived.

    Example:
        >>> from claimcheck.model import Document
        >>> docs = [Document("a", "wire.txt", "", ""), Document("b", "summary.txt", "", "")]
        >>> [d.role for d in assign_roles(docs, ["wire.txt"])]
        ['source', 'derived']
    """
    if not source_paths:
        return list(documents)
    sources = [Path(p) for p in source_paths]
    out = []
    for document in documents:
        path = Path(document.path)
        is_source = any(path == s or s in path.parents for s in sources)
        role = "source" if is_source else "derived"
        out.append(document if document.role == role else replace(document, role=role))
    return out


def _override(document: Document, overrides: Mapping[str, str]) -> str | None:
    for name in (document.id, document.path, Path(document.path).name):
        if name in overrides:
            return overrides[name]
    return None


def parse_pairs(pairs: Sequence[str], option: str, example: str) -> dict[str, str]:
    """``["a.md=quake"]`` -> ``{"a.md": "quake"}``; a bad pair is a one-line UsageError."""
    out: dict[str, str] = {}
    for pair in pairs:
        doc, sep, value = pair.partition("=")
        if not sep or not doc.strip() or not value.strip():
            raise UsageError(f"bad {option} '{pair}'", hint=f"write DOC=VALUE, e.g. {example}")
        out[doc.strip()] = value.strip()
    return out
