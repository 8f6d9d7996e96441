import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.ingest import document_from_text
from claimcheck.model import ClaimKind
from claimcheck.rules.loader import load_rules
from claimcheck.rules.support import Reading, reading, supports
from tests.conftest import ROOT
from tests.helpers import make_claim

SUPPORT = load_rules([ROOT / "rules" / "core" / "support.yaml"])
PUBLISHED = "2025-03-10"  # a Monday


def verdicts(source: str, summary: str, *, roles: bool = True) -> list[tuple[str, str]]:
    documents = [
        document_from_text(
            source, doc_id="wire", published=PUBLISHED, role="source" if roles else None
        ),
        document_from_text(
            summary, doc_id="brief", published=PUBLISHED, role="derived" if roles else None
        ),
    ]
    result = claimcheck.check(documents, rules=SUPPORT)
    return [(f.rule, f.message) for f in result.finding_list]


def test_rounded_down_percentage_is_contradicted():
    found = verdicts(
        "Ticket sales at the Lindqvist arena rose 13.8 percent this season, the club said.",
        "Ticket sales at the Lindqvist arena rose 13 percent this season.",
    )
    assert [rule for rule, _ in found] == ["derived-contradicts-source"]
    assert "12.5" in found[0][1]  # the message names the rounding reading


def test_added_figure_is_not_in_source():
    found = verdicts(
        "Storms closed the coastal road near Pellham for most of the weekend, police said.",
        "Storms closed the coastal road near Pellham, stranding 40 drivers.",
    )
    assert [rule for rule, _ in found] == ["derived-not-in-source"]


@pytest.mark.parametrize(
    ("source", "summary"),
    [
        pytest.param(
            "Rescuers said 591 passengers were taken off the stranded ferry overnight.",
            "Nearly 600 passengers were taken off the stranded ferry.",
            id="nearly-600-is-supported-by-591",
        ),
        pytest.param(
            "Brennan Steel reported revenue of $3,087 million for the year.",
            "Brennan Steel's revenue was $3.1 billion.",
            id="billions-re-express-millions",
        ),
        pytest.param(
            "The harbor board is set to vote on the new tariffs on March 11.",
            "The harbor board votes on the new tariffs on Tuesday.",
            id="weekday-names-the-source-date",
        ),
    ],
)
def test_re_expression_of_a_source_figure_is_supported(source: str, summary: str):
    assert verdicts(source, summary) == []


def test_unhedged_round_figure_must_be_exact():
    found = verdicts(
        "Brennan Steel reported revenue of $3.1 billion for the year.",
        "Brennan Steel reported revenue of $3 billion for the year.",
    )
    assert [rule for rule, _ in found] == ["derived-contradicts-source"]


def test_wrong_weekday_is_reported():
    found = verdicts(
        "The harbor board is set to vote on the new tariffs on March 11.",
        "The harbor board votes on the new tariffs on Thursday.",
    )
    assert found and found[0][0] in {"derived-contradicts-source", "derived-not-in-source"}


def test_range_with_an_edited_end_is_not_supported():
    found = verdicts(
        "The board expects spending in the range of $90 million to $100 million next year.",
        "The board expects spending of $80 million to $100 million next year.",
    )
    assert found


def test_quiet_without_roles():
    assert (
        verdicts(
            "Ticket sales at the Lindqvist arena rose 13.8 percent this season, the club said.",
            "Ticket sales at the Lindqvist arena rose 13 percent this season.",
            roles=False,
        )
        == []
    )


def test_round_figure_reading_is_exact():
    claim = make_claim("d", ClaimKind.COUNT, text="600", value=600.0, low=550.0, high=650.0)
    read = reading(claim)
    assert read is not None and read.low == read.high == 600.0


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=10_000), st.integers(min_value=1, max_value=9))
def test_a_value_supports_its_own_rounding_interval(whole: int, tenth: int):
    value = whole + tenth / 10
    source = make_claim("s", ClaimKind.COUNT, text=f"{value}", value=value)
    nearest = math.floor(value + 0.5)  # half up, as news rounds: not Python's round()
    low, high = nearest - 0.5, nearest + 0.5
    assert supports(source, Reading(low, high, "rounded"))


def test_price_with_padded_cents_covers_the_tenth_it_rounds_to():
    found = verdicts(
        "Net of the charge, Brennan Steel earned $4.86 a share in the quarter, it said.",
        "Brennan Steel earned $4.90 a share in the quarter.",
    )
    assert found == []


def test_padded_cents_of_a_one_digit_figure_stay_exact():
    found = verdicts(
        "Brennan Steel raised its quarterly dividend to $0.13 a share, it said.",
        "Brennan Steel raised its quarterly dividend to $0.10 a share.",
    )
    assert [rule for rule, _ in found] == ["derived-contradicts-source"]


def test_scale_written_onto_a_round_figure_makes_it_exact():
    found = verdicts(
        "Orrin Motors expects sales of $5bn this year, after $5.1bn last year, it said.",
        "Orrin Motors expects sales of $10bn this year.",
    )
    assert [rule for rule, _ in found] == ["derived-contradicts-source"]
    assert "exact" in found[0][1]


def test_figure_in_a_cross_reference_to_another_article_gives_no_support():
    found = verdicts(
        'Orrin Motors expects sales of $5bn this year. (Also see "Rival Carmaker Tops $10bn '
        'In Sales" - Motor Weekly, 2 Apr, 2025.) Its shares rose on Tuesday.',
        "Orrin Motors expects sales of $10bn this year.",
    )
    assert [rule for rule, _ in found] == ["derived-contradicts-source"]


def test_the_same_figure_in_a_closer_source_sentence_beats_a_counterpart_by_measure():
    source = (
        "Revenues were $6.3bn, nearly all of which - $5.9bn - came from the vaccine. "
        "For next year, the firm expects the vaccine to have sales contracted for delivery of $6bn."
    )
    summary = "The firm guided for sales of $6bn next year."
    assert verdicts(source, summary) == []
