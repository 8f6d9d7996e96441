"""Numbers that are not claims: dates, durations, ranks, names, scores, ids, pronouns.

Each test reads a bounded window around one number, so it costs constant time. The
word lists are data (``claimcheck/data/not_claims.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from claimcheck.errors import RuleError
from claimcheck.resources import data_path
from claimcheck.yamlfile import load_yaml


@dataclass(frozen=True)
class NotClaimLexicon:
    """Words around a number that make it something other than a claim (``not_claims.yaml``)."""

    names: frozenset[str]
    listicle: frozenset[str]
    time_units: frozenset[str]
    months: frozenset[str]
    one_before: frozenset[str]
    one_after: frozenset[str]
    score_words: frozenset[str]
    not_names: frozenset[str]
    hyphen_prefixes: frozenset[str] = frozenset()


@cache
def not_claim_lexicon() -> NotClaimLexicon:
    """The shipped not-a-claim lexicon, loaded once.

    Example:
        >>> "boeing" in not_claim_lexicon().names
        True
    """
    path = data_path("not_claims.yaml")
    doc = load_yaml(path)

    def words(key: str) -> frozenset[str]:
        value = doc.get(key, [])
        if not isinstance(value, list):
            raise RuleError(f"'{key}' must be a list of words", path=str(path))
        return frozenset(str(word).lower() for word in value)

    return NotClaimLexicon(
        names=words("names"),
        listicle=words("listicle"),
        time_units=words("time_units"),
        months=words("months"),
        one_before=words("one_before"),
        one_after=words("one_after"),
        score_words=words("score_words"),
        not_names=words("not_names"),
        hyphen_prefixes=words("hyphen_prefixes"),
    )


# Not-a-claim tests. Each reads a bounded window around one number: constant time.
# Patterns on text before a number are matched on the reversed text: one anchored match
# instead of a "$"-anchored search that tries every position of a window.
_WORD_BEFORE_REVERSED = re.compile(r"[ \t\u00a0\u2009\u202f]+(?P<word>[\w&.'’]+)")
_WORD_AFTER = re.compile(r"[ \t\u00a0\u2009\u202f]+(?P<word>[^\W\d_]+)")
_TOKEN_AFTER = re.compile(r"[\s\u00a0\u2011-]+(?P<word>[^\W\d_][\w.'’]*(?:-[^\W\d_]+)*)")
_HEADING_LEAD = " \t\"'“‘#*>-_"
_SENTENCE_END_REVERSED = re.compile(r"\s+[\"'”’)]*[.!?:;]")
_QUOTES = "\"'“‘"
_PHONE_PREFIX = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?$")
# Each pattern opens with a literal or a digit, not a lookbehind, so the engine skips
# ahead to candidates instead of trying every position.
_BLOCKS = (
    ("://", re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)),
    ("www.", re.compile(r"www\.\S+", re.IGNORECASE)),
    ("@", re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")),
    ("", re.compile(r"\d(?<![\d,]\d)\d\d\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)")),
    ("-", re.compile(r"\d(?<![\d-]\d)\d{0,5}-\d{1,8}-\d{1,8}(?:-\d{1,8}){0,3}(?![\d-])")),
    ("isbn", re.compile(r"isbn[\s:-]{0,3}[\dx-]{10,17}", re.IGNORECASE)),
    ("page", re.compile(r"page\s+\d{1,4}\s+of\s+\d{1,4}", re.IGNORECASE)),
)


def _word_before(text: str, start: int) -> tuple[str, int] | None:
    """The word right before ``start`` (spaces between) and where it starts."""
    found = _WORD_BEFORE_REVERSED.match(text[max(0, start - 24) : start][::-1])
    if found is None:
        return None
    return found.group("word")[::-1], start - found.end("word")


class Neighbours(NamedTuple):
    """The words right around a number, read once and shared by the tests that need them."""

    before: tuple[str, int] | None  # the word before (spaces between) and where it starts
    after: str  # the letters after (spaces between); "" when none


def neighbours(text: str, start: int, end: int) -> Neighbours:
    """The words around the number ``text[start:end]``.

    Example:
        >>> neighbours("on Dec. 7, officials said", 8, 9)
        Neighbours(before=('Dec.', 3), after='')
    """
    after = _WORD_AFTER.match(text, end)
    return Neighbours(_word_before(text, start), after.group("word") if after else "")


def _at_line_start(text: str, position: int) -> bool:
    """Only heading marks and quotes before ``position`` (looking back a bounded way)."""
    window = text[max(0, position - 16) : position]
    return position <= 16 and window.strip(_HEADING_LEAD) == ""


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a sentence holding no claims: URLs, e-mail, phone numbers, ids, page counters.

    Example:
        >>> blocked_spans("Page 2 of 5")
        [(0, 11)]
    """
    lower = text.lower() if ("isbn" in text.lower() or "page" in text.lower()) else text
    spans: list[tuple[int, int]] = []
    for needle, pattern in _BLOCKS:
        if needle and needle not in lower:
            continue
        for found in pattern.finditer(text):
            start = found.start()
            if not needle:  # a phone number: take its "+1 (" prefix too
                prefix = _PHONE_PREFIX.search(text, max(0, start - 6), start)
                start = prefix.start() if prefix else start
            spans.append((start, found.end()))
    return spans


