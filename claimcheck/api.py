"""The public Python API. The command line calls only these functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from claimcheck.cache import AnalysisCache, cached_analysis, cached_analyze
from claimcheck.cache.documents import DocumentCache
from claimcheck.cache.findings import FindingsCache
from claimcheck.changes import stories_with_changes
from claimcheck.engine import EngineOptions, run_engine
from claimcheck.errors import ClaimcheckError, InputError, UsageError
from claimcheck.frames import frame_documents, is_frame
from claimcheck.ingest import document_from_text, read_documents
from claimcheck.model import Claim, Document
from claimcheck.pipeline import analyze_strict, extraction_error
from claimcheck.progress import ProgressCallback, ProgressCounter
from claimcheck.resolve.vocabulary import Vocabularies, load_vocabularies
from claimcheck.result import Result, check_fail_on
from claimcheck.rules.facts import Facts, load_facts
from claimcheck.rules.loader import RuleSet, load_rules
from claimcheck.rules.suppress import apply_baseline, apply_inline, load_baseline
from claimcheck.stories import assign_roles, assign_stories

if TYPE_CHECKING:
    import pandas as pd

Input = str | Path | Document
Inputs = Input | Iterable[Input]
DateLike = str | dt.date | dt.datetime


def check(
    inputs: Inputs | pd.DataFrame,
    *,
    rules: RuleSet | Sequence[str | Path] | None = None,
    facts: Facts | str | Path | None = None,
    published: Mapping[str, str] | str | None = None,
    fail_on: str = "error",
    stdin: BinaryIO | None = None,
    baseline: str | Path | None = None,
    stories: Mapping[str, str] | None = None,
    story_by: str = "run",
    sources: Sequence[str | Path] = (),
    progress: ProgressCallback | None = None,
    jobs: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache: AnalysisCache | str | Path | None = None,
    changed: Collection[Path] | None = None,
    claims_out: str | Path | None = None,
    **columns: str,
) -> Result:
    """Extract the claims of every input and run the rules over them.

    ``inputs``: paths (files or folders), ``-`` for standard input, texts,
    :class:`~claimcheck.model.Document` objects, or a pandas DataFrame of articles
    whose columns are named by keyword: ``check(df, text="body", id="slug",
    published="pub_date", source="outlet")`` (also ``url``, ``title``, ``story``,
    ``role``). Otherwise ``published`` maps a document id or file name to its
    publication date, overriding what the document says. Only documents of one
    story are compared: a document's own ``story`` field, else ``stories`` (doc id or
    file name -> key), else its folder with ``story_by="folder"``, else one story for
    the run. ``sources``: paths whose documents are sources; the others are then
    derived from them (summaries, headlines, rewrites). ``jobs``: worker processes
    of the local engine (None: all cores); ``engine="dask"`` runs on Dask, on the
    cluster at ``scheduler`` when given; the results are the same. Inputs that cannot be read are
    in ``Result.errors``; the others are still checked. Findings silenced by an
    inline ``claimcheck: ignore`` marker or accepted by the ``baseline`` file are
    kept with ``suppressed`` set and do not count for the exit code. ``progress``, if
    given, is called with a :class:`~claimcheck.progress.Progress` after each document.
    ``cache`` (a folder or an AnalysisCache) reuses extractions of earlier runs
    (``claimcheck.cache``); ``changed`` (absolute file paths) keeps only the stories
    holding a changed file. ``claims_out`` (a folder) streams the run instead
    (:mod:`claimcheck.engine.stream_check`): every claim goes to a Parquet dataset
    there, the rules run story by story, and the Result keeps the cited claims.

    Example:
        >>> result = check(["Officials said 14 people died.", "Officials said 41 people died."])
        >>> result.finding_list[0].rule
        'count-consistency'
    """
    check_fail_on(fail_on)
    options = EngineOptions(engine, jobs, scheduler)
    rule_set = rules if isinstance(rules, RuleSet) else load_rules(rules)
    fact_base = facts if isinstance(facts, Facts) else (load_facts(facts) if facts else Facts())
    if claims_out is not None:
        from claimcheck.engine.stream_check import check_streamed, stream_inputs

        streamed = stream_inputs(
            inputs,
            published=published,
            stdin=stdin,
            stories=stories,
            story_by=story_by,
            sources=sources,
            columns=columns,
            engine=options.name,
            changed=changed,
            is_path=_looks_like_path,
        )
        return check_streamed(
            streamed,
            claims_out,
            rule_set,
            fact_base,
            fail_on=fail_on,
            baseline=baseline,
            jobs=options.workers,
            progress=progress,
        )
    items = (
        inputs if not sources or is_frame(inputs) else [*_as_list(inputs), *map(str, sources)]  # type: ignore[arg-type]
    )
    store = AnalysisCache(Path(cache)) if isinstance(cache, str | Path) else cache
    memo = DocumentCache(store.folder) if store is not None else None
    documents, errors = _documents(items, published, stdin, columns, memo, options.workers)
    documents = assign_roles(
        assign_stories(documents, stories, story_by), [str(s) for s in sources]
    )
    vocab = load_vocabularies(rule_set.vocabulary_files)
    run_dates = [d.published_date for d in documents if d.published_date is not None]
    if changed is not None:  # after run_dates: a story reads as it does in a full run
        documents = stories_with_changes(documents, changed)
    dates = tuple(run_dates)
    analyze_one = partial(cached_analyze, vocab=vocab, run_dates=dates, cache=store)
    counter = ProgressCounter(progress, len(documents)) if progress is not None else None
    by_story = _findings_cache(store, vocab, dates)
    lookup = (
        partial(cached_analysis, vocab=vocab, run_dates=dates, cache=store)
        if store is not None
        else None
    )
    analyses, findings = run_engine(
        documents, analyze_one, rule_set, fact_base, options, counter, by_story, lookup
    )
    analysed_docs = tuple(a.document for a in analyses)
    errors = [*errors, *filter(None, map(extraction_error, analyses))]
    claims = tuple(c for a in analyses for c in a.claims)
    by_id = {d.id: d for d in analysed_docs}
    findings = apply_inline(findings, claims, by_id)
    if baseline is not None:
        findings = apply_baseline(findings, load_baseline(baseline))
    headers = tuple(rule.header for rule in rule_set.rules)
    return Result(analysed_docs, claims, tuple(findings), tuple(errors), fail_on, headers)


def extract(text: str, *, published: DateLike | None = None) -> list[Claim]:
    """The claims of one text. A bug in claimcheck raises here (a run of many
    documents reports it as an error of that document instead).

    Example:
        >>> [c.value for c in extract("More than 1,200 people were evacuated.")]
        [1200.0]
    """
    document = document_from_text(text, published=published)
    vocab = load_vocabularies()
    return list(analyze_strict(document, vocab).claims)


def claims(
    inputs: Inputs | pd.DataFrame,
    *,
    published: Mapping[str, str] | str | None = None,
    stdin: BinaryIO | None = None,
    jobs: int | None = 1,
    engine: str = "local",
    scheduler: str | None = None,
    **columns: str,
) -> pd.DataFrame:
    """The claims table of many inputs, as a DataFrame (see ``claimcheck.table.SCHEMA``).

    Inputs and engine options as for :func:`check` (a DataFrame of articles too);
    no rules run.

    Example:
        >>> claims(["The storm killed 12 people."])[["quote", "kind", "measure"]].values.tolist()
        [['12', 'count', 'deaths']]
    """
    # **columns are DataFrame column names; check() validates them at run time.
    result = check(
        inputs,
        rules=RuleSet(()),
        published=published,
        stdin=stdin,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        **columns,  # type: ignore[arg-type]
    )
    return result.claims


def _documents(
    inputs: Inputs | pd.DataFrame,
    published: Mapping[str, str] | str | None,
    stdin: BinaryIO | None,
    columns: Mapping[str, str],
    memo: DocumentCache | None = None,
    jobs: int = 1,
) -> tuple[list[Document], list[ClaimcheckError]]:
    documents: list[Document] = []
    errors: list[ClaimcheckError] = []
    if is_frame(inputs):
        if isinstance(published, str):
            columns = {**columns, "published": published}
        for row in frame_documents(inputs, columns):  # type: ignore[arg-type]
            (errors if isinstance(row, InputError) else documents).append(row)  # type: ignore[arg-type]
        return _unique_ids(documents), errors
    if columns:
        raise UsageError(
            f"column names ({', '.join(columns)}) apply only to a DataFrame of articles",
            hint="pass a pandas DataFrame, or drop the keywords",
        )
    if isinstance(published, str):
        raise UsageError(
            "published= names a column only for a DataFrame",
            hint="pass a mapping {doc: date} for files and texts",
        )
    items: list[Input] = (
        [inputs] if isinstance(inputs, str | Path | Document) else list(inputs)  # type: ignore[arg-type]
    )
    paths: list[str] = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, Document):
            documents.append(item)
        elif isinstance(item, Path) or _looks_like_path(item):
            paths.append(str(item))
        else:
            documents.append(document_from_text(item, doc_id=f"text-{n}", path=f"<text-{n}>"))
    for loaded in read_documents(paths, stdin=stdin, published=published, memo=memo, jobs=jobs):
        if isinstance(loaded, InputError):
            errors.append(loaded)
        else:
            documents.append(loaded)
    return _unique_ids(documents), errors


def _findings_cache(
    store: AnalysisCache | None, vocab: Vocabularies, run_dates: tuple[dt.date, ...]
) -> FindingsCache | None:
    """Findings by story beside the analyses, keyed by the documents' analysis keys."""
    if store is None:
        return None
    return FindingsCache(store.folder, partial(store.key, vocab=vocab, run_dates=run_dates))


def _as_list(inputs: Inputs) -> list[Input]:
    return [inputs] if isinstance(inputs, str | Path | Document) else list(inputs)


def _looks_like_path(item: str) -> bool:
    """A path if it exists or reads like one; text with line breaks never is."""
    if item == "-":
        return True
    if "\n" in item or len(item) >= 1024:
        return False
    try:
        if Path(item).exists():
            return True
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return False
    return " " not in item


def _unique_ids(documents: list[Document]) -> list[Document]:
    from dataclasses import replace

    seen: dict[str, int] = {}
    out = []
    for document in documents:
        count = seen.get(document.id, 0)
        seen[document.id] = count + 1
        out.append(document if count == 0 else replace(document, id=f"{document.id}-{count + 1}"))
    return out
