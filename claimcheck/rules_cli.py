"""``claimcheck rules list | explain ID | test [DIR...]``: rules as users meet them."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from claimcheck.errors import UsageError
from claimcheck.resolve.vocabulary import is_vocabulary_file
from claimcheck.resources import packs_dir
from claimcheck.rules.context import Rule
from claimcheck.rules.loader import NOT_RULES, RuleSet, load_rules

_WIDTH = 80


def run_rules_command(args: argparse.Namespace) -> int:
    if args.action == "list":
        return _list(load_rules(args.rules))
    if args.action == "explain":
        return _explain(load_rules(args.rules), args.rule_id)
    return _test(args.folders or [str(packs_dir())], args.rules)


def _list(rules: RuleSet) -> int:
    width = max((len(r.header.id) for r in rules.rules), default=2)
    for rule in rules.rules:
        header = rule.header
        summary = header.description.split(". ")[0].rstrip(".")
        line = f"{header.id:<{width}}  {header.type:<11} {header.severity.value:<7}  {summary}"
        sys.stdout.write((line if len(line) <= _WIDTH else line[: _WIDTH - 1] + "…") + "\n")
    return 0


def _explain(rules: RuleSet, rule_id: str) -> int:
    rule = rules.by_id(rule_id)
    if rule is None:
        known = ", ".join(r.header.id for r in rules.rules)
        raise UsageError(f"no rule '{rule_id}'", hint=f"known rules: {known}")
    sys.stdout.write(explain(rule))
    return 0


def explain(rule: Rule) -> str:
    """A rule in words: what it selects, how it groups, what it says, an example."""
    header = rule.header
    lines = [
        f"{header.id} ({header.type}, {header.severity.value})",
        f"defined at {header.path}:{header.line}",
        "",
        *textwrap.wrap(header.description or "(no description)", _WIDTH),
        "",
        f"selects:  {header.select.describe()}",
    ]
    if header.key:
        lines.append(f"compares: claims with equal {', '.join(header.key)} across documents")
    lines.append(f"message:  {header.message.text}")
    if header.example:
        lines += ["", "example:", *textwrap.wrap(header.example, _WIDTH - 2, initial_indent="  ",
                                                  subsequent_indent="  ")]  # fmt: skip
    if header.link:
        lines.append(f"more:     {header.link}")
    return "\n".join(lines) + "\n"


def _test(folders: list[str], rule_paths: list[str] | None) -> int:
    from claimcheck.rules.fixtures import find_cases, run_case

    failed = total = 0
    for folder in folders:
        root = Path(folder)
        if not root.is_dir():
            raise UsageError("not a folder of rule tests", path=folder, hint="pass a rules folder")
        rules = load_rules(rule_paths) if rule_paths else _rules_for(root)
        cases = find_cases(root)
        if not cases:
            raise UsageError(
                "no rule tests found", path=folder, hint="a case is a folder with expect.yaml"
            )
        for case in cases:
            outcome = run_case(case, rules)
            total += 1
            failed += not outcome.passed
            status = "PASS" if outcome.passed else "FAIL"
            sys.stdout.write(f"{status} {case.folder}\n")
            for problem in outcome.problems:
                sys.stdout.write(f"     {problem}\n")
    sys.stdout.write(f"{total - failed} passed, {failed} failed\n")
    return 1 if failed else 0


def _rules_for(root: Path) -> RuleSet:
    """The shipped packs, plus the user's pack the tests live in."""
    shipped = packs_dir().resolve()
    pack = root.resolve()
    while pack.name in {"tests", "fixtures"} or (pack / "expect.yaml").is_file():
        pack = pack.parent
    if pack == shipped or shipped in pack.parents or not any(_rule_files(pack)):
        return load_rules(None)
    return load_rules([shipped, pack])


def _rule_files(pack: Path) -> list[Path]:
    return [
        p
        for p in pack.glob("*.y*ml")
        if not (is_vocabulary_file(p) or p.name in NOT_RULES or p.name == "expect.yaml")
    ]
