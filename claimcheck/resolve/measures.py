"""What a number measures, and whether it is a present fact or a plan.

``assign_measure`` reads the counted noun first ("94,000 Russian troops" ->
troops), then, for generic or missing nouns, the verb that governs the number
("killed more than 13,000 people" -> deaths; "1,200 people were evacuated" ->
displaced). ``modality`` looks for plan/forecast cues in the number's clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.model import Claim, ClaimKind
from claimcheck.resolve.lemmas import lemma, tokens
from claimcheck.resolve.vocabulary import Vocabularies

_VERB_WINDOW_BEFORE = 4
_VERB_WINDOW_AFTER = 4
_MODALITY_WINDOW = 12
# A clause ends at these; a cue beyond one does not govern the number.
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]]|\s[—–]\s|\s-\s|,\s+(?:but|while|and)\s")


def assign_measure(claim: Claim, sentence: str, sentence_start: int, vocab: Vocabularies) -> Claim:
    """Fill ``measure`` and ``modality`` of a numeric or age claim.

    ``sentence`` is the claim's sentence and ``sentence_start`` its offset in the
    document text.
    """
    if claim.kind is ClaimKind.AGE:
        return replace(claim, measure="age", modality=claim.modality or "actual")
    if claim.kind is ClaimKind.DURATION:
        return replace(claim, measure=claim.measure or _duration_measure(claim))
    if claim.kind not in {ClaimKind.COUNT, ClaimKind.PERCENT, ClaimKind.MONEY}:
        return claim
    local_start = claim.start - sentence_start
    local_end = claim.end - sentence_start
    measure = claim.measure or _measure_of(claim, sentence, local_start, local_end, vocab)
    mode = claim.modality or modality(sentence, local_start, local_end, vocab)
    return replace(claim, measure=measure, modality=mode)


def _duration_measure(claim: Claim) -> str | None:
    if claim.counted:
        head = claim.counted.split()[-1].lower()
        return f"duration of {lemma(head, 'NOUN')}"
    return None


def _measure_of(
    claim: Claim, sentence: str, start: int, end: int, vocab: Vocabularies
) -> str | None:
    if claim.kind is not ClaimKind.COUNT:
        return None
    noun_measure = _noun_measure(claim.counted, vocab)
    if noun_measure is not None:
        return noun_measure
    generic = claim.counted is None or _head_lemma(claim.counted) in vocab.generic_nouns
    if not generic:
        return None
    return _verb_measure(sentence, start, end, vocab)


def _head_lemma(counted: str) -> str:
    head = counted.split()[-1].lower().strip(".,;:'’\"")
    return lemma(head, "NOUN")


def _noun_measure(counted: str | None, vocab: Vocabularies) -> str | None:
    if not counted:
        return None
    lowered = counted.lower()
    for phrase in vocab.measures.phrases:
        if phrase in lowered:
            return vocab.measures.nouns[phrase]
    head = counted.split()[-1].lower()
    for candidate in (head, _head_lemma(counted)):
        if candidate in vocab.measures.nouns:
            return vocab.measures.nouns[candidate]
    return None


def _verb_measure(sentence: str, start: int, end: int, vocab: Vocabularies) -> str | None:
    before = tokens(_clause_before(sentence, start))[-_VERB_WINDOW_BEFORE:]
    after = tokens(_clause_after(sentence, end))[:_VERB_WINDOW_AFTER]
    for token in [*reversed(before), *after]:
        verb = lemma(token.lower, "VERB")
        if verb in vocab.measures.verbs:
            return vocab.measures.verbs[verb]
    # "the death toll rose to 48": a measure noun just before the number.
    for token in reversed(before):
        if token.lower in vocab.measures.nouns:
            return vocab.measures.nouns[token.lower]
    return None


def _clause_before(sentence: str, start: int) -> str:
    text = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end() :] if breaks else text


def _clause_after(sentence: str, end: int) -> str:
    text = sentence[end:]
    found = _CLAUSE_BREAK.search(text)
    return text[: found.start()] if found else text


def modality(sentence: str, start: int, end: int, vocab: Vocabularies) -> str:
    """``planned`` (or another cue's modality) when a cue governs the number, else ``actual``.

    Example:
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> s = "Officials fear the storm could displace up to 5,000 people."
        >>> modality(s, s.index("up to"), s.index(" people"), load_vocabularies())
        'planned'
    """
    before = tokens(_clause_before(sentence, start))[-_MODALITY_WINDOW:]
    after = tokens(_clause_after(sentence, end))[:3]
    for token in [*reversed(before), *after]:
        word = token.text
        if word[:1].isupper() and word.lower() in {"may", "will"}:
            continue  # the month, a name
        cue = vocab.modality.get(word.lower())
        if cue is not None:
            return cue
    return "actual"
