"""Which event a date or clock time is about.

A date is tied to the nearest event word of its sentence (a noun such as
"talks" or "wildfire", or a verb such as "meet"), looked up in the events
vocabulary. Dates of statements ("she said on Sunday") belong to no event and
are never compared across outlets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.model import Claim, ClaimKind, Flag, evolve
from claimcheck.resolve.clauses import COORDINATE_BREAK, clause_after, clause_before
from claimcheck.resolve.lemmas import (
    Token,
    lemma,
    lowercase_words,
    tokens,
    tokens_among,
    word_set,
)
from claimcheck.resolve.vocabulary import Vocabularies

_EVENT_KINDS = frozenset({ClaimKind.DATE, ClaimKind.TIME})
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# Not "that": it opens a relative clause too ("the ferry that capsized on Tuesday").
_DETERMINERS = frozenset({"the", "a", "an", "this", "its", "their"})


def assign_event(claim: Claim, sentence: str, sentence_start: int, vocab: Vocabularies) -> Claim:
    """Fill ``event`` of a date or time claim from the words of its sentence.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> s = "The two leaders will meet on Tuesday."
        >>> c = Claim(doc="d", kind=ClaimKind.DATE, start=26, end=36, text="on Tuesday")
        >>> assign_event(c, s, 0, load_vocabularies()).event
        'meeting'
    """
    if claim.kind not in _EVENT_KINDS or claim.event is not None:
        return claim
    if claim.has_flag(Flag.ATTRIBUTION) or claim.has_flag(Flag.BOILERPLATE):
        return claim
    event = event_near(sentence, claim.start - sentence_start, claim.end - sentence_start, vocab)
    return evolve(claim, event=event) if event else claim


def event_near(sentence: str, start: int, end: int, vocab: Vocabularies) -> str | None:
    """The event class whose cue word is closest to ``sentence[start:end]`` in its clause.

    Only the claim's own clause counts ("approved a fund on Monday, and the fire
    ..." ties Monday to no event), though a relative clause belongs to its
    antecedent ("the call, which starts at 10 a.m."). Event nouns inside names
    ("Fire Chief", "Division of Fire Prevention") are not events.
    """
    before = clause_before(sentence, start, COORDINATE_BREAK)
    after = clause_after(sentence, end, COORDINATE_BREAK)
    window_start, window_end = start - len(before), end + len(after)
    window = sentence[window_start:window_end]
    best: tuple[int, str] | None = None
    for token in tokens_among(window, _event_words(window, vocab), window_start):
        if start <= token.start < end:
            continue
        name = _event_of(token, sentence, vocab)
        if name is not None:
            distance = _distance(token.start, token.end, start, end)
            if best is None or distance < best[0]:
                best = (distance, name)
    lowered = window.lower()
    for phrase in vocab.events.phrases:
        at = lowered.find(phrase)
        while at != -1:
            at_doc = at + window_start
            if not (start <= at_doc < end):
                distance = _distance(at_doc, at_doc + len(phrase), start, end)
                if best is None or distance < best[0]:
                    best = (distance, vocab.events.nouns[phrase])
            at = lowered.find(phrase, at + 1)
    if best is None:
        return None
    phases = vocab.phases.get(best[1])
    if not phases:
        return best[1]
    phase = _phase_in(window, phases)
    return f"{best[1]} {phase}" if phase else None


def _phase_in(window: str, phases: dict[str, str]) -> str | None:
    """The phase named by a verb of the clause ("broke out" -> start), if any."""
    words = [t.lower for t in tokens(window)]
    for i, word in enumerate(words):
        if i > 0 and words[i - 1] in _DETERMINERS:
            continue  # "the sinking": a noun, whatever verb it comes from
        verb = lemma(word, "VERB")
        if i + 1 < len(words) and f"{verb} {words[i + 1]}" in phases:
            return phases[f"{verb} {words[i + 1]}"]
        if verb in phases:
            return phases[verb]
    return None


def _event_words(text: str, vocab: Vocabularies) -> set[str]:
    """The words of ``text`` that may name an event: only their tokens are built.

    A noun names one in any case; a verb only in lowercase (a name is no verb).
    """
    nouns = {word for word in word_set(text) if event_noun(word, vocab) is not None}
    verbs = {word for word in lowercase_words(text) - nouns if _event_verb(word, vocab)}
    return nouns | verbs


def _event_of(token: Token, sentence: str, vocab: Vocabularies) -> str | None:
    word = token.lower
    name = event_noun(word, vocab)
    if name is not None:
        return None if _in_name(token, sentence) else name
    if token.text[:1].islower():
        return _event_verb(word, vocab)
    return None


@lru_cache(maxsize=16384)
def event_noun(word: str, vocab: Vocabularies) -> str | None:
    """The event class a lowercase word names as a noun ("quakes" -> quake), if any.

    Example:
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> event_noun("quakes", load_vocabularies())
        'quake'
    """
    nouns = vocab.events.nouns
    return nouns.get(word) or nouns.get(lemma(word, "NOUN"))


@lru_cache(maxsize=16384)
def _event_verb(word: str, vocab: Vocabularies) -> str | None:
    return vocab.events.verbs.get(lemma(word, "VERB"))


def _in_name(token: Token, sentence: str) -> bool:
    """A capitalized noun that modifies another name word, or follows "of" in one."""
    if not token.text[:1].isupper() or token.start == 0:
        return False
    following = _NEXT_WORD.match(sentence, token.end)
    if following and following.group(1)[:1].isupper():
        return True
    return (
        sentence[: token.start].rstrip().endswith(" of")
        and sentence[: token.start].rstrip()[:-3].rstrip()[-1:].isalpha()
    )


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0
