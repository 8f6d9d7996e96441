import datetime as dt

import pandas as pd
import pytest

from claimcheck.errors import UsageError
from claimcheck.model import ClaimKind
from claimcheck.table import COLUMNS, read_table, to_frame, write_table
from tests.helpers import make_claim, make_document


def sample():
    doc = make_document("a", published=dt.date(2021, 12, 6))
    claims = [
        make_claim(
            "a", value=94000, low=94000, high=141000, counted="Russian troops", flags=("vague",)
        ),
        make_claim(
            "a",
            ClaimKind.TIME,
            text="10 a.m. ET",
            value=1.0,
            low=0.0,
            high=2.0,
            datetime_utc=dt.datetime(2021, 12, 7, 15, tzinfo=dt.UTC),
            date=dt.date(2021, 12, 7),
        ),
    ]
    return to_frame(claims, {"a": doc})


def test_frame_has_the_schema_columns_and_dtypes():
    frame = sample()
    assert tuple(frame.columns) == COLUMNS
    assert str(frame["kind"].dtype) == "category"
    assert str(frame["line"].dtype) == "Int64"
    assert str(frame["datetime"].dtype).startswith("datetime64") and "UTC" in str(
        frame["datetime"].dtype
    )


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_round_trip_is_lossless(tmp_path, suffix):
    frame = sample()
    path = tmp_path / f"claims{suffix}"
    write_table(frame, path)
    pd.testing.assert_frame_equal(read_table(path), frame, check_dtype=True)


def test_unknown_extension_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match=r"use a \.csv, \.parquet or \.jsonl"):
        write_table(sample(), tmp_path / "claims.xlsx")


def test_boilerplate_lookup_finds_the_span_around_an_offset():
    from claimcheck.model import Span

    doc = make_document("a", "x" * 100, boilerplate=(Span(10, 20), Span(40, 50), Span(90, 95)))
    assert doc.is_boilerplate(12, 14) and doc.is_boilerplate(45, 60)
    assert doc.is_boilerplate(5, 11) and doc.is_boilerplate(94, 99)
    assert not doc.is_boilerplate(20, 40) and not doc.is_boilerplate(0, 10)
    assert not make_document("b", "x").is_boilerplate(0, 1)
