"""What a number counts: the noun phrase after it ("2,600 Kenyan nurses" -> "Kenyan nurses").

A cheap, dictionary-backed reading, no parser: take up to ``max_tokens`` words after the
number, stopping at function words, punctuation and verbs. The stop list is data
(``claimcheck/data/counted.yaml``); verbs are told apart with lemminflect's lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck.resolve.lemmas import all_lemmas
from claimcheck.resources import data_path
from claimcheck.yamlfile import load_yaml

# A word: letters with inner hyphens or apostrophes ("Russian-backed", "children's").
_WORD_RE = re.compile(r"[ \t\u00a0]+([^\W\d_](?:[\w'’-]*[^\W_])?)(?![\w'’-])")


@dataclass(frozen=True)
class CountedLexicon:
    """Words that end a counted noun phrase, and participles that may head one."""

    max_tokens: int
    stop_words: frozenset[str]
    nominal_participles: frozenset[str]


@cache
def counted_lexicon() -> CountedLexicon:
    """The shipped counted-noun lexicon, loaded once."""
    doc = load_yaml(data_path("counted.yaml"))
    return CountedLexicon(
        max_tokens=int(doc.get("max_tokens", 4)),
        stop_words=frozenset(str(w).lower() for w in doc.get("stop_words", [])),
        nominal_participles=frozenset(str(w).lower() for w in doc.get("nominal_participles", [])),
    )


# Plurals lemminflect reads as their own lemma.
_PLURAL_AS_LEMMA = frozenset({"people", "police", "cattle", "staff", "personnel", "livestock"})


@lru_cache(maxsize=8192)
def is_plural_noun(word: str) -> bool:
    """A noun in the plural: it heads a counted phrase, so the phrase ends there.

    Example:
        >>> is_plural_noun("troops"), is_plural_noun("people"), is_plural_noun("news")
        (True, True, False)
    """
    lower = word.lower()
    if lower in _PLURAL_AS_LEMMA:
        return True
    nouns = all_lemmas(lower).get("NOUN", ())
    return lower.endswith(("s", "en")) and any(lemma != lower for lemma in nouns)


@lru_cache(maxsize=8192)
def _is_verb_only(word: str) -> bool:
    # Only words the lexicon knows solely as verbs ("massed", "fled") end the phrase;
    # "troops", "forces", "homes" are nouns too and stay.
    lemmas = all_lemmas(word.lower())
    if not lemmas:
        return False
    return set(lemmas) <= {"VERB", "AUX"}


def counted_noun(text: str, start: int, lexicon: CountedLexicon | None = None) -> str | None:
    """The counted noun phrase starting at ``start`` in ``text`` (right after a number).

    Example:
        >>> counted_noun("2,600 Kenyan nurses waited near the river", 5)
        'Kenyan nurses'
        >>> counted_noun("rose to 600 on Monday", 11) is None
        True
    """
    lex = lexicon or counted_lexicon()
    # A window of a few words keeps this constant time whatever the sentence length.
    window = text[start : start + 24 * lex.max_tokens]
    words: list[str] = []
    position = 0
    while len(words) < lex.max_tokens:
        match = _WORD_RE.match(window, position)
        if match is None:
            break
        word = match.group(1)
        lower = word.lower()
        if lower in lex.stop_words:
            break
        if words and (lower in lex.nominal_participles or lower.endswith("ed")):
            break  # "people injured", "boats capsized": a verb after the head noun
        if _is_verb_only(word) and (words or lower not in lex.nominal_participles):
            break
        if words and lower.endswith("ing"):
            break
        words.append(word)
        position = match.end()
        if is_plural_noun(word):
            break  # the head noun: "12,000 users mostly from abroad" counts users
    return " ".join(words) if words else None
