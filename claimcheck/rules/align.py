"""Aligning near-duplicate sentences of two versions of a story, and their claims.

A sentence is compared with its numbers masked: each claim becomes one token
naming its kind (``Tuesday`` and ``December 7`` both read ``<date>``), other
digit runs read ``#``, and the rest are lowercase words. Two sentences align
when their masked token sequences are similar (:func:`similarity`); the claims
of aligned sentences then pair up one to one (:func:`pair_claims`).

Finding candidates is linear-ish: sentences are indexed by masked word
bigrams, so a sentence is only compared with the few sentences of other
documents that share many of its bigrams, never with all of them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import chain, pairwise

from claimcheck.model import Claim, ClaimKind

MIN_WORDS = 5  # shorter sentences ("Three were injured.") align by chance across outlets
MAX_TOKENS = 400  # beyond this a sentence is a run-on page; difflib would be quadratic
_CANDIDATES_PER_DOC = 4
_COMMON_BIGRAM = 8  # plus 4 per document: more sentences than that share it by cliche, not copy
_CLAIM_MARK = "\x00"
DIGIT_RUN = "#"  # the token of digits that are not a claim


@cache
def _token_pattern() -> re.Pattern[str]:
    return re.compile(r"([^\W\d_]+)|\d+")  # a digit run reads as "" -> "#"


@dataclass(frozen=True, slots=True)
class Passage:
    """One occurrence of a sentence in a document, with its claims in order.

    ``tokens`` is the masked sentence; ``slots[i]`` is the index in ``tokens``
    of the placeholder of ``claims[i]``.
    """

    doc: str
    sentence: str
    claims: tuple[Claim, ...]
    tokens: tuple[str, ...]
    slots: tuple[int, ...]

    @property
    def words(self) -> int:
        """Tokens that are words: neither a claim's placeholder nor a digit run."""
        return len(self.tokens) - len(self.slots) - self.tokens.count(DIGIT_RUN)


# A sentence and where its claims are (offset, length, kind) -> its tokens and slots.
Masks = dict[
    tuple[str, tuple[tuple[int, int, ClaimKind], ...]], tuple[tuple[str, ...], tuple[int, ...]]
]
# A claim, where its text starts in its sentence, and that text's length (spaces collapsed).
_Located = tuple[Claim, int, int]


def passages_of(claims: Iterable[Claim], masks: Masks | None = None) -> list[Passage]:
    """Group claims into sentence occurrences and mask each sentence.

    ``masks``, when given, is read and filled, so that a sentence several documents
    share with the same claims (a reprint repeats most) is masked once.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> s = "The fire destroyed 312 homes on Sunday, officials said."
        >>> c = Claim("a", ClaimKind.COUNT, 19, 22, "312", sentence=s)
        >>> passages_of([c])[0].tokens[:4]
        ('the', 'fire', 'destroyed', '\\x00count')
    """
    by_sentence: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.sentence:
            by_sentence[(claim.doc, claim.sentence)].append(claim)
    passages = []
    for (doc, sentence), members in by_sentence.items():
        members.sort(key=lambda c: (c.start, -c.end))
        for occurrence in _occurrences(sentence, members):
            passages.append(_mask(doc, sentence, occurrence, masks))
    return passages


def bare_passages(doc: str, sentences: Iterable[str], masks: Masks | None = None) -> list[Passage]:
    """Passages for sentences with no claims, so a number added by an edit has a counterpart
    (``masks`` as for :func:`passages_of`).

    Example:
        >>> bare_passages("a", ["Crews saved homes on the ridge."])[0].tokens[:3]
        ('crews', 'saved', 'homes')
    """
    return [_mask(doc, sentence, [], masks) for sentence in sentences]


def _occurrences(sentence: str, members: list[Claim]) -> list[list[_Located]]:
    """Split a sentence's claims where the sentence repeats (a headline printed twice).

    Claims of one occurrence are found left to right in the sentence; a claim
    not found after the previous one starts the next occurrence. A claim inside
    another (a date within a clock time) stays with it.
    """
    groups: list[list[_Located]] = [[]]
    cursor = 0
    outer_end = -1
    outer_at = 0
    for claim in members:
        text = " ".join(claim.text.split())
        if claim.start < outer_end:
            at = sentence.find(text, outer_at)
            groups[-1].append((claim, at if at >= 0 else outer_at, len(text)))
            continue
        at = sentence.find(text, cursor)
        if at < 0 and groups[-1]:
            groups.append([])
            at = sentence.find(text, 0)
        at = at if at >= 0 else len(sentence)
        groups[-1].append((claim, at, len(text)))
        cursor, outer_end, outer_at = at + len(text), claim.end, at
    return [g for g in groups if g]


