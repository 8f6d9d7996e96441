"""Running a rule set over a run's claims."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from claimcheck.model import Claim, Document, Finding, Flag, Sentence
from claimcheck.resolve.vocabulary import load_vocabularies
from claimcheck.rules.context import RuleContext
from claimcheck.rules.facts import Facts
from claimcheck.rules.loader import RuleSet
from claimcheck.rules.selection import ClaimIndex


def run_rules(
    rule_set: RuleSet,
    claims: Sequence[Claim],
    documents: Mapping[str, Document],
    facts: Facts | None = None,
    sentences: Mapping[str, Sequence[Sentence]] | None = None,
) -> list[Finding]:
    """Evaluate every rule on the claims it selects; findings sorted by severity.

    Boilerplate claims (sidebars, footers) are never story claims: no rule sees them.
    ``sentences``: each document's sentences as the pipeline split them.
    """
    natures = load_vocabularies(rule_set.vocabulary_files).natures
    context = RuleContext(
        documents=documents, facts=facts or Facts(), sentences=sentences or {}, natures=natures
    )
    story_claims = [c for c in claims if not c.has_flag(Flag.BOILERPLATE)]
    # Shared through the memo: rules that select again among these claims reuse the index.
    index = context.memo.shared(
        "claims", story_claims, partial(ClaimIndex, story_claims, documents)
    )
    findings: list[Finding] = []
    for rule in rule_set.rules:
        findings.extend(rule.evaluate(index.select(rule.header.select), context))
    findings.sort(key=lambda f: (-f.severity.rank, f.rule, f.claims))
    return findings
