"""The extraction cache through the command line: hits, invalidation, corruption, versions."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from claimcheck.cache import EntryStore
from tests.conftest import run_cli
from tests.projects import BRIDGE_B, bridge_story, check_json, git_repository, write_article


@pytest.fixture
def project(tmp_path):
    git_repository(tmp_path)
    bridge_story(tmp_path)
    (tmp_path / "claimcheck.toml").write_text('paths = ["articles"]\n')
    return tmp_path


def entries(project: Path) -> dict[Path, int]:
    """Cache entry files and their inode numbers (a rewritten entry gets a new one)."""
    return {p: p.stat().st_ino for p in (project / ".claimcheck-cache").rglob("*.entry")}


def test_second_run_reuses_every_entry_and_reports_the_same(project):
    first = check_json(project)
    cached = entries(project)
    assert len(cached) == 2
    assert (project / ".claimcheck-cache" / "CACHEDIR.TAG").is_file()
    assert check_json(project) == first
    assert entries(project) == cached  # nothing was extracted and written again


def test_an_edited_article_is_extracted_again_and_the_others_are_not(project):
    check_json(project)
    before = entries(project)
    write_article(
        project / "articles" / "bridge" / "b.md", BRIDGE_B.replace("41", "44"), source="Ledger"
    )
    _code, report, _ = check_json(project)
    after = entries(project)
    assert len(after) == 3 and set(before) < set(after)
    assert all(after[p] == before[p] for p in before)
    assert "44" in json.dumps(report["findings"])


def test_a_corrupt_or_partial_entry_is_recomputed_not_trusted(project):
    first = check_json(project)
    damaged, truncated = sorted(entries(project))
    data = damaged.read_bytes()
    damaged.write_bytes(data[:-20] + bytes(b ^ 0xFF for b in data[-20:]))
    truncated.write_bytes(truncated.read_bytes()[:50])
    assert check_json(project) == first
    # Written again, whole (the pickle's bytes may differ: the document now comes
    # from the ingest cache, so equal strings may share or not share one object).
    rewritten = EntryStore(project / ".claimcheck-cache").get(damaged.stem)
    assert rewritten is not None and rewritten == pickle.loads(data.partition(b"\n")[2])


def test_an_entry_written_by_another_version_is_ignored(project):
    first = check_json(project)
    entry = sorted(entries(project))[0]
    header, _, payload = entry.read_bytes().partition(b"\n")
    fields = json.loads(header)
    fields["version"] = "0.0.1"
    entry.write_bytes(json.dumps(fields).encode() + b"\n" + payload)
    before = entry.stat().st_ino
    assert check_json(project) == first
    assert entry.stat().st_ino != before  # replaced by this version's entry


def test_no_cache_neither_reads_nor_writes(project):
    check_json(project, "--no-cache")
    assert not (project / ".claimcheck-cache").exists()
    (project / "claimcheck.toml").write_text('paths = ["articles"]\ncache = false\n')
    check_json(project)
    assert not (project / ".claimcheck-cache").exists()


def test_cache_dir_setting_moves_the_cache(project):
    (project / "claimcheck.toml").write_text('paths = ["articles"]\ncache-dir = "build/cc"\n')
    check_json(project)
    assert len(list((project / "build" / "cc").rglob("*.entry"))) == 2


def test_cache_clear_empties_the_cache(project):
    check_json(project)
    done = run_cli("cache", "clear", cwd=project / "articles")
    assert done.returncode == 0
    assert "removed 2 cached extractions" in done.stdout
    assert entries(project) == {}


def test_cache_clear_refuses_a_folder_that_is_not_a_cache(project):
    (project / "notes").mkdir()
    (project / "notes" / "keep.md").write_text("draft")
    (project / "claimcheck.toml").write_text('cache-dir = "notes"\n')
    done = run_cli("cache", "clear", cwd=project)
    assert done.returncode == 2
    assert "not a claimcheck cache folder" in done.stderr
    assert (project / "notes" / "keep.md").is_file()
