"""A streaming check: claims to a Parquet dataset, rules story by story from disk.

Documents are read and extracted in bounded batches (:func:`stream_analyses`, the
``--jobs`` pool), each batch's claims appended to the dataset as ``claimcheck claims
-o FOLDER/`` writes it, and each analysis spilled to a :class:`StoryStore`. Then
the rules run on one story at a time, so memory holds the largest story, not the
corpus. The Result keeps the findings and only the claims and documents they cite;
its ``streamed`` field carries the run's totals and where the claims went.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from claimcheck.engine.stories import StoryRules, merge_findings
from claimcheck.engine.story_store import StoryStore
from claimcheck.engine.stream import (
    PART_CLAIMS,
    StreamSummary,
    prepare_dataset,
    stream_analyses,
    write_parts,
)
from claimcheck.errors import UsageError
from claimcheck.model import Claim, Document, Finding
from claimcheck.pipeline import Analysis
from claimcheck.progress import Progress, ProgressCallback
from claimcheck.resolve.vocabulary import load_vocabularies
from claimcheck.result import Result, StreamedRun
from claimcheck.rules.facts import Facts
from claimcheck.rules.loader import RuleSet
from claimcheck.rules.suppress import apply_baseline, apply_inline, load_baseline


@dataclass(frozen=True, slots=True)
class StreamInputs:
    """Where a streaming check reads: paths (``-`` for standard input) and what
    ``check`` says about them (publication dates, stories, sources)."""

    paths: tuple[str, ...]
    published: Mapping[str, str] | None = None
    stdin: BinaryIO | None = None
    stories: Mapping[str, str] | None = None
    story_by: str = "run"
    sources: tuple[str, ...] = ()


def stream_inputs(
    inputs: object,
    *,
    published: object = None,
    stdin: BinaryIO | None = None,
    stories: Mapping[str, str] | None = None,
    story_by: str = "run",
    sources: Sequence[str | Path] = (),
    columns: Mapping[str, str] | None = None,
    engine: str = "local",
    changed: object = None,
    is_path: Callable[[str], bool] = bool,
) -> StreamInputs:
    """What ``check(..., claims_out=...)`` may stream: paths only (``is_path`` tells
    a path from a text), stories that need no other document. Anything else is a
    one-line UsageError with the fix.

    Example:
        >>> stream_inputs(["articles/"], story_by="folder").paths
        ('articles/',)
    """
    if story_by == "auto":
        raise UsageError(
            "--story-by auto groups the whole corpus at once, so it cannot stream",
            hint="give stories by folder (--story-by folder), front matter or --story, "
            "or drop --claims-out",
        )
    if engine != "local":
        raise UsageError(
            "--claims-out streams on the local engine",
            hint="drop --engine dask (the Dask engine already runs the rules one story a task)",
        )
    if changed is not None:
        raise UsageError(
            "--changed-since picks stories from the whole run, so it cannot stream",
            hint="drop --changed-since or --claims-out",
        )
    items = [inputs] if isinstance(inputs, str | Path) else inputs
    if columns or not isinstance(items, list | tuple):
        raise UsageError(
            "--claims-out streams files, not a DataFrame or a generator of inputs",
            hint="pass a list of paths, or drop claims_out=",
        )
    paths_only = all(isinstance(i, Path) or (isinstance(i, str) and is_path(i)) for i in items)
    if not paths_only or not isinstance(published, Mapping | None):
        raise UsageError(
            "--claims-out streams files: inputs must be paths (or - for stdin)",
            hint="write the texts to files, or drop claims_out=",
        )
    # As in a check held in memory, sources are read after the other inputs.
    source_paths = tuple(str(s) for s in sources)
    paths = (*(str(p) for p in items), *source_paths)
    return StreamInputs(paths, published, stdin, stories, story_by, source_paths)


def check_streamed(
    inputs: StreamInputs,
    claims_out: str | Path,
    rule_set: RuleSet,
    facts: Facts,
    *,
    fail_on: str = "error",
    baseline: str | Path | None = None,
    jobs: int = 1,
    progress: ProgressCallback | None = None,
    part_claims: int = PART_CLAIMS,
) -> Result:
    """Check ``inputs`` in bounded memory, writing every claim to ``claims_out``.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Officials said 14 people died.")
        >>> _ = (folder / "b.txt").write_text("Officials said 41 people died.")
        >>> from claimcheck.rules.loader import load_rules
        >>> result = check_streamed(StreamInputs((str(folder),)), folder / "claims",
        ...                         load_rules(None), Facts())
        >>> [f.rule for f in result.finding_list], result.summary()["claims"]
        (['count-consistency'], 2)
    """
    target = prepare_dataset(Path(claims_out))
    vocab = load_vocabularies(rule_set.vocabulary_files)
    summary = StreamSummary()
    kinds: Counter[str] = Counter()
    with StoryStore.temporary(target.parent) as store:
        analyses = stream_analyses(
            inputs.paths,
            vocab,
            summary,
            published=inputs.published,
            stdin=inputs.stdin,
            jobs=jobs,
            story_by=inputs.story_by,
            stories=inputs.stories,
            sources=inputs.sources,
        )
        spilled = _spill(analyses, store, kinds, progress)
        write_parts(spilled, target, summary, part_claims)
        rules, cited = StoryRules(rule_set, facts), _CitedEvidence()
        findings: list[Finding] = []
        for story in store.stories():
            story_findings = _story_findings(story, rules)
            cited.keep(story_findings, story)
            findings += story_findings
    findings = merge_findings(findings)
    if baseline is not None:
        findings = apply_baseline(findings, load_baseline(baseline))
    totals = StreamedRun(str(claims_out), summary.documents, summary.claims, tuple(kinds.items()))
    return Result(
        tuple(cited.documents.values()),
        tuple(cited.claims),
        tuple(findings),
        tuple(summary.errors),
        fail_on,
        tuple(rule.header for rule in rule_set.rules),
        streamed=totals,
    )


def _spill(
    analyses: Iterable[tuple[int, Analysis]],
    store: StoryStore,
    kinds: Counter[str],
    progress: ProgressCallback | None,
) -> Iterator[Analysis]:
    """Each analysis, after keeping it in ``store`` and counting its claims."""
    claims = 0
    for documents, (position, analysis) in enumerate(analyses, start=1):
        store.add(position, analysis)
        kinds.update(claim.kind.value for claim in analysis.claims)
        claims += len(analysis.claims)
        if progress is not None:
            # The total is unknown until the inputs are read: the documents so far.
            progress(Progress(documents, documents, claims))
        yield analysis


def _story_findings(story: list[Analysis], rules: StoryRules) -> list[Finding]:
    """A story's findings, its inline ``claimcheck: ignore`` markers applied (a
    finding cites only claims of its own story, so the markers are all here)."""
    findings = rules(story)
    if not findings:
        return findings
    claims = [claim for analysis in story for claim in analysis.claims]
    return apply_inline(findings, claims, {a.document.id: a.document for a in story})


class _CitedEvidence:
    """The claims findings cite and their documents (without their text), in input order."""

    def __init__(self) -> None:
        self.claims: list[Claim] = []
        self.documents: dict[str, Document] = {}

    def keep(self, findings: list[Finding], story: list[Analysis]) -> None:
        wanted = {claim_id for finding in findings for claim_id in finding.claims}
        kept = False
        for analysis in story:
            claims = [claim for claim in analysis.claims if claim.id in wanted]
            if claims:
                self.claims.extend(claims)
                self._keep_document(analysis.document)
                kept = True
        if findings and not kept:
            # Findings citing no claim (source tokens) still need their story in
            # the reports that list stories (JUnit): keep one document of it.
            self._keep_document(story[0].document)

    def _keep_document(self, document: Document) -> None:
        self.documents[document.id] = replace(document, text="", original="")
