"""Property tests: any value written in a form the extractor claims to read comes back."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extractors.hedges import load_hedges
from claimcheck.extractors.numeric import extract_numeric
from claimcheck.model import ClaimKind, Document, Sentence
from claimcheck.testing.numbers import (
    NumericMention,
    grouped_counts,
    hedged_counts,
    money_amounts,
    numeric_mentions,
    percentages,
    worded_counts,
)
from claimcheck.testing.quantities import precision_of

settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("deep", max_examples=2000, deadline=None)
PROFILE = settings.get_profile(os.environ.get("CLAIMCHECK_HYPOTHESIS", "ci"))


def extract_one(sentence: str) -> tuple[Document, list]:  # type: ignore[type-arg]
    doc = Document(id="p", path="p.txt", text=sentence, original=sentence)
    claims = extract_numeric(doc, [Sentence(0, len(sentence), sentence)])
    for claim in claims:
        assert claim.text == doc.text[claim.start : claim.end]
    return doc, claims


def the_claim(sentence: str):  # type: ignore[no-untyped-def]
    _, claims = extract_one(sentence)
    assert len(claims) == 1, (sentence, [c.text for c in claims])
    return claims[0]


@PROFILE
@given(grouped_counts())
def test_grouped_digits_read_back(mention: NumericMention) -> None:
    claim = the_claim(mention.sentence)
    assert claim.value == mention.value and claim.kind is ClaimKind.COUNT
    assert claim.text == mention.surface and claim.low <= mention.value < claim.high


@PROFILE
@given(worded_counts())
def test_number_words_read_back(mention: NumericMention) -> None:
    claim = the_claim(mention.sentence)
    assert claim.value == mention.value and claim.text == mention.surface


@PROFILE
@given(st.integers(11, 9999), st.sampled_from(("million", "billion")))
def test_decimal_with_scale_word(tenths: int, scale: str) -> None:
    multiplier = {"million": 1e6, "billion": 1e9}[scale]
    claim = the_claim(f"The survey counted {tenths / 10:.1f} {scale} households in the valley.")
    assert abs(claim.value - tenths / 10 * multiplier) < 1e-6 * claim.value


@PROFILE
@given(money_amounts())
def test_money_with_symbol_and_short_scale(mention: NumericMention) -> None:
    claim = the_claim(mention.sentence)
    assert claim.kind is ClaimKind.MONEY and claim.unit == mention.unit
    assert claim.text == mention.surface
    assert abs(claim.value - mention.value) < 1e-6 * claim.value


@PROFILE
@given(percentages())
def test_percentages_with_decimals(mention: NumericMention) -> None:
    claim = the_claim(mention.sentence)
    assert claim.kind is ClaimKind.PERCENT and abs(claim.value - mention.value) < 1e-9
    assert claim.low <= claim.value <= claim.high


@PROFILE
@given(hedged_counts())
def test_hedged_counts_get_the_hedge_interval(mention: NumericMention) -> None:
    claim = the_claim(mention.sentence)
    hedges = load_hedges()
    rule = hedges.get(mention.hedge)  # type: ignore[arg-type]
    assert rule is not None
    low, high = rule.interval(mention.value)
    if rule.bound == "approximate":  # never narrower than the written number's rounding
        digits = mention.surface.split()[-1].replace(",", "")
        round_low, round_high = hedges.rounded(mention.value, precision_of(digits))
        low, high = min(low, round_low), max(high, round_high)
    assert (claim.hedge, claim.value, claim.low, claim.high) == (
        mention.hedge,
        mention.value,
        low,
        high,
    )
    assert claim.text == mention.surface


@PROFILE
@given(numeric_mentions())
def test_every_mention_reads_back_value_unit_and_hedge(mention: NumericMention) -> None:
    claim = the_claim(mention.sentence)
    assert abs(claim.value - mention.value) <= 1e-6 * abs(mention.value)
    assert (claim.unit, claim.hedge, claim.text) == (mention.unit, mention.hedge, mention.surface)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_never_raises_and_spans_quote_it(text: str) -> None:
    doc = Document(id="u", path="u.txt", text=text, original=text)
    for claim in extract_numeric(doc, [Sentence(0, len(text), text)]):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.-%$€£/:abcmkMBtoneufrh\u00a0", max_size=60))
def test_numeric_noise_never_raises(text: str) -> None:
    extract_one(text)
