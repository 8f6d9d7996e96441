"""``type: support`` — every number of a derived text must have support in its source.

A story's ``role: derived`` documents (summaries, headlines, rewrites) are
checked against its ``role: source`` documents. Each derived claim is read as
an interval (:func:`reading`) and looked for among the source claims of the
same kind whose measure, event, subject and unit do not disagree (a side
that does not know one is no disagreement):

- supported: a source value lies in the derived reading ("nearly 600" for 591,
  "$3.1 billion" for "$3,087 million", "Tuesday" for December 7, "10 a.m. ET"
  for "1500 GMT"), or, for a hedged or vague source, the intervals overlap;
- ``verdict: contradicted``: not supported, and a source claim is clearly its
  counterpart (same measure, event or counted noun, or a near-duplicate
  sentence) but says something else ("13 percent" for 13.8 percent);
- ``verdict: missing``: not supported and no counterpart (a number the source
  never states).

Readings (documented rounding): a hedged claim ("about", "nearly", "more
than") takes the interval the hedge rules give; an unhedged figure covers the
values that round to it ("13 percent" is [12.5, 13.5)), except a round figure
with one significant digit and no hedge ("600", "$3 billion"), which must be
what the source says: rounding 591 to "600" needs a "nearly". Stories with no
derived document are left alone.

Anti-pattern (contradicted)::

    source:  Sales rose 13.8 percent in the quarter.
    summary: Sales rose 13 percent.

Best practice (supported)::

    source:  Revenue was $3,087 million.
    summary: Revenue was $3.1 billion.

Example rule::

    - id: derived-contradicts-source
      type: support
      verdict: contradicted
      severity: error
      message: "{derived} contradicts the source's {source} (reading: {reading})"
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, partial

from claimcheck.model import NUMERIC_KINDS, Claim, ClaimKind, Document, Finding, Flag
from claimcheck.rules.align import (
    Masks,
    Passage,
    most_similar,
    passages_of,
    similarity,
    similarity_from,
)
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_choice, parse_header
from claimcheck.rules.values import bounds, describe, overlaps
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset(
    {"derived", "source", "reading", "kind", "measure", "sentence", "source_sentence", "docs"}
)
TYPE_KEYS = ("verdict", "scope")
VERDICTS = ("contradicted", "missing")
SCOPES = ("source", "headline")  # derived documents vs sources; a headline vs its own body
_NOTHING = "nothing"
_SAME_SENTENCE = 0.6  # masked-token similarity above which two sentences say the same thing
_EPSILON = 1e-9
_NEAR = 0.25  # relative distance within which a different figure reads as a mis-statement


@cache
def _mantissa() -> re.Pattern[str]:
    return re.compile(r"\d[\d,]*(?:\.\d+)?")


@cache
def _scale_word() -> re.Pattern[str]:
    # (?<=\d): a scale written onto the figure ("$10bn") counts as much as a spaced one.
    return re.compile(
        r"(?:\b|(?<=\d))(?:thousand|million|billion|trillion|bn|mn|m|k)\b", re.IGNORECASE
    )


@dataclass(frozen=True, slots=True)
class Reading:
    """The values a derived claim allows, ``[low, high)`` (a point when equal), and why."""

    low: float
    high: float
    label: str
    ends: tuple[float, float] | None = None  # a stated range: "$90 million to $100 million"

    def holds(self, value: float) -> bool:
        if self.high <= self.low:
            return abs(value - self.low) <= _EPSILON * max(1.0, abs(value))
        return self.low - _EPSILON <= value < self.high


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one derived claim fares against the source: the best source claim, if any."""

    derived: Claim
    status: str  # supported | contradicted | missing
    source: Claim | None
    reading: str
    source_sentence: str


@dataclass(frozen=True, slots=True)
class SupportRule:
    header: RuleHeader
    verdict: str
    scope: str = "source"

    @classmethod
    def parse(cls, entry: Located) -> SupportRule:
        header = parse_header(entry, TYPE_KEYS, PLACEHOLDERS)
        verdict = parse_choice(entry, "verdict", VERDICTS, default="contradicted")
        return cls(header, verdict, parse_choice(entry, "scope", SCOPES, default="source"))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        if self.scope == "headline":
            # Imported here: the headline module builds on this one's judge().
            from claimcheck.rules.headline import judge_headlines

            judge_all = partial(judge_headlines, claims, context.documents, context.memo.masks())
        else:
            judge_all = partial(judge_story_claims, claims, context.documents, context.memo.masks())
        # Rules of one scope over the same claims share the verdicts, keeping different ones.
        judged = context.memo.shared(("support", self.scope), claims, judge_all)
        findings = []
        for story, verdict in judged:
            if verdict.status == self.verdict:
                findings.append(self._finding(verdict, story))
        return findings

    def _finding(self, verdict: Verdict, story: str) -> Finding:
        derived, source = verdict.derived, verdict.source
        message = self.header.message.render(
            {
                "derived": describe(derived),
                "source": describe(source) if source else _NOTHING,
                "reading": verdict.reading,
                "kind": derived.kind.value,
                "measure": derived.measure or "",
                "sentence": derived.sentence,
                "source_sentence": verdict.source_sentence or _NOTHING,
                "docs": f"{source.doc if source else '?'} -> {derived.doc}",
            }
        )
        cited = [derived] if source is None else [derived, source]
        key = (("kind", derived.kind.value), ("verdict", verdict.status))
        return make_finding(self.header, message, cited, key, story or None)


