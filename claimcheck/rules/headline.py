"""A headline judged against its own body, as a derived text against its source.

The headline is the document's ``title`` (front matter, JSONL field, or the
first heading or short line ingest took for one) where it stands at the top of
the text; its claims are judged by :func:`claimcheck.rules.support.judge`
against the claims of the rest of the document. A ``title`` that is only
metadata (not in the text) has no claims of its own and is not judged.

Anti-pattern (contradicted)::

    Ferry fire: 12 dead off Pellham
    Eleven people died when fire broke out... the coastguard said 11 were dead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from claimcheck.model import Claim, Document, Flag
from claimcheck.rules.align import Masks
from claimcheck.rules.support import Verdict, judge

_HEAD_REACH = 400  # characters from the top of a text in which its headline must start


def headline_span(document: Document) -> tuple[int, int] | None:
    """Offsets of the headline line in ``document.text``, if the title is at its top.

    Example:
        >>> from claimcheck.model import Document
        >>> text = "# Dam bursts\\n\\nWater rose."
        >>> headline_span(Document("a", "a.md", text, text, title="Dam bursts"))
        (0, 12)
    """
    title = " ".join((document.title or "").split())
    if not title:
        return None
    start = document.text.find(title, 0, _HEAD_REACH + len(title))
    if start < 0:
        return None
    line_start = document.text.rfind("\n", 0, start) + 1
    line_end = document.text.find("\n", start)
    line_end = len(document.text) if line_end < 0 else line_end
    if document.text[line_start:start].strip("# \t"):
        return None  # the title's words inside a sentence, not a headline line
    next_end = document.text.find("\n", line_end + 1)
    following = document.text[line_end + 1 : next_end if next_end >= 0 else None]
    if line_end < len(document.text) and following.strip():
        return None  # the first line of a wrapped paragraph, not a line of its own
    return line_start, line_end


def judge_headlines(
    claims: Sequence[Claim], documents: Mapping[str, Document], masks: Masks | None = None
) -> list[tuple[str, Verdict]]:
    """Every headline claim of every document, judged against its body's claims
    (``masks``: see :func:`~claimcheck.rules.support.judge`).

    Example:
        >>> judge_headlines([], {})
        []
    """
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc].append(claim)
    judged = []
    for doc_id, members in by_doc.items():
        document = documents.get(doc_id)
        span = headline_span(document) if document is not None else None
        if document is None or span is None:
            continue
        # Page furniture taken for a title ("Notable deaths in 2022" in a menu) is no headline.
        story = [c for c in members if not c.has_flag(Flag.BOILERPLATE.value)]
        head = [c for c in story if span[0] <= c.start < span[1]]
        body = [c for c in story if c.start >= span[1]]
        if head and body:
            text = document.text[span[1] :].lower()
            judged += [(document.story or "", v) for v in judge(head, body, [text], masks)]
    return judged
