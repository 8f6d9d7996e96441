"""The findings cache: a story's findings reused only while its analyses, rules and facts hold."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from tests.projects import (
    FLOOD_A,
    FLOOD_B,
    bridge_story,
    check_json,
    git_repository,
    write_article,
)

FLOOD_WORSE = "The Dunmore flood killed 7 people as the river burst its banks."


@pytest.fixture
def project(tmp_path):
    git_repository(tmp_path)
    bridge_story(tmp_path)
    write_article(tmp_path / "articles" / "flood" / "a.md", FLOOD_A, source="Dunmore Daily")
    write_article(tmp_path / "articles" / "flood" / "b.md", FLOOD_B, source="River Times")
    (tmp_path / "claimcheck.toml").write_text('paths = ["articles"]\nstory-by = "folder"\n')
    return tmp_path


def findings_entries(project: Path) -> dict[Path, int]:
    folder = project / ".claimcheck-cache"
    return {p: p.stat().st_ino for p in folder.rglob("*.findings")}


def test_cold_warm_and_uncached_runs_give_the_same_report(project):
    uncached = check_json(project, "--no-cache")
    cold = check_json(project)
    warm = check_json(project)
    assert cold == warm == uncached
    assert cold[1]["findings"], "the bridge story should disagree"
    assert len(findings_entries(project)) == 2  # one per story


def test_an_edited_article_reruns_the_rules_of_its_story_only(project):
    check_json(project)
    before = findings_entries(project)
    write_article(project / "articles" / "flood" / "b.md", FLOOD_WORSE, source="River Times")
    warm = check_json(project)
    after = findings_entries(project)
    assert len(after) == 3 and set(before) < set(after)
    assert all(after[p] == before[p] for p in before)  # the bridge story's entry was reused
    assert warm == check_json(project, "--no-cache")
    assert "flood" in str(warm[1]["findings"])


def test_a_severity_override_is_not_served_from_an_older_run(project):
    check_json(project)
    (project / "claimcheck.toml").write_text(
        'paths = ["articles"]\nstory-by = "folder"\n[severity]\ncount-consistency = "info"\n'
    )
    warm = check_json(project)
    assert warm == check_json(project, "--no-cache")
    severities = {f["rule"]: f["severity"] for f in warm[1]["findings"]}
    assert severities["count-consistency"] == "info"


def test_other_facts_are_other_findings(tmp_path):
    texts = [
        "The Orrin mine blast on Monday killed 5 workers, the company said.",
        "The Orrin mine blast on Monday killed 8 workers, union officials said.",
    ]
    facts = tmp_path / "facts.yaml"
    facts.write_text("people: []\n")
    cache = tmp_path / "cache"
    first = claimcheck.check(texts, cache=cache, facts=facts)
    assert claimcheck.check(texts, cache=cache, facts=facts).finding_list == first.finding_list
    facts.write_text("people:\n  - name: Ada Brennan\n    born: 1973-02-11\n")
    claimcheck.check(texts, cache=cache, facts=facts)
    assert len(list(cache.rglob("*.findings"))) == 2


def test_an_edited_rule_file_is_a_new_key(tmp_path):
    texts = ["Turnout in the Millbrook council vote reached 104 percent, the clerk said."]
    rules = tmp_path / "local.yaml"
    template = Path(claimcheck.__file__).parent / "scaffold" / "templates" / "rules" / "local.yaml"
    rules.write_text(template.read_text())
    cache = tmp_path / "cache"
    first = claimcheck.check(texts, cache=cache, rules=[rules]).finding_list
    assert [f.rule for f in first] == ["percent-over-100"]
    rules.write_text(template.read_text().replace("max: 100", "max: 110"))
    assert claimcheck.check(texts, cache=cache, rules=[rules]).finding_list == ()
