"""The Dask engine: extraction as a Dask bag over the documents, rules as one
task per story, on a ``distributed`` cluster or Dask's local process scheduler.

Dask is an optional dependency (``pip install 'claimcheck[dask]'``), imported
only when this engine runs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from claimcheck.engine.batches import BATCH_DOCUMENTS
from claimcheck.errors import UsageError
from claimcheck.model import Document, Finding
from claimcheck.pipeline import Analysis

if TYPE_CHECKING:
    from claimcheck.engine.stories import StoryRules

AnalyzeOne = Callable[[Document], Analysis]


def run_dask(
    documents: Sequence[Document],
    analyze_one: AnalyzeOne,
    story_rules: StoryRules | None,
    scheduler: str | None = None,
) -> tuple[list[Analysis], list[Finding]]:
    """``analyze_one`` of every document as a Dask bag (results in input order),
    then ``story_rules`` as one task per story, with one client for both.

    ``scheduler``: a ``distributed`` scheduler address (``tcp://host:8786``); without
    one, Dask's local process scheduler.
    """
    from claimcheck.engine.stories import group_by_story

    bag = _bag_module()
    if not documents:
        return [], []
    partitions = -(-len(documents) // BATCH_DOCUMENTS)
    with _client(scheduler) as options:
        extraction = bag.from_sequence(documents, npartitions=partitions).map(analyze_one)
        analyses: list[Analysis] = list(extraction.compute(**options))
        if story_rules is None:
            return analyses, []
        groups = group_by_story(analyses)
        tasks = bag.from_sequence(groups, npartitions=len(groups)).map(story_rules)
        findings = [f for story in tasks.compute(**options) for f in story]
    return analyses, findings


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise UsageError(
            "--engine dask needs Dask", hint="pip install 'claimcheck[dask]'"
        ) from None
    return dask.bag


@contextlib.contextmanager
def _client(scheduler: str | None) -> Iterator[Mapping[str, Any]]:
    """Compute options: a ``distributed`` client on ``scheduler``, else local processes."""
    if scheduler is None:
        yield {"scheduler": "processes"}
        return
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(
            "--scheduler needs dask.distributed", hint="pip install 'claimcheck[dask]'"
        ) from None
    try:
        client = Client(scheduler, timeout=10, set_as_default=False)  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise UsageError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc})",
            hint="start one (dask scheduler) or check the address, e.g. tcp://10.0.0.5:8786",
        ) from None
    with client:
        yield {"scheduler": client.get}
