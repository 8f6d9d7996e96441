from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.engine import EngineOptions
from claimcheck.errors import UsageError
from tests.conftest import run_cli
from tests.engine.corpus import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder)
    return folder


def test_two_worker_processes_give_the_same_claims_row_for_row(corpus: Path) -> None:
    one = claimcheck.check([corpus], story_by="folder", jobs=1)
    two = claimcheck.check([corpus], story_by="folder", jobs=2)
    assert len(one.claim_list) > 100
    assert one.claims.equals(two.claims)
    assert one.documents.equals(two.documents)
    assert one.finding_list == two.finding_list
    assert one.finding_list  # the corpus has planted disagreements


def test_jobs_none_means_all_cores() -> None:
    assert EngineOptions(jobs=None).workers >= 1


def test_zero_jobs_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="--jobs"):
        claimcheck.check(["The storm killed 12 people."], jobs=0)


def test_scheduler_without_dask_engine_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="--engine dask"):
        claimcheck.check(["The storm killed 12 people."], scheduler="tcp://127.0.0.1:8786")


def test_cli_jobs_report_equals_single_process_report(corpus: Path) -> None:
    one = run_cli("check", str(corpus), "--story-by", "folder", "-f", "json", "--jobs", "1")
    two = run_cli("check", str(corpus), "--story-by", "folder", "-f", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout


def test_cli_rejects_a_bad_jobs_value_on_one_line() -> None:
    done = run_cli("check", "examples/wildfire", "--jobs", "none")
    assert done.returncode == 2
    assert "bad --jobs 'none'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("story_by", ["folder", "run"])
def test_stories_larger_than_a_batch_are_split_and_judged_whole(
    tmp_path: Path, story_by: str
) -> None:
    # 20 articles a story: more than one batch, so its extraction is split over
    # workers and its rules run once all of it is back; "run" makes one story of 60.
    write_corpus(tmp_path, per_story=20)
    heard: list[int] = []
    one = claimcheck.check([tmp_path], story_by=story_by, jobs=1)
    two = claimcheck.check([tmp_path], story_by=story_by, jobs=2, progress=heard.append)
    assert one.claims.equals(two.claims)
    assert one.finding_list == two.finding_list and one.finding_list
    assert len(heard) == 60
