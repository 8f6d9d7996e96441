"""Acceptance: the five real articles of ../shared/seeds, read as an editor would."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import claimcheck
from tests.conftest import ROOT, run_cli

FACTS = ROOT / "tests" / "fixtures" / "seeds_facts.yaml"


@pytest.fixture(scope="module")
def result(request):
    from tests.conftest import SEEDS

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    return claimcheck.check([SEEDS], facts=FACTS)


def doc_of(claim_id: str) -> str:
    return claim_id.split("_")[0]


def findings(result, rule):
    return [f for f in result.finding_list if f.rule == rule]


def test_the_call_start_time_disagreement_is_reported(result):
    (finding,) = findings(result, "time-consistency")
    docs = {doc_of(c) for c in finding.claims}
    assert {"000", "002"} <= docs
    assert "2 h" in finding.message


def test_the_stated_age_of_the_president_is_checked_against_his_birth_date(result):
    ages = findings(result, "age-facts")
    assert {doc_of(c) for f in ages for c in f.claims} == {"000", "001"}
    assert all("Joe Biden was 79" in f.message and "not 78" in f.message for f in ages)


def test_counts_that_agree_in_different_words_are_quiet(result):
    # 13,000 dead vs killed 13,000 people; "up to 175,000" (planned) vs "more than 94,000" (present)
    assert findings(result, "count-consistency") == []


def test_weekdays_and_dates_of_the_same_day_are_quiet(result):
    assert findings(result, "date-consistency") == []


def test_no_other_findings(result):
    assert {f.rule for f in result.finding_list} <= {"time-consistency", "age-facts"}


def test_weekday_and_edited_date_resolve_to_the_same_day(result):
    by_doc: dict[str, set[dt.date]] = {}
    for claim in result.claim_list:
        if claim.kind.value == "date" and claim.date is not None and "Friday" in claim.text:
            by_doc.setdefault("000", set()).add(claim.date)
        if claim.kind.value == "date" and "December 3" in claim.text:
            by_doc.setdefault("001", set()).add(claim.date)
    assert by_doc["000"] == {dt.date(2021, 12, 3)} == by_doc["001"]


def test_sidebar_numbers_are_flagged_boilerplate_and_never_in_findings(result):
    sidebar = [c for c in result.claim_list if c.doc.startswith("001") and "$50 billion" in c.quote]
    assert sidebar and all(c.has_flag("boilerplate") for c in sidebar)
    in_findings = {cid for f in result.finding_list for cid in f.claims}
    assert not {c.id for c in result.claim_list if c.has_flag("boilerplate")} & in_findings


def test_undated_documents_say_their_date_was_inferred_or_missing(result):
    docs = {d.id[:3]: d for d in result.document_list}
    assert docs["000"].published_from == "header"
    assert docs["002"].published_from == "header"
    for undated in ("001", "003", "004"):
        codes = {w.code for w in docs[undated].warnings}
        assert codes & {"published-inferred", "published-missing"}, undated


def test_mojibake_is_repaired_and_claims_point_into_the_file(result):
    doc = next(d for d in result.document_list if d.id.startswith("004"))
    assert "repaired-encoding" in {w.code for w in doc.warnings}
    assert "Ukraine’s border" in doc.text
    for claim in (c for c in result.claim_list if c.doc == doc.id):
        assert doc.original[claim.file_start : claim.file_end] == claim.quote


def test_cli_on_the_seeds_exits_1_with_json_report(seeds: Path, tmp_path):
    out = tmp_path / "report.json"
    done = run_cli(
        "check", str(seeds), "--facts", str(FACTS), "--format", "json", "--output", str(out)
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(out.read_text())
    assert report["schema"] == "claimcheck/report@1"
    assert {f["rule"] for f in report["findings"]} == {"time-consistency", "age-facts"}


def test_without_facts_the_age_is_not_judged(seeds: Path):
    result = claimcheck.check([seeds])
    assert findings(result, "age-facts") == []
