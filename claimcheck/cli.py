"""The ``claimcheck`` command: argument parsing only; the work is in ``claimcheck.api``."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.project_cli import (
    PROJECT_COMMANDS,
    add_check_options,
    add_project_commands,
    run_project_command,
)
from claimcheck.result import FAIL_ON

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    from claimcheck import __version__

    parser = _Parser(
        prog="claimcheck",
        description="Find the numbers and dates that disagree across news articles.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="extract claims, run the rules, print a report")
    _add_inputs(check, required=False)
    check.add_argument(
        "--rules",
        action="append",
        metavar="PATH",
        help="rule file or folder (repeatable; default: shipped packs)",
    )
    check.add_argument("--facts", metavar="FILE", help="YAML file of reference facts (birth dates)")
    check.add_argument("-f", "--format", help="rich, json or markdown (default: rich)")
    check.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        help="lowest severity that fails the run (default: error)",
    )
    check.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing but errors; use the exit code"
    )
    check.add_argument(
        "--story",
        action="append",
        default=[],
        metavar="DOC=KEY",
        help="put a document (id or file name) in a story; only a story's documents are compared",
    )
    check.add_argument(
        "--story-by",
        choices=("run", "folder"),
        help="stories for documents without one: the whole run (default) or each folder",
    )
    check.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="PATH",
        help="a source document (file or folder); the other documents are derived from it",
    )
    check.add_argument(
        "--baseline", metavar="FILE", help="accept the findings recorded in FILE; fail on new ones"
    )
    check.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record the current findings in FILE as accepted (exit 0)",
    )
    add_check_options(check)
    add_project_commands(commands, check)

    _add_rules_command(commands)

    claims = commands.add_parser("claims", help="write the claims table")
    _add_inputs(claims)
    claims.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="FILE.csv, FILE.parquet or FILE.jsonl"
    )
    return parser


def _add_rules_command(commands: Any) -> None:
    rules = commands.add_parser("rules", help="list, explain and test rules")
    actions = rules.add_subparsers(dest="action", required=True, parser_class=_Parser)
    listing = actions.add_parser("list", help="one line per rule")
    explain = actions.add_parser("explain", help="what a rule checks, with an example")
    explain.add_argument("rule_id", metavar="ID")
    test = actions.add_parser("test", help="run rule fixture cases (folders with expect.yaml)")
    test.add_argument(
        "folders", nargs="*", metavar="DIR", help="cases or packs (default: the shipped packs)"
    )
    for command in (listing, explain, test):
        command.add_argument(
            "--rules", action="append", metavar="PATH", help="rule file or folder (repeatable)"
        )


def _add_inputs(command: argparse.ArgumentParser, required: bool = True) -> None:
    command.add_argument(
        "paths",
        nargs="+" if required else "*",
        metavar="PATH",
        help="file, folder (recursive) or - for stdin" + ("" if required else " (default: config)"),
    )
    command.add_argument(
        "--published",
        action="append",
        default=[],
        metavar="DOC=DATE",
        help="publication date of a document (id or file name), e.g. story.md=2021-12-06",
    )


def parse_published(pairs: Sequence[str]) -> dict[str, str]:
    """``["a.md=2021-12-06"]`` -> ``{"a.md": "2021-12-06"}``; a bad pair is a UsageError."""
    import datetime as dt

    out: dict[str, str] = {}
    for pair in pairs:
        doc, sep, date = pair.partition("=")
        try:
            if not sep or not doc:
                raise ValueError
            dt.datetime.fromisoformat(date.strip())
        except ValueError:
            raise UsageError(
                f"bad --published '{pair}'", hint="write DOC=DATE, e.g. story.md=2021-12-06"
            ) from None
        out[doc.strip()] = date.strip()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "claims":
            return _claims(args)
        if args.command in PROJECT_COMMANDS:
            return run_project_command(args)
        if args.command == "rules":
            from claimcheck.rules_cli import run_rules_command

            return run_rules_command(args)
        return _check(args)
    except ClaimcheckError as error:
        print(f"claimcheck: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _check(args: argparse.Namespace) -> int:
    from claimcheck.api import check
    from claimcheck.project_cli import prepare_check, write_reports
    from claimcheck.report import render
    from claimcheck.stories import parse_pairs

    run = prepare_check(args)  # defaults < config file < these options
    settings = run.settings
    result = check(
        run.paths,
        rules=run.rules,
        facts=settings.facts,
        published=parse_published(args.published),
        fail_on=settings.fail_on,
        stdin=sys.stdin.buffer,
        baseline=settings.baseline,
        stories=parse_pairs(args.story, "--story", "quake.md=quake-2016"),
        story_by=settings.story_by,
        sources=args.source,
        cache=run.cache,
        changed=run.changed,
    )
    for error in result.errors:
        print(f"claimcheck: {error}", file=sys.stderr)
    if args.write_baseline:
        from claimcheck.rules.suppress import write_baseline

        write_baseline(result.finding_list, args.write_baseline)
        accepted = sum(f.suppressed is None for f in result.finding_list)
        if not args.quiet:
            print(f"claimcheck: wrote {accepted} findings to {args.write_baseline}")
        return 2 if result.errors else 0
    write_reports(result, settings.reports)
    if args.quiet and not settings.output:  # nothing would be shown: skip rendering
        return result.exit_code
    to_terminal = settings.output is None and sys.stdout.isatty()
    color = to_terminal and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size().columns if to_terminal else None
    report = render(result, settings.format, width=width, color=color)
    if settings.output:
        _write(Path(settings.output), report)
    elif not args.quiet:
        sys.stdout.write(report)
    return result.exit_code


def _claims(args: argparse.Namespace) -> int:
    from claimcheck.api import check
    from claimcheck.rules.loader import RuleSet
    from claimcheck.table import write_table

    result = check(
        args.paths,
        rules=RuleSet(()),
        published=parse_published(args.published),
        stdin=sys.stdin.buffer,
    )
    for error in result.errors:
        print(f"claimcheck: {error}", file=sys.stderr)
    write_table(result.claims, args.output)
    return result.exit_code


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write report ({exc.strerror})", path=str(path)) from None
