"""Building claims and documents in tests without running extraction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from claimcheck.model import Claim, ClaimKind, Document


def make_claim(doc: str, kind: ClaimKind = ClaimKind.COUNT, **fields: Any) -> Claim:
    """A located claim with sensible defaults; ``fields`` override any field."""
    text = fields.pop("text", "12")
    claim = Claim(doc=doc, kind=kind, start=0, end=len(text), text=text, **fields)
    from dataclasses import replace

    return replace(claim, id=fields.get("id", f"{doc}@1:{abs(hash((text, kind))) % 1000}"))


def make_document(
    doc_id: str, text: str = "", published: dt.date | None = None, **fields: Any
) -> Document:
    stamp = dt.datetime.combine(published, dt.time()) if published else None
    return Document(
        id=doc_id,
        path=f"{doc_id}.txt",
        text=text,
        original=text,
        published=stamp,
        published_precision="day" if stamp else None,
        published_from="metadata" if stamp else "none",
        **fields,
    )
