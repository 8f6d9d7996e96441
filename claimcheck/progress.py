"""Progress of a long run: documents read and claims extracted so far.

:func:`claimcheck.check` reports a :class:`Progress` after each document to an
optional callback; :func:`terminal_progress` is the callback the command line
uses, a rich progress bar on stderr that is off when stderr is not a terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a run is: ``documents_done`` of ``documents_total``, ``claims`` so far."""

    documents_done: int
    documents_total: int
    claims: int


ProgressCallback = Callable[[Progress], None]


@dataclass(slots=True)
class ProgressCounter:
    """Counts analysed documents and their claims, telling ``callback`` after each one.

    Example:
        >>> seen = []
        >>> count = ProgressCounter(seen.append, 2)
        >>> count(3)
        >>> seen
        [Progress(documents_done=1, documents_total=2, claims=3)]
    """

    callback: ProgressCallback
    total: int
    done: int = 0
    claims: int = 0

    def __call__(self, claims: int) -> None:
        self.done += 1
        self.claims += claims
        self.callback(Progress(self.done, self.total, self.claims))


def _ignore(progress: Progress) -> None:
    del progress


@contextmanager
def terminal_progress(stream: TextIO, *, enabled: bool = True) -> Iterator[ProgressCallback]:
    """A progress callback drawing a bar on ``stream``; a no-op unless it is a TTY.

    The bar disappears when the run ends, so the report that follows starts clean.

    Example:
        >>> import io
        >>> with terminal_progress(io.StringIO()) as update:  # not a TTY: draws nothing
        ...     update(Progress(1, 2, 14))
    """
    if not enabled or not stream.isatty():
        yield _ignore
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents · {task.fields[claims]} claims"),
        TimeRemainingColumn(),
    )
    from rich.progress import Progress as Bar

    with Bar(*columns, console=Console(file=stream), transient=True) as bar:
        task = bar.add_task("reading", total=None, claims=0)

        def update(progress: Progress) -> None:
            bar.update(
                task,
                completed=progress.documents_done,
                total=progress.documents_total,
                claims=progress.claims,
            )

        yield update
