"""Rule fixture tests: folders of short articles with the findings they must give.

Like a linter's annotated test files, a case is a folder (usually under a pack's
``tests/``) holding documents and ``expect.yaml``::

    facts: facts.yaml          # optional, relative to the case folder
    expect:                    # exactly these findings at warning/error, nothing else
      - rule: count-consistency
        quotes: ["12", "21"]   # optional: each is (part of) the quote of a cited claim

``expect: []`` is a case where nothing may be reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import RuleError
from claimcheck.model import Severity
from claimcheck.rules.loader import RuleSet
from claimcheck.yamlfile import Located, load_yaml

EXPECT_FILE = "expect.yaml"


@dataclass(frozen=True, slots=True)
class Expected:
    rule: str
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Case:
    folder: Path
    expected: tuple[Expected, ...]
    facts: Path | None = None

    @property
    def name(self) -> str:
        return self.folder.name


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    problems: tuple[str, ...]  # empty when the case passes

    @property
    def passed(self) -> bool:
        return not self.problems


def find_cases(root: Path) -> list[Case]:
    """Every case folder (one holding ``expect.yaml``) under ``root``, sorted."""
    files = [root / EXPECT_FILE] if (root / EXPECT_FILE).is_file() else []
    files += sorted(p for p in root.rglob(EXPECT_FILE) if p.parent != root)
    return [read_case(path) for path in files]


def read_case(path: Path) -> Case:
    doc = load_yaml(path)
    if not isinstance(doc, Located) or not isinstance(doc.get("expect"), list):
        raise RuleError(
            "a rule test needs an 'expect' list", path=str(path), line=1, hint="expect: []"
        )
    expected = []
    for item in doc["expect"]:
        if not isinstance(item, Located) or not isinstance(item.get("rule"), str):
            raise doc.error("each 'expect' item needs a 'rule'", key="expect")
        quotes = item.get("quotes", [])
        if not isinstance(quotes, list):
            raise item.error("'quotes' must be a list of strings", key="quotes")
        expected.append(Expected(item["rule"], tuple(str(q) for q in quotes)))
    facts = path.parent / str(doc["facts"]) if "facts" in doc else None
    return Case(path.parent, tuple(expected), facts)


def run_case(case: Case, rules: RuleSet) -> Outcome:
    """Check a case's documents with ``rules`` and compare with what it expects."""
    from claimcheck.api import check

    inputs = [str(p) for p in sorted(case.folder.iterdir()) if _is_article(p, case)]
    result = check(inputs, rules=rules, facts=case.facts, fail_on="never")
    problems = [f"cannot read: {error}" for error in result.errors]
    claims = {c.id: c for c in result.claim_list}
    want = Counter(e.rule for e in case.expected)
    # An info rule (sources-differ) is checked only where a case expects it.
    reported = [
        f
        for f in result.finding_list
        if (f.severity.rank >= Severity.WARNING.rank or f.rule in want) and f.suppressed is None
    ]
    got = Counter(f.rule for f in reported)
    for rule in sorted(set(want) | set(got)):
        if want[rule] != got[rule]:
            problems.append(f"{rule}: expected {want[rule]} finding(s), got {got[rule]}")
    for expected in case.expected:
        cited = [
            {" ".join(claims[i].quote.split()) for i in f.claims if i in claims}
            for f in reported
            if f.rule == expected.rule
        ]
        if expected.quotes and not any(_cites_all(expected.quotes, q) for q in cited):
            problems.append(f"{expected.rule}: no finding cites all of {list(expected.quotes)}")
    return Outcome(case, tuple(problems))


def _cites_all(wanted: Sequence[str], quotes: set[str]) -> bool:
    """Each wanted quote is (part of) the quote of a cited claim."""
    return all(any(w in quote for quote in quotes) for w in wanted)


def _is_article(path: Path, case: Case) -> bool:
    if path.name == EXPECT_FILE or (case.facts is not None and path == case.facts):
        return False
    return path.is_file() and path.suffix.lower() in {".txt", ".md", ".html", ".htm", ".jsonl"}
