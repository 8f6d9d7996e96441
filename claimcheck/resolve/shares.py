"""What a percentage is a share of: "80 percent of the homes" -> ``share of homes``.

A percentage's measure comes from the noun after "of", looked up in the measures
vocabulary (else its lemma); an elliptical one ("90% of homes in Millbrook and
70% in Arden Hill") takes the noun of the percentage before it in the sentence.
Shares of one measure and one scope are compared across sources; a percentage
with no noun ("up 21 percent") has no measure and is not.
"""

from __future__ import annotations

import re

from claimcheck.model import Claim, ClaimKind, Flag, evolve
from claimcheck.resolve.lemmas import lemma
from claimcheck.resolve.vocabulary import Vocabularies

# The noun of an earlier percentage in the sentence: "90% of homes", "80 percent of the houses".
_SHARE_OF = re.compile(r"(?:%|\bper\s?cent)\s+of\s+(?:the\s+|its\s+|their\s+)?([A-Za-z]+)")
_COORDINATED = re.compile(r"\b(?:and|while|but)\s+$")
_ELLIPSIS_REACH = 160  # characters back to the percentage whose noun is elided


def assign_share(claim: Claim, sentence: str, sentence_start: int, vocab: Vocabularies) -> Claim:
    """Fill ``measure`` of a percentage from what it is a share of.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> s = "Flames razed 90% of homes in Arden and 70% in Bellmoor."
        >>> c = Claim("d", ClaimKind.PERCENT, 39, 42, "70%")
        >>> assign_share(c, s, 0, load_vocabularies()).measure
        'share of homes'
    """
    if claim.kind is not ClaimKind.PERCENT or claim.measure or claim.has_flag(Flag.CHANGE):
        return claim
    noun = (
        claim.counted.split()[-1]
        if claim.counted
        else _elided_noun(claim, sentence, sentence_start)
    )
    if not noun:
        return claim
    head = noun.lower()
    measure = vocab.measures.nouns.get(head) or vocab.measures.nouns.get(lemma(head, "NOUN"))
    return evolve(claim, measure=f"share of {measure or lemma(head, 'NOUN')}")


def _elided_noun(claim: Claim, sentence: str, sentence_start: int) -> str | None:
    start = claim.start - sentence_start
    window = sentence[max(0, start - _ELLIPSIS_REACH) : start]
    # Only "and 70% in ...": a percentage right after a coordinating word.
    if not _COORDINATED.search(window):
        return None
    found = list(_SHARE_OF.finditer(window))
    return found[-1].group(1) if found else None
