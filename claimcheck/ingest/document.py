"""Text in, :class:`~claimcheck.model.Document` out: front matter or HTML, repair, metadata.

Every input (file, JSONL line, stdin, Python string) goes through
:func:`build_document`, so the Python API and the command line see the same
documents. Offsets compose: text -> repaired body -> body in the original.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import yaml

from claimcheck.ingest.boilerplate import find_boilerplate
from claimcheck.ingest.cross_references import find_cross_references, merge_spans
from claimcheck.ingest.dates import PublishedDate, parse_published
from claimcheck.ingest.html_text import html_to_text
from claimcheck.ingest.lines import Line, text_lines
from claimcheck.ingest.metadata import outlet, page_urls, publication_date, title
from claimcheck.ingest.offsets import compose, shifted
from claimcheck.ingest.repair import repair_text
from claimcheck.model import Document, DocumentWarning, OffsetMap

FIELDS = ("id", "source", "url", "published", "title", "story", "role")
_MISSING_HINT = (
    "relative dates stay unresolved; pass --published DOC=DATE or add a `published:` "
    "front-matter field"
)


@dataclass(frozen=True, slots=True)
class Fields:
    """What the caller or the container (JSONL, front matter, HTML meta) says about a text."""

    id: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | dt.date | dt.datetime | None = None
    title: str | None = None
    story: str | None = None
    role: str | None = None

    def under(self, other: Fields) -> Fields:
        """These fields, with gaps filled from ``other``."""
        return Fields(*(getattr(self, n) or getattr(other, n) for n in FIELDS))


def fields_from(mapping: Mapping[str, Any]) -> Fields:
    """The known fields of a JSON object or front-matter mapping, as text.

    Example:
        >>> fields_from({"id": 7, "title": "Fire"}).id
        '7'
    """
    values: dict[str, Any] = {}
    for name in FIELDS:
        value = mapping.get(name)
        if value is None or value == "":
            continue
        keep = name == "published" and isinstance(value, dt.date)
        values[name] = value if keep else str(value)
    return Fields(**values)


@functools.cache
def _front_matter_end() -> re.Pattern[str]:
    return re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)


def split_front_matter(original: str) -> tuple[Fields, int, DocumentWarning | None]:
    """Fields from a leading ``---`` YAML block and the offset where the body starts.

    Example:
        >>> fields, body, _ = split_front_matter("---\\ntitle: Fire\\n---\\nCrews came.")
        >>> fields.title, body
        ('Fire', 20)
    """
    first = original.split("\n", 1)[0].rstrip("\r ")
    if first != "---":
        return Fields(), 0, None
    closing = _front_matter_end().search(original, len(original.split("\n", 1)[0]) + 1)
    if closing is None:
        return Fields(), 0, None
    body = original.find("\n", closing.end())
    body = len(original) if body < 0 else body + 1
    try:
        loaded = yaml.safe_load(original[4 : closing.start()])
    except yaml.YAMLError as error:
        message = f"front matter is not valid YAML ({str(error).splitlines()[0]}); ignored"
        return Fields(), body, DocumentWarning("front-matter", message)
    if not isinstance(loaded, dict):
        return Fields(), body, None
    return fields_from(loaded), body, None


def _repair_warning(count: int, example: str | None) -> DocumentWarning:
    plural = "s" if count != 1 else ""
    return DocumentWarning(
        "repaired-encoding", f"repaired {count} mis-decoded character{plural}, e.g. {example}"
    )


def _published(
    fields: Fields, text: str, lines: Sequence[Line], warnings: list[DocumentWarning]
) -> tuple[PublishedDate | None, str]:
    if fields.published is not None:
        given = parse_published(fields.published)
        if given is not None:
            return given, "metadata"
        warnings.append(
            DocumentWarning("published-invalid", f"cannot read published={fields.published!r}")
        )
    found = publication_date(text, [fields.url] if fields.url else [], lines=lines)
    if found is not None:
        return found.date, found.origin
    warnings.append(DocumentWarning("published-missing", f"no publication date; {_MISSING_HINT}"))
    return None, "none"


def build_document(
    original: str,
    *,
    doc_id: str,
    path: str,
    fields: Fields | None = None,
    html: bool = False,
    overrides: Mapping[str, str] | None = None,
    override_keys: Sequence[str] = (),
) -> Document:
    """A repaired document with metadata and boilerplate from text as read.

    ``fields`` (caller, JSONL) win over front matter and HTML meta; an entry of
    ``overrides`` keyed by the final id or one of ``override_keys`` wins over all.

    Example:
        >>> doc = build_document("Fire hits depot\\nMarch 4, 2025", doc_id="a", path="a.txt")
        >>> doc.published_from
        'header'
    """
    warnings: list[DocumentWarning] = []
    fields = fields or Fields()
    if html:
        page = html_to_text(original)
        body, body_map = page.text, page.offsets
        fields = fields.under(fields_from(page.metadata))
    else:
        front, start, problem = split_front_matter(original)
        body, body_map = original[start:], shifted(start)
        fields = fields.under(front)
        if problem is not None:
            warnings.append(problem)
    repair = repair_text(body)
    text = repair.text
    offsets: OffsetMap = compose(repair.offsets, body_map)
    if repair.count:
        warnings.append(_repair_warning(repair.count, repair.example))
    final_id = fields.id or doc_id
    for key in (final_id, *override_keys):
        if overrides and key in overrides:
            fields = replace(fields, published=overrides[key])
            break
    lines = text_lines(text)
    published, published_from = _published(fields, text, lines, warnings)
    urls = page_urls(text, lines=lines)
    url = fields.url or (urls[0] if urls else None)
    return Document(
        id=final_id,
        path=path,
        text=text,
        original=original,
        offsets=offsets,
        source=fields.source or outlet(text, [url] if url else [], lines=lines),
        url=url,
        title=fields.title or title(text, lines=lines),
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        published_from=published_from,
        warnings=tuple(warnings),
        boilerplate=merge_spans(find_boilerplate(text, lines=lines), find_cross_references(text)),
        story=fields.story,
        role=fields.role,
    )


def document_from_text(
    text: str,
    *,
    doc_id: str = "text-1",
    path: str = "<text>",
    published: str | dt.date | dt.datetime | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    story: str | None = None,
    role: str | None = None,
) -> Document:
    """A document from a string, processed exactly as a file with that text would be.

    Example:
        >>> doc = document_from_text("The cityâs budget", published="2024-05-02")
        >>> doc.text, doc.published_from, doc.warnings[0].code
        ('The city’s budget', 'metadata', 'repaired-encoding')
    """
    given = Fields(None, source, url, published, title, story, role)
    return build_document(text, doc_id=doc_id, path=path, fields=given)