def is_name(
    text: str, start: int, plain: bool, skip: NotClaimLexicon, word_before: tuple[str, int] | None
) -> bool:
    """A number that is part of a name: "F-16", "Boeing 737", "Section 230", "Windows 11".

    ``word_before`` is the word before the number (:attr:`Neighbours.before`).

    Example:
        >>> text = "a new Boeing 737 jet"
        >>> is_name(text, 13, True, not_claim_lexicon(), neighbours(text, 13, 16).before)
        True
    """
    before = text[start - 1 : start]
    if before == "#":
        return True
    if before in "-\u2011" and start >= 2 and text[start - 2].isalpha():
        return _hyphen_word(text, start - 1).lower() not in skip.hyphen_prefixes
    if word_before is None:
        return False
    word, word_start = word_before
    lower = word.lower()
    if lower in skip.names or lower.rstrip(".") in skip.names:
        return True
    # A capitalized word mid-sentence before a bare integer names something, unless it
    # is a possessive or a known non-name ("Vessa's 41", "on Monday 600").
    mid_sentence = not _at_line_start(text, word_start) and not _SENTENCE_END_REVERSED.match(
        text[max(0, word_start - 8) : word_start][::-1]
    )
    return (
        plain
        and mid_sentence
        and word[:1].isupper()
        and not lower.endswith(("'s", "’s"))
        and lower.rstrip(".") not in skip.not_names
        and lower.rstrip(".") not in skip.months
    )


def _hyphen_word(text: str, hyphen: int) -> str:
    """The letters right before a hyphen ("sub" in "sub-7"), looking back a bounded way."""
    start = hyphen
    while start > max(0, hyphen - 12) and text[start - 1].isalpha():
        start -= 1
    return text[start:hyphen]


def next_to_month(words: Neighbours, skip: NotClaimLexicon) -> bool:
    """A day number of a date: "December 7", "Dec. 7", "7 December".

    Example:
        >>> next_to_month(neighbours("on Dec. 7, officials said", 8, 9), not_claim_lexicon())
        True
    """
    for word in (words.before[0] if words.before else "", words.after):
        word = word.rstrip(".")
        if word[:1].isupper() and word.lower() in skip.months:
            return True
    return False


def is_listicle(text: str, start: int, words: Neighbours, skip: NotClaimLexicon) -> bool:
    """Headline numbering: "5 things to know" at the start of a line or a quote.

    Example:
        >>> text = "5 things to know about the fire"
        >>> is_listicle(text, 0, neighbours(text, 0, 1), not_claim_lexicon())
        True
    """
    if not words.after or words.after.lower() not in skip.listicle:
        return False
    return _at_line_start(text, start) or text[start - 1 : start] in _QUOTES


def is_time_unit_after(lower: str, position: int, skip: NotClaimLexicon) -> bool:
    """A duration, age or clock time follows: "five days", "78-year-old", "10 a.m.".

    Example:
        >>> is_time_unit_after("a 90-minute delay", 4, not_claim_lexicon())
        True
    """
    found = _TOKEN_AFTER.match(lower, position)
    if found is None:
        return False
    word = found.group("word")
    units = skip.time_units
    return word in units or word.rstrip(".") in units or word.split("-")[0] in units


def is_pronoun_one(lower: str, start: int, end: int, skip: NotClaimLexicon) -> bool:
    """ "one" as a pronoun: "no one", "the one", "one of the", "one another".

    Example:
        >>> is_pronoun_one("no one was hurt", 3, 6, not_claim_lexicon())
        True
    """
    before = _word_before(lower, start)
    if before is not None and before[0] in skip.one_before:
        return True
    if lower[end : end + 2] in ("'s", "’s") or lower[end : end + 1] == "!":
        return True
    after = _WORD_AFTER.match(lower, end)
    return after is not None and after.group("word") in skip.one_after


def is_year(number: float) -> bool:
    """A bare integer that reads as a year (1900-2100): "in 2014", "2014 and 2015".

    Example:
        >>> is_year(2014), is_year(1200)
        (True, False)
    """
    return float(number).is_integer() and 1900 <= number <= 2100


def is_score(lower: str, skip: NotClaimLexicon) -> bool:
    """Whether a sentence talks about a score or a vote, so "3-1" is one.

    Example:
        >>> is_score("they won 3-1 on sunday", not_claim_lexicon())
        True
    """
    return any(word in skip.score_words for word in _SENTENCE_WORD.findall(lower))


_SENTENCE_WORD = re.compile(r"[^\W\d_]+")


_AGE_BEFORE_REVERSED = re.compile(r"[ \u00a0],(?P<word>[\w'’.-]+)")
_AGE_AFTER = re.compile(r"\s*(?:[,;)]|\.(?!\d)|$)")


def is_appositive_age(text: str, start: int, end: int) -> bool:
    """An age in apposition: "Sheriff Ana Ruiz, 55, said" (the temporal extractor's).

    Example:
        >>> is_appositive_age("said Ana Ruiz, 55, a nurse", 15, 17)
        True
    """
    number = text[start:end]
    if not (number.isdigit() and len(number) <= 3 and 1 <= int(number) <= 120):
        return False
    before = _AGE_BEFORE_REVERSED.match(text[max(0, start - 40) : start][::-1])
    name = before.group("word")[::-1] if before else ""
    if not (name[:1].isupper() and name[:1].isalpha()):
        return False
    return _AGE_AFTER.match(text, end) is not None
