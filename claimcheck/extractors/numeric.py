"""Sentences to numeric claims: counts, money, percentages and physical quantities.

Per sentence: a cheap pre-filter (a digit or a number word), then the number grammar
(:mod:`claimcheck.extractors.numbers`) finds the core of each number; the words around
it decide what it is: a currency, hedge or change word on the left; a scale word,
percent sign, currency or unit on the right; then the counted noun phrase
(:mod:`claimcheck.extractors.counted`). Numbers that are dates, clock times, durations,
ages, ranks or parts of names are dropped (:mod:`claimcheck.extractors.not_claims`).
Each step looks at a bounded window around one number, so time is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from claimcheck.extractors.counted import (
    CountedLexicon,
    counted_lexicon,
    counted_noun,
    is_plural_noun,
)
from claimcheck.extractors.fractions import slash_fraction
from claimcheck.extractors.hedges import HedgeTable, load_hedges
from claimcheck.extractors.not_claims import (
    Neighbours,
    NotClaimLexicon,
    blocked_spans,
    is_appositive_age,
    is_listicle,
    is_name,
    is_pronoun_one,
    is_score,
    is_time_unit_after,
    is_year,
    neighbours,
    next_to_month,
    not_claim_lexicon,
)
from claimcheck.extractors.numbers import (
    NumberGrammar,
    Reading,
    merge_ranges,
    number_grammar,
    number_vocabulary,
    parse_digits,
    parse_words,
    scale_value,
    words_precision,
)
from claimcheck.extractors.units import CurrencyLexicon, UnitLexicon, currency_lexicon, to_canonical
from claimcheck.extractors.units import unit_lexicon as load_unit_lexicon
from claimcheck.model import Claim, ClaimKind, Document, Flag, Sentence

_PERCENT_AFTER = re.compile(r"\s?(?:%|(?i:per\s?cent)(?:(?i:age)\s+(?i:points?))?\b)")
_TOUCHING_SCALE = re.compile(r"(?P<scale>[kKmM])(?![\w²/.]|\.\w)")
_MINUS_BEFORE = re.compile(r"(?<![\w-])(?i:minus)[\s\u2011-]$")
_FOLD_AFTER = re.compile(r"-?\s?(?i:fold)\b")
_OF_AFTER = re.compile(r"\s+of(?:\s+(?:the|its|their|his|her|all|those|these|our))?(?=\s)")
_SIGNS = {"-": -1, "\u2212": -1, "+": 1}
_CHANGE_KINDS = frozenset({ClaimKind.PERCENT, ClaimKind.MONEY})


@dataclass(frozen=True)
class NumericReader:
    """Every lexicon and compiled grammar the extractor needs, built once and passed in."""

    hedges: HedgeTable
    grammar: NumberGrammar
    currencies: CurrencyLexicon
    units: UnitLexicon
    skip: NotClaimLexicon
    counted: CountedLexicon
    fractions: Mapping[str, float]  # "two thirds" -> 0.667, keys space-separated


@cache
def numeric_reader() -> NumericReader:
    """The reader built from the shipped tables (loaded on first use, then shared)."""
    hedges = load_hedges()
    currencies = currency_lexicon()
    prefixes = (*currencies.codes, *currencies.symbols)
    units = load_unit_lexicon()
    return NumericReader(
        hedges=hedges,
        grammar=number_grammar(
            tuple(sorted(hedges.vague)),
            tuple(sorted(p for p in prefixes if p.isalpha())),
            tuple(sorted(w for w in units.words if " " not in w)),
        ),
        currencies=currencies,
        units=units,
        skip=not_claim_lexicon(),
        counted=counted_lexicon(),
        fractions=number_vocabulary().fractions,
    )


def extract_numeric(
    doc: Document, sentences: Sequence[Sentence], taken: Sequence[tuple[int, int]] = ()
) -> list[Claim]:
    """Counts, money, percentages and quantities in ``sentences``, in document order.

    Claims never overlap a span in ``taken`` (what the temporal extractor claimed).

    Example:
        >>> from claimcheck.model import Document, Sentence
        >>> text = "Officials said more than 1,200 residents were evacuated."
        >>> doc = Document(id="d", path="d.txt", text=text, original=text)
        >>> [c] = extract_numeric(doc, [Sentence(0, len(text), text)])
        >>> c.text, c.value, c.low, c.high, c.counted, c.hedge
        ('more than 1,200', 1200.0, 1200.0, 1800.0, 'residents', 'more than')
    """
    reader = numeric_reader()
    blocked = _TakenSpans(taken)
    claims: list[Claim] = []
    for sentence in sentences:
        for reading in read_sentence(sentence.text, reader):
            start, end = sentence.start + reading.start, sentence.start + reading.end
            if not blocked.overlaps(start, end):
                claims.append(_to_claim(doc, sentence, reading))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def read_sentence(text: str, reader: NumericReader | None = None) -> list[Reading]:
    """The numbers of one sentence that are claims, as readings with sentence offsets.

    Example:
        >>> [(r.value, r.unit) for r in read_sentence("Sales fell 4% to €3bn.")]
        [(-4.0, 'percent'), (3000000000.0, 'EUR')]
    """
    reader = reader or numeric_reader()
    lower = _same_length_lower(text)
    if not reader.grammar.may_hold_number(lower):
        return []
    blocked: list[tuple[int, int]] | None = None  # found on the first number in digits
    readings: list[Reading] = []
    for match in reader.grammar.mention.finditer(lower):
        if match.lastgroup == "digits":
            blocked = blocked_spans(text) if blocked is None else blocked
            if any(s < match.end() and match.start() < e for s, e in blocked):
                continue
        reading = _read_mention(text, lower, match, reader)
        if reading is not None and not (readings and reading.start < readings[-1].end):
            readings.append(reading)
    return merge_ranges(text, lower, readings, lambda words: is_score(words, reader.skip))


def _read_mention(
    text: str, lower: str, match: re.Match[str], reader: NumericReader
) -> Reading | None:
    form = match.lastgroup or ""
    start, end = match.span(form)
    if form == "fraction":
        return _read_fraction(text, lower, start, end, reader)
    if form == "vague":
        return _read_vague(text, lower, start, end, reader)
    if form == "digits":
        parsed = parse_digits(text[start:end])
        if parsed is None:
            return None
        fraction = slash_fraction(text, start, end, parsed[0])
        if fraction is None:
            return _read_number(text, lower, start, end, parsed, reader)
        parsed, end, proper = fraction
        if proper and _OF_AFTER.match(text, end):
            return _read_share(text, start, end, parsed[0] * 100, reader)  # "1/3 of voters"
        if proper and reader.units.after.match(text, end) is None:
            return None  # a bare "3/4" is a score or a rating as often as a share
        return _read_number(text, lower, start, end, parsed, reader)
    value = parse_words(lower[start:end])
    if value is None:
        return None
    if lower[start:end] == "one" and is_pronoun_one(lower, start, end, reader.skip):
        return None
    return _read_number(text, lower, start, end, (value, words_precision(value)), reader)


def _read_number(
    text: str,
    lower: str,
    start: int,
    end: int,
    parsed: tuple[float, float],
    reader: NumericReader,
) -> Reading | None:
    number, precision = parsed
    skip = reader.skip
    words = neighbours(text, start, end)
    if next_to_month(words, skip) or is_listicle(text, start, words, skip):
        return None
    # "Dollars 2 billion": a number with a scale word is an amount, never a name's number.
    plain = text[start:end].isdigit() and reader.grammar.scale_after.match(text, end) is None
    currency = reader.currencies.symbol_before(text, start)
    if currency is None and _is_name_or_age(text, start, end, plain, skip, words):
        return None
    unit, left = currency if currency else (None, start)
    kind = ClaimKind.MONEY if unit else ClaimKind.COUNT
    scale, position = _scale_after(text, end, unit is not None, lower[start:end], reader)
    if is_time_unit_after(lower, position, skip):
        return None
    kind, unit, position = _unit_after(text, position, kind, unit, reader)
    if _runs_on(text, position, kind):
        return None
    if kind is ClaimKind.COUNT and scale == 1.0 and plain and is_year(number):
        return None
    sign, hedge, left, flags = _left_words(text, left, kind, reader)
    value = number * scale
    if hedge is not None:
        rule = reader.hedges.get(hedge)
        low, high = rule.interval(value) if rule else (value, value)
        if rule is not None and rule.bound == "approximate":
            # "about 60,000" is at least what the rounding of 60,000 allows (55,000-65,000).
            round_low, round_high = reader.hedges.rounded(value, precision * scale)
            low, high = min(low, round_low), max(high, round_high)
    else:
        low, high = reader.hedges.rounded(value, precision * scale)
    if sign < 0:
        value, low, high = -value, -high, -low
    counted = _counted_after(text, position, kind, reader)
    if lower[start:end] == "one" and counted is None and kind is ClaimKind.COUNT:
        return None  # "one" with nothing counted is a pronoun ("one said")
    return Reading(
        start=left,
        end=position,
        value=value,
        low=low,
        high=high,
        kind=kind,
        unit=unit,
        scale=scale,
        hedge=hedge,
        counted=counted,
        flags=flags,
        small_integer=plain and number < 100 and kind is ClaimKind.COUNT,
    )


def _is_name_or_age(
    text: str, start: int, end: int, plain: bool, skip: NotClaimLexicon, words: Neighbours
) -> bool:
    if not text[start].isdigit():
        return False
    return is_name(text, start, plain, skip, words.before) or is_appositive_age(text, start, end)


def _scale_after(
    text: str, end: int, after_currency: bool, core: str, reader: NumericReader
) -> tuple[float, int]:
    if not core[:1].isdigit():
        return 1.0, end  # number words carry their own scale ("sixty-two thousand")
    grammar = reader.grammar
    found = grammar.currency_scale_after.match(text, end) if after_currency else None
    found = found or grammar.scale_after.match(text, end)
    if found is None:
        return _touching_scale(text, end, reader) or (1.0, end)
    value = scale_value(found.group("scale"), after_currency)
    return (value, found.end()) if value else (1.0, end)


def _touching_scale(text: str, end: int, reader: NumericReader) -> tuple[float, int] | None:
    """ "25k", "4.3M", "35m of its devices": a letter scale with no currency before it.

    Lowercase "m" is metres unless what follows is counted ("2.7m viewers").
    """
    found = _TOUCHING_SCALE.match(text, end)
    if found is None:
        return None
    if found.group("scale") == "m" and not _counts_after(text, found.end(), reader):
        return None
    value = scale_value(found.group("scale"), after_currency=True)
    return (value, found.end()) if value else None


def _counts_after(text: str, position: int, reader: NumericReader) -> bool:
    if _OF_AFTER.match(text, position):
        return True
    counted = counted_noun(text, position, reader.counted)
    return counted is not None and is_plural_noun(counted.split()[-1])


def _unit_after(
    text: str, position: int, kind: ClaimKind, unit: str | None, reader: NumericReader
) -> tuple[ClaimKind, str | None, int]:
    if kind is ClaimKind.COUNT:
        percent = _PERCENT_AFTER.match(text, position)
        if percent:
            return ClaimKind.PERCENT, "percent", percent.end()
        money = reader.currencies.word_after.match(text, position)
        if money:
            return ClaimKind.MONEY, reader.currencies.iso(money.group("cur")), money.end()
        fold = _FOLD_AFTER.match(text, position)
        if fold:
            return ClaimKind.QUANTITY, "fold", fold.end()
        physical = reader.units.after.match(text, position)
        if physical:
            name = reader.units.pint_name(physical.group("sym") or physical.group("word"))
            return ClaimKind.QUANTITY, name, physical.end()
    return kind, unit, position


def _runs_on(text: str, position: int, kind: ClaimKind) -> bool:
    """The number runs into more characters: an ordinal, a code, a version or a clock time."""
    if position >= len(text):
        return False
    after = text[position]
    if after.isalnum() or after == "_":
        return True  # "3rd", "16x9", "1990s", "737MAX"
    following = text[position + 1 : position + 2]
    if after in "/:." and following.isdigit():
        return True  # "24/7", "1/3", "6:30", "1.2.3"
    return after in "-\u2011" and following.isalpha() and kind is ClaimKind.COUNT


def _left_words(
    text: str, left: int, kind: ClaimKind, reader: NumericReader
) -> tuple[int, str | None, int, tuple[str, ...]]:
    sign = 1
    flags: tuple[str, ...] = ()
    before = text[left - 1 : left]
    if before in _SIGNS and (left < 2 or not text[left - 2].isalnum()):
        sign, left, flags = _SIGNS[before], left - 1, (Flag.CHANGE.value,)
    minus = _MINUS_BEFORE.search(text, max(0, left - 7), left)
    if minus is not None and sign == 1:
        sign, left = -1, minus.start()  # "minus-130 degrees": a level below zero
    hedge = None
    hedge_found = reader.hedges.hedge_before(text, left)
    if hedge_found is not None:
        hedge, left = hedge_found
    change = reader.hedges.change_before(text, left)
    # A change verb before a count is usually transitive ("lost 300 homes"): it makes a
    # change only for percentages and money, or with "by" ("fell by 300").
    if change is not None and (kind in _CHANGE_KINDS or change[2]) and not flags:
        sign, left, _ = change
        flags = (Flag.CHANGE.value,)
    return sign, hedge, left, flags


def _counted_after(text: str, position: int, kind: ClaimKind, reader: NumericReader) -> str | None:
    if kind is ClaimKind.COUNT:
        return counted_noun(text, position, reader.counted)
    if kind in _CHANGE_KINDS:
        # Money and shares count something only through "of" ("45% of voters").
        of = _OF_AFTER.match(text, position)
        return counted_noun(text, of.end(), reader.counted) if of else None
    return None


def _read_fraction(
    text: str, lower: str, start: int, end: int, reader: NumericReader
) -> Reading | None:
    # A bare fraction is too often something else ("the second half", "a third time"):
    # _read_share reads only one followed by "of".
    share = reader.fractions[" ".join(lower[start:end].replace("-", " ").split())] * 100
    return _read_share(text, start, end, share, reader)


def _read_share(
    text: str, start: int, end: int, share: float, reader: NumericReader
) -> Reading | None:
    """A fraction of something ("a third of", "1/3 of") as the percentage it is."""
    of = _OF_AFTER.match(text, end)
    if of is None:
        return None
    _, hedge, left, flags = _left_words(text, start, ClaimKind.PERCENT, reader)
    rule = reader.hedges.get(hedge) if hedge else None
    low, high = rule.interval(share) if rule else reader.hedges.approximate(share)
    return Reading(
        start=left,
        end=end,
        value=share,
        low=low,
        high=high,
        kind=ClaimKind.PERCENT,
        unit="percent",
        hedge=hedge,
        counted=counted_noun(text, of.end(), reader.counted),
        flags=flags,
    )


def _read_vague(
    text: str, lower: str, start: int, end: int, reader: NumericReader
) -> Reading | None:
    phrase = " ".join(lower[start:end].replace("-", " ").split())
    bounds = reader.hedges.vague.get(phrase)
    of = _OF_AFTER.match(text, end)
    if bounds is None or (of is None and phrase in reader.hedges.vague_need_of):
        return None
    low, high = bounds
    return Reading(
        start=start,
        end=end,
        value=low,
        low=low,
        high=high,
        hedge=phrase,
        counted=counted_noun(text, of.end() if of else end, reader.counted),
        flags=(Flag.VAGUE.value,),
    )


def _to_claim(doc: Document, sentence: Sentence, reading: Reading) -> Claim:
    start, end = sentence.start + reading.start, sentence.start + reading.end
    value, low, high, unit = reading.value, reading.low, reading.high, reading.unit
    if reading.kind is ClaimKind.QUANTITY and unit is not None and unit != "fold":
        value, canonical = to_canonical(value, unit)
        low, _ = to_canonical(low, unit)
        high, unit = to_canonical(high, unit)
        unit = canonical
    flags = reading.flags
    if sentence.boilerplate or doc.is_boilerplate(start, end):
        flags = (*flags, Flag.BOILERPLATE.value)
    return Claim(
        doc=doc.id,
        kind=reading.kind,
        start=start,
        end=end,
        text=doc.text[start:end],
        value=value,
        low=min(low, high),
        high=max(low, high),
        unit=unit,
        counted=reading.counted,
        hedge=reading.hedge,
        flags=flags,
    )


class _TakenSpans:
    """Spans other extractors claimed, answering overlap queries in O(log n)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # The furthest end among spans starting at or before each index: a span that
        # starts before ``end`` overlaps iff some such span ends after ``start``.
        self._reach: list[int] = []
        for _, span_end in ordered:
            self._reach.append(max(span_end, self._reach[-1] if self._reach else span_end))

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end)
        return index > 0 and self._reach[index - 1] > start


def _same_length_lower(text: str) -> str:
    """``text.lower()`` with offsets kept: a few characters lowercase to two ("İ")."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
