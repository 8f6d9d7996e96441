"""JUnit XML: one test case per rule per story, failures for findings, parsed as XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from claimcheck import check
from claimcheck.report import render

QUAKE_A = "---\nstory: quake\n---\nThe aftershock injured 120 people, the ministry said.\n"
QUAKE_B = "---\nstory: quake\n---\nThe aftershock injured 210 people, the ministry said.\n"
VOTE = "---\nstory: vote\n---\nTurnout reached 64 percent on Sunday, officials said.\n"


def parse(result):
    return ET.fromstring(render(result, "junit").encode("utf-8"))


def test_example_report_has_a_case_per_rule_and_a_failure_per_failing_rule(wildfire):
    root = parse(wildfire)
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "run"
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == {rule.id for rule in wildfire.rules}
    failed = {name for name, case in cases.items() if case.find("failure") is not None}
    assert failed == {f.rule for f in wildfire.finding_list if f.suppressed is None}
    assert root.get("failures") == str(len(failed))
    assert root.get("tests") == str(len(cases))


def test_each_story_is_its_own_suite(tmp_path):
    for name, text in {"a.md": QUAKE_A, "b.md": QUAKE_B, "c.md": VOTE}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    root = parse(check([tmp_path]))
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {"quake", "vote"}
    failed = {
        c.get("name") for c in suites["quake"].iter("testcase") if c.find("failure") is not None
    }
    assert failed == {"count-consistency", "drift"}  # the copied sentence changed its number
    assert suites["vote"].get("failures") == "0"
    failure = suites["quake"].find("testcase[@name='count-consistency']/failure")
    assert failure is not None and "120" in failure.get("message", "")
    assert "a.md:4:" in (failure.text or "")


def test_findings_below_fail_on_are_output_not_failures(tmp_path):
    for name, text in {"a.md": QUAKE_A, "b.md": QUAKE_B}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    root = parse(check([tmp_path], fail_on="never"))
    assert root.get("failures") == "0"
    case = root.find(".//testcase[@name='count-consistency']")
    assert case is not None and "120" in (case.findtext("system-out") or "")


def test_unreadable_inputs_are_errors(tmp_path):
    (tmp_path / "logo.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    root = parse(check([tmp_path]))
    error = root.find("testsuite[@name='inputs']/testcase/error")
    assert error is not None and "logo.txt" in error.get("message", "")
    assert root.get("errors") == "1"
