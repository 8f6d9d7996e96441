"""``type: source-tokens`` — every token with digits in a derived text occurs in its source.

Claims (counts, money, dates, ...) are judged by ``type: support``. The rest of
a derived text's digits are identifiers, model numbers, names with numbers and
ordinals ("H5N1", "Model 3", "G7", "9th"): not claims, yet the promise
for a summary or a headline is that every number in it comes from the source.
So each such token must occur in the source (``scope: source``) or in the
document's own body (``scope: headline``), compared as a sequence of word and
digit runs: case, hyphens and dashes, spaces between a name and its number and
thousands separators do not matter ("COVID-19" = "Covid 19" = "COVID19",
"1,200" = "1200"), and a number the source writes in words counts
("9th" = "ninth", text2num). A token whose digits all lie inside a claim is
left to the support rules.

The finding cites the token (no claim: it is none) and the best source
sentence: one holding a token of the same shape with other digits
("Kestrel-5" for "Kestrel-7"), else the one sharing the most words.

Anti-pattern::

    source:  Harlow Appliances recalled its Kestrel-5 space heaters on Monday.
    summary: Harlow recalled its Kestrel-7 heaters.

Example rule::

    - id: derived-number-not-in-source
      type: source-tokens
      severity: warning
      message: "{token} does not occur in the source ({location})"
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial

from claimcheck.model import Claim, Document, Finding, Sentence
from claimcheck.rules.context import RuleContext
from claimcheck.rules.findings import make_finding
from claimcheck.rules.header import RuleHeader, parse_choice, parse_header
from claimcheck.rules.headline import headline_span
from claimcheck.yamlfile import Located

PLACEHOLDERS = frozenset(
    {"token", "sentence", "source_token", "source_sentence", "location", "docs"}
)
TYPE_KEYS = ("scope",)
SCOPES = ("source", "headline")
_NOTHING = "nothing"
_EDGE = "\"'“”‘’()[]{}<>.,;:!?*"
_POSSESSIVE = ("'s", "’s")


@cache
def _word() -> re.Pattern[str]:
    return re.compile(r"\S+")


@cache
def _run() -> re.Pattern[str]:
    # Letters and digits are separate runs, so "COVID19" and "COVID-19" read alike;
    # a decimal point stays inside a number ("2.5" is not "2 5").
    return re.compile(r"[^\W\d_]+|\d+(?:\.\d+)*")


@cache
def _digit_run() -> re.Pattern[str]:
    return re.compile(r"\d+")


@cache
def _thousands() -> re.Pattern[str]:
    return re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


@dataclass(frozen=True, slots=True)
class DigitToken:
    """A whitespace-delimited token with a digit that no claim covers, by offsets."""

    start: int
    end: int
    text: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a token is, or the closest the source comes to it."""

    found: bool
    source_token: str = ""
    source_sentence: str = ""


def runs(text: str) -> tuple[str, ...]:
    """A token as the comparison sees it: lowercase word and digit runs.

    Example:
        >>> runs("Kestrel-5"), runs("Covid19"), runs("1,200")
        (('kestrel', '5'), ('covid', '19'), ('1200',))
    """
    plain = _thousands().sub("", text.lower())
    return tuple(_run().findall(plain))


def _shape(token_runs: Sequence[str]) -> tuple[str, ...]:
    return tuple("#" if run[0].isdigit() else run for run in token_runs)


def digit_tokens(
    text: str, sentences: Iterable[Sentence], claimed: Sequence[tuple[int, int]]
) -> list[DigitToken]:
    """Tokens of ``sentences`` with a digit run outside every ``claimed`` span.

    ``claimed`` must be sorted and non-overlapping (:func:`merge_spans`).

    Example:
        >>> from claimcheck.model import Sentence
        >>> s = "Sales of Kestrel-5 drones fell 30% in Q4."
        >>> [t.text for t in digit_tokens(s, [Sentence(0, len(s), s)], [(31, 34)])]
        ['Kestrel-5', 'Q4']
    """
    starts = [span[0] for span in claimed]
    found = []
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        if _digit_run().search(text, sentence.start, sentence.end) is None:
            continue  # most sentences: no word to look at
        for match in _word().finditer(text, sentence.start, sentence.end):
            if _digit_run().search(text, match.start(), match.end()) is None:
                continue  # trimming a word without digits leaves none
            start, end = _trimmed(text, match.start(), match.end())
            if start >= end:
                continue
            digits = [(m.start(), m.end()) for m in _digit_run().finditer(text, start, end)]
            if any(not _covered(span, claimed, starts) for span in digits):
                found.append(DigitToken(start, end, text[start:end], sentence.text))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if text[start:end].lower().endswith(_POSSESSIVE):
        end -= 2
    return start, end


