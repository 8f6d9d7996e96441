"""Reports of a streaming check: valid against their schemas, and saying where the claims went."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimcheck import check
from claimcheck.report import FORMATS, render
from claimcheck.result import Result
from tests.conftest import EXAMPLES

REPORT_SCHEMA = Path(__file__).parents[2] / "claimcheck" / "report" / "schema.json"
SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def streamed(tmp_path_factory: pytest.TempPathFactory) -> Result:
    folder = tmp_path_factory.mktemp("streamed") / "claims"
    return check([EXAMPLES], facts=EXAMPLES / "facts.yaml", claims_out=folder)


def test_json_report_validates_and_counts_the_whole_run(streamed: Result) -> None:
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    report = json.loads(render(streamed, "json"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["summary"]["claims"] == 114  # every claim of the run
    assert report["summary"]["claims_out"].endswith("claims")
    cited = {claim_id for finding in report["findings"] for claim_id in finding["claims"]}
    assert {claim["id"] for claim in report["claims"]} == cited


def test_sarif_report_validates_against_the_official_schema(streamed: Result) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(render(streamed, "sarif")))


@pytest.mark.parametrize("format", ["rich", "markdown", "html"])
def test_reports_for_people_say_where_every_claim_went(streamed: Result, format: str) -> None:
    text = render(streamed, format).replace("\\", "")
    assert f"114 claims are in {streamed.streamed.claims_out}" in " ".join(text.split())  # type: ignore[union-attr]


@pytest.mark.parametrize("format", sorted(FORMATS))
def test_every_format_renders_a_streamed_result(streamed: Result, format: str) -> None:
    assert "count-consistency" in render(streamed, format)
