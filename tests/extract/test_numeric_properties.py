"""Property tests: any value written in a form the extractor claims to read comes back."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract.hedges import load_hedges
from claimcheck.extract.numeric import extract_numeric
from claimcheck.model import ClaimKind, Document, Sentence

settings.register_profile("ci", max_examples=60, deadline=None)
settings.register_profile("deep", max_examples=2000, deadline=None)
PROFILE = settings.get_profile(os.environ.get("CLAIMCHECK_HYPOTHESIS", "ci"))

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEMPLATES = (
    "Officials said {} residents were evacuated overnight.",
    "The survey counted {} households in the valley.",
    "{} volunteers joined the search on Friday.",
    'Police said that "{} protesters" gathered near the station.',
)
SEPARATORS = (",", " ", "\u00a0", "\u2009", "\u202f")


def words_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        parts.append(TENS[rest // 10] + (f"-{ONES[rest % 10]}" if rest % 10 else ""))
    elif rest:
        parts.append(ONES[rest])
    return " ".join(parts)


def in_words(n: int) -> str:
    """English words for 1..999,999 ("ninety-four thousand three hundred")."""
    thousands, rest = divmod(n, 1000)
    parts = [f"{words_below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        parts.append(words_below_thousand(rest))
    return " ".join(parts)


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


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
@given(st.integers(1, 10**9), st.sampled_from(SEPARATORS), st.sampled_from(TEMPLATES))
def test_grouped_digits_read_back(n: int, separator: str, template: str) -> None:
    surface = grouped(n, separator)
    claim = the_claim(template.format(surface))
    assert claim.value == n and claim.kind is ClaimKind.COUNT
    assert claim.text == surface and claim.low <= n < claim.high


@PROFILE
@given(st.integers(1, 999_999), st.sampled_from(TEMPLATES))
def test_number_words_read_back(n: int, template: str) -> None:
    words = in_words(n)
    surface = words[0].upper() + words[1:] if template.startswith("{}") else words
    claim = the_claim(template.format(surface))
    assert claim.value == n and claim.text == surface


@PROFILE
@given(st.integers(11, 9999), st.sampled_from(("million", "billion")), st.sampled_from(TEMPLATES))
def test_decimal_with_scale_word(tenths: int, scale: str, template: str) -> None:
    multiplier = {"million": 1e6, "billion": 1e9}[scale]
    surface = f"{tenths / 10:.1f} {scale}"
    claim = the_claim(template.format(surface))
    assert abs(claim.value - tenths / 10 * multiplier) < 1e-6 * claim.value


@PROFILE
@given(
    st.integers(1, 9999),
    st.sampled_from((("$", "bn", 1e9, "USD"), ("€", "bn", 1e9, "EUR"), ("£", "m", 1e6, "GBP"))),
)
def test_money_with_symbol_and_short_scale(tenths: int, form: tuple[str, str, float, str]) -> None:
    symbol, scale, multiplier, iso = form
    surface = f"{symbol}{tenths / 10:g}{scale}"
    claim = the_claim(f"The ministry approved {surface} for the new dam.")
    assert claim.kind is ClaimKind.MONEY and claim.unit == iso and claim.text == surface
    assert abs(claim.value - tenths / 10 * multiplier) < 1e-6 * claim.value


@PROFILE
@given(
    st.integers(1, 9999), st.sampled_from((1, 2)), st.sampled_from(("%", " per cent", " percent"))
)
def test_percentages_with_decimals(hundredths: int, places: int, sign: str) -> None:
    value = round(hundredths / 10**places, places)
    surface = f"{value:.{places}f}{sign}"
    claim = the_claim(f"Turnout reached {surface} in the northern districts.")
    assert claim.kind is ClaimKind.PERCENT and abs(claim.value - value) < 1e-9
    assert claim.low <= claim.value <= claim.high


@PROFILE
@given(
    st.integers(1000, 10**8),
    st.sampled_from(("more than", "up to", "about", "nearly", "at least", "fewer than")),
)
def test_hedged_counts_get_the_hedge_interval(n: int, hedge: str) -> None:
    claim = the_claim(f"Officials said {hedge} {n:,} residents were evacuated.")
    low, high = load_hedges().get(hedge).interval(n)  # type: ignore[union-attr]
    assert (claim.hedge, claim.value, claim.low, claim.high) == (hedge, n, low, high)
    assert claim.text == f"{hedge} {n:,}"


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
