"""Several --format/--output pairs write several reports from one run."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from claimcheck.cli import build_parser
from claimcheck.errors import UsageError
from claimcheck.report import FORMATS
from claimcheck.report.targets import ReportTarget, report_targets
from tests.conftest import run_cli

STORM_A = "---\npublished: 2025-10-02\n---\nThe hailstorm damaged 340 homes, the mayor said.\n"
STORM_B = "---\npublished: 2025-10-02\n---\nThe hailstorm damaged 430 homes, the mayor said.\n"


def targets(*argv: str) -> tuple[ReportTarget, ...]:
    args = build_parser().parse_args(["check", "x", *argv])
    return report_targets(args.targets, list(FORMATS))


def test_no_format_is_one_rich_report_on_stdout():
    assert targets() == (ReportTarget("rich"),)


def test_each_output_belongs_to_the_format_before_it():
    found = targets("-f", "json", "-o", "a.json", "-f", "sarif", "-o", "b.sarif", "-f", "markdown")
    assert [(t.format, t.path and t.path.name) for t in found] == [
        ("json", "a.json"),
        ("sarif", "b.sarif"),
        ("markdown", None),
    ]


def test_an_output_given_first_belongs_to_the_next_format():
    assert [(t.format, t.path and t.path.name) for t in targets("-o", "r.html", "-f", "html")] == [
        ("html", "r.html")
    ]


def test_an_output_alone_is_the_rich_report():
    assert targets("-o", "report.txt")[0].format == "rich"


def test_two_reports_on_stdout_is_a_usage_error():
    with pytest.raises(UsageError, match="more than one report would go to standard output"):
        targets("-f", "json", "-f", "sarif")


def test_unknown_format_names_the_known_ones():
    with pytest.raises(UsageError, match="use one of rich, json, markdown, html, sarif"):
        targets("-f", "pdf")


def test_one_run_writes_every_report(tmp_path):
    (tmp_path / "a.md").write_text(STORM_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(STORM_B, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    done = run_cli(
        "check", str(tmp_path / "a.md"), str(tmp_path / "b.md"),
        "-f", "sarif", "-o", str(out / "r.sarif"),
        "-f", "junit", "-o", str(out / "r.xml"),
        "-f", "html", "-o", str(out / "r.html"),
        "-f", "json",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["schema"] == "claimcheck/report@1"
    assert json.loads((out / "r.sarif").read_text())["version"] == "2.1.0"
    assert ET.parse(out / "r.xml").getroot().get("failures") != "0"
    assert "count-consistency" in (out / "r.html").read_text()


def test_two_stdout_reports_exit_2_with_one_line(tmp_path):
    done = run_cli("check", str(tmp_path), "-f", "json", "-f", "github")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--output FILE" in done.stderr
