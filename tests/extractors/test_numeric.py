"""The numeric extractor on sentences of invented news: every form it reads."""

from __future__ import annotations

import pytest

from claimcheck.extractors.numeric import extract_numeric
from claimcheck.model import Claim, ClaimKind, Document, Flag, Sentence, Span


def claims_in(text: str, taken: tuple[tuple[int, int], ...] = (), **fields: object) -> list[Claim]:
    """Extract from ``text`` split one sentence per line, spans checked against the text."""
    doc = Document(id="t", path="t.txt", text=text, original=text, **fields)  # type: ignore[arg-type]
    sentences, start = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(start, start + len(line), line))
        start += len(line) + 1
    claims = extract_numeric(doc, sentences, taken)
    for claim in claims:
        assert claim.text == text[claim.start : claim.end]
    return claims


def bounds(claim: Claim) -> tuple[float, float]:
    assert claim.low is not None and claim.high is not None
    return claim.low, claim.high


def value_of(claim: Claim) -> float:
    assert claim.value is not None
    return claim.value


def only(text: str) -> Claim:
    claims = claims_in(text)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def test_more_than_is_open_below_and_bounded_above() -> None:
    claim = only("The flooding left more than 13,000 people homeless, officials in Vessa said.")
    assert (claim.text, claim.value, claim.low, claim.high) == (
        "more than 13,000",
        13000,
        13000,
        19500,
    )
    assert (claim.hedge, claim.counted, claim.kind) == ("more than", "people", ClaimKind.COUNT)
    assert not bounds(claim)[0] <= 31000 <= bounds(claim)[1]


def test_up_to_is_closed_above_and_does_not_reach_a_tenth() -> None:
    claim = only("The ministry may deploy up to 175,000 troops along the river by spring.")
    assert (claim.low, claim.high, claim.hedge, claim.counted) == (87500, 175000, "up to", "troops")
    assert not bounds(claim)[0] <= 17500


def test_as_many_as_reads_like_up_to() -> None:
    claim = only("Orlan could send as many as 175,000 forces to the coast.")
    assert (claim.hedge, claim.high, claim.counted) == ("as many as", 175000, "forces")


def test_nearly_is_just_below() -> None:
    claim = only("Nearly 600 homes lost power in the storm.")
    assert (claim.low, claim.high) == pytest.approx((540, 600))
    assert claim.hedge == "nearly"


def test_about_is_five_percent_either_side() -> None:
    claim = only("About 1,250 evacuees slept in the school gym.")
    assert (claim.low, claim.high) == pytest.approx((1187.5, 1312.5))
    assert claim.counted == "evacuees"


def test_about_a_round_number_covers_at_least_its_rounding() -> None:
    claim = only("About 60,000 residents were ordered out of the valley.")
    assert (claim.low, claim.high) == pytest.approx((55000, 65000))


def test_at_least_is_closed_below() -> None:
    claim = only("At least 312 homes were destroyed.")
    assert (claim.low, claim.high, claim.hedge) == (312, 468, "at least")


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Over 40 shops were shut.", "over"),
        ("Just over 40 shops were shut.", "just over"),
        ("Fewer than 40 shops were shut.", "fewer than"),
        ("Some 40 shops were shut.", "some"),
        ("Roughly 40 shops were shut.", "roughly"),
        ("Close to 40 shops were shut.", "close to"),
        ("Almost 40 shops were shut.", "almost"),
        ("Approximately 40 shops were shut.", "approximately"),
    ],
)
def test_hedges_are_named_on_the_claim(sentence: str, hedge: str) -> None:
    claim = only(sentence)
    assert (claim.hedge, claim.value, claim.counted) == (hedge, 40, "shops")


def test_unhedged_round_number_tolerates_its_rounding() -> None:
    claim = only("Crews said 13,000 acres had burned.")
    assert claim.kind is ClaimKind.QUANTITY  # acres: an area
    claim = only("Officials counted 13,000 dead after the quake.")
    assert (claim.value, claim.low, claim.high, claim.counted) == (13000, 12500, 13500, "dead")


def test_precise_number_gets_a_narrow_interval() -> None:
    claim = only("The storm destroyed 312 homes.")
    assert (claim.low, claim.high) == (311.5, 312.5)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 175 000 fans came.",
        "Police said 175\u00a0000 fans came.",
        "Police said 175\u202f000 fans came.",
    ],
)
def test_space_grouped_digits(sentence: str) -> None:
    assert only(sentence).value == 175000


