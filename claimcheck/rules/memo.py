"""Work computed once and reused: by the rules of one run, or within one rule.

Two rules of one type often look at the same claims (``headline-contradicts-body``
and ``headline-not-in-body`` judge the same headlines, keeping different
verdicts), and drift looks up each story's documents among all of the run's. A
:class:`RunMemo` lives in the run's :class:`~claimcheck.rules.context.RuleContext`,
so nothing outlives the run; a result is reused only for the very same claims
(the same objects, in the same order).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, TypeVar, cast

from claimcheck.model import Claim, Document
from claimcheck.rules.align import Masks

T = TypeVar("T")


class RunMemo:
    """Results of one run, by name and by the claims they were computed from.

    Example:
        >>> from claimcheck.model import ClaimKind
        >>> memo, claims = RunMemo(), [Claim("d", ClaimKind.COUNT, 0, 2, "12")]
        >>> calls = []
        >>> for _ in range(2):
        ...     _ = memo.shared("texts", claims, lambda: calls.append(1) or len(calls))
        >>> len(calls)
        1
    """

    def __init__(self) -> None:
        self._results: dict[Hashable, tuple[tuple[Claim, ...], Any]] = {}
        self._stories: dict[str, list[Document]] | None = None
        self._masks: Masks = {}

    def shared(self, name: Hashable, claims: Sequence[Claim], compute: Callable[[], T]) -> T:
        """``compute()``, or what it returned for ``name`` and these same claims before."""
        held = self._results.get(name)
        if held is not None and _same_claims(held[0], claims):
            return cast(T, held[1])
        result = compute()
        self._results[name] = (tuple(claims), result)
        return result

    def documents_of_story(
        self, documents: Mapping[str, Document], story: str
    ) -> Sequence[Document]:
        """The ``documents`` whose story key is ``story`` ("" for none), in their order;
        ``documents`` must be the same mapping at every call (the run's)."""
        if self._stories is None:
            self._stories = defaultdict(list)
            for document in documents.values():
                self._stories[document.story or ""].append(document)
        return self._stories.get(story, ())

    def masks(self) -> Masks:
        """Masked sentences (see :func:`~claimcheck.rules.align.passages_of`), shared by the
        run's rules: drift and support judging mask the same sentences with the same claims."""
        return self._masks


def _same_claims(held: Sequence[Claim], claims: Sequence[Claim]) -> bool:
    return len(held) == len(claims) and all(a is b for a, b in zip(held, claims, strict=True))