def _mask(doc: str, sentence: str, located: list[_Located], masks: Masks | None = None) -> Passage:
    claims = tuple(c for c, _, _ in located)
    if masks is None:
        return Passage(doc, sentence, claims, *_masked(sentence, located))
    # What the masking reads of the claims: where each is, how long, which kind.
    key = (sentence, tuple((at, length, c.kind) for c, at, length in located))
    known = masks.get(key)
    if known is None:
        known = masks[key] = _masked(sentence, located)
    return Passage(doc, sentence, claims, *known)


def _masked(sentence: str, located: list[_Located]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    pattern = _token_pattern()
    lowered = sentence.lower()  # same length: offsets found in ``sentence`` still hold
    if len(lowered) != len(sentence):
        lowered = sentence
    tokens: list[str] = []
    slots: list[int] = []
    done = 0
    for claim, at, length in located:
        if at >= done:
            tokens += [w or DIGIT_RUN for w in pattern.findall(lowered, done, at)]
            done = at + length
        slots.append(len(tokens))
        tokens.append(_CLAIM_MARK + claim.kind.value)
    tokens += [w or DIGIT_RUN for w in pattern.findall(lowered, done)]
    return tuple(tokens), tuple(slots)


def is_claim_mark(token: str) -> bool:
    """Whether a masked token stands for a claim.

    Example:
        >>> is_claim_mark("said")
        False
    """
    return token.startswith(_CLAIM_MARK)


def similarity(a: Passage, b: Passage) -> float:
    """difflib's ratio of the two masked token sequences (1.0 = same wording).

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def one(doc, s, t):
        ...     return passages_of([Claim(doc, ClaimKind.DATE, 0, len(t), t, sentence=s)])[0]
        >>> similarity(one("a", "They meet on Tuesday in Geneva.", "Tuesday"),
        ...            one("b", "They meet on December 7 in Geneva.", "December 7"))
        1.0
    """
    return _matcher(a, b).ratio()


def similarity_from(a: Passage, b: Passage, threshold: float) -> float:
    """:func:`similarity`, when at least ``threshold``; else 0.0. difflib's cheap upper
    bounds rule most dissimilar pairs out without the full match.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def one(doc, s):
        ...     return passages_of([Claim(doc, ClaimKind.COUNT, 0, 2, "12", sentence=s)])[0]
        >>> a, b = one("a", "12 boats sank in the harbor."), one("b", "12 boats were lost.")
        >>> similarity_from(a, b, 0.6), similarity_from(a, b, 0.2) == similarity(a, b)
        (0.0, True)
    """
    matcher = _matcher(a, b)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return 0.0
    score = matcher.ratio()
    return score if score >= threshold else 0.0


def most_similar(passage: Passage, others: Iterable[Passage]) -> Passage | None:
    """The first of ``others`` with the highest :func:`similarity` to ``passage``.

    Each candidate's cheap upper bounds (``real_quick_ratio``, ``quick_ratio``) are
    tested first: one that cannot beat the best so far is never fully matched.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def one(doc, s):
        ...     return passages_of([Claim(doc, ClaimKind.COUNT, 0, 2, "12", sentence=s)])[0]
        >>> own = one("a", "12 boats sank in the harbor overnight.")
        >>> others = [one("b", "12 boats were lost."), one("c", "12 boats sank in the harbor.")]
        >>> most_similar(own, others).doc
        'c'
    """
    best: Passage | None = None
    best_score = 0.0
    for other in others:
        matcher = _matcher(passage, other)
        if best is not None and (
            matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score
        ):
            continue  # cannot score higher, and a tie keeps the earlier one
        score = matcher.ratio()
        if best is None or score > best_score:
            best, best_score = other, score
    return best


def _matcher(a: Passage, b: Passage) -> SequenceMatcher[str]:
    return SequenceMatcher(None, a.tokens, b.tokens, autojunk=False)


def opcodes(a: Passage, b: Passage) -> tuple[tuple[str, int, int, int, int], ...]:
    """difflib's edit operations from ``a``'s tokens to ``b``'s, worked out once per
    pair of wordings (drift pairs the claims, then asks what the edit replaced).

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def one(doc, s):
        ...     return passages_of([Claim(doc, ClaimKind.COUNT, 0, 2, "12", sentence=s)])[0]
        >>> [op for op, *_ in opcodes(one("a", "12 boats sank."), one("b", "12 boats were lost."))]
        ['equal', 'replace']
    """
    return _token_opcodes(a.tokens, b.tokens)


@lru_cache(maxsize=256)
def _token_opcodes(
    a: tuple[str, ...], b: tuple[str, ...]
) -> tuple[tuple[str, int, int, int, int], ...]:
    return tuple(SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


def align(passages: Sequence[Passage], threshold: float) -> list[tuple[Passage, Passage]]:
    """Pairs of near-duplicate passages of different documents, one to one per document pair,
    with a claim on at least one side (two claimless sentences have nothing to compare).

    Each pair is ``(earlier, later)`` in the order of ``passages``'s documents.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def one(doc, s, t):
        ...     return passages_of([Claim(doc, ClaimKind.COUNT, 0, len(t), t, sentence=s)])[0]
        >>> a = one("a", "Officials said 12 people died in the fire on the ridge.", "12")
        >>> b = one("b", "Officials said 21 people died in the fire on the ridge.", "21")
        >>> [(x.doc, y.doc) for x, y in align([a, b], 0.8)]
        [('a', 'b')]
    """
    usable = [p for p in passages if p.words >= MIN_WORDS and len(p.tokens) <= MAX_TOKENS]
    rank = {doc: n for n, doc in enumerate(dict.fromkeys(p.doc for p in passages))}
    same = _same_wording(usable, rank)
    pairs = [(usable[i], usable[j]) for i, j in sorted(same.pairs)]
    # Every pair of identical wording is taken before any fuzzy one (it scores 1.0), and
    # one is never refused: each passage meets one of its twins per document.
    taken = same.taken
    for _score, i, j in _fuzzy_scores(usable, same.fuzzy, rank, threshold):
        a, b = usable[i], usable[j]
        if (i, b.doc) in taken or (j, a.doc) in taken:
            continue
        taken.update({(i, b.doc), (j, a.doc)})
        pairs.append((a, b))
    return pairs


def _fuzzy_scores(
    usable: Sequence[Passage],
    wordings: Sequence[list[int]],
    rank: dict[str, int],
    threshold: float,
) -> list[tuple[float, int, int]]:
    """Passages of different ``wordings`` scoring at least ``threshold``: (score, earlier,
    later) by decreasing score, then position."""
    index = _BigramIndex(usable, wordings)
    seen: set[tuple[int, int]] = set()
    scored: list[tuple[float, int, int]] = []
    # A bare sentence is only ever a partner. In order of position: difflib's ratio
    # depends on which side comes first, and a pair is scored from its first passage.
    sources = sorted((i, w) for w, m in enumerate(wordings) if usable[m[0]].claims for i in m)
    for i, w in sources:
        passage = usable[i]
        for j in index.candidates(i, w):
            other = usable[j]
            first, second = (i, j) if rank[passage.doc] < rank[other.doc] else (j, i)
            if (first, second) in seen:
                continue
            seen.add((first, second))
            matcher = _matcher(passage, other)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            score = matcher.ratio()
            if score >= threshold:
                scored.append((score, first, second))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    return scored


@dataclass(frozen=True, slots=True)
class _SameWording:
    """Passages of identical masked wording, paired in order within each document pair."""

    pairs: list[tuple[int, int]]  # the pairs with claims: (earlier, later)
    taken: set[tuple[int, str]]  # (passage, other document) for the fuzzy search's pairs
    fuzzy: list[list[int]]  # the wordings missing from some document: their passages


def _same_wording(usable: Sequence[Passage], rank: dict[str, int]) -> _SameWording:
    """Pairs of identical masked sentences (most of a reprint), found by hashing;
    and the wordings left for the fuzzy search: those missing from some document."""
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, passage in enumerate(usable):
        groups[passage.tokens].append(i)
    same = _SameWording([], set(), [])
    for members in groups.values():
        if len(members) == 1:  # no twin (most edited sentences): nothing to pair
            if len(rank) > 1:
                same.fuzzy.append(members)
            continue
        by_doc: dict[str, list[int]] = defaultdict(list)
        for i in members:
            by_doc[usable[i].doc].append(i)
        complete = len(by_doc) == len(rank) and len({len(v) for v in by_doc.values()}) == 1
        with_claims = bool(usable[members[0]].claims)  # one wording: all or none have claims
        if complete and not with_claims:
            continue  # a claimless sentence every version repeats: nothing to pair or to block
        docs = sorted(by_doc, key=rank.__getitem__)
        for x, first_doc in enumerate(docs):
            for second_doc in docs[x + 1 :]:
                for i, j in zip(by_doc[first_doc], by_doc[second_doc], strict=False):
                    if with_claims:
                        same.pairs.append((i, j))
                    if not complete:  # only the fuzzy search's passages can be refused
                        same.taken.add((i, second_doc))
                        same.taken.add((j, first_doc))
        if not complete:
            same.fuzzy.append(members)
    return same


class _BigramIndex:
    """Masked word bigrams -> the wordings holding them.

    A wording is one masked sentence, with its passages (the versions that share it):
    it is indexed once. Only wordings with claims are ever looked up, so only their
    bigrams are indexed.
    """

    def __init__(self, passages: Sequence[Passage], wordings: Sequence[list[int]]) -> None:
        self._passages = passages
        self._wordings = wordings
        self._common = _COMMON_BIGRAM + 4 * len({passages[i].doc for m in wordings for i in m})
        self._bigrams = [frozenset(pairwise(passages[m[0]].tokens)) for m in wordings]
        looked_up = [
            b for b, m in zip(self._bigrams, wordings, strict=True) if passages[m[0]].claims
        ]
        wanted = frozenset().union(*looked_up)
        self._postings: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._holding: dict[tuple[str, str], int] = {}  # bigram -> passages holding it
        for w, bigrams in enumerate(self._bigrams):
            size = len(wordings[w])
            for bigram in bigrams & wanted:
                self._postings[bigram].append(w)
                self._holding[bigram] = self._holding.get(bigram, 0) + size
        self._near: dict[int, list[tuple[int, int]]] = {}

    def candidates(self, i: int, w: int) -> list[int]:
        """The passages of each other document sharing the most bigrams with passage ``i``
        (of wording ``w``), less those of its very wording: identical passages are paired
        by hashing, and would score 1.0 after those pairs (so be refused)."""
        doc = self._passages[i].doc
        best: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for v, count in self._near_wordings(w):
            for m in self._wordings[v]:
                if self._passages[m].doc != doc:
                    best[self._passages[m].doc].append((-count, m, v))
        return [
            m
            for ranked in best.values()
            for _, m, v in sorted(ranked)[:_CANDIDATES_PER_DOC]
            if v != w
        ]

    def _near_wordings(self, w: int) -> list[tuple[int, int]]:
        """The wordings (``w`` too) sharing at least a third of wording ``w``'s telling
        bigrams, with how many they share; a bigram more passages hold than ``_common``
        tells nothing."""
        near = self._near.get(w)
        if near is None:
            postings = [
                self._postings[b] for b in self._bigrams[w] if self._holding[b] <= self._common
            ]
            shared = Counter(chain.from_iterable(postings))
            needed = max(1, len(postings) // 3)
            near = self._near[w] = [(v, c) for v, c in shared.items() if c >= needed]
        return near


def pair_claims(a: Passage, b: Passage) -> list[tuple[Claim | None, Claim | None]]:
    """Claims of two aligned passages, one to one; ``None`` where one has no counterpart.

    Claims in unchanged stretches of wording pair by position; the rest pair by
    kind in sentence order (so a date moved to the end of the sentence still
    pairs with itself).

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> s, t = "Crews saved 40 homes on Sunday.", "Crews saved 40 homes."
        >>> a = passages_of([Claim("a", ClaimKind.COUNT, 12, 14, "40", sentence=s),
        ...                  Claim("a", ClaimKind.DATE, 24, 30, "Sunday", sentence=s)])[0]
        >>> b = passages_of([Claim("b", ClaimKind.COUNT, 12, 14, "40", sentence=t)])[0]
        >>> [(x and x.text, y and y.text) for x, y in pair_claims(a, b)]
        [('40', '40'), ('Sunday', None)]
    """
    if a.tokens == b.tokens:
        # Same wording (most aligned pairs): one unchanged stretch, so claims pair by
        # position, as the opcodes below would pair them, without running difflib.
        return list(zip(a.claims, b.claims, strict=True))
    return _pair_by_opcodes(a, b)


def _pair_by_opcodes(a: Passage, b: Passage) -> list[tuple[Claim | None, Claim | None]]:
    at_a = {slot: n for n, slot in enumerate(a.slots)}
    at_b = {slot: n for n, slot in enumerate(b.slots)}
    pairs: list[tuple[Claim | None, Claim | None]] = []
    left_a, left_b = set(range(len(a.claims))), set(range(len(b.claims)))
    for tag, i1, i2, j1, _j2 in opcodes(a, b):
        if tag != "equal":
            continue
        for offset in range(i2 - i1):
            n, m = at_a.get(i1 + offset), at_b.get(j1 + offset)
            if n is not None and m is not None:
                pairs.append((a.claims[n], b.claims[m]))
                left_a.discard(n)
                left_b.discard(m)
    rest_b = sorted(left_b)
    for n in sorted(left_a):
        m = next((m for m in rest_b if b.claims[m].kind is a.claims[n].kind), None)
        if m is None:
            pairs.append((a.claims[n], None))
        else:
            rest_b.remove(m)
            pairs.append((a.claims[n], b.claims[m]))
    pairs.extend((None, b.claims[m]) for m in rest_b)
    return pairs
