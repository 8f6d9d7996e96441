"""Properties of the public API on arbitrary input, and of the claims table's file formats."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.table import read_table, write_table
from claimcheck.testing import articles

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=400)


@given(ANY_TEXT)
def test_extract_never_raises_and_quotes_exactly(text):
    if not text.strip():
        return  # an empty document is an input error, not a text
    document = claimcheck.extract(text, published="2025-03-04")
    for claim in document:
        assert 0 <= claim.file_start <= claim.file_end <= len(text)
        assert claim.quote == text[claim.file_start : claim.file_end]


@given(article=articles())
def test_claims_table_round_trips_through_parquet_and_csv(article, tmp_path_factory):
    table = claimcheck.claims([article.text])
    folder = tmp_path_factory.mktemp("tables")
    for suffix in ("parquet", "csv", "jsonl"):
        path = folder / f"claims.{suffix}"
        write_table(table, path)
        back = read_table(path)
        pd.testing.assert_frame_equal(back, table, check_dtype=True)
