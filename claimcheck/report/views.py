"""What every human-readable format shows of a finding, computed once.

Formats differ in markup only; the rows, snippets and interval texts come
from here so that the terminal, Markdown and HTML reports say the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimcheck.model import Claim, ClaimKind, Document, Finding

if TYPE_CHECKING:
    from claimcheck.result import Result

SNIPPET_CONTEXT = 70


@dataclass(frozen=True, slots=True)
class ClaimRow:
    claim: Claim
    source: str
    published: str
    before: str  # snippet text before the quote
    quote: str
    after: str
    value: str
    interval: str
    location: str
    more: int = 0  # other claims of the same document in this finding


@dataclass(frozen=True, slots=True)
class FindingView:
    finding: Finding
    rows: tuple[ClaimRow, ...]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


_SPACE = re.compile(r"\s+")


def clean(text: str, *, strip: bool = True) -> str:
    """Article text made safe for any report: no control characters, one line.

    ``strip=False`` keeps one space at either end (text around a highlighted quote).

    Example:
        >>> clean("12\\x1b[31m dead\\n")
        '12 [31m dead'
    """
    line = _SPACE.sub(" ", _CONTROL.sub(" ", text))
    return line.strip() if strip else line


def finding_views(result: Result) -> list[FindingView]:
    claims = {c.id: c for c in result.claim_list}
    documents = {d.id: d for d in result.document_list}
    views = []
    for finding in result.finding_list:
        if finding.suppressed is not None:
            continue  # counted in the summary; the JSON report lists them
        by_doc: dict[str, list[Claim]] = {}
        for cid in finding.claims:
            if cid in claims:
                by_doc.setdefault(claims[cid].doc, []).append(claims[cid])
        rows = tuple(
            replace(claim_row(group[0], documents.get(doc)), more=len(group) - 1)
            for doc, group in by_doc.items()
        )
        views.append(FindingView(finding, rows))
    return views


def claim_row(claim: Claim, document: Document | None) -> ClaimRow:
    before, quote, after = snippet(claim)
    return ClaimRow(
        claim=claim,
        source=(document.source or document.id) if document else claim.doc,
        published=_published(document),
        before=before,
        quote=quote,
        after=after,
        value=value_text(claim),
        interval=interval_text(claim),
        location=f"{claim.path}:{claim.line}:{claim.column}",
    )


def _published(document: Document | None) -> str:
    if document is None or document.published is None:
        return "date unknown"
    text = document.published.date().isoformat()
    return text + (" (inferred)" if document.published_from in {"inferred", "run"} else "")


def snippet(claim: Claim, context: int = SNIPPET_CONTEXT) -> tuple[str, str, str]:
    """The claim's sentence cut around the quote: (before, quote, after)."""
    sentence = claim.sentence
    quote = " ".join(claim.text.split())
    at = sentence.find(quote)
    if at < 0:
        return "", quote, ""
    before = sentence[:at]
    after = sentence[at + len(quote) :]
    if len(before) > context:
        before = "…" + before[-context:].split(" ", 1)[-1]
    if len(after) > context:
        after = after[:context].rsplit(" ", 1)[0] + "…"
    return before, quote, after


def value_text(claim: Claim) -> str:
    if claim.kind is ClaimKind.TIME and claim.datetime_utc is not None:
        return f"{claim.datetime_utc:%Y-%m-%d %H:%M} UTC"
    if claim.kind is ClaimKind.DATE and claim.date is not None:
        from claimcheck.rules.values import describe_date

        return describe_date(claim)
    if claim.value is None:
        return "?"
    unit = "" if claim.unit in {None, "", "date", "datetime"} else f" {claim.unit}"
    return f"{claim.value:,.10g}{unit}"


def interval_text(claim: Claim) -> str:
    if claim.kind in {ClaimKind.DATE, ClaimKind.TIME}:
        return claim.hedge or ""
    if claim.low is None or claim.high is None:
        return ""
    if claim.low == claim.high:
        return f"= {claim.low:,.10g}"
    return f"[{claim.low:,.10g}, {claim.high:,.10g})"


@dataclass(frozen=True, slots=True)
class Region:
    """Where a claim is in its file: 1-based lines and columns, ``end_column`` exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int


def claim_region(claim: Claim) -> Region:
    """The claim's span in the file as read, for formats that annotate lines.

    Example:
        >>> from claimcheck.model import ClaimKind
        >>> c = Claim("d", ClaimKind.COUNT, 0, 2, "12", path="a.md", line=3, column=5, quote="12")
        >>> claim_region(c)
        Region(path='a.md', line=3, column=5, end_line=3, end_column=7)
    """
    quote = claim.quote or claim.text
    breaks = quote.count("\n")
    # columns restart after a line break inside the quote
    end_column = len(quote) - quote.rfind("\n") if breaks else claim.column + len(quote)
    return Region(claim.path, claim.line, claim.column, claim.line + breaks, end_column)
