"""``--format rich``: the terminal report people read.

Article text goes into rich ``Text`` objects, never into markup strings, and
control characters are stripped, so an article cannot style or move the
terminal. Without colour (not a TTY, ``NO_COLOR``) it is plain text.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.model import Severity
from claimcheck.report.intervals import block_lines, interval_picture
from claimcheck.report.timeline import timeline_lines, timelines
from claimcheck.report.views import FindingView, clean, finding_views

if TYPE_CHECKING:
    from claimcheck.result import Result

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(result: Result, *, width: int | None = None, color: bool = False) -> str:
    console = Console(
        file=io.StringIO(),
        width=width or 80,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(_summary(result))
    if result.streamed is not None:
        console.print(Text(clean(result.streamed.note(len(result.claim_list))), style="dim"))
    warnings = _document_warnings(result)
    if warnings is not None:
        console.print(warnings)
    for error in result.errors:
        console.print(Text("input error: ", style="bold red") + Text(clean(str(error))))
    views = finding_views(result)
    if not views:
        console.print(Text("No disagreements found.", style="green"))
    current_rule = None
    for view in views:
        if view.finding.rule != current_rule:
            current_rule = view.finding.rule
            console.rule(Text(current_rule, style="bold"), align="left")
        console.print(_finding(view, console.width))
    _print_timelines(console, result)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in output.splitlines()) + "\n"


def _print_timelines(console: Console, result: Result) -> None:
    """Measures whose figures moved over as-of time (report/timeline.py)."""
    found = timelines(result.claim_list, {d.id: d for d in result.document_list})
    if not found:
        return
    console.rule(Text("timeline", style="bold"), align="left")
    for timeline in found:
        for i, line in enumerate(timeline_lines(timeline)):
            console.print(Text(("  " if i else "") + clean(line), style="" if i else "bold"))
    console.print(Text(""))


def _summary(result: Result) -> Table:
    summary = result.summary()
    table = Table(title="claimcheck", box=box.SIMPLE_HEAVY, show_header=True, title_justify="left")
    table.add_column("documents", justify="right")
    table.add_column("claims by kind")
    table.add_column("findings", justify="right")
    kinds = ", ".join(f"{k} {n}" for k, n in summary["claims_by_kind"].items()) or "none"
    by_severity = summary["findings_by_severity"]
    findings = Text()
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        if findings:
            findings.append(" · ")
        findings.append(
            f"{by_severity[severity.value]} {severity.value}", style=SEVERITY_STYLE[severity]
        )
    if summary["suppressed"]:
        findings.append(f"\n{summary['suppressed']} suppressed", style="dim")
    table.add_row(str(summary["documents"]), Text(kinds), findings)
    return table


def _document_warnings(result: Result) -> Panel | None:
    lines = [
        Text(f"{document.id}: ", style="bold") + Text(clean(warning.message))
        for document in result.document_list
        for warning in document.warnings
    ]
    if not lines:
        return None
    return Panel(Group(*lines), title="document warnings", title_align="left", box=box.ROUNDED)


def _finding(view: FindingView, width: int) -> Group:
    finding = view.finding
    verdict = Text(f"{finding.severity.value.upper()} ", style=SEVERITY_STYLE[finding.severity])
    verdict.append(clean(finding.message))
    parts: list[Text | Table | Padding] = [verdict]
    for row in view.rows:
        head = Text("  ")
        head.append(clean(row.source), style="bold")
        head.append(f" · {row.published} · {row.location}", style="dim")
        if row.more:
            head.append(f" (+{row.more} more)", style="dim")
        body = Text()
        body.append(clean(row.before, strip=False).lstrip())
        body.append(clean(row.quote), style="bold reverse")
        body.append(clean(row.after, strip=False).rstrip())
        value = Text(f"= {row.value}", style="cyan")
        if row.interval:
            value.append(f"  {row.interval}", style="dim")
        parts += [head, Padding(Group(body, value), (0, 0, 0, 4))]
    picture = interval_picture(view)
    if picture is not None:
        lines = block_lines(picture, width - 4)
        parts.append(Padding(Text("\n".join(lines), style="cyan", no_wrap=True), (0, 0, 0, 2)))
    parts.append(Text(""))
    return Group(*parts)
