"""What a rule sees besides the claims: the documents and the reference facts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from claimcheck.ingest import split_sentences
from claimcheck.model import Claim, Document, Finding, Sentence
from claimcheck.rules.facts import Facts
from claimcheck.rules.header import RuleHeader
from claimcheck.rules.memo import RunMemo
from claimcheck.rules.select import key_values


@dataclass(frozen=True, slots=True)
class RuleContext:
    documents: Mapping[str, Document]
    facts: Facts = field(default_factory=Facts)
    # The pipeline's sentences by document id; a document not in it is split on demand.
    sentences: Mapping[str, Sequence[Sentence]] = field(default_factory=dict)
    # measure -> nature (cumulative, level, fixed, estimate) from the measures vocabulary.
    natures: Mapping[str, str] = field(default_factory=dict)
    # What rules of this run share (see RunMemo); a new context starts empty.
    memo: RunMemo = field(default_factory=RunMemo, compare=False, repr=False)

    def sentences_of(self, document: Document) -> Sequence[Sentence]:
        known = self.sentences.get(document.id)
        return known if known is not None else split_sentences(document)

    def documents_of_story(self, story: str) -> Sequence[Document]:
        """The run's documents of ``story`` ("" for documents without one), in run order."""
        return self.memo.documents_of_story(self.documents, story)

    def story_of(self, claim: Claim) -> str:
        document = self.documents.get(claim.doc)
        return (document.story if document else None) or ""

    def by_story_key(
        self, claims: Sequence[Claim], key: Sequence[str]
    ) -> dict[tuple[str, ...], list[Claim]]:
        """Claims grouped by (story, their ``key`` column values); a claim with an empty
        key column is in no group. Only a story's claims are ever compared."""
        groups: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
        for claim in claims:
            document = self.documents.get(claim.doc)
            values = key_values(claim, document, key)
            if values is not None:
                story = (document.story if document else None) or ""
                groups[(story, *values)].append(claim)
        return groups


class Rule(Protocol):
    """A rule type: parsed from YAML, evaluated over a story's claims."""

    @property
    def header(self) -> RuleHeader: ...

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]: ...
