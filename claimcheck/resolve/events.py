"""Which event a date or clock time is about.

A date is tied to the nearest event word of its sentence (a noun such as
"talks" or "wildfire", or a verb such as "meet"), looked up in the events
vocabulary. Dates of statements ("she said on Sunday") belong to no event and
are never compared across outlets.
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.model import Claim, ClaimKind, Flag
from claimcheck.resolve.lemmas import lemma, tokens
from claimcheck.resolve.vocabulary import Vocabularies

_EVENT_KINDS = frozenset({ClaimKind.DATE, ClaimKind.TIME})


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
    return replace(claim, event=event) if event else claim


def event_near(sentence: str, start: int, end: int, vocab: Vocabularies) -> str | None:
    """The event class whose cue word is closest to ``sentence[start:end]``."""
    lowered = sentence.lower()
    best: tuple[int, str] | None = None
    for phrase in vocab.events.phrases:
        at = lowered.find(phrase)
        while at != -1:
            if not (start <= at < end):
                best = _closer(best, _distance(at, at + len(phrase), start, end), phrase, vocab)
            at = lowered.find(phrase, at + 1)
    for token in tokens(sentence):
        if start <= token.start < end:
            continue
        word = token.lower
        name = vocab.events.nouns.get(word) or vocab.events.nouns.get(lemma(word, "NOUN"))
        if name is None and token.text[:1].islower():
            name = vocab.events.verbs.get(lemma(word, "VERB"))
        if name is not None:
            distance = _distance(token.start, token.end, start, end)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


def _closer(
    best: tuple[int, str] | None, distance: int, phrase: str, vocab: Vocabularies
) -> tuple[int, str]:
    name = vocab.events.nouns[phrase]
    return (distance, name) if best is None or distance < best[0] else best


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0
