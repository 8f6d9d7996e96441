from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import claimcheck
from claimcheck.engine.stream import stream_claims
from claimcheck.table import apply_schema
from tests.conftest import run_cli
from tests.engine.corpus import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder)
    return folder


def test_streamed_dataset_holds_the_rows_of_the_single_file_table(
    corpus: Path, tmp_path: Path
) -> None:
    summary = stream_claims([str(corpus)], tmp_path / "claims", jobs=2, part_claims=100)
    streamed = apply_schema(pd.read_parquet(tmp_path / "claims"))
    assert len(summary.parts) > 1  # written in several bounded parts
    assert summary.documents == 42
    assert streamed.equals(claimcheck.claims([corpus]))


def test_undated_documents_wait_for_the_runs_dates_and_come_last(tmp_path: Path) -> None:
    (tmp_path / "a-undated.txt").write_text("The ferry sank on Tuesday, and 31 people drowned.")
    (tmp_path / "b-dated.md").write_text(
        "---\npublished: 2025-06-12\n---\nThe ferry sank on Tuesday with 30 people aboard.\n"
    )
    stream_claims([str(tmp_path)], tmp_path / "out")
    streamed = apply_schema(pd.read_parquet(tmp_path / "out"))
    whole = claimcheck.claims([tmp_path / "a-undated.txt", tmp_path / "b-dated.md"])
    assert streamed["doc"].tolist() == ["b-dated", "b-dated", "a-undated", "a-undated"]
    key = ["doc", "start"]
    expected = whole.sort_values(key).reset_index(drop=True)
    assert streamed.sort_values(key).reset_index(drop=True).equals(expected)
    undated_date = streamed.loc[streamed["doc"].eq("a-undated") & streamed["kind"].eq("date")]
    assert str(undated_date["date"].iloc[0].date()) == "2025-06-10"  # the run's Tuesday


def test_unreadable_inputs_are_reported_and_the_others_written(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Crews saved 40 homes.")
    summary = stream_claims([str(tmp_path / "ok.txt"), str(tmp_path / "gone.txt")], tmp_path / "o")
    assert summary.claims == 1
    assert [e.path for e in summary.errors] == [str(tmp_path / "gone.txt")]


def test_a_dataset_folder_with_parts_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Crews saved 40 homes.")
    stream_claims([str(tmp_path / "ok.txt")], tmp_path / "o")
    with pytest.raises(claimcheck.UsageError, match="already has part files"):
        stream_claims([str(tmp_path / "ok.txt")], tmp_path / "o")


def test_cli_claims_to_a_folder_streams_a_parquet_dataset(corpus: Path, tmp_path: Path) -> None:
    done = run_cli("claims", str(corpus), "-o", f"{tmp_path / 'claims'}/", "--jobs", "2")
    assert done.returncode == 0, done.stderr
    streamed = apply_schema(pd.read_parquet(tmp_path / "claims"))
    assert streamed.equals(claimcheck.claims([corpus]))
