"""A streaming check (``claims_out=``): the same findings as a check held in memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import claimcheck
from benchmarks.articles import write_articles
from claimcheck.progress import Progress
from claimcheck.report.json_report import finding_record
from claimcheck.result import Result
from claimcheck.rules.suppress import write_baseline
from claimcheck.table import apply_schema
from tests.conftest import EXAMPLES, run_cli
from tests.engine.corpus import write_corpus


def _findings(result: Result) -> list[dict[str, Any]]:
    return [finding_record(f) for f in result.finding_list]


def _table(folder: Path) -> pd.DataFrame:
    return apply_schema(pd.read_parquet(folder))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few hundred invented articles, five outlets a story, as JSONL."""
    path = tmp_path_factory.mktemp("generated") / "articles.jsonl"
    write_articles(path, articles=300, seed=11)
    return path


@pytest.fixture(scope="module")
def generated_in_memory(generated: Path) -> Result:
    return claimcheck.check([generated], jobs=1)


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_check_of_the_examples_finds_what_the_in_memory_check_finds(
    tmp_path: Path, jobs: int
) -> None:
    facts = EXAMPLES / "facts.yaml"
    whole = claimcheck.check([EXAMPLES], facts=facts)
    streamed = claimcheck.check([EXAMPLES], facts=facts, jobs=jobs, claims_out=tmp_path / "c")
    assert _findings(streamed) == _findings(whole)
    assert streamed.summary() == {**whole.summary(), "claims_out": str(tmp_path / "c")}
    assert _table(tmp_path / "c").equals(whole.claims)


@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_check_of_a_generated_corpus_finds_what_the_in_memory_check_finds(
    generated: Path, generated_in_memory: Result, tmp_path: Path, jobs: int
) -> None:
    streamed = claimcheck.check([generated], jobs=jobs, claims_out=tmp_path / "c")
    assert len(generated_in_memory.finding_list) > 10  # the corpus has planted disagreements
    assert _findings(streamed) == _findings(generated_in_memory)
    assert streamed.exit_code == generated_in_memory.exit_code
    assert _table(tmp_path / "c").equals(generated_in_memory.claims)


def test_streamed_result_keeps_only_the_claims_and_documents_findings_cite(
    generated: Path, generated_in_memory: Result, tmp_path: Path
) -> None:
    streamed = claimcheck.check([generated], claims_out=tmp_path / "c")
    cited = {claim_id for f in streamed.finding_list for claim_id in f.claims}
    assert {c.id for c in streamed.claim_list} == cited
    assert len(streamed.claim_list) < len(generated_in_memory.claim_list)
    assert {d.id for d in streamed.document_list} == {c.doc for c in streamed.claim_list}
    assert all(d.text == "" for d in streamed.document_list)  # text stays on disk


def test_stories_by_folder_stream_with_the_same_findings(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news")
    whole = claimcheck.check([tmp_path / "news"], story_by="folder")
    streamed = claimcheck.check(
        [tmp_path / "news"], story_by="folder", jobs=2, claims_out=tmp_path / "out"
    )
    assert {f.story for f in streamed.finding_list} == {"bridge", "flood", "strike"}
    assert _findings(streamed) == _findings(whole)


def test_an_undated_article_is_compared_in_its_place_in_the_story(tmp_path: Path) -> None:
    (tmp_path / "a-undated.txt").write_text(
        "The Morrow Lane warehouse fire on Tuesday injured 9 firefighters, the chief said."
    )
    (tmp_path / "b-dated.md").write_text(
        "---\npublished: 2025-09-18\nsource: Brackett Gazette\n---\n"
        "The Morrow Lane warehouse fire on Tuesday injured 6 firefighters, the chief said.\n"
    )
    inputs = [tmp_path / "a-undated.txt", tmp_path / "b-dated.md"]
    whole = claimcheck.check(inputs)
    streamed = claimcheck.check(inputs, claims_out=tmp_path / "out")
    # drift reads the documents in input order ("a-undated -> b-dated"), so the
    # undated one, extracted last, must still come first in its story.
    assert [f.rule for f in streamed.finding_list] == ["drift", "count-consistency"]
    assert _findings(streamed) == _findings(whole)


def test_inline_markers_and_the_baseline_apply_to_streamed_findings(tmp_path: Path) -> None:
    sentence = "The Tolley Dam spill forced {} families from their homes, officials said."
    (tmp_path / "a.txt").write_text(sentence.format(300) + "\n")
    (tmp_path / "b.txt").write_text(sentence.format(500) + "\n")
    inputs = [tmp_path / "a.txt", tmp_path / "b.txt"]
    write_baseline(claimcheck.check(inputs).finding_list, tmp_path / "accepted.json")
    accepted = claimcheck.check(
        inputs, baseline=tmp_path / "accepted.json", claims_out=tmp_path / "o"
    )
    assert {f.suppressed for f in accepted.finding_list} == {"baseline"}
    (tmp_path / "b.txt").write_text(sentence.format(500) + " claimcheck: ignore\n")
    marked = claimcheck.check(inputs, claims_out=tmp_path / "o2")
    assert {f.suppressed for f in marked.finding_list} == {"inline"}
    assert _findings(marked) == _findings(claimcheck.check(inputs))
    assert marked.exit_code == 0


def test_progress_hears_every_document_while_the_total_is_unknown(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news", per_story=3)
    heard: list[Progress] = []
    claimcheck.check([tmp_path / "news"], progress=heard.append, claims_out=tmp_path / "out")
    assert [p.documents_done for p in heard] == list(range(1, 10))
    assert heard[-1].documents_total == 9 and heard[-1].claims > 0


def test_the_story_store_is_removed_after_the_run(tmp_path: Path) -> None:
    write_corpus(tmp_path / "news", per_story=2)
    claimcheck.check([tmp_path / "news"], claims_out=tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "out"]


@pytest.mark.parametrize(
    ("keywords", "message"),
    [
        ({"story_by": "auto"}, "--story-by auto groups the whole corpus"),
        ({"engine": "dask"}, "streams on the local engine"),
        ({"changed": []}, "--changed-since picks stories"),
    ],
)
def test_options_that_need_the_whole_run_are_usage_errors(
    tmp_path: Path, keywords: dict[str, Any], message: str
) -> None:
    with pytest.raises(claimcheck.UsageError, match=message):
        claimcheck.check([EXAMPLES], claims_out=tmp_path / "out", **keywords)


def test_texts_and_dataframes_are_not_streamed(tmp_path: Path) -> None:
    with pytest.raises(claimcheck.UsageError, match="inputs must be paths"):
        claimcheck.check(["The levee broke on Friday."], claims_out=tmp_path / "out")
    frame = pd.DataFrame({"body": ["The levee broke on Friday."]})
    with pytest.raises(claimcheck.UsageError, match="not a DataFrame"):
        claimcheck.check(frame, text="body", claims_out=tmp_path / "out")


def test_cli_streams_the_check_and_writes_the_claims_dataset(tmp_path: Path) -> None:
    out = tmp_path / "claims"
    done = run_cli("check", str(EXAMPLES), "--claims-out", f"{out}/", "-f", "markdown")
    assert done.returncode == 1, done.stderr  # the example's planted findings
    assert f"All 114 claims are in {out}/" in done.stdout.replace("\\", "")
    assert len(_table(out)) == 114


def test_cli_story_by_auto_with_claims_out_is_a_one_line_error(tmp_path: Path) -> None:
    done = run_cli("check", str(EXAMPLES), "--story-by", "auto", "--claims-out", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--story-by folder" in done.stderr
