"""``quantities()``: numbers in news surface forms with the claim fields they must yield.

Intervals follow the shipped hedge pack (``rules/core/hedges.yaml``): an unhedged
number covers half a unit of its last significant digit either side; a hedge
replaces that with its bound. The tables below are the expectations, written out
independently of the extractor so that a change in either shows up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hypothesis import strategies as st

from claimcheck.model import ClaimKind
from claimcheck.testing.numbers import grouped, in_words
from claimcheck.testing.planted import Planted

# hedge -> (bound kind, width), as in rules/core/hedges.yaml.
HEDGES: dict[str, tuple[str, float]] = {
    "more than": ("lower", 0.5),
    "at least": ("lower", 0.5),
    "up to": ("upper", 0.5),
    "as many as": ("upper", 0.5),
    "nearly": ("upper", 0.1),
    "almost": ("upper", 0.1),
    "about": ("approximate", 0.05),
    "around": ("approximate", 0.05),
    "roughly": ("approximate", 0.05),
}
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 100),
    "hundreds": (100, 1000),
    "thousands": (1000, 1_000_000),
    "tens of thousands": (10_000, 100_000),
}
FRACTIONS: dict[str, float] = {
    "a third": 100 / 3,
    "half": 50.0,
    "two-thirds": 200 / 3,
    "a quarter": 25.0,
}
FRACTION_WIDTH = 0.1
COUNTED_NOUNS = ("residents", "people", "volunteers", "households", "soldiers", "workers")
SEPARATORS = (",", " ", "\u00a0")
# (how it is written, ISO code, scale word or suffix, multiplier)
MONEY_FORMS: tuple[tuple[str, str, str, float], ...] = (
    ("${n}bn", "USD", "bn", 1e9),
    ("${n} million", "USD", "million", 1e6),
    ("{n} billion dollars", "USD", "billion", 1e9),
    ("{n} million euros", "EUR", "million", 1e6),
    ("£{n}m", "GBP", "m", 1e6),
    ("€{n}bn", "EUR", "bn", 1e9),
)
PERCENT_SIGNS = ("%", " per cent", " percent")


def precision_of(written: str) -> float:
    """The place of the last significant digit of a plain decimal numeral.

    Example:
        >>> precision_of("62000"), precision_of("1.25"), precision_of("7")
        (1000.0, 0.01, 1.0)
    """
    if "." in written:
        return 10.0 ** -len(written.split(".")[1])
    stripped = written.rstrip("0")
    return 10.0 ** (len(written) - len(stripped))


def interval_of(value: float, unit: float, hedge: str | None = None) -> tuple[float, float]:
    """(low, high) the wording allows: the rounding interval, or the hedge's bound.

    Example:
        >>> interval_of(1200, 100), interval_of(1200, 100, "more than")
        ((1150.0, 1250.0), (1200, 1800.0))
    """
    if hedge is None:
        return value - unit / 2, value + unit / 2
    bound, width = HEDGES[hedge]
    if bound == "lower":
        return value, value * (1 + width)
    if bound == "upper":
        return value * (1 - width), value
    # Approximate: never narrower than the rounding ("about 60,000" is 55,000-65,000).
    spread = max(value * width, unit / 2)
    return value - spread, value + spread


def _planted(
    number: str, kind: ClaimKind, value: float, unit_place: float, **fields: str | None
) -> Planted:
    hedge = fields.pop("hedge", None)
    unit = fields.pop("unit", None)
    counted = fields.pop("counted", None)
    text = f"{hedge} {number}" if hedge else number
    phrase = text
    if counted is not None:
        phrase += f" of {counted}" if kind is ClaimKind.PERCENT else f" {counted}"
    low, high = interval_of(value, unit_place, hedge)
    return Planted(phrase, text, 0, kind, value, low, high, unit=unit, counted=counted, hedge=hedge)


@st.composite
def _digit_counts(draw: st.DrawFn, hedges: st.SearchStrategy[str | None]) -> Planted:
    n = draw(st.integers(1, 10**9))
    written = grouped(n, draw(st.sampled_from(SEPARATORS)))
    noun = draw(st.sampled_from(COUNTED_NOUNS))
    return _planted(
        written, ClaimKind.COUNT, n, precision_of(str(n)), hedge=draw(hedges), counted=noun
    )


@st.composite
def _worded_counts(draw: st.DrawFn, hedges: st.SearchStrategy[str | None]) -> Planted:
    n = draw(st.integers(2, 999_999))
    noun = draw(st.sampled_from(COUNTED_NOUNS))
    return _planted(
        in_words(n), ClaimKind.COUNT, n, precision_of(str(n)), hedge=draw(hedges), counted=noun
    )


@st.composite
def _scaled_counts(draw: st.DrawFn, hedges: st.SearchStrategy[str | None]) -> Planted:
    """ "62K", "1.2 million", "3 billion"."""
    scale, multiplier = draw(st.sampled_from((("K", 1e3), (" million", 1e6), (" billion", 1e9))))
    mantissa = (
        f"{draw(st.integers(1, 999))}" if scale == "K" else f"{draw(st.integers(10, 999)) / 10:g}"
    )
    value = float(mantissa) * multiplier
    noun = draw(st.sampled_from(COUNTED_NOUNS))
    place = precision_of(mantissa) * multiplier
    return _planted(
        mantissa + scale, ClaimKind.COUNT, value, place, hedge=draw(hedges), counted=noun
    )


@st.composite
def _money(draw: st.DrawFn, hedges: st.SearchStrategy[str | None]) -> Planted:
    form, iso, _, multiplier = draw(st.sampled_from(MONEY_FORMS))
    mantissa = f"{draw(st.integers(10, 999)) / 10:g}"
    written = form.format(n=mantissa)
    place = precision_of(mantissa) * multiplier
    return _planted(
        written, ClaimKind.MONEY, float(mantissa) * multiplier, place, hedge=draw(hedges), unit=iso
    )


@st.composite
def _percents(draw: st.DrawFn, hedges: st.SearchStrategy[str | None]) -> Planted:
    places = draw(st.sampled_from((0, 1, 2)))
    number = f"{draw(st.integers(1, 9999)) / 10**places:.{places}f}"
    written = number + draw(st.sampled_from(PERCENT_SIGNS))
    noun = draw(st.sampled_from(COUNTED_NOUNS))
    return _planted(
        written,
        ClaimKind.PERCENT,
        float(number),
        precision_of(number),
        hedge=draw(hedges),
        unit="percent",
        counted=noun,
    )


@st.composite
def _fractions(draw: st.DrawFn) -> Planted:
    written = draw(st.sampled_from(sorted(FRACTIONS)))
    value = FRACTIONS[written]
    noun = draw(st.sampled_from(COUNTED_NOUNS))
    low, high = value * (1 - FRACTION_WIDTH), value * (1 + FRACTION_WIDTH)
    return Planted(
        f"{written} of {noun}",
        written,
        0,
        ClaimKind.PERCENT,
        value,
        low,
        high,
        unit="percent",
        counted=noun,
    )


@st.composite
def _vague(draw: st.DrawFn) -> Planted:
    written = draw(st.sampled_from(sorted(VAGUE)))
    low, high = VAGUE[written]
    noun = draw(st.sampled_from(COUNTED_NOUNS))
    return Planted(
        f"{written} of {noun}",
        written,
        0,
        ClaimKind.COUNT,
        low,
        low,
        high,
        counted=noun,
        hedge=written,
    )


@st.composite
def _ranges(draw: st.DrawFn) -> Planted:
    low = draw(st.integers(2, 50_000))
    high = low + draw(st.integers(1, max(1, low // 2)))
    between = draw(st.booleans())
    written = f"between {low:,} and {high:,}" if between else f"{low:,}-{high:,}"
    noun = draw(st.sampled_from(COUNTED_NOUNS))
    return Planted(
        f"{written} {noun}", written, 0, ClaimKind.COUNT, (low + high) / 2, low, high,
        counted=noun, hedge="between" if between else None,
    )  # fmt: skip


FORMS: dict[str, Callable[[st.SearchStrategy[str | None]], st.SearchStrategy[Planted]]] = {
    "digits": _digit_counts,
    "words": _worded_counts,
    "scaled": _scaled_counts,
    "money": _money,
    "percent": _percents,
    "fraction": lambda _: _fractions(),
    "vague": lambda _: _vague(),
    "range": lambda _: _ranges(),
}


def quantities(
    *, forms: Sequence[str] | None = None, hedges: st.SearchStrategy[str | None] | None = None
) -> st.SearchStrategy[Planted]:
    """A number with an optional hedge and a counted noun or unit, and what it states.

    ``forms`` picks from :data:`FORMS` (default: all); ``hedges`` draws a key of
    :data:`HEDGES` or ``None`` (default: either).

    Example:
        >>> from hypothesis import given
        >>> @given(quantities(forms=["money"]))
        ... def test(q): assert q.unit in {"USD", "EUR", "GBP"}
        >>> test()
    """
    hedge_strategy = hedges if hedges is not None else st.none() | st.sampled_from(sorted(HEDGES))
    chosen = list(forms) if forms is not None else sorted(FORMS)
    return st.one_of([FORMS[name](hedge_strategy) for name in chosen])
