"""``--format github``: GitHub Actions workflow-command annotations.

One annotation per finding and source, at that source's cited claim
(``::error file=...,line=...,col=...::message``). The runner reads a command
only at the start of a line, so article text is kept to one line, stripped of
control characters and escaped as the Actions toolkit escapes data (``%``,
CR, LF) and properties (also ``:`` and ``,``): it cannot start a command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.model import Severity
from claimcheck.report.views import claim_region, clean, finding_views

if TYPE_CHECKING:
    from claimcheck.result import Result

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message, as ``@actions/core`` escapes it.

    Example:
        >>> escape_data("50% up\\n::error::x")
        '50%25 up%0A::error::x'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (``file=``, ``title=``).

    Example:
        >>> escape_property("a,b:c")
        'a%2Cb%3Ac'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: Result) -> str:
    """One workflow command per line.

    Example:
        >>> from claimcheck import check
        >>> out = render(check(["Officials said 14 people died.", "Officials said 41 died."]))
        >>> out.splitlines()[0].startswith("::error file=<text-1>,line=1,endLine=1,col=16,")
        True
    """
    lines = [
        _command("error", clean(str(e)), file=e.path, line=e.line, title="input error")
        for e in result.errors
    ]
    for view in finding_views(result):
        finding = view.finding
        for row in view.rows:
            region = claim_region(row.claim)
            message = (
                f"{clean(finding.message)} | {clean(row.source)} says "
                f"{clean(row.quote)} = {clean(row.value)}"
            )
            lines.append(
                _command(
                    COMMANDS[finding.severity],
                    message,
                    file=region.path,
                    line=region.line,
                    end_line=region.end_line,
                    col=region.column,
                    end_column=max(region.column, region.end_column - 1),  # inclusive here
                    title=f"claimcheck {finding.rule}",
                )
            )
    return "".join(line + "\n" for line in lines)


def _command(
    name: str,
    message: str,
    *,
    file: str | None,
    line: int | None,
    title: str,
    end_line: int | None = None,
    col: int | None = None,
    end_column: int | None = None,
) -> str:
    properties = {
        "file": file,
        "line": line,
        "endLine": end_line,
        "col": col,
        "endColumn": end_column,
        "title": title,
    }
    rendered = ",".join(
        f"{key}={escape_property(clean(str(value)))}"
        for key, value in properties.items()
        if value is not None and value != 0
    )
    return f"::{name} {rendered}::{escape_data(clean(message))}"
