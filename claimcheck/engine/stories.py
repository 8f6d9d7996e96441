"""Rules grouped by story: only a story's documents are compared, so each story's
rules can run on its own (one task per story on a cluster, bounded memory)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.model import Finding
from claimcheck.pipeline import Analysis
from claimcheck.rules.engine import run_rules
from claimcheck.rules.facts import Facts
from claimcheck.rules.loader import RuleSet


def group_by_story(analyses: Sequence[Analysis]) -> list[list[Analysis]]:
    """The analyses of each story, stories in order of first appearance.

    Example:
        >>> from claimcheck.model import Document
        >>> docs = [Document("a", "a", "", "", story="x"), Document("b", "b", "", "", story="y"),
        ...         Document("c", "c", "", "", story="x")]
        >>> [[a.document.id for a in g] for g in group_by_story([Analysis(d, ()) for d in docs])]
        [['a', 'c'], ['b']]
    """
    groups: dict[str | None, list[Analysis]] = {}
    for analysis in analyses:
        groups.setdefault(analysis.document.story, []).append(analysis)
    return list(groups.values())


@dataclass(frozen=True, slots=True)
class StoryRules:
    """The rules of one run, applied to the analyses of one story (picklable, so a
    worker process or a Dask worker can run it)."""

    rule_set: RuleSet
    facts: Facts

    def __call__(self, story: Sequence[Analysis]) -> list[Finding]:
        claims = [c for a in story for c in a.claims]
        documents = {a.document.id: a.document for a in story}
        sentences = {a.document.id: a.sentences for a in story}
        return run_rules(self.rule_set, claims, documents, self.facts, sentences)


def merge_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Findings of several stories in the order one run over all of them gives."""
    return sorted(findings, key=lambda f: (-f.severity.rank, f.rule, f.claims))
