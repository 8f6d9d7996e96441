"""What a number measures, and whether it is a present fact or a plan.

``assign_measure`` reads the counted noun first ("3,500 reserve troops" ->
troops), then, for generic or missing nouns, the verb that governs the number
("killed more than 40 people" -> deaths; "1,200 people were evacuated" ->
displaced). ``modality`` looks for plan/forecast cues in the number's clause.
"""

from __future__ import annotations

from claimcheck.model import Claim, ClaimKind, evolve
from claimcheck.resolve.clauses import clause_after, clause_before
from claimcheck.resolve.lemmas import cuts_word, lemma, tokens, word_set
from claimcheck.resolve.tense import is_finite_verb
from claimcheck.resolve.vocabulary import Vocabularies

_VERB_WINDOW_BEFORE = 4
_VERB_WINDOW_AFTER = 4  # tokens after the number read whatever they are
_VERB_REACH_AFTER = 9  # further ones only up to the next main verb
_PARTICLE_REACH = 3
_SUBORDINATORS = frozenset({"that", "which", "who", "whom", "where", "when", "while", "after"})
_AUXILIARIES = frozenset({"have", "has", "had", "been", "be", "being", "is", "are", "was", "were"})
_MODALITY_WINDOW = 12
_MEASURED_KINDS = frozenset({ClaimKind.COUNT, ClaimKind.PERCENT, ClaimKind.MONEY})


def assign_measure(claim: Claim, sentence: str, sentence_start: int, vocab: Vocabularies) -> Claim:
    """Fill ``measure`` and ``modality`` of a numeric or age claim.

    ``sentence`` is the claim's sentence and ``sentence_start`` its offset in the
    document text.
    """
    measure: str | None
    mode: str | None
    if claim.kind is ClaimKind.AGE:
        measure, mode = "age", claim.modality or "actual"
    elif claim.kind is ClaimKind.DURATION:
        measure, mode = claim.measure or _duration_measure(claim), claim.modality
    elif claim.kind in _MEASURED_KINDS:
        local_start = claim.start - sentence_start
        local_end = claim.end - sentence_start
        measure = claim.measure or _measure_of(claim, sentence, local_start, local_end, vocab)
        mode = claim.modality or modality(sentence, local_start, local_end, vocab)
    else:
        return claim
    if (measure, mode) == (claim.measure, claim.modality):
        return claim  # evolve() costs tens of microseconds a claim
    return evolve(claim, measure=measure, modality=mode)


def _duration_measure(claim: Claim) -> str | None:
    if claim.counted:
        head = claim.counted.split()[-1].lower()
        return f"duration of {lemma(head, 'NOUN')}"
    return None


def _measure_of(
    claim: Claim, sentence: str, start: int, end: int, vocab: Vocabularies
) -> str | None:
    if claim.kind is ClaimKind.MONEY:
        return money_measure(sentence, end) or money_measure_before(sentence, start)
    if claim.kind is not ClaimKind.COUNT:
        return None
    noun_measure = _noun_measure(claim.counted, vocab)
    if noun_measure is not None:
        return noun_measure
    generic = claim.counted is None or _head_lemma(claim.counted) in vocab.generic_nouns
    if not generic:
        return None
    return _verb_measure(sentence, start, end, vocab)


_MONEY_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "of",
        "on",
        "in",
        "at",
        "by",
        "to",
        "from",
        "with",
        "for",
        "and",
        "or",
        "but",
        "as",
        "after",
        "before",
        "since",
        "until",
        "over",
        "under",
        "into",
        "than",
        "which",
        "who",
        "that",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "said",
        "says",
        "per",
        "each",
        "every",
        "last",
        "next",
        "this",
        "year",
        "month",
        "week",
        "day",
    ]
)
_MONEY_LEADS = frozenset({"for", "in", "of"})
_MONEY_WORDS = 2


def money_measure(sentence: str, end: int) -> str | None:
    """What a sum is for: the noun phrase after it, its last two words as lemmas.

    "a $2.4 million emergency relief fund" -> "relief fund"; "$3.5 million for
    debris removal" -> "debris removal"; a bare sum -> None.

    Example:
        >>> s = "The council approved a $2.4 million emergency relief fund on Monday."
        >>> money_measure(s, s.index(" emergency"))
        'relief fund'
    """
    words = [t.lower for t in tokens(clause_after(sentence, end))[:6]]
    if words and words[0] in _MONEY_LEADS:
        words = words[1:]
        while words and words[0] in {"a", "an", "the"}:
            words = words[1:]
    phrase: list[str] = []
    for word in words:
        if word in _MONEY_STOP or word.endswith("ly"):
            break
        phrase.append(word)
    if not phrase:
        return None
    head = lemma(phrase[-1], "NOUN")
    return " ".join([*phrase[-_MONEY_WORDS:-1], head])


