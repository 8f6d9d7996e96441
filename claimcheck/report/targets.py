"""``--format X --output FILE`` pairs: several reports from one run.

The options are read in the order given: each ``--format`` starts a report and
the ``--output`` after it names its file (an ``--output`` given first belongs to
the next ``--format``). A report without a file goes to standard output, so
``-f json`` alone still prints JSON; at most one report may go there.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import UsageError

DEFAULT_FORMAT = "rich"


@dataclass(frozen=True, slots=True)
class ReportTarget:
    """One report to write: a format and a file, or standard output (``path`` None)."""

    format: str
    path: Path | None = None


class TargetAction(argparse.Action):
    """Records ``--format``/``--output`` occurrences in order, in one list of pairs."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        pairs: list[list[str | None]] = list(getattr(namespace, self.dest, None) or [])
        slot = 0 if self.metavar == "FORMAT" else 1
        if pairs and pairs[-1][slot] is None:
            pairs[-1][slot] = str(values)
        else:
            pair: list[str | None] = [None, None]
            pair[slot] = str(values)
            pairs.append(pair)
        setattr(namespace, self.dest, pairs)


def add_target_options(command: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    """Add ``-f/--format`` and ``-o/--output`` to a command; both are repeatable."""
    command.add_argument(
        "-f",
        "--format",
        dest="targets",
        action=TargetAction,
        metavar="FORMAT",
        help=f"{', '.join(formats)} (default: {DEFAULT_FORMAT}); repeatable, each with its -o",
    )
    command.add_argument(
        "-o",
        "--output",
        dest="targets",
        action=TargetAction,
        metavar="FILE",
        help="write the report of the preceding --format to FILE instead of stdout",
    )


def report_targets(
    pairs: Sequence[Sequence[str | None]] | None, formats: Sequence[str]
) -> tuple[ReportTarget, ...]:
    """The reports asked for, checked: known formats, at most one on standard output.

    Example:
        >>> targets = report_targets([["json", None], ["sarif", "a.sarif"]], ["json", "sarif"])
        >>> [(t.format, t.path and t.path.name) for t in targets]
        [('json', None), ('sarif', 'a.sarif')]
    """
    targets = tuple(
        ReportTarget(fmt or DEFAULT_FORMAT, Path(path) if path else None)
        for fmt, path in (pairs or [[None, None]])
    )
    for target in targets:
        if target.format not in formats:
            raise UsageError(
                f"unknown format '{target.format}'", hint=f"use one of {', '.join(formats)}"
            )
    if sum(target.path is None for target in targets) > 1:
        raise UsageError(
            "more than one report would go to standard output",
            hint="give each --format but one its own --output FILE",
        )
    return targets


def settings_targets(
    format: str, output: str | None, reports: Mapping[str, str]
) -> tuple[ReportTarget, ...]:
    """The reports a project's settings ask for: ``format`` (to ``output`` or standard
    output), then each extra ``reports`` entry (format -> file).

    Example:
        >>> [(t.format, t.path) for t in settings_targets("rich", None, {"sarif": "a.sarif"})]
        [('rich', None), ('sarif', PosixPath('a.sarif'))]
    """
    main = ReportTarget(format, Path(output) if output else None)
    return (main, *(ReportTarget(name, Path(path)) for name, path in reports.items()))
