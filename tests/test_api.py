"""The Python API as a user calls it: DataFrames in and out, errors, reports, notebooks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import claimcheck
from claimcheck import InputError, RuleError, UsageError
from tests.conftest import EXAMPLES, ROOT, run_cli

HARBOR = "Flooding along the Varden River killed 14 people on Sunday, the county coroner said."
DAM = "Officials at the Varden dam said on Monday that 41 people had died in Sunday's flood."


def _articles(**overrides: list[object]) -> pd.DataFrame:
    columns: dict[str, list[Any]] = {
        "slug": ["harbor-gazette", "valley-post"],
        "outlet": ["Harbor Gazette", "Valley Post"],
        "pub_date": pd.to_datetime(["2025-06-03", "2025-06-03"]).tolist(),
        "body": [HARBOR, DAM],
    }
    return pd.DataFrame({**columns, **overrides})


def _check_articles(frame: pd.DataFrame) -> claimcheck.Result:
    return claimcheck.check(frame, text="body", id="slug", published="pub_date", source="outlet")


def test_dataframe_columns_named_by_keyword_are_checked() -> None:
    result = _check_articles(_articles())
    assert list(result.documents["id"]) == ["harbor-gazette", "valley-post"]
    assert set(result.claims["source"]) == {"Harbor Gazette", "Valley Post"}
    assert "count-consistency" in set(result.findings["rule"])
    assert result.exit_code == 1


def test_missing_text_column_is_a_one_line_usage_error() -> None:
    with pytest.raises(UsageError) as caught:
        claimcheck.check(_articles(), id="slug")  # the text is in "body", not "text"
    message = str(caught.value)
    assert "\n" not in message
    assert "'text'" in message and "body" in message


def test_row_with_empty_text_is_an_input_error_and_the_other_rows_are_checked() -> None:
    frame = pd.concat(
        [_articles(), _articles(slug=["empty-wire", "x"], body=["   ", None]).iloc[:1]],
        ignore_index=True,
    )
    result = _check_articles(frame)
    assert [type(e) for e in result.errors] == [InputError]
    assert "empty-wire" in str(result.errors[0])
    assert list(result.documents["id"]) == ["harbor-gazette", "valley-post"]
    assert "count-consistency" in set(result.findings["rule"])
    assert result.exit_code == 2  # an unreadable input outranks findings


def test_column_keywords_without_a_dataframe_are_a_usage_error() -> None:
    with pytest.raises(UsageError):
        claimcheck.check([HARBOR, DAM], text="body")


def test_claims_table_has_the_documented_dtypes() -> None:
    claims = _check_articles(_articles()).claims
    assert str(claims["line"].dtype) == "Int64"
    assert str(claims["column"].dtype) == "Int64"
    assert str(claims["value"].dtype) == "Float64"
    assert isinstance(claims["kind"].dtype, pd.CategoricalDtype)
    assert {"count", "date"} <= set(claims["kind"].dropna())
    published = claims["published"].dtype
    assert isinstance(published, pd.DatetimeTZDtype) and str(published.tz) == "UTC"
    assert claims["published"].iloc[0] == pd.Timestamp("2025-06-03", tz="UTC")


def test_documents_and_findings_frames_are_typed_even_when_empty() -> None:
    for result in (_check_articles(_articles()), claimcheck.check([])):
        documents, findings = result.documents, result.findings
        published = documents["published"].dtype
        assert isinstance(published, pd.DatetimeTZDtype) and str(published.tz) == "UTC"
        assert str(documents["id"].dtype) == "string"
        assert isinstance(findings["severity"].dtype, pd.CategoricalDtype)
        assert list(findings["severity"].cat.categories) == ["info", "warning", "error"]
        assert str(findings["rule"].dtype) == "string"


def test_claims_function_returns_the_table_without_running_rules() -> None:
    table = claimcheck.claims(_articles(), text="body", id="slug")
    assert set(table["doc"]) == {"harbor-gazette", "valley-post"}
    assert sorted(table.loc[table["kind"] == "count", "value"]) == [14.0, 41.0]


def test_extract_resolves_a_weekday_against_the_publication_date() -> None:
    claims = claimcheck.extract(HARBOR, published="2025-06-03")
    dates = [c.date for c in claims if c.kind == claimcheck.ClaimKind.DATE]
    assert [d.isoformat() for d in dates if d is not None] == ["2025-06-01"]


def test_to_json_is_the_cli_json_report_for_the_same_inputs() -> None:
    corpus, facts = str(EXAMPLES), str(EXAMPLES / "facts.yaml")
    from_api = claimcheck.check([corpus], facts=facts).to_json()
    done = run_cli("check", corpus, "--facts", facts, "--format", "json")
    assert done.returncode == 1, done.stderr
    assert json.loads(from_api) == json.loads(done.stdout)
    assert json.loads(from_api)["schema"] == "claimcheck/report@1"


def test_repr_html_escapes_article_text() -> None:
    frame = _articles(
        outlet=["<script>alert('x')</script>", "Valley & Post"],
        body=[HARBOR.replace("the county", "<b>the county</b>"), DAM],
    )
    html = _check_articles(frame)._repr_html_()
    assert "count-consistency" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>the county</b>" not in html
    assert "Valley &amp; Post" in html


def test_load_rules_reports_an_unknown_rule_type_with_its_location(tmp_path: Path) -> None:
    pack = tmp_path / "rules.yaml"
    pack.write_text("rules:\n  - id: toll-check\n    type: consistensy\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        claimcheck.load_rules([pack])
    assert str(caught.value).startswith(f"{pack}:3:")
    assert "\n" not in str(caught.value)


def test_load_facts_rejects_a_birth_date_that_is_not_a_date(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text("people:\n  - name: Mara Quist\n    born: last spring\n", encoding="utf-8")
    with pytest.raises(RuleError, match="born"):
        claimcheck.load_facts(facts)


def test_missing_facts_file_is_a_claimcheck_error(tmp_path: Path) -> None:
    with pytest.raises((RuleError, InputError)):
        claimcheck.check([HARBOR], facts=tmp_path / "absent.yaml")


def test_missing_article_path_is_an_input_error_in_the_result(tmp_path: Path) -> None:
    (tmp_path / "gazette.txt").write_text(HARBOR, encoding="utf-8")
    result = claimcheck.check([tmp_path / "gazette.txt", tmp_path / "absent.txt"])
    assert [type(e) for e in result.errors] == [InputError]
    assert len(result.documents) == 1
    assert result.exit_code == 2


def test_typed_api_example_script_prints_the_planted_findings() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "api_example.py")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("4 documents, ")
    rules = {line.split()[1].rstrip(":") for line in lines[1:] if line.startswith("error")}
    assert {"count-consistency", "date-consistency", "age-facts"} <= rules
    assert "'Quarrow County Record': 21.0" in lines[-1]


def test_a_bug_one_document_triggers_is_an_error_of_that_file_and_the_others_are_checked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from claimcheck import pipeline

    real = pipeline.extract_numeric

    def fragile(document, *args):  # type: ignore[no-untyped-def]
        if "Quarrow" in document.text:
            raise IndexError("list index out of range")
        return real(document, *args)

    monkeypatch.setattr(pipeline, "extract_numeric", fragile)
    (tmp_path / "a.txt").write_text(HARBOR)
    (tmp_path / "b.txt").write_text(DAM)
    (tmp_path / "c.txt").write_text("The Quarrow ferry carried 300 people.")
    result = claimcheck.check([tmp_path])
    assert [f.rule for f in result.finding_list] == ["count-consistency"]
    assert [type(e) for e in result.errors] == [InputError]
    message = str(result.errors[0])
    assert message.startswith(str(tmp_path / "c.txt")) and "IndexError" in message
    assert "\n" not in message
    failed = next(d for d in result.document_list if d.path.endswith("c.txt"))
    assert [w.code for w in failed.warnings][-1] == "extraction-failed"
    assert result.exit_code == 2


def test_extract_of_one_text_raises_a_bug_rather_than_returning_no_claims(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimcheck import pipeline

    def broken(*args: object) -> list[object]:
        raise IndexError("list index out of range")

    monkeypatch.setattr(pipeline, "extract_numeric", broken)
    with pytest.raises(IndexError):
        claimcheck.extract("The ferry carried 300 people.")
