"""Report formats: every one a view of the same :class:`~claimcheck.result.Result`."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from claimcheck.errors import UsageError

if TYPE_CHECKING:
    from claimcheck.result import Result

# format name -> module with a render(result) -> str; imported only when used.
FORMATS: dict[str, str] = {
    "rich": "claimcheck.report.rich_report",
    "json": "claimcheck.report.json_report",
    "markdown": "claimcheck.report.markdown_report",
    "html": "claimcheck.report.html_report",
    "sarif": "claimcheck.report.sarif_report",
    "junit": "claimcheck.report.junit_report",
    "github": "claimcheck.report.github_report",
}


def render(result: Result, format: str, *, width: int | None = None, color: bool = False) -> str:
    """Render a result in a named format.

    Example:
        >>> from claimcheck import check
        >>> render(check(["It cost $5 million."]), "markdown").splitlines()[0]
        '# claimcheck report'
    """
    module_name = FORMATS.get(format)
    if module_name is None:
        raise UsageError(f"unknown format '{format}'", hint=f"use one of {', '.join(FORMATS)}")
    renderer: Callable[..., str] = import_module(module_name).render
    if format == "rich":
        return renderer(result, width=width, color=color)
    return renderer(result)
