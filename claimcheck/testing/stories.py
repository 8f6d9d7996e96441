"""``stories()``: articles of one story with planted agreements and contradictions.

Each outlet words every fact differently (digits or words, "$2.4 million" or
"2.4 million dollars", a weekday or the date), so agreeing outlets must not be
reported; the last outlet contradicts the others on the facts drawn as
contradicted, and :attr:`Story.expected_rules` lists the shipped rules that must fire.
Only kinds the shipped rules find reliably are planted: deaths (count), relief
fund (money), fire start (date) and the mayor's age.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import strategies as st

from claimcheck.testing.dates import MONTHS, WEEKDAYS
from claimcheck.testing.numbers import in_words
from claimcheck.testing.temporal import EVENT_DAYS, FAMILY_NAMES, GIVEN_NAMES

OUTLETS = ("Harbour Wire", "Coastal Herald", "The Bay Ledger")
FACT_RULES = {
    "deaths": "count-consistency",
    "fund": "money-consistency",
    "start": "date-consistency",
    "age": "age-consistency",
}
# One frame per outlet and fact, so no two outlets copy a sentence (that is drift).
FRAMES: dict[str, tuple[str, ...]] = {
    "deaths": ("The fire killed {n} people in the hills above Dorran, officials said.",
               "Officials confirmed that {n} people died as flames swept through Dorran.",
               "The wildfire has killed {n} people, the county coroner said."),
    "fund": ("County commissioners approved a {m} relief fund for displaced families.",
             "A {m} relief fund for displaced families was approved by the county.",
             "The county set up a {m} relief fund for families who lost homes."),
    "start": ("The fire broke out {d} in dry scrub north of town.",
              "Firefighters said the blaze started {d} near a quarry road.",
              "The wildfire was first reported {d} by a hiker on the ridge."),
    "age": ("Mayor {name}, {a}, urged residents to stay away from the hills.",
            "The {a}-year-old mayor {name} asked families to keep off the ridge roads.",
            "{name}, aged {a}, the town's mayor, spoke at a briefing in the school gym."),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """One outlet's article: text (no front matter), outlet and publication date."""

    doc_id: str
    source: str
    text: str
    published: dt.date


@dataclass(frozen=True, slots=True)
class Story:
    """Articles of one story and the rule ids a correct rule set must report on them."""

    articles: tuple[StoryArticle, ...]
    contradicted: frozenset[str]  # keys of FACT_RULES

    @property
    def expected_rules(self) -> frozenset[str]:
        return frozenset(FACT_RULES[fact] for fact in self.contradicted)


def _deaths(n: int, outlet: int) -> str:
    return in_words(n) if outlet == 1 else str(n)


def _money(tenths: int, outlet: int) -> str:
    amount = f"{tenths / 10:g} million"
    return f"{amount} dollar" if outlet == 1 else f"${amount}"


def _start(day: dt.date, published: dt.date, outlet: int) -> str:
    if outlet == 0 and 0 < (published - day).days < 7:
        return f"on {WEEKDAYS[day.weekday()]}"
    return f"on {MONTHS[day.month - 1]} {day.day}"


@st.composite
def stories(
    draw: st.DrawFn,
    outlets: st.SearchStrategy[int] | None = None,
    facts: st.SearchStrategy[frozenset[str]] | None = None,
) -> Story:
    """Two or more articles of one story, some facts contradicted by the last outlet.

    ``facts`` draws which keys of :data:`FACT_RULES` to contradict (default: any subset).

    Example:
        >>> from hypothesis import given
        >>> @given(stories(facts=st.just(frozenset({"deaths"}))))
        ... def test(s): assert s.expected_rules == {"count-consistency"}
        >>> test()
    """
    count = draw(outlets if outlets is not None else st.just(2))
    contradicted = draw(
        facts if facts is not None else st.frozensets(st.sampled_from(sorted(FACT_RULES)))
    )
    published = draw(EVENT_DAYS)
    # Round numbers in words cover a wider interval ("thirty": 25-35): keep units digits.
    deaths = draw(st.integers(12, 80).filter(lambda n: n % 10 not in (0, 9)))
    # "2 million" (a whole number of millions) reads as 1.5-2.5 million: keep a tenth.
    tenths = draw(st.integers(11, 99).filter(lambda n: n % 10 != 0))
    start = published - dt.timedelta(days=draw(st.integers(1, 5)))
    age = draw(st.integers(35, 80))
    name = f"{draw(st.sampled_from(GIVEN_NAMES))} {draw(st.sampled_from(FAMILY_NAMES))}"
    articles = []
    for outlet in range(count):
        last = outlet == count - 1
        values = {
            "n": _deaths(deaths + (draw(st.integers(2, 9).filter(lambda d: (deaths + d) % 10 != 0)) if last and "deaths" in contradicted else 0), outlet),  # noqa: E501
            "m": _money(tenths + (draw(st.integers(5, 40).filter(lambda d: (tenths + d) % 10 != 0)) if last and "fund" in contradicted else 0), outlet),  # noqa: E501
            "d": _start(start - dt.timedelta(days=1 if last and "start" in contradicted else 0), published, outlet),  # noqa: E501
            "a": str(age + (draw(st.integers(3, 9)) if last and "age" in contradicted else 0)),
            "name": name,
        }  # fmt: skip
        lines = [FRAMES[fact][outlet].format(**values) for fact in sorted(FRAMES)]
        order = draw(st.permutations(lines))
        text = f"Wildfire near Dorran\n\n{' '.join(order[:2])}\n\n{' '.join(order[2:])}\n"
        articles.append(StoryArticle(f"outlet-{outlet + 1}", OUTLETS[outlet], text, published))
    return Story(tuple(articles), contradicted)
