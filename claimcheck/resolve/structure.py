"""The structure of a claim inside its story: who states it, what part, which event.

One call for the pipeline's resolve step, so the three resolvers stay separate
modules with one job each (:mod:`.attribution`, :mod:`.scope`, :mod:`.background`).
"""

from __future__ import annotations

from claimcheck.model import Claim, Flag
from claimcheck.resolve.announcements import assign_announcement
from claimcheck.resolve.attribution import assign_attribution
from claimcheck.resolve.background import assign_background
from claimcheck.resolve.scope import assign_scope
from claimcheck.resolve.shares import assign_share
from claimcheck.resolve.structure_words import structure_words
from claimcheck.resolve.vocabulary import Vocabularies


def resolve_structure(
    claim: Claim,
    sentence: str,
    sentence_start: int,
    vocab: Vocabularies,
    published_year: int | None,
) -> Claim:
    """Fill ``attribution``, ``scope``, a percentage's ``measure``, and for another event's
    claims ``event`` and the background flag.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> s = "Nine children died in Ludian county, state media said."
        >>> c = Claim("d", ClaimKind.COUNT, 0, 4, "Nine", counted="children")
        >>> c = resolve_structure(c, s, 0, load_vocabularies(), 2026)
        >>> c.attribution, c.scope
        ('state media', 'children')
    """
    if claim.has_flag(Flag.BOILERPLATE):
        return claim
    words = structure_words()
    claim = assign_attribution(claim, sentence, sentence_start, words)
    claim = assign_announcement(claim, sentence, sentence_start)
    claim = assign_scope(claim, sentence, sentence_start, words)
    claim = assign_share(claim, sentence, sentence_start, vocab)
    return assign_background(claim, sentence, sentence_start, vocab, words, published_year)