def test_scale_words_multiply() -> None:
    claim = only("The region is home to 1.2 million people.")
    assert (claim.value, claim.low, claim.high) == pytest.approx((1.2e6, 1.15e6, 1.25e6))


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The council approved a $2.4 million relief fund.", 2.4e6, "USD"),
        ("Lodra invested $18M in a marine park.", 18e6, "USD"),
        ("The plan costs $50 billion over a decade.", 50e9, "USD"),
        ("The bank lent €3bn to the port.", 3e9, "EUR"),
        ("The club paid £2.5m for the striker.", 2.5e6, "GBP"),
        ("The mine sold for C$400 million in cash.", 400e6, "CAD"),
        ("The grant is worth A$12 million.", 12e6, "AUD"),
        ("The fine was US$5 million.", 5e6, "USD"),
        ("The state set aside 3.5 million dollars for cleanup.", 3.5e6, "USD"),
        ("Kerev owes 40 billion rubles to the fund.", 40e9, "RUB"),
        ("The deal was worth 300 million yen.", 300e6, "JPY"),
        ("Voters backed a $66-billion transit plan.", 66e9, "USD"),
        ("The town won a 2.5-million-dollar grant.", 2.5e6, "USD"),
    ],
)
def test_money_is_in_units_of_currency_with_iso_code(
    sentence: str, value: float, unit: str
) -> None:
    claim = only(sentence)
    assert (claim.kind, claim.unit) == (ClaimKind.MONEY, unit)
    assert claim.value == pytest.approx(value)


def test_a_number_with_a_scale_after_a_capitalized_word_is_not_a_name() -> None:
    claim = only("The filing lists a Dollars 2 billion break fee.")
    assert claim.value == pytest.approx(2e9)


def test_money_counts_nothing_unless_of() -> None:
    assert only("Lodra invested $18 million in a zoo.").counted is None
    assert only("The city sent $3 million of aid supplies.").counted == "aid supplies"


@pytest.mark.parametrize(
    "sentence",
    [
        "Turnout was 45% in the north.",
        "Turnout was 45 per cent in the north.",
        "Turnout was 45 percent in the north.",
    ],
)
def test_percentages(sentence: str) -> None:
    claim = only(sentence)
    assert (claim.kind, claim.value, claim.unit) == (ClaimKind.PERCENT, 45.0, "percent")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Exports were down 2.1% in March.", -2.1),
        ("Exports changed by -3% last quarter.", -3.0),
        ("Prices rose 4 per cent on the year.", 4.0),
        ("Sales fell by 7% after the recall.", -7.0),
    ],
)
def test_signed_changes_carry_sign_and_change_flag(sentence: str, value: float) -> None:
    claim = only(sentence)
    assert claim.value == pytest.approx(value)
    assert claim.has_flag("change")
    assert bounds(claim)[0] <= value <= bounds(claim)[1]


def test_level_after_rose_to_is_not_a_change() -> None:
    claim = only("The toll rose to 600 on Monday.")
    assert (claim.value, claim.counted, claim.flags) == (600, None, ())


def test_fold() -> None:
    claim = only("Cases grew 2.5-fold in a month.")
    assert (claim.value, claim.unit) == (2.5, "fold")


def test_half_of_is_a_share() -> None:
    claim = only("Half of the residents left before the storm.")
    assert (claim.kind, claim.value, claim.counted) == (ClaimKind.PERCENT, 50.0, "residents")


def test_a_third_of() -> None:
    assert only("A third of the wells ran dry.").value == pytest.approx(100 / 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Between 10,000 and 15,000 people marched.",
        "Organisers said 10,000-15,000 people marched.",
        "Organisers said 10,000 to 15,000 people marched.",
        "Organisers said 10,000–15,000 people marched.",
    ],
)
def test_ranges_are_one_claim(sentence: str) -> None:
    claim = only(sentence)
    assert (claim.low, claim.high, claim.value, claim.counted) == (10000, 15000, 12500, "people")


