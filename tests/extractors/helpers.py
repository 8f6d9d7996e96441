"""Running the temporal extractor on a test text, one sentence per line."""

from __future__ import annotations

from claimcheck.extractors.temporal import extract_temporal
from claimcheck.model import Claim, ClaimKind, Document, Sentence
from claimcheck.resolve.reference import Reference


def line_sentences(text: str) -> list[Sentence]:
    """One :class:`Sentence` per line of ``text``, offsets into ``text``."""
    sentences, at = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(at, at + len(line), line))
        at += len(line) + 1
    return sentences


def line_document(text: str, **fields: object) -> tuple[Document, list[Sentence]]:
    """A document of ``text`` (``fields`` set metadata) and its sentences, one per line."""
    doc = Document(id="d", path="d.txt", text=text, original=text, **fields)  # type: ignore[arg-type]
    return doc, line_sentences(text)


def temporal_claims(text: str, reference: Reference, **fields: object) -> list[Claim]:
    """The temporal claims of ``text``, read one sentence per line against ``reference``."""
    doc, sentences = line_document(text, **fields)
    return extract_temporal(doc, sentences, reference)


def only_claim(text: str, reference: Reference, kind: ClaimKind) -> Claim:
    """The one claim of ``kind`` in ``text``; fails the test when there are none or several."""
    found = [c for c in temporal_claims(text, reference) if c.kind is kind]
    assert len(found) == 1, found
    return found[0]