def _covered(span: tuple[int, int], claimed: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    at = bisect.bisect_right(starts, span[0]) - 1
    return at >= 0 and claimed[at][1] >= span[1]


def merge_spans(claims: Iterable[Claim]) -> list[tuple[int, int]]:
    """The claims' ``[start, end)`` spans, sorted and merged where they overlap.

    Example:
        >>> from claimcheck.model import Claim, ClaimKind
        >>> date, time = ClaimKind.DATE, ClaimKind.TIME
        >>> merge_spans([Claim("a", date, 5, 9, "x"), Claim("a", time, 0, 6, "y")])
        [(0, 9)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted((c.start, c.end) for c in claims):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@dataclass(slots=True)
class SourceIndex:
    """The runs of a source's sentences, indexed by run, to find a token's runs in a row."""

    sentences: Sequence[str]
    convert_words: bool = True  # also look in a copy with number words as digits
    _runs: list[str] = field(init=False, default_factory=list)
    _sentence_of: list[int] = field(init=False, default_factory=list)
    _at: dict[str, list[int]] = field(init=False, default_factory=lambda: defaultdict(list))
    _shapes: dict[tuple[str, ...], tuple[str, int]] = field(init=False, default_factory=dict)
    _in_words: SourceIndex | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        for n, sentence in enumerate(self.sentences):
            for match in _word().finditer(sentence):
                start, end = _trimmed(sentence, match.start(), match.end())
                word_runs = runs(sentence[start:end])
                if any(r[0].isdigit() for r in word_runs) and any(
                    r[0].isalpha() for r in word_runs
                ):
                    self._shapes.setdefault(_shape(word_runs), (sentence[start:end], n))
                for run in word_runs:
                    self._at[run].append(len(self._runs))
                    self._runs.append(run)
                    self._sentence_of.append(n)

    def find(self, token: str) -> Evidence:
        """Whether ``token`` occurs in the source, and the evidence either way.

        Example:
            >>> index = SourceIndex(["Sales of Covid 19 shots fell in the ninth week."])
            >>> index.find("COVID-19").found, index.find("9th").found, index.find("G7").found
            (True, True, False)
        """
        wanted = runs(token)
        if self.contains(wanted) or (self.convert_words and self._words().contains(wanted)):
            return Evidence(True)
        similar = self._shapes.get(_shape(wanted)) if any(r.isalpha() for r in wanted) else None
        if similar is not None:
            return Evidence(False, similar[0], self.sentences[similar[1]])
        return Evidence(False)

    def contains(self, wanted: Sequence[str]) -> bool:
        return self._locate(wanted) is not None

    def _locate(self, wanted: Sequence[str]) -> int | None:
        if not wanted:
            return None
        size = len(wanted)
        for at in self._at.get(wanted[0], ()):
            if tuple(self._runs[at : at + size]) == tuple(wanted):
                return self._sentence_of[at]
        return None

    def _words(self) -> SourceIndex:
        """The same sentences with number words as digits ("ninth" -> "9th"), built once."""
        if self._in_words is None:
            from text_to_num import alpha2digit  # lazy: only a token not found needs it

            converted = [alpha2digit(s, "en", threshold=0) for s in self.sentences]
            self._in_words = SourceIndex(converted, convert_words=False)
        return self._in_words


def closest_sentence(sentence: str, candidates: Sequence[str]) -> str:
    """The candidate sharing the most words with ``sentence`` (Jaccard; "" when none).

    Example:
        >>> closest_sentence("Sales of G7 units fell.", ["Rain fell.", "Sales of G5 units fell."])
        'Sales of G5 units fell.'
    """
    words = set(runs(sentence))
    best, best_score = "", 0.0
    for candidate in candidates:
        theirs = set(runs(candidate))
        union = len(words | theirs)
        score = len(words & theirs) / union if union else 0.0
        if score > best_score:
            best, best_score = candidate, score
    return best


@dataclass(frozen=True, slots=True)
class SourceTokensRule:
    header: RuleHeader
    scope: str = "source"

    @classmethod
    def parse(cls, entry: Located) -> SourceTokensRule:
        header = parse_header(entry, TYPE_KEYS, PLACEHOLDERS)
        return cls(header, parse_choice(entry, "scope", SCOPES, default="source"))

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]:
        by_doc: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_doc[claim.doc].append(claim)
        pairs = _headline_pairs(context) if self.scope == "headline" else _derived_pairs(context)
        findings = []
        for document, sentences, source_of in pairs:
            spans = merge_spans(by_doc.get(document.id, ()))
            tokens = digit_tokens(document.text, sentences, spans)
            if not tokens:
                continue  # the common case: only then is the source worth indexing
            source = source_of()
            for token in tokens:
                evidence = source.find(token.text)
                if not evidence.found:
                    findings.append(self._finding(document, token, evidence, source))
        return findings

    def _finding(
        self, document: Document, token: DigitToken, evidence: Evidence, source: SourceIndex
    ) -> Finding:
        evidence_sentence = evidence.source_sentence or closest_sentence(
            token.sentence, source.sentences
        )
        line, column = document.line_column(document.offsets.to_original(token.start))
        message = self.header.message.render(
            {
                "token": token.text,
                "sentence": " ".join(token.sentence.split()),
                "source_token": evidence.source_token or "no token like it",
                "source_sentence": " ".join(evidence_sentence.split()) or _NOTHING,
                "location": f"{_where(document)}:{line}:{column}",
                "docs": document.id,
            }
        )
        key = (("token", token.text),)
        return make_finding(
            self.header, message, (), key, document.story, quotes=((document.id, token.text),)
        )


# A text to check, its sentences, and how to get the index of what it must come from.
_Pair = tuple[Document, Sequence[Sentence], Callable[[], SourceIndex]]


def _derived_pairs(context: RuleContext) -> list[_Pair]:
    """Each derived document with the index of its story's sources."""
    sources: dict[str, list[str]] = defaultdict(list)
    for document in context.documents.values():
        if document.role == "source":
            sources[document.story or ""] += _story_sentences(document, context)
    indexes = {story: SourceIndex(sentences) for story, sentences in sources.items()}
    return [
        (d, context.sentences_of(d), partial(indexes.__getitem__, d.story or ""))
        for d in context.documents.values()
        if d.role == "derived" and (d.story or "") in indexes
    ]


def _headline_pairs(context: RuleContext) -> list[_Pair]:
    """Each document's headline sentences with the index of its own body, built on demand."""
    pairs: list[_Pair] = []
    for document in context.documents.values():
        span = headline_span(document)
        if span is None:
            continue
        sentences = context.sentences_of(document)
        head = [s for s in sentences if span[0] <= s.start < span[1]]
        if head and any(_in_body(s, span) for s in sentences):
            pairs.append((document, head, partial(_body_index, sentences, span)))
    return pairs


def _in_body(sentence: Sentence, headline: tuple[int, int]) -> bool:
    return sentence.start >= headline[1] and not sentence.boilerplate


def _body_index(sentences: Sequence[Sentence], headline: tuple[int, int]) -> SourceIndex:
    return SourceIndex([s.text for s in sentences if _in_body(s, headline)])


def _story_sentences(document: Document, context: RuleContext) -> list[str]:
    return [s.text for s in context.sentences_of(document) if not s.boilerplate]


def _where(document: Document) -> str:
    """The file, or the document id for text given in memory (path ``<text>``)."""
    return document.path if document.path and not document.path.startswith("<") else document.id
