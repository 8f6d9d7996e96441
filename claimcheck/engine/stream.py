"""Streaming extraction: documents read, extracted and written in bounded batches,
the claims going to a Parquet dataset (a folder of ``part-NNNNN.parquet`` files).

Memory holds a few batches, never the corpus. A document without a publication
date may take its reference date from the run's other documents, so those wait
until every dated document has been read (they come last in the dataset); all
other rows are in input order, and every row equals the one ``claimcheck claims``
writes to a single file.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from claimcheck.engine.local import analyze_local
from claimcheck.errors import ClaimcheckError, InputError, UsageError
from claimcheck.ingest import read_documents
from claimcheck.model import Claim, Document
from claimcheck.pipeline import Analysis, analyze, extraction_error
from claimcheck.resolve.vocabulary import Vocabularies, load_vocabularies
from claimcheck.stories import assign_roles, assign_stories

if TYPE_CHECKING:
    import pandas as pd

PART_CLAIMS = 20_000  # rows per Parquet part file: bounds the memory a part takes


@dataclass(slots=True)
class StreamSummary:
    """What a streaming run did: counts, the part files written, unreadable inputs."""

    documents: int = 0
    claims: int = 0
    parts: list[Path] = field(default_factory=list)
    errors: list[ClaimcheckError] = field(default_factory=list)


def is_dataset_path(path: str | Path) -> bool:
    """A folder (existing, or named with a trailing slash or no suffix) is a dataset.

    Example:
        >>> is_dataset_path("claims/"), is_dataset_path("claims.parquet")
        (True, False)
    """
    text = str(path)
    return text.endswith(("/", "\\")) or Path(text).is_dir() or not Path(text).suffix


def stream_claims(
    paths: Iterable[str],
    output: str | Path,
    *,
    published: Mapping[str, str] | None = None,
    stdin: BinaryIO | None = None,
    jobs: int = 1,
    story_by: str = "run",
    part_claims: int = PART_CLAIMS,
) -> StreamSummary:
    """Extract the claims of every input into a Parquet dataset at ``output``.

    Example:
        >>> import tempfile, pandas as pd
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Crews saved 40 homes on 2025-03-02.")
        >>> summary = stream_claims([str(folder / "a.txt")], folder / "claims")
        >>> pd.read_parquet(folder / "claims")["quote"].tolist()
        ['40', '2025-03-02']
    """
    target = prepare_dataset(Path(output))
    summary = StreamSummary()
    analyses = stream_analyses(
        paths,
        load_vocabularies(),
        summary,
        published=published,
        stdin=stdin,
        jobs=jobs,
        story_by=story_by,
    )
    write_parts((analysis for _, analysis in analyses), target, summary, part_claims)
    return summary


def stream_analyses(
    paths: Iterable[str],
    vocab: Vocabularies,
    summary: StreamSummary,
    *,
    published: Mapping[str, str] | None = None,
    stdin: BinaryIO | None = None,
    jobs: int = 1,
    story_by: str = "run",
    stories: Mapping[str, str] | None = None,
    sources: Sequence[str] = (),
) -> Iterator[tuple[int, Analysis]]:
    """The analysis of every readable input with its position in the input order,
    extracted in bounded batches on ``jobs`` processes; unreadable inputs go to
    ``summary.errors``. Undated documents come last (they wait for the run's dates).

    Example:
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = path.write_text("Crews saved 40 homes.")
        >>> [(n, len(a.claims)) for n, a in stream_analyses([str(path)], load_vocabularies(),
        ...                                                 StreamSummary())]
        [(0, 1)]
    """
    waiting: list[tuple[int, Document]] = []
    run_dates: list[dt.date] = []
    in_flight: deque[int] = deque()
    documents = _documents(paths, published, stdin, story_by, summary, stories, sources)
    dated = _dated(enumerate(documents), waiting, run_dates, in_flight)
    # run_dates are read only for undated documents (resolve.reference), so the
    # dated ones need not wait for the whole run.
    for analysis in analyze_local(dated, _analyzer(vocab, ()), jobs):
        _note_failure(analysis, summary)
        yield in_flight.popleft(), analysis
    later = analyze_local((d for _, d in waiting), _analyzer(vocab, tuple(run_dates)), jobs)
    for n, analysis in zip((n for n, _ in waiting), later, strict=True):
        _note_failure(analysis, summary)
        yield n, analysis


def _note_failure(analysis: Analysis, summary: StreamSummary) -> None:
    error = extraction_error(analysis)
    if error is not None:
        summary.errors.append(error)


def write_parts(
    analyses: Iterable[Analysis], target: Path, summary: StreamSummary, part_claims: int
) -> None:
    """Append the claims of ``analyses`` to the dataset folder ``target``, one part
    file per ~``part_claims`` claims, counting documents and claims in ``summary``."""
    for claims, part_documents in _parts(iter(analyses), part_claims, summary):
        summary.parts.append(_write_part(claims, part_documents, target, len(summary.parts)))


def prepare_dataset(target: Path) -> Path:
    """An empty dataset folder at ``target`` (made if missing); a file, or a folder
    that already holds part files, is a UsageError."""
    if target.exists() and not target.is_dir():
        raise UsageError(
            "a claims dataset must be a folder", path=str(target), hint="name a new folder"
        )
    if target.is_dir() and any(target.glob("part-*.parquet")):
        raise UsageError(
            "the claims dataset folder already has part files",
            path=str(target),
            hint="remove them or name a new folder",
        )
    target.mkdir(parents=True, exist_ok=True)
    return target


def _analyzer(
    vocab: Vocabularies, run_dates: tuple[dt.date, ...]
) -> Callable[[Document], Analysis]:
    return partial(analyze, vocab=vocab, run_dates=run_dates)


def _documents(
    paths: Iterable[str],
    published: Mapping[str, str] | None,
    stdin: BinaryIO | None,
    story_by: str,
    summary: StreamSummary,
    stories: Mapping[str, str] | None = None,
    sources: Sequence[str] = (),
) -> Iterator[Document]:
    """Readable documents with unique ids, stories and roles; errors go to ``summary``."""
    seen: dict[str, int] = {}
    for loaded in read_documents(list(paths), stdin=stdin, published=published):
        if isinstance(loaded, InputError):
            summary.errors.append(loaded)
            continue
        count = seen.get(loaded.id, 0)
        seen[loaded.id] = count + 1
        if count:
            loaded = replace(loaded, id=f"{loaded.id}-{count + 1}")
        # Per document: run, folder and --story keys need no other document.
        yield assign_roles(assign_stories([loaded], stories, story_by), sources)[0]


def _dated(
    documents: Iterator[tuple[int, Document]],
    waiting: list[tuple[int, Document]],
    run_dates: list[dt.date],
    in_flight: deque[int],
) -> Iterator[Document]:
    """The dated documents, their positions queued in ``in_flight`` as they go to the
    engine (which keeps their order); the undated ones wait with their positions."""
    for number, document in documents:
        if document.published_date is None:
            waiting.append((number, document))
        else:
            run_dates.append(document.published_date)
            in_flight.append(number)
            yield document


def _parts(
    analyses: Iterator[Analysis], part_claims: int, summary: StreamSummary
) -> Iterator[tuple[list[Claim], dict[str, Document]]]:
    """Claims in parts of about ``part_claims``, with their documents stripped of
    text (the table reads only a document's story, source and publication date)."""
    claims: list[Claim] = []
    documents: dict[str, Document] = {}
    for analysis in analyses:
        summary.documents += 1
        summary.claims += len(analysis.claims)
        if not analysis.claims:
            continue
        claims.extend(analysis.claims)
        document = analysis.document
        documents[document.id] = replace(document, text="", original="")
        if len(claims) >= part_claims:
            yield claims, documents
            claims, documents = [], {}
    if claims:
        yield claims, documents


def write_dataset(frame: pd.DataFrame, output: str | Path, part_claims: int = PART_CLAIMS) -> None:
    """Write a claims table as a Parquet dataset folder, ``part_claims`` rows a part.

    Example:
        >>> import tempfile
        >>> from claimcheck.api import claims
        >>> folder = Path(tempfile.mkdtemp()) / "claims"
        >>> write_dataset(claims(["Up 4%."]), folder)
        >>> sorted(p.name for p in folder.iterdir())
        ['part-00000.parquet']
    """
    target = prepare_dataset(Path(output))
    for number, start in enumerate(range(0, max(len(frame), 1), part_claims)):
        frame.iloc[start : start + part_claims].to_parquet(
            target / f"part-{number:05d}.parquet", index=False
        )


def _write_part(
    claims: list[Claim], documents: dict[str, Document], target: Path, number: int
) -> Path:
    from claimcheck.table import to_frame

    path = target / f"part-{number:05d}.parquet"
    to_frame(claims, documents).to_parquet(path, index=False)
    return path