def judge_story_claims(
    claims: Sequence[Claim], documents: Mapping[str, Document], masks: Masks | None = None
) -> list[tuple[str, Verdict]]:
    """Every derived claim of every story with a source, judged against that source
    (``masks``: see :func:`judge`).

    Example:
        >>> from claimcheck.model import Document
        >>> judge_story_claims([], {"a": Document("a", "a.md", "", "", role="source")})
        []
    """
    by_story: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        document = documents.get(claim.doc)
        if document is not None and document.role in ("source", "derived"):
            by_story[document.story or ""].append(claim)
    judged = []
    for story, members in by_story.items():
        source = [c for c in members if documents[c.doc].role == "source"]
        derived = [c for c in members if documents[c.doc].role == "derived"]
        if not derived:
            continue
        texts = [
            d.text.lower()
            for d in documents.values()
            if d.role == "source" and (d.story or "") == story
        ]
        if not texts:
            continue  # no source document in the story: nothing to judge against
        judged += [(story, v) for v in judge(derived, source, texts, masks)]
    return judged


def judge(
    derived: Sequence[Claim],
    source: Sequence[Claim],
    source_texts: Sequence[str] = (),
    masks: Masks | None = None,
) -> list[Verdict]:
    """Judge derived claims against source claims (``source_texts``: the sources, lowercased,
    for claims that carry no value; ``masks``: masked sentences to reuse and fill, as for
    :func:`~claimcheck.rules.align.passages_of`).

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> s = Claim("s", ClaimKind.PERCENT, 0, 4, "13.8 percent", 13.8, 13.75, 13.85)
        >>> d = Claim("d", ClaimKind.PERCENT, 0, 2, "13 percent", 13.0, 12.5, 13.5)
        >>> judge([d], [s])[0].status
        'contradicted'
    """
    by_kind: dict[ClaimKind, list[Claim]] = defaultdict(list)
    for claim in source:
        by_kind[claim.kind].append(claim)
    sentences = _Sentences(source, derived, masks)
    return [_judge_one(claim, by_kind[claim.kind], sentences, source_texts) for claim in derived]


class _Sentences:
    """The masked sentences of one judging, and how alike they are: each made once.

    Masked sentences are needed only for claims no agreeing source claim supports,
    so they are made on first use. Claims of one sentence (a headline's) compare it
    with the same source sentences: each comparison is made once.
    """

    def __init__(
        self, source: Sequence[Claim], derived: Sequence[Claim], masks: Masks | None
    ) -> None:
        self._claims = (source, derived, masks)
        # (derived doc, sentence, source doc, sentence) -> similarity
        self._similarity: dict[tuple[str, str, str, str], float] = {}
        self._closest: dict[tuple[str, str], str] = {}  # derived (doc, sentence) -> closest

    @cached_property
    def _source(self) -> dict[tuple[str, str], Passage]:
        source, _, masks = self._claims
        return _passages_by_sentence(source, masks)

    @cached_property
    def _derived(self) -> dict[tuple[str, str], Passage]:
        _, derived, masks = self._claims
        return _passages_by_sentence(derived, masks)

    def own(self, claim: Claim) -> Passage | None:
        """The derived claim's masked sentence."""
        return self._derived.get((claim.doc, claim.sentence))

    def same_sentence(self, own: Passage | None, other: Claim) -> float:
        """:meth:`alike` when at least ``_SAME_SENTENCE`` (most pairs are ruled out
        without difflib's full match), else 0."""
        pair = self._pair(own, other) if own is not None else None
        if own is None or pair is None:
            return 0.0
        theirs, key = pair
        alike = self._similarity.get(key)
        if alike is None:
            alike = similarity_from(own, theirs, _SAME_SENTENCE)
            if alike:  # the full ratio: worth keeping for alike()
                self._similarity[key] = alike
        return alike if alike >= _SAME_SENTENCE else 0.0

    def alike(self, own: Passage | None, other: Claim) -> float:
        """How alike the derived sentence and ``other``'s sentence are (0 when unknown)."""
        pair = self._pair(own, other) if own is not None else None
        if own is None or pair is None:
            return 0.0
        theirs, key = pair
        known = self._similarity.get(key)
        if known is None:
            known = self._similarity[key] = similarity(own, theirs)
        return known

    def _pair(self, own: Passage, other: Claim) -> tuple[Passage, tuple[str, str, str, str]] | None:
        """``other``'s masked sentence and the key of its pair with ``own``."""
        theirs = self._source.get((other.doc, other.sentence))
        if theirs is None:
            return None
        return theirs, (own.doc, own.sentence, theirs.doc, theirs.sentence)

    def closest(self, own: Passage | None) -> str:
        """The source sentence most like the derived one ("" when unknown)."""
        if own is None:
            return ""
        key = (own.doc, own.sentence)
        known = self._closest.get(key)
        if known is None:
            best = most_similar(own, self._source.values())
            known = self._closest[key] = best.sentence if best is not None else ""
        return known


