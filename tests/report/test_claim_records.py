from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.report.claim_records import claim_records
from claimcheck.table import records
from tests.conftest import EXAMPLES

TEXTS = [
    "The ferry left Pell Harbor at 6:40 a.m. ET on Tuesday with 212 passengers aboard.",
    "Organizers expect up to 15,000 visitors, nearly 12% more than in 2023.",
    "The 58-year-old harbor master said the repairs would take about 3 weeks.",
    "A $4.5 million grant arrived on March 3, 2025; no date was given for the rest.",
    "Flooding covered 40 km of road, and dozens of families waited on rooftops.",
]


@pytest.mark.parametrize("corpus", ["examples", "texts", "undated-file"])
def test_records_without_pandas_equal_the_claims_table_records(corpus: str, tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text("The bridge reopened on Friday, 9 days after the crash, at 2 p.m.")
    inputs = {"examples": [EXAMPLES], "texts": TEXTS, "undated-file": [undated]}[corpus]
    result = claimcheck.check(inputs)
    assert result.claim_list
    by_id = {d.id: d for d in result.document_list}
    assert claim_records(result.claim_list, by_id) == records(result.claims)
