"""The ingest stage: files, folders, stdin and JSONL in; repaired documents and sentences out.

Example:
    >>> from claimcheck.ingest import document_from_text, split_sentences
    >>> doc = document_from_text("Fire hits depot\\n\\nCrews fought it for 3 hours. It is out.")
    >>> [s.text for s in split_sentences(doc)]
    ['Fire hits depot', 'Crews fought it for 3 hours.', 'It is out.']
"""

from __future__ import annotations

from claimcheck.ingest.document import document_from_text
from claimcheck.ingest.readers import read_documents
from claimcheck.ingest.sentences import split_sentences

__all__ = ["document_from_text", "read_documents", "split_sentences"]