def _judge_one(
    claim: Claim,
    candidates: Sequence[Claim],
    sentences: _Sentences,
    source_texts: Sequence[str],
) -> Verdict:
    read = reading(claim)
    if read is None:
        # No value ("the previous year" with no reference date): only its digits can be checked.
        unjudged = not _mantissa().search(claim.text)
        status = "supported" if unjudged or _worded_alike(claim, source_texts) else "missing"
        return Verdict(claim, status, None, "as worded (no value to compare)", "")
    agreeing = [c for c in candidates if _keys_agree(claim, c)]
    for other in agreeing:
        if supports(other, read) or (read.ends is None and _same_figure(claim, other)):
            return Verdict(claim, "supported", other, read.label, other.sentence)
    own = sentences.own(claim)
    scored = sorted(
        ((_identity(claim, other, own, sentences), n) for n, other in enumerate(agreeing)),
        reverse=True,
    )
    if scored and scored[0][0] > 0:
        best = agreeing[scored[0][1]]
        # The figure itself, in a source sentence closer to the derived one than the
        # counterpart's, is the source's statement read under another measure name.
        same = [o for o in candidates if supports(o, read)]
        closest = max(same, key=partial(sentences.alike, own), default=None)
        if closest is not None and sentences.alike(own, closest) > sentences.alike(own, best):
            return Verdict(claim, "supported", closest, read.label, closest.sentence)
        return Verdict(claim, "contradicted", best, read.label, best.sentence)
    # Looser: a figure the source states for another measure is still the source's figure.
    if any(supports(other, read) for other in candidates):
        return Verdict(claim, "supported", None, read.label, "")
    if _worded_alike(claim, source_texts):
        return Verdict(claim, "supported", None, "as worded in the source", "")
    return Verdict(claim, "missing", None, read.label, sentences.closest(own))


def _worded_alike(claim: Claim, source_texts: Sequence[str]) -> bool:
    """The source says it in the same words (a figure its extraction read differently)."""
    said = " ".join(claim.text.lower().split())
    return any(_whole(said, text) for text in source_texts)


