"""Word tokens with offsets, and their lemmas (lemminflect ships its own data)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


class Token(NamedTuple):  # a tuple: built thousands of times per document
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


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
        Token(m.group(), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text)
    )


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
