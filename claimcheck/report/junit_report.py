"""``--format junit``: JUnit XML, so any CI shows findings as failed tests.

One test suite per story (the documents compared together), one test case per
rule in it; a finding at or above ``--fail-on`` is a failure of its rule's case,
findings below it are listed in the case's output. Inputs that could not be read
are errors of an ``inputs`` suite. XML is built with ElementTree (which escapes
markup) from text with control characters removed (XML 1.0 forbids them).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from claimcheck.model import Finding, Severity
from claimcheck.report.views import FindingView, clean, finding_views

if TYPE_CHECKING:
    from claimcheck.result import Result

RUN_STORY = "run"  # the suite name of documents without a story key


def render(result: Result) -> str:
    """The JUnit XML document.

    Example:
        >>> from claimcheck import check
        >>> xml = render(check(["Officials said 14 people died.", "Officials said 41 died."]))
        >>> '<testcase classname="claimcheck.run" name="count-consistency"' in xml
        True
    """
    root = ET.Element("testsuites", name="claimcheck")
    views = finding_views(result)
    rule_ids = list(dict.fromkeys([h.id for h in result.rules] + [v.finding.rule for v in views]))
    stories = sorted({d.story or RUN_STORY for d in result.document_list} or {RUN_STORY})
    for story in stories:
        story_views = [v for v in views if (v.finding.story or RUN_STORY) == story]
        _suite(root, story, rule_ids, story_views, result.fail_on)
    if result.errors:
        suite = ET.SubElement(root, "testsuite", name="inputs")
        for error in result.errors:
            case = ET.SubElement(
                suite, "testcase", classname="claimcheck.inputs", name=clean(error.path or "?")
            )
            ET.SubElement(case, "error", type=type(error).__name__, message=clean(str(error)))
    _count(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _suite(
    root: ET.Element, story: str, rule_ids: list[str], views: list[FindingView], fail_on: str
) -> None:
    suite = ET.SubElement(root, "testsuite", name=clean(story))
    for rule_id in rule_ids:
        case = ET.SubElement(
            suite, "testcase", classname=f"claimcheck.{clean(story)}", name=rule_id
        )
        found = [v for v in views if v.finding.rule == rule_id]
        failing = [v for v in found if _fails(v.finding, fail_on)]
        if failing:
            worst = max(failing, key=lambda v: v.finding.severity.rank).finding.severity
            failure = ET.SubElement(
                case,
                "failure",
                type=worst.value,
                message=f"{len(failing)} finding{'s' if len(failing) > 1 else ''}: "
                + clean(failing[0].finding.message),
            )
            failure.text = "\n\n".join(_finding_text(v) for v in failing)
        others = [v for v in found if v not in failing]
        if others:
            ET.SubElement(case, "system-out").text = "\n\n".join(_finding_text(v) for v in others)


def _fails(finding: Finding, fail_on: str) -> bool:
    return fail_on != "never" and finding.severity.rank >= Severity(fail_on).rank


def _finding_text(view: FindingView) -> str:
    lines = [f"{view.finding.severity.value}: {clean(view.finding.message)}"]
    for row in view.rows:
        lines.append(
            f"  {row.location}  {clean(row.source)}: {clean(row.quote)} = {clean(row.value)}"
        )
    return "\n".join(lines)


def _count(root: ET.Element) -> None:
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for suite in root:
        counts = {
            "tests": len(suite.findall("testcase")),
            "failures": len(suite.findall("testcase/failure")),
            "errors": len(suite.findall("testcase/error")),
        }
        for name, value in counts.items():
            suite.set(name, str(value))
            totals[name] += value
    for name, value in totals.items():
        root.set(name, str(value))