def _whole(phrase: str, text: str) -> bool:
    """``phrase`` occurs in ``text`` not as part of a longer number or word."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not (
            after.isalnum() or (after in ".," and text[end + 1 : end + 2].isdigit())
        ):
            return True
        start = text.find(phrase, start + 1)
    return False


def reading(claim: Claim) -> Reading | None:
    """The interval a derived claim allows, and the reading's name for the message.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> reading(Claim("d", ClaimKind.COUNT, 0, 3, "600", 600.0, 550.0, 650.0)).label
        'exact (a round figure without a hedge)'
    """
    span = bounds(claim)
    if span is None or claim.has_flag(Flag.UNRESOLVED) or claim.has_flag(Flag.UNNORMALIZED):
        return None
    low, high = span
    if claim.kind in NUMERIC_KINDS and _is_range(claim):
        return Reading(low, high, f"the range [{low:g}, {high:g}]", ends=(low, high))
    if claim.kind not in NUMERIC_KINDS:
        return Reading(low, high, f"the {claim.granularity or 'interval'} it names")
    if claim.hedge:
        return Reading(low, high, f"'{claim.hedge}': [{low:g}, {high:g})")
    if claim.has_flag(Flag.VAGUE):
        return Reading(low, high, f"vague: [{low:g}, {high:g})")
    if claim.value is not None and _round_figure(claim.text):
        return Reading(claim.value, claim.value, "exact (a round figure without a hedge)")
    if claim.kind is ClaimKind.MONEY and claim.value is not None and _padded_cents(claim.text):
        # "$6.90": prices print two decimals, so the zero says nothing about precision.
        low, high = claim.value - 10 * (claim.value - low), claim.value + 10 * (high - claim.value)
        return Reading(low, high, f"rounded, cents padded with a zero: [{low:g}, {high:g})")
    return Reading(low, high, f"rounded: [{low:g}, {high:g})")


def _padded_cents(text: str) -> bool:
    """A price with two decimals, the last a zero, still two significant digits without it:
    "$6.90" reads as "$6.9". Not "$0.10" (as "$0.1" a one-digit round figure, which must be
    exact) nor "$1.20 billion" (a scaled figure's decimals are chosen, not conventional)."""
    found = _mantissa().search(text)
    if found is None or re.fullmatch(r"[\d,]*\.\d0", found.group()) is None:
        return False
    significant = found.group()[:-1].replace(",", "").replace(".", "").lstrip("0")
    return len(significant) >= 2 and not _scale_word().search(text)


def _round_figure(text: str) -> bool:
    """One significant digit, and big: "600", "$3 billion" (not "7", "10 percent")."""
    found = _mantissa().search(text)
    if found is None:
        return False
    digits = found.group().replace(",", "")
    if "." in digits:
        return False
    significant = digits.lstrip("0").rstrip("0")
    return len(significant) == 1 and (len(digits) >= 3 or bool(_scale_word().search(text)))


def supports(source: Claim, read: Reading) -> bool:
    """Whether a source claim's value is one the derived reading allows.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> s = Claim("s", ClaimKind.COUNT, 0, 3, "591", 591.0, 590.5, 591.5)
        >>> supports(s, Reading(540.0, 600.0, "nearly"))
        True
    """
    span = bounds(source)
    if span is None:
        return False
    if read.ends is not None:
        return _within_range(span, read.ends, _is_range(source))
    if source.value is not None and read.holds(source.value):
        return True
    if _is_range(source) and any(read.holds(end) for end in span):
        return True  # "$90 million" is one end of "$90 million to $100 million"
    precise = source.kind in NUMERIC_KINDS and not source.hedge
    if precise and not source.has_flag(Flag.VAGUE) and source.value is not None:
        return read.holds(source.value)
    return overlaps(span, (read.low, read.high))


def _same_figure(claim: Claim, other: Claim) -> bool:
    """The same number, however bounded: "below $25 billion" and "$25 billion"."""
    # abs: a source "fall below $25 billion" is read as a change, its figure is the same.
    return (
        claim.value is not None
        and other.value is not None
        and (abs(claim.value) == abs(other.value))
    )


def _within_range(span: tuple[float, float], ends: tuple[float, float], ranged: bool) -> bool:
    """A source range must have the same ends; a source figure must lie inside."""
    if ranged:
        return all(
            abs(a - b) <= _EPSILON * max(1.0, abs(a)) for a, b in zip(span, ends, strict=True)
        )
    return ends[0] <= span[0] and span[1] <= ends[1]


def _is_range(claim: Claim) -> bool:
    return len(_mantissa().findall(claim.text)) >= 2


def _keys_agree(a: Claim, b: Claim) -> bool:
    return all(
        x is None or y is None or x == y
        for x, y in (
            (a.measure, b.measure),
            (a.event, b.event),
            (a.subject, b.subject),
            (a.unit, b.unit),
        )
    )


def _identity(claim: Claim, other: Claim, own: Passage | None, sentences: _Sentences) -> float:
    """How surely ``other`` is the source's statement of what ``claim`` states (0: not)."""
    score = 0.0
    if claim.measure and claim.measure == other.measure:
        score += 2.0
    if claim.event and claim.event == other.event:
        score += 2.0
    if claim.counted and other.counted and _head(claim.counted) == _head(other.counted):
        score += 1.0
    if _near(claim, other):
        score += 0.5  # a mis-stated figure is usually close to the true one
    alike = sentences.same_sentence(own, other)
    if alike:
        score += 1.0 + alike
    return score


def _near(claim: Claim, other: Claim) -> bool:
    if claim.kind not in NUMERIC_KINDS or claim.value is None or other.value is None:
        return False
    scale = max(abs(claim.value), abs(other.value))
    return scale > 0 and abs(claim.value - other.value) <= _NEAR * scale


def _head(counted: str) -> str:
    return counted.lower().split()[-1].rstrip("s") if counted.split() else ""


def _passages_by_sentence(
    claims: Iterable[Claim], masks: Masks | None
) -> dict[tuple[str, str], Passage]:
    return {(p.doc, p.sentence): p for p in passages_of(claims, masks)}
