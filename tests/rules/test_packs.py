"""The shipped rule packs pass their fixture cases, and every rule has one."""

from __future__ import annotations

import pytest

from claimcheck.resources import packs_dir
from claimcheck.rules.fixtures import find_cases, run_case
from claimcheck.rules.loader import load_rules
from tests.conftest import run_cli

CASES = find_cases(packs_dir())
RULES = load_rules(None)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_shipped_case(case):
    outcome = run_case(case, RULES)
    assert outcome.passed, "\n".join(outcome.problems)


def test_every_shipped_rule_has_a_case_where_it_fires():
    fired = {e.rule for case in CASES for e in case.expected}
    missing = sorted(r.header.id for r in RULES.rules if r.header.id not in fired)
    assert not missing, f"add a rules/*/tests case for: {missing}"


def test_every_shipped_rule_has_a_description_and_an_example():
    for rule in RULES.rules:
        assert rule.header.description and rule.header.example, rule.header.id


def test_rules_list_and_explain_on_the_command_line():
    listed = run_cli("rules", "list")
    assert listed.returncode == 0 and "count-consistency" in listed.stdout
    assert all(len(line) <= 80 for line in listed.stdout.splitlines())
    explained = run_cli("rules", "explain", "time-consistency")
    assert "example:" in explained.stdout and "selects:" in explained.stdout
    unknown = run_cli("rules", "explain", "no-such-rule")
    assert unknown.returncode == 2 and "known rules" in unknown.stderr


def test_rules_test_reports_a_failing_user_case(tmp_path):
    pack = tmp_path / "my-rules"
    case = pack / "tests" / "deaths"
    case.mkdir(parents=True)
    (pack / "extra.yaml").write_text(
        "rules:\n  - id: deaths-max\n    type: range\n    description: d\n"
        "    example: e\n    message: 'too many: {value}'\n"
        "    select: {measure: deaths}\n    max: 10\n"
    )
    (case / "a.md").write_text("---\npublished: 2025-03-04\n---\nThe storm killed 12 people.\n")
    (case / "expect.yaml").write_text("expect: []\n")
    done = run_cli("rules", "test", str(pack))
    assert done.returncode == 1
    assert "FAIL" in done.stdout and "deaths-max: expected 0 finding(s), got 1" in done.stdout
    (case / "expect.yaml").write_text("expect:\n  - rule: deaths-max\n    quotes: ['12']\n")
    assert run_cli("rules", "test", str(pack)).returncode == 0
