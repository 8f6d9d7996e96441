"""Hypothesis strategies that render numbers in news surface forms, with what they mean.

Each strategy draws a sentence together with the value an extractor must read back,
so a property test is one ``@given`` and a few assertions. The renderers
(:func:`in_words`, :func:`grouped`) are public so other tests can reuse them.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
    *("seventeen", "eighteen", "nineteen"),
)
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
COUNT_TEMPLATES = (
    "Officials said {} residents were evacuated overnight.",
    "The survey counted {} households in the valley.",
    "{} volunteers joined the search on Friday.",
    'Police said that "{} protesters" gathered near the station.',
)
SEPARATORS = (",", " ", "\u00a0", "\u2009", "\u202f")
HEDGES = ("more than", "up to", "about", "nearly", "at least", "fewer than")


@dataclass(frozen=True, slots=True)
class NumericMention:
    """A rendered sentence and the claim it states: value, unit and hedge word."""

    sentence: str
    surface: str  # the claim's text as the extractor should quote it
    value: float
    unit: str | None = None  # claimcheck's unit name: "USD", "percent", None for counts
    hedge: str | None = None


def words_below_thousand(n: int) -> str:
    """English words for 0 < n < 1000.

    Example:
        >>> words_below_thousand(342)
        'three hundred forty-two'
    """
    hundreds, rest = divmod(n, 100)
    parts = [f"{ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        parts.append(TENS[rest // 10] + (f"-{ONES[rest % 10]}" if rest % 10 else ""))
    elif rest:
        parts.append(ONES[rest])
    return " ".join(parts)


def in_words(n: int) -> str:
    """English words for 1..999,999.

    Example:
        >>> in_words(62300)
        'sixty-two thousand three hundred'
    """
    thousands, rest = divmod(n, 1000)
    parts = [f"{words_below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        parts.append(words_below_thousand(rest))
    return " ".join(parts)


def grouped(n: int, separator: str = ",") -> str:
    """Digits with a group separator.

    Example:
        >>> grouped(265000, "\u00a0")
        '265\u00a0000'
    """
    return f"{n:,}".replace(",", separator)


def _in_template(template: str, surface: str) -> str:
    if template.startswith("{}"):
        surface = surface[0].upper() + surface[1:]
    return template.format(surface)


@st.composite
def grouped_counts(draw: st.DrawFn) -> NumericMention:
    """A count in digits with any group separator, in a count sentence."""
    n = draw(st.integers(1, 10**9))
    surface = grouped(n, draw(st.sampled_from(SEPARATORS)))
    return NumericMention(_in_template(draw(st.sampled_from(COUNT_TEMPLATES)), surface), surface, n)


@st.composite
def worded_counts(draw: st.DrawFn) -> NumericMention:
    """A count written in words ("sixty-two thousand"), in a count sentence."""
    n = draw(st.integers(1, 999_999))
    template = draw(st.sampled_from(COUNT_TEMPLATES))
    sentence = _in_template(template, in_words(n))
    surface = sentence[: len(in_words(n))] if template.startswith("{}") else in_words(n)
    return NumericMention(sentence, surface, n)


@st.composite
def money_amounts(draw: st.DrawFn) -> NumericMention:
    """Money with a currency symbol and a short scale ("$12.5bn", "£3m")."""
    tenths = draw(st.integers(1, 9999))
    symbol, scale, multiplier, iso = draw(
        st.sampled_from((("$", "bn", 1e9, "USD"), ("€", "bn", 1e9, "EUR"), ("£", "m", 1e6, "GBP")))
    )
    surface = f"{symbol}{tenths / 10:g}{scale}"
    sentence = f"The ministry approved {surface} for the new dam."
    return NumericMention(sentence, surface, tenths / 10 * multiplier, iso)


@st.composite
def percentages(draw: st.DrawFn) -> NumericMention:
    """A percentage with one or two decimals and any percent sign ("4.25 per cent")."""
    places = draw(st.sampled_from((1, 2)))
    value = round(draw(st.integers(1, 9999)) / 10**places, places)
    surface = f"{value:.{places}f}{draw(st.sampled_from(('%', ' per cent', ' percent')))}"
    sentence = f"Turnout reached {surface} in the northern districts."
    return NumericMention(sentence, surface, value, "percent")


@st.composite
def hedged_counts(draw: st.DrawFn) -> NumericMention:
    """A count after a hedge or bound ("more than 1,200"); the interval is the hedge's."""
    n = draw(st.integers(1000, 10**8))
    hedge = draw(st.sampled_from(HEDGES))
    surface = f"{hedge} {n:,}"
    return NumericMention(
        f"Officials said {surface} residents were evacuated.", surface, n, None, hedge
    )


def numeric_mentions() -> st.SearchStrategy[NumericMention]:
    """Any surface form the numeric extractor claims to read, in a sentence.

    Example:
        >>> from hypothesis import given
        >>> @given(numeric_mentions())
        ... def test(m): assert m.surface in m.sentence
        >>> test()
    """
    return st.one_of(
        grouped_counts(), worded_counts(), money_amounts(), percentages(), hedged_counts()
    )
