"""``sentences()`` and ``articles()``: planted claims in realistic filler, with exact spans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import strategies as st

from claimcheck.model import ClaimKind
from claimcheck.testing.planted import Article, Planted, PlantedSentence, PlantedSpan
from claimcheck.testing.quantities import quantities
from claimcheck.testing.temporal import EVENT_DAYS, ages, clock_times, dates, durations

# One claim per sentence, never at its start (no capitalisation to undo). A clock
# time ends its sentence: the extractor ties "on <date>" to a time only there.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "count": ("Officials said {} were moved to shelters overnight.",
              "By the evening, {} had signed the petition."),
    "money": ("The regional council approved {} for repairs to the harbour wall.",
              "Organisers said the appeal had raised {} so far."),
    "percent": ("A survey by the port authority found that {} favoured the plan.",),
    "date-past": ("The harbour commission met {} to discuss the repairs.",),
    "date-future": ("The harbour commission will meet {} to discuss the repairs.",),
    "time": ("The ferry service resumed at {}.",),
    "age": ("Speaking at the quay, {} said the town would rebuild.",),
    "duration": ("The blockade of the harbour lasted {}, the union said.",),
}  # fmt: skip
FILLER = (
    "Residents gathered outside the community hall as the rain eased.",
    "The harbour master thanked volunteers for their work through the night.",
    "Shops along the seafront stayed shut while crews cleared debris.",
    "A spokesperson for the regional council declined to comment further.",
    "Engineers are expected to inspect the sea wall before it reopens.",
    "Local schools said they would publish updates on their websites.",
)
HEADLINES = (
    "Harbour town counts the cost after the storm",
    "Seafront repairs begin as ferries return",
)


def _template_key(claim: Planted) -> str:
    if claim.kind is ClaimKind.DATE:
        return "date-future" if claim.tense == "future" else "date-past"
    if claim.kind is ClaimKind.QUANTITY:
        return "count"
    return claim.kind.value


def all_claims(published: dt.date) -> st.SearchStrategy[Planted]:
    """Any planted claim, relative dates resolved against ``published``.

    Example:
        >>> all_claims(dt.date(2025, 3, 4))  # doctest: +ELLIPSIS
        one_of(...)
    """
    return st.one_of(
        quantities(), dates(published=st.just(published)), clock_times(), ages(), durations()
    )


@st.composite
def sentences(
    draw: st.DrawFn,
    claims: Callable[[dt.date], st.SearchStrategy[Planted]] = all_claims,
    published: st.SearchStrategy[dt.date] = EVENT_DAYS,
) -> PlantedSentence:
    """A news sentence carrying one planted claim at a known offset.

    Example:
        >>> from hypothesis import given
        >>> @given(sentences())
        ... def test(s): assert s.sentence[s.start : s.end] == s.claim.text
        >>> test()
    """
    day = draw(published)
    claim = draw(claims(day))
    template = draw(st.sampled_from(TEMPLATES[_template_key(claim)]))
    start = template.index("{}") + claim.offset
    return PlantedSentence(template.format(claim.phrase), claim, start, day)


@st.composite
def articles(
    draw: st.DrawFn,
    claims: Callable[[dt.date], st.SearchStrategy[Planted]] = all_claims,
    published: st.SearchStrategy[dt.date] = EVENT_DAYS,
    max_claims: int = 6,
) -> Article:
    """A headline and paragraphs of filler and planted sentences, with each claim's span.

    Example:
        >>> from hypothesis import given
        >>> @given(articles(max_claims=2))
        ... def test(a): assert all(a.text[p.start : p.end] == p.claim.text for p in a.planted)
        >>> test()
    """
    day = draw(published)
    planted = draw(st.lists(sentences(claims, st.just(day)), min_size=1, max_size=max_claims))
    text = draw(st.sampled_from(HEADLINES)) + "\n\n"
    spans: list[PlantedSpan] = []
    for item in planted:
        before = draw(st.lists(st.sampled_from(FILLER), max_size=2))
        text += " ".join([*before, ""])
        start = len(text) + item.start
        spans.append(PlantedSpan(item.claim, start, start + len(item.claim.text)))
        text += item.sentence + draw(st.sampled_from((" ", "\n\n")))
    return Article(text.rstrip() + "\n", day, tuple(spans))
