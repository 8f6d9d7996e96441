"""A DataFrame of articles is an input like any other."""

from __future__ import annotations

import pandas as pd
import pytest

import claimcheck
from claimcheck.errors import UsageError

ROWS = {
    "slug": ["wire", "ledger", "empty"],
    "body": ["The storm killed 12 people.", "The storm killed 21 people.", "  "],
    "pub_date": [pd.Timestamp("2025-03-04"), pd.Timestamp("2025-03-04"), pd.NaT],
    "outlet": ["Wire", "Ledger", None],
}


def test_columns_are_named_by_keyword_and_bad_rows_are_errors():
    frame = pd.DataFrame(ROWS)
    result = claimcheck.check(frame, text="body", id="slug", published="pub_date", source="outlet")
    assert [d.id for d in result.document_list] == ["wire", "ledger"]
    assert [d.source for d in result.document_list] == ["Wire", "Ledger"]
    assert result.document_list[0].published_date.isoformat() == "2025-03-04"
    assert [f.rule for f in result.finding_list if f.rule.startswith("count")] == [
        "count-consistency"
    ]
    (error,) = result.errors
    assert "row 2 (empty) has no text" in str(error)


def test_missing_text_column_is_a_usage_error():
    with pytest.raises(UsageError, match=r"no column 'text'.*check\(df, text=...\)"):
        claimcheck.check(pd.DataFrame({"body": ["x"]}))


def test_column_keywords_need_a_dataframe():
    with pytest.raises(UsageError, match="only to a DataFrame"):
        claimcheck.check(["The storm killed 12 people."], text="body")


def test_claims_of_a_dataframe():
    frame = pd.DataFrame({"text": ["The storm killed 12 people."]})
    table = claimcheck.claims(frame)
    assert table["doc"].tolist() == ["row-0"] and table["measure"].tolist() == ["deaths"]
