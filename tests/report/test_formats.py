"""Every report format renders the same result, safely, within its contract."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claimcheck.errors import InputError
from claimcheck.model import ClaimKind, DocumentWarning, Finding, Severity
from claimcheck.report import render
from claimcheck.result import Result
from tests.helpers import make_claim, make_document

HOSTILE = "the fire killed 12 <b>people</b> | *here* \x1b[31mred\x1b[0m"


def sample() -> Result:
    docs = (
        make_document("wire", HOSTILE, dt.date(2025, 3, 3), source="Wire"),
        make_document(
            "ledger",
            "It killed 21 people.",
            dt.date(2025, 3, 4),
            warnings=(DocumentWarning("repaired-encoding", "1 broken quote repaired"),),
        ),
    )
    a = make_claim("wire", text="12", value=12, low=11.5, high=12.5, measure="deaths", line=1)
    b = make_claim("ledger", text="21", value=21, low=20.5, high=21.5, measure="deaths", line=1)
    a = a.__class__(**{**_fields(a), "sentence": HOSTILE, "path": "wire.txt", "column": 17})
    finding = Finding(
        rule="count-consistency",
        severity=Severity.ERROR,
        message="deaths (actual) differ: 12 [wire] vs 21 [ledger]",
        claims=(a.id, b.id),
        key=(("measure", "deaths"),),
    )
    error = InputError("binary file, not an article", path="logo.png", hint="remove it")
    return Result(docs, (a, b), (finding,), (error,))


def _fields(claim):
    return {name: getattr(claim, name) for name in claim.__dataclass_fields__}


def test_json_report_has_the_documented_fields():
    report = json.loads(render(sample(), "json"))
    assert report["schema"] == "claimcheck/report@1"
    assert {"id", "path", "source", "published", "published_from", "warnings"} <= set(
        report["documents"][0]
    )
    claim_fields = {"id", "doc", "path", "line", "column", "start", "end", "quote", "sentence"}
    claim_fields |= {"kind", "value", "low", "high", "unit", "counted", "measure", "subject"}
    claim_fields |= {"date", "datetime", "hedge", "flags"}
    assert claim_fields <= set(report["claims"][0])
    assert isinstance(report["claims"][0]["flags"], list)
    assert report["findings"][0]["claims"] == [c["id"] for c in report["claims"]]
    assert report["summary"]["findings_by_severity"]["error"] == 1
    assert report["documents"][0]["published"] == "2025-03-03"
    assert report["errors"][0]["path"] == "logo.png"


def test_rich_report_fits_80_columns_and_strips_control_characters():
    text = render(sample(), "rich")
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "\x1b" not in text
    assert "count-consistency" in text and "12 [wire] vs 21 [ledger]" in text
    assert "repaired-encoding" in text or "broken quote" in text
    assert "logo.png" in text


def test_rich_report_keeps_markup_in_article_text_literal():
    assert "<b>people</b>" in render(sample(), "rich")


def test_markdown_escapes_article_text():
    text = render(sample(), "markdown")
    assert text.startswith("# claimcheck report")
    assert "<b>" not in text
    assert "\x1b" not in text


def test_unknown_format_names_the_known_ones():
    with pytest.raises(Exception, match="use one of rich, json, markdown"):
        render(sample(), "pdf")


def test_claim_kinds_are_counted_in_the_summary():
    summary = sample().summary()
    assert summary["claims_by_kind"] == {ClaimKind.COUNT.value: 2}