def test_range_shares_a_trailing_scale_and_unit() -> None:
    claim = only("Repairs will cost $10-15 million.")
    assert (claim.kind, claim.low, claim.high, claim.unit) == (ClaimKind.MONEY, 10e6, 15e6, "USD")
    claim = only("Support stood at 40 to 45% in the poll.")
    assert (claim.kind, claim.low, claim.high) == (ClaimKind.PERCENT, 40, 45)


def test_from_to_is_two_levels() -> None:
    assert [c.value for c in claims_in("Unemployment rose from 10% to 15% in a year.")] == [10, 15]


@pytest.mark.parametrize(
    ("sentence", "value", "counted"),
    [
        ("Envoys from nine NATO nations met in Oslo.", 9, "NATO nations"),
        ("A dozen boats capsized.", 12, "boats"),
        ("Ninety-four thousand soldiers took part.", 94000, "soldiers"),
        ("Two dozen houses burned.", 24, "houses"),
        ("Seven others were injured.", 7, "others"),
    ],
)
def test_number_words(sentence: str, value: float, counted: str) -> None:
    claim = only(sentence)
    assert (claim.value, claim.counted) == (value, counted)


@pytest.mark.parametrize(
    ("sentence", "low", "high", "counted"),
    [
        ("Tens of thousands of troops crossed the river.", 10_000, 100_000, "troops"),
        ("Hundreds of families fled.", 100, 1000, "families"),
        ("Dozens of shops were looted.", 24, 100, "shops"),
        ("Millions of Ukrainians may flee.", 1e6, 1e9, "Ukrainians"),
        ("Thousands of people queued.", 1000, 1e6, "people"),
    ],
)
def test_vague_plurals_are_wide_and_flagged(
    sentence: str, low: float, high: float, counted: str
) -> None:
    claim = only(sentence)
    assert (claim.low, claim.high, claim.counted) == (low, high, counted)
    assert claim.has_flag(Flag.VAGUE)
    assert claim.hedge == claim.text.lower()


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("More than 4,200 Russian troops waited at the pier.", "Russian troops"),
        ("The war has left 13,000 dead.", "dead"),
        ("Police detained 40 protesters outside the court.", "protesters"),
        ("The blaze destroyed 312 homes and other structures.", "homes"),
        ("Seven people were injured.", "people"),
        ("The toll rose to 600.", None),
    ],
)
def test_counted_noun_phrase(sentence: str, counted: str | None) -> None:
    assert only(sentence).counted == counted


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Gusts of up to 60 mph fanned the fire.", 96.56064, "kilometer/hour"),
        ("The convoy stretched for 40 km.", 40_000, "meter"),
        ("The fire burned 8,400 acres.", 8400 * 4046.8564224, "meter**2"),
        ("The truck carried 12 tonnes of grain.", 12_000, "kilogram"),
        ("The glacier lost 3 square kilometres of ice.", 3e6, "meter**2"),
    ],
)
def test_physical_quantities_convert_to_the_canonical_unit(
    sentence: str, value: float, unit: str
) -> None:
    claim = only(sentence)
    assert claim.kind is ClaimKind.QUANTITY
    assert claim.unit == unit
    assert claim.value == pytest.approx(value, rel=1e-4)
    assert bounds(claim)[0] <= value_of(claim) <= bounds(claim)[1]


def test_claims_overlapping_taken_spans_are_dropped() -> None:
    text = "Officials said 40 people died."
    at = text.index("40")
    assert claims_in(text, taken=((at, at + 2),)) == []
    assert len(claims_in(text, taken=((0, 5),))) == 1


def test_boilerplate_sentences_flag_claims() -> None:
    text = "Subscribe for 30% off today."
    claims = claims_in(text, boilerplate=(Span(0, len(text)),))
    assert [c.has_flag(Flag.BOILERPLATE) for c in claims] == [True]


def test_claims_are_in_document_order_with_document_offsets() -> None:
    text = "Title line\nAbout 40 people fled. Another 12 homes burned."
    claims = claims_in(text)
    assert [c.text for c in claims] == ["About 40", "12"]
    assert claims[0].start == text.index("About 40")


def test_hedge_before_a_range_is_kept() -> None:
    claim = only("Some 10-15 people were hurt.")
    assert (claim.hedge, claim.low, claim.high) == ("some", 10, 15)


def test_hedged_fraction_uses_the_hedge_interval() -> None:
    claim = only("Almost half of the staff quit.")
    assert (claim.hedge, claim.high) == ("almost", 50)
