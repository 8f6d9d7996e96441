"""Engines: where the per-document stages and the per-story rules run.

``local`` runs in this process or in a pool of ``jobs`` worker processes;
``dask`` runs on a Dask cluster (``scheduler`` address) or Dask's local
processes. Every engine gives the same analyses, in input order, and the same
findings as a run in one process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.engine.local import default_jobs
from claimcheck.engine.reuse import reuse_cached
from claimcheck.errors import UsageError
from claimcheck.model import Document, Finding
from claimcheck.pipeline import Analysis
from claimcheck.rules.engine import run_rules
from claimcheck.rules.facts import Facts
from claimcheck.rules.loader import RuleSet

if TYPE_CHECKING:
    from claimcheck.cache.findings import FindingsCache

ENGINES = ("local", "dask")

__all__ = ["ENGINES", "EngineOptions", "analyze_documents", "default_jobs", "run_engine"]


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """Which engine runs a check: ``name`` (local, dask), worker processes for the
    local engine (``jobs``; None: all cores), the Dask ``scheduler`` address."""

    name: str = "local"
    jobs: int | None = 1
    scheduler: str | None = None

    def __post_init__(self) -> None:
        if self.name not in ENGINES:
            raise UsageError(
                f"unknown engine '{self.name}'", hint=f"use one of {', '.join(ENGINES)}"
            )
        if self.jobs is not None and self.jobs < 1:
            raise UsageError(f"bad --jobs {self.jobs}", hint="give 1 or more worker processes")
        if self.scheduler is not None and self.name != "dask":
            raise UsageError("--scheduler applies to --engine dask", hint="add --engine dask")

    @property
    def workers(self) -> int:
        return default_jobs() if self.jobs is None else self.jobs


def run_engine(
    documents: Sequence[Document],
    analyze_one: Callable[[Document], Analysis],
    rule_set: RuleSet,
    facts: Facts,
    options: EngineOptions = EngineOptions(),
    on_each: Callable[[int], None] | None = None,
    findings_cache: FindingsCache | None = None,
    lookup: Callable[[Document], Analysis | None] | None = None,
) -> tuple[list[Analysis], list[Finding]]:
    """``analyze_one`` of every document (in input order), then the rules over them,
    on the chosen engine; on Dask the rules run as one task per story, and so they do
    in the local engine's worker processes (``jobs`` > 1). ``on_each``
    hears the claim count of each analysed document (progress; in input order with one
    process, else as each batch comes back).
    With ``findings_cache`` (local engine), rules run only for stories it does not hold;
    ``lookup`` (local engine) gives cached analyses, read here rather than in workers.

    Example:
        >>> from functools import partial
        >>> from claimcheck.ingest import document_from_text
        >>> from claimcheck.pipeline import analyze
        >>> from claimcheck.resolve.vocabulary import load_vocabularies
        >>> one = partial(analyze, vocab=load_vocabularies())
        >>> docs = [document_from_text("Up 4%.")]
        >>> analyses, findings = run_engine(docs, one, RuleSet(()), Facts())
        >>> [len(a.claims) for a in analyses], findings
        ([1], [])
    """
    if options.name == "dask":
        from claimcheck.engine.dask_engine import run_dask
        from claimcheck.engine.stories import StoryRules, merge_findings

        story_rules = StoryRules(rule_set, facts) if rule_set.rules else None
        analyses, findings = run_dask(documents, analyze_one, story_rules, options.scheduler)
        if on_each is not None:
            for analysis in analyses:
                on_each(len(analysis.claims))
        return analyses, merge_findings(findings)
    if options.workers > 1 and rule_set.rules and findings_cache is None and lookup is None:
        from claimcheck.engine.stories import StoryRules
        from claimcheck.engine.story_pool import check_by_story

        story_rules = StoryRules(rule_set, facts)
        return check_by_story(documents, analyze_one, story_rules, options.workers, on_each)
    analyses = analyze_documents(documents, analyze_one, options.workers, on_each, lookup)
    if findings_cache is not None and rule_set.rules:
        from claimcheck.engine.stories import StoryRules

        return analyses, findings_cache.findings(documents, analyses, StoryRules(rule_set, facts))
    claims = tuple(c for a in analyses for c in a.claims)
    by_id = {a.document.id: a.document for a in analyses}
    sentences = {a.document.id: a.sentences for a in analyses}
    return analyses, run_rules(rule_set, claims, by_id, facts, sentences)


def analyze_documents(
    documents: Iterable[Document],
    analyze_one: Callable[[Document], Analysis],
    jobs: int = 1,
    on_each: Callable[[int], None] | None = None,
    lookup: Callable[[Document], Analysis | None] | None = None,
) -> list[Analysis]:
    """``analyze_one`` of every document, in input order, on ``jobs`` local processes
    (only of those ``lookup`` has no analysis for, when given)."""
    from claimcheck.engine.local import analyze_local

    def analyze(some: Iterable[Document]) -> Iterator[Analysis]:
        return analyze_local(some, analyze_one, jobs)

    found = analyze(documents) if lookup is None else reuse_cached(list(documents), lookup, analyze)
    analyses = []
    for analysis in found:
        analyses.append(analysis)
        if on_each is not None:
            on_each(len(analysis.claims))
    return analyses
