"""Word tokens with offsets, and their lemmas (lemminflect ships its own data)."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import NamedTuple

# A word as tokens() reads it; also for callers that need only the words, not Tokens.
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


# The words of WORD, each in the group only when it starts in lowercase ("" otherwise).
_LOWERCASE_WORD = re.compile(r"[A-Z][A-Za-z'’-]*|([a-z][A-Za-z'’-]*)")


class Token(NamedTuple):  # a tuple: built thousands of times per document
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


# A NamedTuple's own constructor is a Python function; building the tuple directly
# halves the cost of the tens of thousands of tokens a corpus makes.
_new_token = tuple.__new__


# The resolvers of one claim, and the claims of one short sentence, read the same
# window: a small cache spares re-reading it (a sentence has a few claims).
@lru_cache(maxsize=1024)
def tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Alphabetic word tokens of ``text``; offsets are shifted by ``offset``.

    Example:
        >>> [t.text for t in tokens("killed 4,500 people")]
        ['killed', 'people']
    """
    return tuple(
        [
            _new_token(Token, (m.group(), m.start() + offset, m.end() + offset))
            for m in WORD.finditer(text)
        ]
    )


@lru_cache(maxsize=1024)
def word_set(text: str) -> frozenset[str]:
    """The distinct lowercase words of ``text``: a cheap test of whether any word of a
    sentence matters before its tokens are built. Cached like :func:`tokens`.

    Example:
        >>> sorted(word_set("Said he, said she"))
        ['he', 'said', 'she']
    """
    return frozenset(map(str.lower, WORD.findall(text)))


@lru_cache(maxsize=1024)
def lowercase_words(text: str) -> frozenset[str]:
    """The distinct words of ``text`` that start in lowercase, as verbs do (names do not).

    Example:
        >>> sorted(lowercase_words("Said he, said Reed"))
        ['he', 'said']
    """
    found = frozenset(map(str.lower, _LOWERCASE_WORD.findall(text)))
    return found - {""}


_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-")


def cuts_word(text: str, at: int) -> bool:
    """Whether ``text[:at]`` and ``text[at:]`` may split a word of ``text``: then the
    words of a part are not all words of the whole (``word_set`` cannot stand for them).

    Example:
        >>> cuts_word("five-year", 4), cuts_word("5 years", 1)
        (True, False)
    """
    return 0 < at < len(text) and text[at - 1] in _WORD_CHARS and text[at] in _WORD_CHARS


def tokens_among(text: str, wanted: Collection[str], offset: int = 0) -> list[Token]:
    """The tokens of ``text`` whose lowercase form is in ``wanted``, in order; offsets
    are shifted by ``offset``.

    Example:
        >>> [t.start for t in tokens_among("Fire, then fire", {"fire"})]
        [0, 11]
    """
    if not wanted:
        return []
    return [
        _new_token(Token, (m.group(), m.start() + offset, m.end() + offset))
        for m in WORD.finditer(text)
        if m.group().lower() in wanted
    ]


@lru_cache(maxsize=65536)
def lemma(word: str, pos: str) -> str:
    """The lemma of a lowercase word as NOUN or VERB; the word itself when unknown.

    Example:
        >>> lemma("killed", "VERB"), lemma("troops", "NOUN")
        ('kill', 'troop')
    """
    from claimcheck.extractors.word_forms import lemma as lemmas_of  # lazy: lemminflect

    found = lemmas_of(word, upos=pos, lemmatize_oov=False)
    return found[0].lower() if found else word


# extractors.word_forms imports lemminflect (and numpy): these import it on first use.
def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """A word's lemmas by part of speech (lemminflect's table; memoized there).

    Example:
        >>> all_lemmas("homes")["NOUN"]
        ('home',)
    """
    from claimcheck.extractors.word_forms import all_lemmas as lemmas_of

    return lemmas_of(word)


def all_inflections(lemma: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """A lemma's forms by Penn tag (lemminflect's table; memoized there).

    Example:
        >>> all_inflections("flee", "VERB")["VBD"]
        ('fled',)
    """
    from claimcheck.extractors.word_forms import all_inflections as forms_of

    return forms_of(lemma, upos)
