"""SARIF 2.1.0: valid against the official schema, one result per finding, claims located."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlparse

import jsonschema
import pytest

from claimcheck import check
from claimcheck.report import render
from claimcheck.report.sarif_report import FINGERPRINT_KEY, sarif_log

SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def test_example_report_validates_against_the_official_schema(wildfire, validator):
    validator.validate(json.loads(render(wildfire, "sarif")))


def test_report_with_input_errors_and_suppressions_validates(tmp_path, validator):
    (tmp_path / "a.txt").write_text(
        "The bridge toll rose to $14 on Monday. <!-- claimcheck: ignore -->\n"
    )
    (tmp_path / "b.txt").write_text("The bridge toll rose to $41 on Monday.\n")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    result = check([tmp_path])
    log = sarif_log(result)
    validator.validate(log)
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False
    suppressed = [r for r in log["runs"][0]["results"] if "suppressions" in r]
    assert [r["suppressions"][0]["kind"] for r in suppressed] == ["inSource"]


def test_one_result_per_finding_with_a_location_per_claim(wildfire):
    run = sarif_log(wildfire)["runs"][0]
    assert len(run["results"]) == len(wildfire.finding_list)
    count = next(r for r in run["results"] if r["ruleId"] == "count-consistency")
    finding = next(f for f in wildfire.finding_list if f.rule == "count-consistency")
    assert len(count["locations"]) == len(finding.claims)
    first = count["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"].endswith("examples/wildfire/01-mesa-wire.md")
    assert first["region"] == {
        "startLine": 8,
        "startColumn": 29,
        "endLine": 8,
        "endColumn": 31,
        "snippet": {"text": "12"},
    }
    assert count["partialFingerprints"][FINGERPRINT_KEY] == finding.fingerprint


def test_region_columns_point_at_the_quote_in_the_file(wildfire):
    for result in sarif_log(wildfire)["runs"][0]["results"]:
        for location in result["locations"]:
            physical = location["physicalLocation"]
            region = physical["region"]
            path = Path(unquote(urlparse(physical["artifactLocation"]["uri"]).path))
            line = path.read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
            if region["endLine"] == region["startLine"]:
                quoted = line[region["startColumn"] - 1 : region["endColumn"] - 1]
                assert quoted == region["snippet"]["text"]


def test_rules_that_ran_are_described_with_help_text(wildfire):
    rules = {r["id"]: r for r in sarif_log(wildfire)["runs"][0]["tool"]["driver"]["rules"]}
    assert {"count-consistency", "drift", "age-facts"} <= set(rules)
    assert rules["count-consistency"]["help"]["text"]
    assert rules["count-consistency"]["defaultConfiguration"]["level"] == "error"
    for result in sarif_log(wildfire)["runs"][0]["results"]:
        assert list(rules)[result["ruleIndex"]] == result["ruleId"]
