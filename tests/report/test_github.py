"""GitHub workflow-command annotations at the claims' lines."""

from __future__ import annotations

from claimcheck.report import render
from claimcheck.report.github_report import escape_data


def test_one_annotation_per_finding_and_source(wildfire):
    lines = render(wildfire, "github").splitlines()
    rows = sum(
        len({c.split("@")[0] for c in f.claims}) for f in wildfire.finding_list if not f.suppressed
    )
    assert len(lines) == rows


def test_annotation_names_file_line_columns_and_rule(wildfire):
    lines = render(wildfire, "github").splitlines()
    line = next(x for x in lines if "01-mesa-wire.md,line=8," in x)
    assert line.startswith("::error file=")
    assert ",col=29,endColumn=30,title=claimcheck count-consistency::" in line
    assert line.endswith("Mesa Wire says 12 = 12")


def test_message_data_is_escaped_like_the_actions_toolkit():
    assert escape_data("up 5%\r\nnext") == "up 5%25%0D%0Anext"
