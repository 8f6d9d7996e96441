"""What a rule sees besides the claims: the documents and the reference facts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from claimcheck.model import Claim, Document, Finding
from claimcheck.rules.facts import Facts
from claimcheck.rules.header import RuleHeader


@dataclass(frozen=True, slots=True)
class RuleContext:
    documents: Mapping[str, Document]
    facts: Facts = field(default_factory=Facts)

    def story_of(self, claim: Claim) -> str:
        document = self.documents.get(claim.doc)
        return (document.story if document else None) or ""


class Rule(Protocol):
    """A rule type: parsed from YAML, evaluated over a story's claims."""

    @property
    def header(self) -> RuleHeader: ...

    def evaluate(self, claims: Sequence[Claim], context: RuleContext) -> list[Finding]: ...
