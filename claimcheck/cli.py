"""The ``claimcheck`` command: argument parsing only; the work is in ``claimcheck.api``."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from claimcheck.engine_cli import add_engine_options, engine_arguments
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.project_cli import (
    PROJECT_COMMANDS,
    add_check_options,
    add_project_commands,
    run_project_command,
)
from claimcheck.result import FAIL_ON, Result

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    from claimcheck import __version__
    from claimcheck.report import FORMATS
    from claimcheck.report.targets import add_target_options

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
    add_target_options(check, list(FORMATS))
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
        choices=("run", "folder", "auto"),
        help="stories for documents without one: the whole run (default), each folder, or "
        "auto (grouped by shared names and terms and close dates; needs claimcheck[stories])",
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
    check.add_argument(
        "--claims-out",
        metavar="FOLDER",
        help="stream: write every claim to a Parquet dataset in FOLDER and run the rules "
        "story by story, in bounded memory (the report lists the claims findings cite)",
    )
    add_check_options(check)
    add_project_commands(commands, check)

    _add_rules_command(commands)

    claims = commands.add_parser("claims", help="write the claims table")
    _add_inputs(claims)
    claims.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="FILE.csv, FILE.parquet, FILE.jsonl, or a FOLDER/ for a streamed Parquet dataset",
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
    add_engine_options(command)


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
    from claimcheck.progress import terminal_progress
    from claimcheck.project_cli import prepare_check
    from claimcheck.report import FORMATS
    from claimcheck.report.targets import report_targets, settings_targets
    from claimcheck.stories import parse_pairs

    run = prepare_check(args)  # defaults < config file < these options
    settings = run.settings
    # Reports named on the command line replace those of the config file.
    targets = (
        report_targets(args.targets, list(FORMATS))
        if args.targets
        else settings_targets(settings.format, settings.output, settings.reports)
    )
    with terminal_progress(sys.stderr, enabled=not args.quiet) as progress:
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
            progress=progress,
            cache=run.cache,
            changed=run.changed,
            claims_out=args.claims_out,
            **engine_arguments(args),
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
    for target in targets:
        _report(result, target.format, target.path, quiet=args.quiet)
    return result.exit_code


def _report(result: Result, format: str, path: Path | None, *, quiet: bool) -> None:
    from claimcheck.report import render

    if path is None and quiet:
        return  # nothing would be shown: skip rendering (most of a large run's time)
    to_terminal = path is None and sys.stdout.isatty()
    color = to_terminal and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size().columns if to_terminal else None
    report = render(result, format, width=width, color=color)
    if path is not None:
        _write(path, report)
    elif not quiet:
        sys.stdout.write(report)


def _claims(args: argparse.Namespace) -> int:
    from claimcheck.api import check
    from claimcheck.engine.stream import is_dataset_path, write_dataset
    from claimcheck.rules.loader import RuleSet
    from claimcheck.table import write_table

    dataset = is_dataset_path(args.output)
    if dataset and args.engine == "local":
        return _stream_claims(args)
    result = check(
        args.paths,
        rules=RuleSet(()),
        published=parse_published(args.published),
        stdin=sys.stdin.buffer,
        **engine_arguments(args),
    )
    for error in result.errors:
        print(f"claimcheck: {error}", file=sys.stderr)
    (write_dataset if dataset else write_table)(result.claims, args.output)
    return result.exit_code


def _stream_claims(args: argparse.Namespace) -> int:
    from claimcheck.engine import EngineOptions
    from claimcheck.engine.stream import stream_claims

    summary = stream_claims(
        args.paths,
        args.output,
        published=parse_published(args.published),
        stdin=sys.stdin.buffer,
        jobs=EngineOptions(jobs=args.jobs).workers,
    )
    for error in summary.errors:
        print(f"claimcheck: {error}", file=sys.stderr)
    return EXIT_USAGE if summary.errors else 0


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write report ({exc.strerror})", path=str(path)) from None