def money_measure_before(sentence: str, start: int) -> str | None:
    """What a sum is for when the noun comes first: "bridge financing of $5 billion".

    Only "NOUN of|for $X" counts: "valued at $X" says what the sum measures, not what
    it is for.

    Example:
        >>> s = "Five banks agreed to bridge financing of more than $5 billion."
        >>> money_measure_before(s, s.index("more"))
        'bridge financing'
    """
    words = [t.lower for t in tokens(clause_before(sentence, start))[-4:]]
    if not words or words[-1] not in {"of", "for"}:
        return None
    phrase: list[str] = []
    for word in reversed(words[:-1]):
        if word in _MONEY_STOP or not word.isalpha():
            break
        phrase.insert(0, word)
    if not phrase:
        return None
    head = lemma(phrase[-1], "NOUN")
    return " ".join([*phrase[-_MONEY_WORDS:-1], head])


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
    before = tokens(clause_before(sentence, start))[-_VERB_WINDOW_BEFORE:]
    after = tokens(clause_after(sentence, end))[:_VERB_REACH_AFTER]
    verbs = vocab.measures.verbs
    particles = {t.lower for t in after[:_PARTICLE_REACH]}
    for token in reversed(before):
        verb = lemma(token.lower, "VERB")
        # "forcing 4,000 people out": a phrasal verb around the number.
        found = verbs.get(verb) or next(
            (verbs[f"{verb} {p}"] for p in particles if f"{verb} {p}" in verbs), None
        )
        if found is not None:
            return found
    for index, token in enumerate(after):
        verb = lemma(token.lower, "VERB")
        tail = {t.lower for t in after[index + 1 : index + 1 + _PARTICLE_REACH]}
        found = verbs.get(verb) or next(
            (verbs[f"{verb} {p}"] for p in tail if f"{verb} {p}" in verbs), None
        )
        if found is not None:
            return found
        # "9,000 residents of the three towns have been displaced": read past the counted
        # phrase and auxiliaries, but stop at another clause's main verb.
        if token.lower in _SUBORDINATORS:
            break  # "300 people live in the village that was evacuated": another clause
        if (
            index >= _VERB_WINDOW_AFTER
            and token.lower not in _AUXILIARIES
            and is_finite_verb(token.lower)
        ):
            break
    # "the death toll rose to 48", "the evacuation of all 6,500": a measure noun just before.
    for token in reversed(before):
        if token.lower in vocab.measures.nouns:
            return vocab.measures.nouns[token.lower]
    return _reached_measure(sentence, start, vocab)


_REACH_WORDS = frozenset({"to", "at"})


def _reached_measure(sentence: str, start: int, vocab: Vocabularies) -> str | None:
    """The measure whose noun is the subject of "rose to N", "stands at N" earlier in
    the clause: "the death toll from the quake rose to 112" is a death toll."""
    before = tokens(clause_before(sentence, start))
    if len(before) < 3 or before[-1].lower not in _REACH_WORDS:
        return None
    nouns = vocab.measures.nouns
    for index in range(len(before) - 2, -1, -1):
        word = before[index].lower
        # "injury toll": the noun before a toll names it; a bare "toll" is a death toll.
        if index > 0 and word == "toll" and before[index - 1].lower in nouns:
            return nouns[before[index - 1].lower]
        if word in nouns:
            return nouns[word]
    return None


def modality(sentence: str, start: int, end: int, vocab: Vocabularies) -> str:
    """``planned`` (or another cue's modality) when a cue governs the number, else ``actual``.

    Example:
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> s = "Officials fear the storm could displace up to 5,000 people."
        >>> modality(s, s.index("up to"), s.index(" people"), load_vocabularies())
        'planned'
    """
    # Most sentences hold no cue word at all: their clauses need no tokens.
    whole_words = not (cuts_word(sentence, start) or cuts_word(sentence, end))
    if whole_words and word_set(sentence).isdisjoint(vocab.modality):
        return "actual"
    before = tokens(clause_before(sentence, start))[-_MODALITY_WINDOW:]
    after = tokens(clause_after(sentence, end))[:3]
    for token in [*reversed(before), *after]:
        word = token.text
        if word[:1].isupper() and word.lower() in {"may", "will"}:
            continue  # the month, a name
        cue = vocab.modality.get(word.lower())
        if cue is not None:
            return cue
    return "actual"
