"""``--changed-since REF``: stories touched by a change are checked, all their documents."""

from __future__ import annotations

import pytest

from tests.conftest import run_cli
from tests.projects import (
    BRIDGE_B,
    FLOOD_A,
    FLOOD_B,
    bridge_story,
    check_json,
    commit_all,
    git,
    git_repository,
    write_article,
)


@pytest.fixture
def archive(tmp_path):
    """Two stories, a folder each, committed on main."""
    git_repository(tmp_path)
    bridge_story(tmp_path, agree=True)
    write_article(tmp_path / "articles" / "flood" / "c.md", FLOOD_A, source="Dunmore Daily")
    write_article(tmp_path / "articles" / "flood" / "d.md", FLOOD_B, source="River Times")
    (tmp_path / "claimcheck.toml").write_text('paths = ["articles"]\nstory-by = "folder"\n')
    commit_all(tmp_path)
    return tmp_path


def documents(report):
    return sorted(d["id"] for d in report["documents"])


def test_nothing_changed_checks_nothing(archive):
    code, report, _ = check_json(archive, "--changed-since", "HEAD")
    assert (code, documents(report)) == (0, [])


def test_an_edited_article_brings_in_every_document_of_its_story(archive):
    write_article(archive / "articles" / "bridge" / "b.md", BRIDGE_B, source="County Ledger")
    code, report, _ = check_json(archive, "--changed-since", "HEAD")
    assert documents(report) == ["a", "b"]
    assert code == 1
    assert [f["rule"] for f in report["findings"]] == ["count-consistency"]


def test_committed_changes_since_a_branch_point_count(archive):
    git(archive, "checkout", "-q", "-b", "correction")
    write_article(archive / "articles" / "flood" / "d.md", FLOOD_B.replace("3", "7"))
    commit_all(archive, "correct the toll")
    code, report, _ = check_json(archive, "--changed-since", "main")
    assert documents(report) == ["c", "d"]
    assert code == 1


def test_a_new_untracked_article_counts_from_a_subfolder(archive):
    write_article(archive / "articles" / "flood" / "e.md", FLOOD_A, source="Valley Radio")
    _code, report, _ = check_json(archive / "articles", "--changed-since", "HEAD")
    assert documents(report) == ["c", "d", "e"]


def test_an_unknown_ref_is_one_line(archive):
    done = run_cli("check", "--changed-since", "no-such-branch", cwd=archive)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "'no-such-branch' is not a commit git knows" in done.stderr


def test_outside_a_repository_is_one_line(tmp_path):
    bridge_story(tmp_path)
    done = run_cli("check", "articles", "--changed-since", "HEAD", cwd=tmp_path)
    assert done.returncode == 2
    assert "needs a git repository" in done.stderr
