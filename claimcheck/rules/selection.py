"""Each rule's claims, chosen from a run's claims indexed by column value.

A run has thousands of claims and a few dozen rules, but a column holds few
distinct values (a handful of kinds, a few hundred measures). So a column is
read once per run and its claims grouped by value; a condition is tested once
per distinct value, and a selector's claims are the intersection of its
conditions' groups: the same claims, in the same order, as testing
:meth:`Selector.matches` claim by claim.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping, Sequence
from operator import attrgetter
from typing import Any

from claimcheck.model import Claim, Document
from claimcheck.rules.select import DOCUMENT_COLUMNS, Condition, Selector, column_value


class ClaimIndex:
    """A run's claims, with each selected column grouped by value on first use.

    Example:
        >>> from claimcheck.model import ClaimKind
        >>> claims = [Claim("d", ClaimKind.COUNT, 0, 2, "12", measure="deaths"),
        ...           Claim("d", ClaimKind.AGE, 5, 7, "41")]
        >>> index = ClaimIndex(claims, {})
        >>> [c.text for c in index.select(Selector((Condition("kind", frozenset({"age"})),)))]
        ['41']
    """

    def __init__(self, claims: Sequence[Claim], documents: Mapping[str, Document]) -> None:
        self._claims = claims
        self._documents = documents
        # column -> selection key -> (a value with that key, positions of its claims)
        self._columns: dict[str, dict[Hashable, tuple[Any, list[int]]]] = {}
        self._hits: dict[Condition, set[int]] = {}

    def select(self, selector: Selector) -> list[Claim]:
        """The claims ``selector`` matches, in run order."""
        if not selector.conditions:
            return list(self._claims)
        return [self._claims[n] for n in sorted(self.positions(selector))]

    def positions(self, selector: Selector) -> Collection[int]:
        """The positions (in the claims given) of the claims ``selector`` matches."""
        chosen: Collection[int] = range(len(self._claims))
        for n, condition in enumerate(selector.conditions):
            hits = self._matching(condition)
            chosen = set(hits) if n == 0 else hits.intersection(chosen)
            if not chosen:
                break
        return chosen

    def _matching(self, condition: Condition) -> set[int]:
        hits = self._hits.get(condition)
        if hits is None:
            hits = set()
            for value, positions in self._grouped(condition.column).values():
                if condition.matches(value):
                    hits.update(positions)
            self._hits[condition] = hits
        return hits

    def _grouped(self, column: str) -> dict[Hashable, tuple[Any, list[int]]]:
        groups = self._columns.get(column)
        if groups is None:
            groups = {}
            for n, value in enumerate(self._read(column)):
                # Most columns hold text or nothing: those are their own keys.
                key = value if value is None or type(value) is str else _selection_key(value)
                groups.setdefault(key, (value, []))[1].append(n)
            self._columns[column] = groups
        return groups

    def _read(self, column: str) -> list[Any]:
        """:func:`column_value` of every claim, reading attributes that hold text or
        nothing directly (no enum to unwrap, no document to look up)."""
        claims, documents = self._claims, self._documents
        if column in DOCUMENT_COLUMNS:
            return [column_value(c, documents.get(c.doc), column) for c in claims]
        values = list(map(attrgetter(column), claims))
        for n, value in enumerate(values):
            if value is not None and type(value) is not str:
                values[n] = column_value(claims[n], None, column)
        return values


def _selection_key(value: Any) -> tuple[Any, ...]:
    """What :meth:`Condition.matches` reads of a value: its type and its text (each
    element's, for a tuple of flags). Values with one key match the same conditions,
    whereas plain equality would merge 1 with 1.0 and 0.0 with -0.0."""
    if isinstance(value, tuple):
        return (tuple, tuple(str(v) for v in value))
    return (type(value), None if value is None else str(value))
