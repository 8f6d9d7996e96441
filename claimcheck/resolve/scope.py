"""What part of the event a claim covers: a place or a group inside it.

"16 dead in Orlen county", "80 percent of homes in the Arden Hill area",
"a dozen trailers on one street alone", "12 children" -> scope. A scoped claim
is a part: it is compared only with claims of the same scope, never with the
event's total. Places are named with a level word (the levels in
``data/attribution.yaml``: suburb, neighbourhood, county, province, street, ...),
normalized so that "the Arden Hill suburb" and "the Arden Hill area" are one
scope, ``Arden Hill neighbourhood``. A bare place name ("in Pell Creek") is
not a scope: it is as often the whole event's place as a part of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.model import Claim, ClaimKind, evolve
from claimcheck.resolve.lemmas import Token, tokens
from claimcheck.resolve.structure_words import StructureWords

_SCOPED_KINDS = frozenset({ClaimKind.COUNT, ClaimKind.PERCENT, ClaimKind.MONEY})
# Not "of": "much of the town" is not where the number is.
_PREPOSITIONS = frozenset({"in", "from", "on", "across", "inside", "within", "throughout"})
_MAX_GAP = 7  # words between a number and its place: "homes have been destroyed in X"
_SKIPPED = frozenset({"the", "a", "one", "single", "that", "this", "its", "their"})
# The number's own phrase ends here: "9,000 people in Pell Creek, in Quarrow
# province" puts 9,000 in no province.
_PHRASE_END = re.compile(r"[,;:()\[\]\"“”—–!?]|\.(?!\w)|\s-\s|\b(?:and|but|while|after|as)\b")
_REACH = 120  # characters after the number its phrase may take
_MAX_NAME = 4
_OPENING_PLACE = re.compile(r"\s*(?:In|in|From|from)\s+([^,]{1,80}),")
_UNNAMED_PARTS = frozenset(
    {"neighbourhood", "neighborhood", "suburb", "subdivision", "street", "block", "road"}
)


def assign_scope(claim: Claim, sentence: str, sentence_start: int, words: StructureWords) -> Claim:
    """Fill ``scope`` of a count, percentage or money claim from its own phrase.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> from claimcheck.resolve.structure_words import structure_words
        >>> s = "At least 16 people died in the Arden Hill suburb."
        >>> c = Claim(doc="d", kind=ClaimKind.COUNT, start=9, end=11, text="16")
        >>> assign_scope(c, s, 0, structure_words()).scope
        'Arden Hill neighbourhood'
    """
    if claim.kind not in _SCOPED_KINDS or claim.scope is not None:
        return claim
    scope = _group(claim, words) or scope_after(sentence, claim.end - sentence_start, words)
    if scope is None:
        scope = _scope_opening(sentence, claim.start - sentence_start, words)
    return evolve(claim, scope=scope) if scope else claim


def _group(claim: Claim, words: StructureWords) -> str | None:
    head = claim.counted.split()[-1].lower() if claim.counted else ""
    return head if head in words.groups else None


def scope_after(sentence: str, end: int, words: StructureWords) -> str | None:
    """The scope named in the phrase that follows a number, if any.

    Example:
        >>> from claimcheck.resolve.structure_words import structure_words
        >>> scope_after("9 homes on one street alone", 1, structure_words())
        'street'
    """
    stop = _PHRASE_END.search(sentence, end, min(len(sentence), end + _REACH))
    phrase = sentence[end : stop.start() if stop else min(len(sentence), end + _REACH)]
    found = tokens(phrase)
    for i, token in enumerate(found[:_MAX_GAP]):
        if token.lower in _PREPOSITIONS:
            scope = _place(found[i + 1 :], words)
            if scope:
                return scope
    return None


def _scope_opening(sentence: str, start: int, words: StructureWords) -> str | None:
    """A place that opens the sentence before the number: "In Ludian county, 398 died"."""
    opening = _OPENING_PLACE.match(sentence)
    if opening is None or opening.end() > start:
        return None
    return _place(tokens(opening.group(1)), words, whole=True)


def _place(after: Sequence[Token], words: StructureWords, whole: bool = False) -> str | None:
    """A place phrase: "[the] Name level", "level of Name", "[one] level", "Name alone"."""
    rest = list(after)
    while rest and (rest[0].lower in _SKIPPED or rest[0].lower.endswith(("'s", "’s"))):
        rest = rest[1:]
    names: list[str] = []
    for i, token in enumerate(rest):
        level = words.levels.get(token.lower)
        if level is not None and (not token.text[:1].isupper() or names):
            name = " ".join(names) or _name_after(rest[i + 1 :])
            if name:
                return f"{name} {level}"
            # "in the neighbourhood", "on one street": a part even unnamed; "across the
            # region", "the area" are as often the whole.
            return level if token.lower in _UNNAMED_PARTS and not whole else None
        if token.text[:1].isupper() and len(names) < _MAX_NAME:
            names.append(token.text)
            continue
        if token.lower == "alone" and names:
            return " ".join(names)
        return None
    return None


def _name_after(rest: Sequence[Token]) -> str:
    """ "the neighbourhood of Timberlea" -> "Timberlea"."""
    if len(rest) < 2 or rest[0].lower != "of":
        return ""
    names = []
    for token in rest[1 : 1 + _MAX_NAME]:
        if not token.text[:1].isupper():
            break
        names.append(token.text)
    return " ".join(names)
