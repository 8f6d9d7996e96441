"""Only a story's documents are compared; stories come from fields, options or folders."""

from __future__ import annotations

import json

import claimcheck
from claimcheck.model import Document
from tests.conftest import run_cli

QUAKE_A = "---\npublished: 2025-03-04\n---\nThe earthquake killed 12 people, officials said.\n"
QUAKE_B = "---\npublished: 2025-03-04\n---\nOfficials said 12 people died in the earthquake.\n"
FLOOD = "---\npublished: 2025-03-04\n---\nThe flood killed 40 people, officials said.\n"


def write_two_stories(root):
    (root / "quake").mkdir()
    (root / "flood").mkdir()
    (root / "quake" / "a.md").write_text(QUAKE_A)
    (root / "quake" / "b.md").write_text(QUAKE_B)
    (root / "flood" / "c.md").write_text(FLOOD)


def rules_of(result):
    return sorted(f.rule for f in result.finding_list)


def test_one_run_is_one_story_by_default(tmp_path):
    write_two_stories(tmp_path)
    assert "count-consistency" in rules_of(claimcheck.check([str(tmp_path)]))


def test_folders_as_stories_keep_two_death_tolls_apart(tmp_path):
    write_two_stories(tmp_path)
    result = claimcheck.check([str(tmp_path)], story_by="folder")
    assert rules_of(result) == []
    assert {d.story for d in result.document_list} == {"quake", "flood"}


def test_front_matter_story_key_wins(tmp_path):
    (tmp_path / "a.md").write_text(QUAKE_A.replace("published:", "story: quake\npublished:"))
    (tmp_path / "c.md").write_text(FLOOD.replace("published:", "story: flood\npublished:"))
    assert rules_of(claimcheck.check([str(tmp_path)])) == []


def test_story_option_on_the_command_line(tmp_path):
    write_two_stories(tmp_path)
    done = run_cli(
        "check", str(tmp_path), "--story", "c.md=flood", "--story", "a=quake", "--story", "b=quake",
        "-f", "json",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout
    report = json.loads(done.stdout)
    assert {d["id"]: d["story"] for d in report["documents"]} == {
        "a": "quake", "b": "quake", "c": "flood",
    }  # fmt: skip


def test_bad_story_pair_is_one_line(tmp_path):
    write_two_stories(tmp_path)
    done = run_cli("check", str(tmp_path), "--story", "c.md")
    assert done.returncode == 2 and "DOC=VALUE" in done.stderr


def test_source_option_marks_roles(tmp_path):
    write_two_stories(tmp_path)
    result = claimcheck.check(
        [str(tmp_path / "quake" / "b.md")], sources=[tmp_path / "quake" / "a.md"]
    )
    roles = {d.id: d.role for d in result.document_list}
    assert roles == {"a": "source", "b": "derived"}


def test_documents_from_python_keep_their_story():
    docs = [
        Document("a", "a", "The storm killed 12 people.", "The storm killed 12 people.", story="x"),
        Document("b", "b", "The storm killed 21 people.", "The storm killed 21 people.", story="y"),
    ]
    assert rules_of(claimcheck.check(docs)) == []
