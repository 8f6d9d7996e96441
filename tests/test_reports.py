"""The committed example reports in reports/ are what the tool prints today.

Regenerate them after an intended change with:

    CLAIMCHECK_UPDATE_REPORTS=1 python -m pytest tests/test_reports.py

and review the diff like code. The README embeds the rich report and the claims-table
schema; the same command refreshes those blocks.
"""

from __future__ import annotations

import os
import re

import pytest

from claimcheck.table import schema_markdown
from tests.conftest import ROOT, run_cli

UPDATE = os.environ.get("CLAIMCHECK_UPDATE_REPORTS") == "1"
REPORTS = ROOT / "reports"
FORMATS = {
    "rich": "wildfire.txt",
    "json": "wildfire.json",
    "markdown": "wildfire.md",
    "html": "wildfire.html",
    "sarif": "wildfire.sarif",
    "junit": "wildfire.junit.xml",
    "github": "wildfire.github.txt",
}
EXAMPLE_ARGS = ("check", "examples/wildfire", "--facts", "examples/wildfire/facts.yaml")


def compare_or_update(path, text):
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, (
        f"{path.relative_to(ROOT)} is stale: run CLAIMCHECK_UPDATE_REPORTS=1 "
        "python -m pytest tests/test_reports.py and review the diff"
    )


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_committed_example_report_is_current(fmt):
    done = run_cli(*EXAMPLE_ARGS, "--format", fmt)
    assert done.returncode == 1, done.stderr
    compare_or_update(REPORTS / FORMATS[fmt], done.stdout)


def replace_block(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {name} -->\n).*?(<!-- /{name} -->)", re.S)
    assert pattern.search(text), f"README lacks the <!-- {name} --> block"
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def test_readme_shows_the_current_report_and_schema():
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    report = (REPORTS / FORMATS["rich"]).read_text(encoding="utf-8")
    expected = replace_block(text, "example-report", f"```text\n{report}```\n")
    expected = replace_block(expected, "schema", schema_markdown() + "\n")
    compare_or_update(readme, expected)
