"""``--format markdown``: for pull-request comments and notes.

Article text is escaped so that it cannot open links, images, HTML or tables.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimcheck.report.views import FindingView, clean, finding_views

if TYPE_CHECKING:
    from claimcheck.result import Result

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def escape(text: str, *, strip: bool = True) -> str:
    """Escape Markdown and HTML metacharacters; collapse whitespace to one line.

    Example:
        >>> escape("[click](http://x) <b>")
        '\\\\[click\\\\]\\\\(http://x\\\\) \\\\<b\\\\>'
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", clean(text, strip=strip))


def render(result: Result) -> str:
    summary = result.summary()
    by_severity = summary["findings_by_severity"]
    lines = [
        "# claimcheck report",
        "",
        f"**{summary['documents']} documents · {summary['claims']} claims · "
        f"{summary['findings']} findings** ({by_severity['error']} errors, "
        f"{by_severity['warning']} warnings, {by_severity['info']} info"
        + (f"; {summary['suppressed']} suppressed" if summary["suppressed"] else "")
        + ")",
        "",
    ]
    if result.streamed is not None:
        note = result.streamed.note(len(result.claim_list))
        lines += [escape(note[0].upper() + note[1:] + "."), ""]
    lines += _errors(result)
    lines += ["## Findings", ""]
    views = finding_views(result)
    if not views:
        lines += ["No disagreements found.", ""]
    for view in views:
        lines += _finding(view)
    lines += _documents(result)
    return "\n".join(lines).rstrip() + "\n"


def _errors(result: Result) -> list[str]:
    if not result.errors:
        return []
    return (
        ["## Inputs that could not be read", ""]
        + [f"- {escape(str(e))}" for e in result.errors]
        + [""]
    )


def _finding(view: FindingView) -> list[str]:
    finding = view.finding
    lines = [f"### {finding.severity.value} · `{finding.rule}`", "", escape(finding.message), ""]
    if not view.rows:
        return lines  # cites no claim (a token that is none): the message says where
    lines += [
        "| source | published | claim in context | value | interval | where |",
        "|---|---|---|---|---|---|",
    ]
    for row in view.rows:
        before, after = escape(row.before, strip=False), escape(row.after, strip=False)
        context = f"{before.lstrip()}**{escape(row.quote)}**{after.rstrip()}"
        if row.more:
            context += f" (+{row.more} more)"
        lines.append(
            f"| {escape(row.source)} | {row.published} | {context} | {escape(row.value)} "
            f"| {escape(row.interval)} | `{row.location.replace('`', chr(39))}` |"
        )
    return [*lines, ""]


def _documents(result: Result) -> list[str]:
    lines = [
        "## Documents",
        "",
        "| id | source | published | from | warnings |",
        "|---|---|---|---|---|",
    ]
    for document in result.document_list:
        published = document.published.isoformat() if document.published else "unknown"
        warnings = "; ".join(escape(w.message) for w in document.warnings) or ""
        lines.append(
            f"| `{document.id}` | {escape(document.source or '')} | {published} "
            f"| {document.published_from} | {warnings} |"
        )
    return [*lines, ""]
