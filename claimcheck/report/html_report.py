"""``--format html``: one self-contained page to read, filter and print.

The page has no external references (its Content-Security-Policy forbids any
fetch), and every string from an article, a rule or a file name is escaped
with :func:`html.escape`: article text can never become markup.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from claimcheck.model import Severity
from claimcheck.report.html_assets import CONTENT_SECURITY_POLICY, FILTER_SCRIPT, STYLESHEET
from claimcheck.report.intervals import interval_picture
from claimcheck.report.svg import interval_svg
from claimcheck.report.timeline import timeline_lines, timelines
from claimcheck.report.timeline_svg import timeline_svg
from claimcheck.report.views import ClaimRow, FindingView, clean, finding_views

if TYPE_CHECKING:
    from claimcheck.result import Result

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def render(result: Result) -> str:
    """The whole page.

    Example:
        >>> from claimcheck import check
        >>> page = render(check(["It cost <b>$5 million</b>.", "It cost $9 million."]))
        >>> page.startswith("<!DOCTYPE html>") and "<b>" not in page
        True
    """
    views = finding_views(result)
    body = [
        "<header><h1>claimcheck report</h1>",
        f"<p>{escape(_headline(result))}</p></header>",
        _summary(result),
        _document_warnings(result),
        _errors(result),
        "<h2>Findings</h2>",
        _filters(views),
        *(_finding(view) for view in views),
        "" if views else "<p>No disagreements found.</p>",
        timeline_section(result),
        _documents(result),
    ]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>claimcheck report</title>\n"
        f"<style>{STYLESHEET}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + f"\n<script>{FILTER_SCRIPT}</script>\n</body>\n</html>\n"
    )


def timeline_section(result: Result) -> str:
    """The per-measure timelines (figures over as-of time), or "" when none moved.

    Example:
        >>> from claimcheck.result import Result
        >>> timeline_section(Result((), (), ()))
        ''
    """
    found = timelines(result.claim_list, {d.id: d for d in result.document_list})
    if not found:
        return ""
    blocks = []
    for timeline in found:
        heading, *moments = timeline_lines(timeline)
        items = "".join(f"<li>{escape(m.strip())}</li>" for m in moments)
        blocks.append(
            f"<figure><figcaption>{escape(heading)}</figcaption>"
            f"{timeline_svg(timeline)}<ul>{items}</ul></figure>"
        )
    return '<section id="timeline"><h2>Timeline</h2>' + "".join(blocks) + "</section>"


def _headline(result: Result) -> str:
    summary = result.summary()
    text = (
        f"{summary['documents']} documents · {summary['claims']} claims · "
        f"{summary['findings']} findings"
    )
    if summary["suppressed"]:
        text += f" · {summary['suppressed']} suppressed"
    if result.streamed is not None:
        text += f" ({result.streamed.note(len(result.claim_list))})"
    return text


def _summary(result: Result) -> str:
    summary = result.summary()
    kinds = ", ".join(f"{k} {n}" for k, n in summary["claims_by_kind"].items()) or "none"
    by_severity = summary["findings_by_severity"]
    findings = " ".join(
        f'<span class="sev {s.value}">{by_severity[s.value]} {s.value}</span>' for s in _SEVERITIES
    )
    return (
        '<table class="summary"><tr><th>documents</th><th>claims by kind</th>'
        f"<th>findings</th></tr><tr><td>{summary['documents']}</td><td>{escape(kinds)}</td>"
        f"<td>{findings}</td></tr></table>"
    )


def _document_warnings(result: Result) -> str:
    items = [
        f"<li><code>{escape(document.id)}</code>: {escape(clean(warning.message))}</li>"
        for document in result.document_list
        for warning in document.warnings
    ]
    if not items:
        return ""
    return '<h2>Document warnings</h2><ul class="warnings">' + "".join(items) + "</ul>"


def _errors(result: Result) -> str:
    if not result.errors:
        return ""
    items = "".join(f"<li>{escape(clean(str(error)))}</li>" for error in result.errors)
    return f'<h2>Inputs that could not be read</h2><ul class="errors">{items}</ul>'


def _filters(views: list[FindingView]) -> str:
    if not views:
        return ""
    boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{s.value}" checked> '
        f"{s.value}</label>"
        for s in _SEVERITIES
    )
    rules = sorted({view.finding.rule for view in views})
    options = "".join(f'<option value="{escape(r)}">{escape(r)}</option>' for r in rules)
    return (
        f'<nav class="filters" aria-label="filters">{boxes}'
        f'<label>rule <select id="rule-filter"><option value="">all rules</option>{options}'
        f'</select></label><span class="counts"><span id="shown">{len(views)}</span> of '
        f"{len(views)} findings shown</span></nav>"
    )


def _finding(view: FindingView) -> str:
    finding = view.finding
    severity = finding.severity.value
    link = (
        f' · <a href="{escape(finding.link)}">about this rule</a>'
        if finding.link and finding.link.startswith(("https://", "http://"))
        else ""
    )
    rows = "".join(_row(row) for row in view.rows)
    picture = interval_picture(view)
    figure = f"<figure>{interval_svg(picture, clean(finding.message))}</figure>" if picture else ""
    return (
        f'<article class="finding {severity}" data-severity="{severity}" '
        f'data-rule="{escape(finding.rule)}">'
        f'<h3><span class="sev {severity}">{severity}</span><code>{escape(finding.rule)}</code>'
        f"{link}</h3>"
        f'<p class="verdict">{escape(clean(finding.message))}</p>'
        "<table><tr><th>source</th><th>published</th><th>claim in context</th><th>value</th>"
        f"<th>interval</th><th>where</th></tr>{rows}</table>{figure}</article>"
    )


def _row(row: ClaimRow) -> str:
    context = (
        f"{escape(clean(row.before, strip=False).lstrip())}<mark>{escape(clean(row.quote))}</mark>"
        f"{escape(clean(row.after, strip=False).rstrip())}"
    )
    more = f" (+{row.more} more)" if row.more else ""
    return (
        f'<tr><td>{escape(clean(row.source))}</td><td class="nowrap">{escape(row.published)}</td>'
        f'<td>{context}{more}</td><td class="nowrap">{escape(row.value)}</td>'
        f'<td class="nowrap">{escape(row.interval)}</td>'
        f'<td class="where">{escape(clean(row.location))}</td></tr>'
    )


def _documents(result: Result) -> str:
    rows = "".join(
        f"<tr><td><code>{escape(d.id)}</code></td><td>{escape(clean(d.source or ''))}</td>"
        f"<td>{escape(d.published.isoformat() if d.published else 'unknown')}</td>"
        f"<td>{escape(d.published_from)}</td><td>{escape(clean(d.title or ''))}</td></tr>"
        for d in result.document_list
    )
    return (
        "<h2>Documents</h2><table><tr><th>id</th><th>source</th><th>published</th>"
        f"<th>from</th><th>title</th></tr>{rows}</table>"
    )
