"""Each rule's claims, chosen from a run's claims indexed by column value.

A run has thousands of claims and a few dozen rules, but a column holds few
distinct values (a handful of kinds, a few hundred measures). So a column is
read once per run and its claims grouped by value; a condition is tested once
per distinct value, and a selector's claims are the intersection of its
conditions' groups: the same claims, in the same order, as testing
:meth:`Selector.matches` claim by claim.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Hashable, Mapping, Sequence
from enum import Enum
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
            for value, positions in self._read(column):
                # Most columns hold text or nothing: those are their own keys.
                key = value if value is None or type(value) is str else _selection_key(value)
                group = groups.get(key)
                if group is None:
                    groups[key] = (value, positions)
                else:
                    group[1].extend(positions)
            self._columns[column] = groups
        return groups

    def _read(self, column: str) -> list[tuple[Any, list[int]]]:
        """Each :func:`column_value` of the claims, with the positions of its claims.

        Claims are grouped by the attribute as stored first, so that a value is read
        (an enum unwrapped, a document looked up) once per distinct attribute, not
        once per claim.
        """
        claims, documents = self._claims, self._documents
        if column in DOCUMENT_COLUMNS:
            by_doc: dict[str, list[int]] = defaultdict(list)
            for n, claim in enumerate(claims):
                by_doc[claim.doc].append(n)
            return [
                (column_value(claims[positions[0]], documents.get(doc), column), positions)
                for doc, positions in by_doc.items()
            ]
        values = list(map(attrgetter(column), claims))
        stored: dict[Any, list[int]] = defaultdict(list)
        for n, value in enumerate(values):
            stored[value].append(n)
        read: list[tuple[Any, list[int]]] = []
        for value, positions in stored.items():
            kinds = set(map(type, map(values.__getitem__, positions)))
            if len(kinds) == 1 and _reads_alike(value):
                read.append((column_value(claims[positions[0]], None, column), positions))
            else:
                read += [(column_value(claims[n], None, column), [n]) for n in positions]
        return read


def _reads_alike(value: Any) -> bool:
    """Whether values equal to ``value``, and of its type, read alike in a selection.

    Not so for floats (0.0 and -0.0 are equal) or datetimes (equal in other zones).
    """
    if type(value) is tuple:
        return all(isinstance(v, str) for v in value)
    return type(value) in _READ_ALIKE or isinstance(value, Enum)


_READ_ALIKE = frozenset({str, int, bool, type(None), dt.date})


def _selection_key(value: Any) -> tuple[Any, ...]:
    """What :meth:`Condition.matches` reads of a value: its type and its text (each
    element's, for a tuple of flags). Values with one key match the same conditions,
    whereas plain equality would merge 1 with 1.0 and 0.0 with -0.0."""
    if isinstance(value, tuple):
        return (tuple, tuple(str(v) for v in value))
    return (type(value), None if value is None else str(value))
