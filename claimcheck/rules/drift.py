"""``type: drift`` — a number or date changed between versions of one story.

Within a story, near-duplicate sentences of two documents (one outlet
reprinting and editing another's copy) are aligned with their numbers masked
(``similarity``: difflib ratio of the masked words, 0.8 by default), and their
claims pair up one to one (:mod:`claimcheck.rules.align`). A pair is drift when:

- both say it the same way apart from digits ("$2.4 million" / "$4.2 million",
  "December 3" / "December 4") and the stated values differ beyond the
  ``tolerance``; or
- they say it differently ("Friday" / "December 3", "12" / "twelve",
  "3 p.m. MT" / "5 p.m. ET") and the resolved intervals do not overlap: an
  edit that names the same day or the same amount in other words is not drift.

With ``report_missing: true`` (the default) a claim with no counterpart in the
aligned sentence (a number added or removed by the edit) is a finding too,
at the rule's severity when the number was edited in place so that only one side
reads as a claim ("Three" -> "Ten", "Ana Ruiz, 61" -> "Ana Ruiz, 610"), else at
``missing_severity`` (default: the rule's severity; the core pack says ``info``: a
re-edit that trims a clause drops its numbers without contradicting them);
``{change}`` then reads ``added`` or ``removed``.
``{old}`` is the earlier version's claim: a ``role: source`` document first,
then by publication time (ties: in the order given).

Anti-pattern (drift)::

    wire:    ... approved a $2.4 million emergency fund on Monday.
    reprint: ... approved a $4.2 million emergency fund on Monday.

Best practice (no drift)::

    wire:    ... On Friday, the mayor ordered 1,200 residents to leave.
    reprint: ... On March 7, the mayor ordered 1,200 residents to leave.
    (March 7 being that Friday)

Example rule::

    - id: drift
      type: drift
      severity: error
      message: "{kind} {change} between versions: {old} -> {new} ({docs})"
      similarity: 0.8
      report_missing: true
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from claimcheck.extractors.numbers import number_vocabulary
from claimcheck.model import DAY_FROM_OTHER_SENTENCE, Claim, ClaimKind, Document, Finding, Severity
from claimcheck.rules.align import (
    DIGIT_RUN,
    Masks,
    Passage,
    align,
    bare_passages,
    is_claim_mark,
    opcodes,
    pair_claims,
    passages_of,
)
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_header
from claimcheck.rules.values import Tolerance, bounds, compatible, describe, parse_tolerance
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset({"old", "new", "docs", "kind", "change", "sentence", "measure"})
TYPE_KEYS = ("similarity", "tolerance", "report_missing", "missing_severity")
_NOTHING = "nothing"
_DAY = 86400.0
_LONGEST_SENTENCE = 1200  # claims of longer ones carry a window, never the whole sentence
_LATEST = dt.datetime.max.replace(tzinfo=dt.UTC)


@cache
def _digits() -> re.Pattern[str]:
    return re.compile(r"\d[\d.,:]*")


@dataclass(frozen=True, slots=True)
class DriftRule:
    header: RuleHeader
    similarity: float
    tolerance: Tolerance
    report_missing: bool
    missing_severity: Severity | None = None  # None: the rule's severity

    @classmethod
    def parse(cls, entry: Located) -> DriftRule:
        header = parse_header(entry, TYPE_KEYS, PLACEHOLDERS)
        similarity = entry.get("similarity", 0.8)
        if isinstance(similarity, bool) or not isinstance(similarity, int | float):
            raise entry.error("'similarity' must be a number", key="similarity", hint="e.g. 0.8")
        if not 0 < similarity <= 1:
            raise entry.error(
                "'similarity' must be in (0, 1]", key="similarity", hint="1 means same wording"
            )
        report_missing = entry.get("report_missing", True)
        if not isinstance(report_missing, bool):
            raise entry.error("'report_missing' must be true or false", key="report_missing")
        missing_text = entry.get("missing_severity")
        try:
            missing = None if missing_text is None else Severity(str(missing_text))
        except ValueError:
            raise entry.error(
                f"bad missing_severity '{missing_text}'",
                key="missing_severity",
                hint="use error, warning or info",
            ) from None
        return cls(header, float(similarity), parse_tolerance(entry), report_missing, missing)

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        by_story: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_story[context.story_of(claim)].append(claim)
        findings = []
        for story, members in by_story.items():
            documents = context.documents_of_story(story)
            if len(documents) < 2:
                continue  # one version: nothing to drift from
            masks = context.memo.masks()  # versions of a story share most sentences
            passages = passages_of(members, masks)
            if self.report_missing:
                passages += _claimless(members, documents, context, masks)
            order = _version_order(documents)
            passages.sort(key=lambda p: order.get(p.doc, (2, _LATEST, 0)))
            for earlier, later in align(passages, self.similarity):
                findings.extend(self._compare(earlier, later, story or None))
        return findings

    def _compare(self, earlier: Passage, later: Passage, story: str | None) -> list[Finding]:
        findings = []
        edited: bool | None = None  # whether a number was edited in place; asked once
        for old, new in pair_claims(earlier, later):
            if old is not None and new is not None:
                if changed(old, new, self.tolerance):
                    findings.append(self._finding(old, new, "changed", earlier, later, story))
            elif self.report_missing:
                change = "removed" if new is None else "added"
                finding = self._finding(old, new, change, earlier, later, story)
                if self.missing_severity is not None:
                    edited = _number_edited(earlier, later) if edited is None else edited
                    if not edited:
                        finding = replace(finding, severity=self.missing_severity)
                findings.append(finding)
        return findings

    def _finding(
        self,
        old: Claim | None,
        new: Claim | None,
        change: str,
        earlier: Passage,
        later: Passage,
        story: str | None,
    ) -> Finding:
        cited = [c for c in (old, new) if c is not None]
        sample = cited[0]
        message = self.header.message.render(
            {
                "old": describe(old) if old else _NOTHING,
                "new": describe(new) if new else _NOTHING,
                "docs": f"{earlier.doc} -> {later.doc}",
                "kind": sample.kind.value,
                "change": change,
                "sentence": later.sentence if new else earlier.sentence,
                "measure": sample.measure or "",
            }
        )
        key = (("kind", sample.kind.value), ("change", change))
        return make_finding(self.header, message, cited, key, story)


def _number_edited(earlier: Passage, later: Passage) -> bool:
    """Whether a number was edited in place so that the two sides read differently
    ("Three" -> "Ten", "Ana Ruiz, 61" -> "Ana Ruiz, 610"): a replaced stretch with a
    number on each side (a claim, a digit run or a number word). A clause trimmed or
    added with its numbers is not."""
    words = number_vocabulary().number_words

    def numeric(tokens: Sequence[str]) -> bool:
        return any(t == DIGIT_RUN or t in words or is_claim_mark(t) for t in tokens)

    return any(
        op == "replace" and numeric(earlier.tokens[i1:i2]) and numeric(later.tokens[j1:j2])
        for op, i1, i2, j1, j2 in opcodes(earlier, later)
    )


def changed(old: Claim, new: Claim, tolerance: Tolerance) -> bool:
    """Whether an edit changed what a claim says.

    Same wording apart from digits: the stated values must match (within the
    tolerance). Other wording: the resolved intervals must overlap.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> def count(t, v, lo, hi):
        ...     return Claim("a", ClaimKind.COUNT, 0, len(t), t, value=v, low=lo, high=hi)
        >>> changed(count("12", 12, 11.5, 12.5), count("twelve", 12, 11.5, 12.5), Tolerance())
        False
        >>> changed(count("1,200", 1200, 1150, 1250), count("1,210", 1210, 1205, 1215), Tolerance())
        True
    """
    new = _same_day_as(new, old)
    if bounds(old) is None and bounds(new) is None:
        return old.text != new.text and (
            not _same_form(old.text, new.text) or _digits_of(old) != _digits_of(new)
        )
    if _same_form(old.text, new.text) and old.value is not None and new.value is not None:
        slack = tolerance.slack(old, new)
        # The high end too: "March 3-5" edited to "March 3-6" keeps its start.
        highs = (old.high, new.high)
        return abs(old.value - new.value) > slack or (
            highs[0] is not None and highs[1] is not None and abs(highs[0] - highs[1]) > slack
        )
    return not compatible(old, new, tolerance)


def _same_day_as(claim: Claim, other: Claim) -> Claim:
    """A clock time whose day was borrowed from another sentence, moved to ``other``'s day.

    The sentence states only the clock time; its day is drift of the sentence
    that states it, not of this one (a reordered paragraph lends another day).
    """
    borrowed = not DAY_FROM_OTHER_SENTENCE.isdisjoint((*claim.flags, *other.flags))
    if claim.kind is not ClaimKind.TIME or not borrowed:
        return claim
    if claim.value is None or other.value is None:
        return claim
    days = round((other.value - claim.value) / _DAY)
    if days == 0:
        return claim
    shift = days * _DAY
    return replace(
        claim,
        value=claim.value + shift,
        low=None if claim.low is None else claim.low + shift,
        high=None if claim.high is None else claim.high + shift,
    )


def _same_form(a: str, b: str) -> bool:
    """Whether two claims are worded alike apart from digits (the same text, most often)."""
    return a == b or _form(a) == _form(b)


def _form(text: str) -> str:
    return _digits().sub("#", " ".join(text.lower().split()))


def _digits_of(claim: Claim) -> list[str]:
    return _digits().findall(claim.text)


def _claimless(
    claims: Sequence[Claim], documents: Sequence[Document], context: RuleContext, masks: Masks
) -> list[Passage]:
    """The story sentences that carry no claim, as alignment targets for added numbers."""
    with_claims: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        with_claims[claim.doc].add(claim.sentence)
    passages: list[Passage] = []
    for document in documents:
        taken = with_claims[document.id]
        unclaimed: dict[str, None] = {}
        for sentence in context.sentences_of(document):
            if not sentence.boilerplate and sentence.end - sentence.start <= _LONGEST_SENTENCE:
                text = " ".join(sentence.text.split())
                if text not in taken:
                    unclaimed[text] = None
        passages += bare_passages(document.id, unclaimed, masks)
    return passages


def _version_order(documents: Sequence[Document]) -> dict[str, tuple[int, dt.datetime, int]]:
    """Earlier versions first: a ``role: source`` document, then by publication time,
    then in the order the documents were given."""
    return {
        d.id: (0 if d.role == "source" else 1, _published(d), n) for n, d in enumerate(documents)
    }


def _published(document: Document) -> dt.datetime:
    if document.published is None:
        return _LATEST
    stamp = document.published
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)
