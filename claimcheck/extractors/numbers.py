"""Written numbers to values: digits ("265,000", "1.2 million") and words ("sixty-two thousand").

The vocabulary is data (``claimcheck/data/scales.yaml``). Everything here works on one
already-matched surface string; finding numbers in a sentence is :mod:`numeric`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from text_to_num import text2num

from claimcheck.errors import RuleError
from claimcheck.model import ClaimKind, Flag
from claimcheck.resources import data_path
from claimcheck.yamlfile import load_yaml

# Digit-group separators: comma, space, no-break space, thin and narrow no-break spaces.
GROUP_SEPARATORS = ",\u0020\u00a0\u2009\u202f"
_SEPARATOR_RE = re.compile(f"[{GROUP_SEPARATORS}]")
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True)
class NumberVocabulary:
    """Scale words, number words, fractions: everything needed to read a written number."""

    scales: Mapping[str, float]  # "million" -> 1e6, "bn" -> 1e9
    currency_scales: Mapping[str, float]  # "m" -> 1e6, only after a currency
    units_words: tuple[str, ...]
    tens_words: tuple[str, ...]
    scale_words: tuple[str, ...]
    dozen: int
    fractions: Mapping[str, float]  # "two thirds" -> 0.667; hyphens read as spaces

    @property
    def number_words(self) -> tuple[str, ...]:
        return (*self.units_words, *self.tens_words, *self.scale_words)


@cache
def number_vocabulary() -> NumberVocabulary:
    """The shipped number vocabulary, loaded once.

    Example:
        >>> number_vocabulary().scales["bn"]
        1000000000.0
    """
    path = data_path("scales.yaml")
    doc = load_yaml(path)
    return NumberVocabulary(
        scales=_float_map(doc, "scales", path),
        currency_scales=_float_map(doc, "currency_scales", path),
        units_words=_words(doc, "units_words", path),
        tens_words=_words(doc, "tens_words", path),
        scale_words=_words(doc, "scale_words", path),
        dozen=int(doc.get("dozen", 12)),
        fractions={
            " ".join(k.replace("-", " ").split()): v
            for k, v in _float_map(doc, "fractions", path).items()
        },
    )


def _float_map(doc: Any, key: str, path: Path) -> dict[str, float]:
    value = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(value, dict):
        raise RuleError(f"'{key}' must be a mapping", path=str(path))
    return {str(k): float(v) for k, v in value.items()}


def _words(doc: Any, key: str, path: Path) -> tuple[str, ...]:
    value = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(value, list):
        raise RuleError(f"'{key}' must be a list of words", path=str(path))
    return tuple(str(w).lower() for w in value)


def parse_digits(surface: str) -> tuple[float, float] | None:
    """Value and precision unit of a digit string with group separators.

    The precision unit is the place of the last significant digit, which the hedge
    table turns into the interval the rounding implies.

    Example:
        >>> parse_digits("265\u00a0000"), parse_digits("2.50")
        ((265000.0, 1000.0), (2.5, 0.01))
    """
    plain = _SEPARATOR_RE.sub("", surface)
    try:
        value = float(plain)
    except ValueError:
        return None
    return value, _precision_unit(plain)


def _precision_unit(plain: str) -> float:
    if "." in plain:
        return float(10 ** -len(plain.split(".", 1)[1]))
    stripped = plain.rstrip("0")
    if not stripped:
        return 1.0
    return float(10 ** (len(plain) - len(stripped)))


def parse_words(surface: str) -> float | None:
    """The value of a number written in words; None when it is not a single number.

    Example:
        >>> parse_words("sixty-two thousand"), parse_words("a dozen"), parse_words("two dozen")
        (62000.0, 12.0, 24.0)
    """
    vocab = number_vocabulary()
    words = surface.lower().replace("-", " ").split()
    if not words:
        return None
    multiplier = 1.0
    if words[-1] in ("dozen", "dozens"):
        multiplier = float(vocab.dozen)
        words = words[:-1]
        if not words or words == ["a"]:
            return multiplier
    if words[0] == "a":
        words = ["one", *words[1:]]
    if words == ["one"] and multiplier != 1.0:
        return multiplier
    try:
        value = text2num(" ".join(words), "en")
    except ValueError:
        return None
    return float(value) * multiplier


def words_precision(value: float) -> float:
    """Precision unit of a number written in words: the place of its last nonzero digit.

    Example:
        >>> words_precision(62000), words_precision(12)
        (1000.0, 1.0)
    """
    return _precision_unit(str(int(value))) if value >= 1 else 1.0


def scale_value(word: str, after_currency: bool) -> float | None:
    """The multiplier a scale word stands for ("million", "bn"; "m" only after a currency).

    Example:
        >>> scale_value("M", after_currency=True), scale_value("m", after_currency=False)
        (1000000.0, None)
    """
    vocab = number_vocabulary()
    found = vocab.scales.get(word.lower())
    if found is None and after_currency:
        found = vocab.currency_scales.get(word)
    return found


@dataclass(frozen=True)
class NumberGrammar:
    """Compiled patterns that find written numbers in a sentence.

    ``mention`` runs on lowercased text (case-insensitive matching is three times
    slower) and finds the core of a number, naming its form in a group:
    ``fraction`` ("a third"), ``vague`` ("tens of thousands"), ``words``
    ("sixty-two thousand", "a dozen") or ``digits`` ("265,000", "2.5").
    The ``*_after`` patterns read what follows a core, anchored, so each costs
    constant time per number.
    """

    mention: re.Pattern[str]
    number_word: re.Pattern[str]  # on lowercased text: a word a number may start with
    number_word_ascii: re.Pattern[str]  # the same, compiled for ASCII-only text
    scale_after: re.Pattern[str]
    currency_scale_after: re.Pattern[str]

    def may_hold_number(self, lower: str) -> bool:
        """Whether a lowercased sentence has a digit or a number word: a cheap pre-filter.

        On ASCII-only text (nearly every sentence) ``\\d``, ``\\w`` and ``\\b`` mean
        the same with the ASCII flag, which makes the scans about twice as fast.

        Example:
            >>> g = number_grammar(("dozens",))
            >>> g.may_hold_number("forty were hurt"), g.may_hold_number("nobody was hurt")
            (True, False)
        """
        if lower.isascii():
            words = self.number_word_ascii
            return _ASCII_DIGIT.search(lower) is not None or words.search(lower) is not None
        return _DIGIT.search(lower) is not None or self.number_word.search(lower) is not None


_SEPARATOR = "\x00"  # stands for the space between words of a phrase while building a trie


def phrase_alternation(phrases: Iterable[str], separator: str = r"[\s-]+") -> str:
    """A regex matching any phrase, as a trie ("on(?:e|ly)"), longest match preferred.

    Python's engine tries a flat alternation one branch at a time at every position; a
    trie fails after one character on most text, which makes the number patterns several
    times faster. Spaces in a phrase match ``separator`` (any run of spaces or hyphens).

    Example:
        >>> phrase_alternation(["one", "onto"])
        'on(?:e|to)'
    """
    trie: dict[str, Any] = {}
    for phrase in set(phrases):
        node = trie
        for char in _SEPARATOR.join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie, separator)


def _trie_regex(node: dict[str, Any], separator: str) -> str:
    ending = "" in node
    branches = [
        (separator if char == _SEPARATOR else re.escape(char)) + _trie_regex(child, separator)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ending:
        return f"(?:{body})?"
    return body


def _after_prefixes(prefixes: tuple[str, ...]) -> str:
    """Lookbehinds for a word a number may touch ("USD10m", "RM23.50"), one per length."""
    by_length: dict[int, list[str]] = {}
    for prefix in prefixes:
        by_length.setdefault(len(prefix), []).append(re.escape(prefix.lower()))
    return "".join(
        rf"|(?<=\b(?:{'|'.join(sorted(group))}))" for _, group in sorted(by_length.items())
    )


@cache
def number_grammar(
    vague_phrases: tuple[str, ...],
    prefixes: tuple[str, ...] = (),
    hyphen_units: tuple[str, ...] = (),
) -> NumberGrammar:
    """Build the number patterns once per set of vague phrases and currency prefixes.

    ``prefixes`` are letter-only currency codes and symbols a number may touch;
    ``hyphen_units`` are unit words a number word may be joined to ("a six-mile
    trip"), where any other hyphenated word ("six-year-old", "one-time") is no number.

    Example:
        >>> g = number_grammar(("dozens",))
        >>> g.mention.search("rescued sixty-two people").group("words")
        'sixty-two'
    """
    vocab = number_vocabulary()
    word = phrase_alternation(vocab.number_words)
    big = phrase_alternation(("dozen", *vocab.scale_words))
    fractions = phrase_alternation(list(vocab.fractions))
    vague = phrase_alternation(vague_phrases)
    # Bounded repetition keeps the worst case linear on adversarial "one one one ...".
    words = rf"a\s+(?:{big})|(?:{word})(?:(?:\s+|-)(?:and\s+)?(?:{word})){{0,12}}(?:\s+dozen)?"
    digits = (
        r"(?:\d{1,3}(?P<sep>[,\u00a0\u2009\u202f ])\d{3}(?:(?P=sep)\d{3})*|\d+)(?:\.\d+)?(?!\d)"
    )
    # Not followed by a letter, nor by a hyphen unless a unit word follows it.
    unit = rf"(?!(?i:{phrase_alternation(hyphen_units)})\b)" if hyphen_units else ""
    mention = re.compile(
        rf"\b(?<![\w-])(?:(?P<fraction>{fractions})|(?P<vague>{vague})|(?P<words>{words}))"
        rf"(?!\w)(?!-{unit})"
        rf"|(?=\d)(?:(?<![\w.,/:]){_after_prefixes(prefixes)})(?P<digits>{digits})"
    )
    # "a" is left out: it starts "a dozen" but also nearly every sentence, and "dozen",
    # "hundred", "million" are in the list anyway.
    starts = phrase_alternation(
        (
            *vocab.number_words,
            "dozen",
            *(p.split()[-1] for p in vocab.fractions),
            *(p.split()[0] for p in vague_phrases),
        )
    )
    number_word = rf"\b(?:{starts})\b"
    scales = phrase_alternation(list(vocab.scales))
    # "$66-billion deal", "a 2.5-million-dollar grant": an adjective joins with hyphens.
    scale_after = re.compile(rf"[\s-]?(?P<scale>{scales})(?![\w])", re.IGNORECASE)
    currency_scales = phrase_alternation(list(vocab.currency_scales))
    currency_scale_after = re.compile(rf"(?P<scale>{currency_scales})(?![\w])")
    return NumberGrammar(
        mention,
        re.compile(number_word),
        re.compile(number_word, re.ASCII),
        scale_after,
        currency_scale_after,
    )


_RANGE_GAP = re.compile(r"\s*(?P<joint>-|–|—|to|and)\s*")
_BETWEEN_BEFORE = re.compile(r"(?<![\w-])(?i:between)\s+$")
_FROM_BEFORE = re.compile(r"(?<![\w-])(?i:from)\s+$")
# "ranging from $200 to $4 million" states one range; "rose from 10% to 15%" two levels.
_RANGE_FROM_BEFORE = re.compile(
    r"(?<![\w-])(?i:rang(?:e|es|ed|ing)|priced|var(?:y|ies|ied|ying)|between)\s+from\s+$"
)


class Reading(NamedTuple):
    """One number read in a sentence; offsets index the sentence text.

    ``value``/``low``/``high`` are in the written unit (scaled, signed) until
    :func:`_to_claim` converts physical quantities to their canonical unit.

    A named tuple, not a frozen dataclass: one is built per number, and a frozen
    dataclass sets each of its twelve fields through ``object.__setattr__`` (4x slower).
    """

    start: int
    end: int
    value: float
    low: float
    high: float
    kind: ClaimKind = ClaimKind.COUNT
    unit: str | None = None
    scale: float = 1.0
    hedge: str | None = None
    counted: str | None = None
    flags: tuple[str, ...] = ()
    small_integer: bool = False  # a bare integer below 100: could be half of a score


def merge_ranges(
    text: str, lower: str, readings: list[Reading], is_score: Callable[[str], bool]
) -> list[Reading]:
    """Join "10,000-15,000", "10 to 15%", "between $1m and $2m" into one claim each."""
    merged: list[Reading] = []
    index = 0
    while index < len(readings):
        first = readings[index]
        second = readings[index + 1] if index + 1 < len(readings) else None
        joint = _range_joint(text, first, second)
        if second is None or joint is None:
            merged.append(_level_with_unit_of(text, first, second) if second else first)
            index += 1
            continue
        if joint in "-–—" and first.small_integer and second.small_integer and is_score(lower):
            index += 2  # "a 3-1 win": a score, not two counts
            continue
        merged.append(_range(text, first, second, joint))
        index += 2
    return merged


def _level_with_unit_of(text: str, first: Reading, second: Reading) -> Reading:
    """ "from 13.5 to 14 mm", "from $10 to $15 billion": the first level shares what the
    second writes once (its unit, scale or counted noun).

    Example: in "rose from 4.8 to 5.1 percent" the 4.8 is a percentage too.
    """
    if _RANGE_GAP.fullmatch(text, first.end, second.start) is None:
        return first
    if not _FROM_BEFORE.search(text, max(0, first.start - 8), first.start):
        return first
    if first.counted is not None or Flag.CHANGE in first.flags:
        return first
    if first.scale == 1.0 and second.scale != 1.0 and first.value <= second.value / second.scale:
        scaled = first.value * second.scale
        first = first._replace(
            value=scaled, low=first.low * second.scale, high=first.high * second.scale
        )
    if first.kind is ClaimKind.COUNT and second.kind is not ClaimKind.COUNT:
        first = first._replace(kind=second.kind, unit=second.unit, small_integer=False)
    elif first.kind is ClaimKind.COUNT and second.kind is ClaimKind.COUNT:
        first = first._replace(counted=second.counted)
    return first


def _range_joint(text: str, first: Reading, second: Reading | None) -> str | None:
    if second is None or second.hedge is not None or Flag.VAGUE.value in second.flags + first.flags:
        return None
    gap = _RANGE_GAP.fullmatch(text, first.end, second.start)
    if gap is None or first.counted is not None:
        return None
    joint = gap.group("joint").lower()
    if joint == "and" and not _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start):
        return None
    if joint == "to" and _is_two_levels(text, first):
        return None
    if ClaimKind.COUNT not in (first.kind, second.kind) and first.kind is not second.kind:
        return None
    return joint


def _is_two_levels(text: str, first: Reading) -> bool:
    """ "rose from 10% to 15%", "rose 8% to 3.65": a change and a level, not a range."""
    if first.kind is not ClaimKind.COUNT and Flag.CHANGE in first.flags:
        return True  # "increased by $4bn to $41bn"
    if not _FROM_BEFORE.search(text, max(0, first.start - 8), first.start):
        return False
    return _RANGE_FROM_BEFORE.search(text, max(0, first.start - 24), first.start) is None


def _range(text: str, first: Reading, second: Reading, joint: str) -> Reading:
    low, high = first.value, second.value
    # "$10-15 million" writes the scale once; "$250,000 to $1.1 million" writes it on one end.
    if first.scale == 1.0 and second.scale != 1.0 and abs(low) <= abs(high) / second.scale:
        low *= second.scale
    between = _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start)
    start = between.start() if between else first.start
    kind = second.kind if first.kind is ClaimKind.COUNT else first.kind
    return second._replace(
        start=start,
        value=(low + high) / 2,
        low=min(low, high),
        high=max(low, high),
        kind=kind,
        unit=second.unit or first.unit,
        hedge="between" if between else first.hedge,
        flags=tuple(dict.fromkeys(first.flags + second.flags)),
        small_integer=False,
    )
