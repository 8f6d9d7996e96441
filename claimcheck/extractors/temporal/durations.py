"""Durations ("three-hour hearing", "for six weeks", "a ten-year-old dispute").

A duration keeps its stated unit (pint's name) and amount; hedges make it an
interval. An adjective form names what lasts ("hearing"), which later
stages use to match the same event across outlets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.extractors.temporal.dates import parse_amount
from claimcheck.extractors.temporal.patterns import UNITS, scan
from claimcheck.resolve.tense import is_finite_verb

# Things that have an age without being a person: "a ten-year-old dispute" is a duration.
MAX_HUMAN_AGE = 125  # years; an older "N-year-old" is a thing's age
THINGS_WITH_AGE = frozenset(
    {"war", "conflict", "insurgency", "crisis", "dispute", "feud", "rivalry", "ban", "law"}
    | {"moratorium", "treaty", "agreement", "deal", "program", "programme", "occupation"}
    | {"blockade", "embargo", "standoff", "campaign", "investigation", "case", "tradition"}
    | {"company", "firm", "business", "party", "regime", "government", "policy", "truce"}
    | {"ceasefire", "cease-fire", "lawsuit", "strike", "drought", "fire", "bridge", "building"}
)
# Words after an adjective duration that are not the thing lasting ("a two-hour drive from").
_NOT_NOUNS = frozenset(
    {"and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "the", "a", "an"}
    | {"between", "that", "which", "who", "was", "is", "were", "are", "has", "had", "will"}
    | {"ago", "later", "earlier", "before", "after", "long", "old", "into", "as", "but"}
    | {"since", "until", "away", "home", "each", "per", "every", "this", "last", "next"}
    | {"over", "about", "against", "across", "during", "through", "near", "off", "outside"}
    | {"inside", "under", "beneath", "behind", "beside", "along", "around", "amid", "among"}
)
# Words before a plain duration that state no hedge ("for six weeks"): not part of the quote.
PLAIN_HEDGES = frozenset({"for", "in", "after"})


@dataclass(frozen=True, slots=True)
class DurationHit:
    """A duration as written: amount interval, canonical unit, hedge and what lasts."""

    start: int
    end: int
    amount: tuple[float, float]
    unit: str
    hedge: str | None
    counted: str | None


def find_durations(text: str) -> Iterator[DurationHit]:
    """Every duration in ``text`` (adjective forms first, then plain ones).

    Example:
        >>> [(h.amount, h.unit, h.counted) for h in find_durations("a 90-minute phone call")]
        [((90.0, 90.0), 'minute', 'phone call')]
    """
    for m in scan("duration_adjective", text):
        noun = _noun_phrase(m["noun"])
        amount = parse_amount(m["n"])
        # "a ten-year-old war" is how long the war lasts; so is "a 2,900-year-old site",
        # older than anyone (a person's age is the age extractor's).
        if amount is None or (
            m["old"]
            and (noun is None or noun.split()[-1] not in THINGS_WITH_AGE)
            and (noun is None or amount[0] <= MAX_HUMAN_AGE)
        ):
            continue
        end = m.end()
        if noun is not None:
            end = m.start("noun") + len(noun)
        yield DurationHit(m.start(), end, amount, UNITS[m["unit"].lower()], None, noun)
    for m in scan("duration", text):
        amount = parse_amount(m["n"])
        if amount is None or _is_clock_or_score(text, m.start("n")):
            continue
        if m["n"].lower() in {"a", "an"} and not m["hedge"]:
            continue  # "a day after", "twice a day": not a stated length
        hedge = " ".join(m["hedge"].lower().split()) if m["hedge"] else None
        start = m.start("n") if hedge is None or hedge in PLAIN_HEDGES else m.start()
        unit = UNITS[_unit_key(m["unit"])]
        yield DurationHit(start, m.end(), amount, unit, hedge, None)


def _unit_key(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def _noun_phrase(words: str | None) -> str | None:
    if not words:
        return None
    tokens = words.lower().split()
    kept: list[str] = []
    for token in tokens:
        if token in _NOT_NOUNS or is_finite_verb(token):
            break
        kept.append(token)
        if token.endswith("s"):
            break  # a plural ends the phrase: "24-hour shifts since Sunday"
    return " ".join(kept) if kept else None


def _is_clock_or_score(text: str, at: int) -> bool:
    return at > 0 and text[at - 1] in ":/.-"


def duration_bounds(amount: tuple[float, float], hedge: str | None) -> tuple[float, float | None]:
    """The interval a hedged duration allows, in its own unit (None = unbounded above).

    Example:
        >>> duration_bounds((6.0, 6.0), "within")
        (0.0, 6.0)
    """
    low, high = amount
    if hedge in {"about", "around", "roughly", "approximately", "some"}:
        return low * 0.75, high * 1.25
    if hedge in {"more than", "over", "at least", "just over"}:
        return low, None
    if hedge in {"within", "up to", "less than", "fewer than", "under", "just under"}:
        return 0.0, high
    if hedge in {"nearly", "almost"}:
        return low * 0.8, high
    return low, high
