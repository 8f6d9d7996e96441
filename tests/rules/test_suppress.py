"""Inline markers and baselines accept known disagreements; new ones still fail."""

from __future__ import annotations

import json
import shutil

import claimcheck
from claimcheck.rules.suppress import find_markers
from tests.conftest import EXAMPLES, run_cli

A = "---\npublished: 2025-03-04\n---\nThe storm killed 12 people, officials said.\n"
B = "---\npublished: 2025-03-04\n---\nThe storm killed 21 people, the county said.\n"


def test_marker_on_its_own_line_applies_to_the_next_line():
    markers = find_markers("intro\n<!-- claimcheck: ignore -->\nkilled 21 people\n")
    assert markers.silences(3, "count-consistency")
    assert not markers.silences(2, "count-consistency")


def test_marker_can_name_rules():
    markers = find_markers("killed 21 people  claimcheck: ignore[date-consistency]\n")
    assert markers.silences(1, "date-consistency")
    assert not markers.silences(1, "count-consistency")


def test_inline_marker_suppresses_the_finding_and_the_exit_code(tmp_path):
    (tmp_path / "a.md").write_text(A)
    (tmp_path / "b.md").write_text(B.replace("The storm", "<!-- claimcheck: ignore -->\nThe storm"))
    result = claimcheck.check([str(tmp_path)])
    assert "count-consistency" in {f.rule for f in result.finding_list}
    assert all(f.suppressed == "inline" for f in result.finding_list)
    assert result.exit_code == 0
    assert result.summary()["suppressed"] == len(result.finding_list)


def test_inline_marker_naming_another_rule_leaves_the_finding(tmp_path):
    (tmp_path / "a.md").write_text(A)
    (tmp_path / "b.md").write_text(B.replace("said.", "said. claimcheck: ignore[age-facts]"))
    result = claimcheck.check([str(tmp_path)])
    assert result.exit_code == 1


def test_baseline_survives_unrelated_edits_and_catches_new_numbers(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    baseline = tmp_path / "baseline.json"
    done = run_cli("check", str(corpus), "--write-baseline", str(baseline))
    assert done.returncode == 0, done.stderr
    assert json.loads(baseline.read_text())["schema"] == "claimcheck/baseline@1"

    record = corpus / "04-quarrow-county-record.md"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("raced east", "ran east"), encoding="utf-8")
    assert run_cli("check", str(corpus), "--baseline", str(baseline)).returncode == 0

    record.write_text(text.replace("$2.4 million", "$2.9 million"), encoding="utf-8")
    done = run_cli("check", str(corpus), "--baseline", str(baseline), "-f", "json")
    assert done.returncode == 1
    active = [f for f in json.loads(done.stdout)["findings"] if not f["suppressed"]]
    assert "money-consistency" in {f["rule"] for f in active}


def test_bad_baseline_is_one_line(tmp_path):
    (tmp_path / "a.md").write_text(A)
    bad = tmp_path / "b.json"
    bad.write_text("{nope")
    done = run_cli("check", str(tmp_path), "--baseline", str(bad))
    assert done.returncode == 2
    assert "b.json:1" in done.stderr and "--write-baseline" in done.stderr
