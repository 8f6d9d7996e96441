"""Batches of work on a pool of worker processes, results in input order, with at most
two batches per worker in flight (memory stays bounded however long the input)."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_batches(work: Callable[[T], R], batches: Iterable[T], jobs: int) -> Iterator[tuple[T, R]]:
    """Each batch with ``work(batch)``, in input order, on ``jobs`` processes.

    With one job, or a single batch, no process is started: a run of a few
    articles pays no pool. ``work`` must be picklable (a module-level function or
    a ``functools.partial`` of one).

    Example:
        >>> [(b, r) for b, r in map_batches(sum, [[1, 2], [3]], jobs=2)]
        [([1, 2], 3), ([3], 3)]
    """
    batches = iter(batches)
    head = list(itertools.islice(batches, 2))
    if jobs <= 1 or len(head) < 2:
        for batch in itertools.chain(head, batches):
            yield batch, work(batch)
        return
    pending: deque[tuple[T, Future[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch in itertools.chain(head, batches):
            pending.append((batch, pool.submit(work, batch)))
            if len(pending) >= 2 * jobs:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()
