"""Which claims a rule looks at: a mapping of column -> condition.

Conditions: a value (equal), a list (one of), ``{present: true|false}``,
``{not: value-or-list}``. ``flags`` tests membership: ``flags: {not: [vague]}``
keeps claims without that flag.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from claimcheck.model import Claim, Document
from claimcheck.yamlfile import Located

SELECTABLE = frozenset(
    {
        "kind", "measure", "modality", "unit", "event", "subject", "counted", "hedge",
        "granularity", "tense", "reference_from", "flags", "source", "story", "date",
        "datetime_utc", "value",
    }
)  # fmt: skip
_OPERATORS = frozenset({"present", "not"})
DOCUMENT_COLUMNS = frozenset({"source", "story"})  # a claim's are its document's


@dataclass(frozen=True, slots=True)
class Condition:
    column: str
    values: frozenset[str] | None = None  # one of these
    negate: bool = False
    present: bool | None = None

    def matches(self, actual: Any) -> bool:
        if self.present is not None:
            has = actual not in (None, "", ())
            return has == self.present
        if self.values is None:
            return True
        if isinstance(actual, tuple):  # flags
            hit = any(str(a) in self.values for a in actual)
        else:
            hit = actual is not None and str(actual) in self.values
        return hit != self.negate

    def describe(self) -> str:
        """``kind = count``, ``flags has none of vague, unresolved``, ``measure present``."""
        if self.present is not None:
            return f"{self.column} {'present' if self.present else 'absent'}"
        values = ", ".join(sorted(self.values or ()))
        if self.column == "flags":
            return f"flags {'has none of' if self.negate else 'has one of'} {values}"
        return f"{self.column} {'not in' if self.negate else 'in'} {values}"


@dataclass(frozen=True, slots=True)
class Selector:
    conditions: tuple[Condition, ...] = ()

    def describe(self) -> str:
        return "; ".join(c.describe() for c in self.conditions) or "every claim"

    def matches(self, claim: Claim, document: Document | None) -> bool:
        return all(c.matches(column_value(claim, document, c.column)) for c in self.conditions)


def key_values(
    claim: Claim, document: Document | None, key: Sequence[str]
) -> tuple[str, ...] | None:
    """A claim's values in the ``key`` columns, as text; None when one of them is empty.

    Example:
        >>> from claimcheck.model import ClaimKind
        >>> claim = Claim("d", ClaimKind.COUNT, 0, 2, "12", measure="deaths")
        >>> key_values(claim, None, ["measure"]), key_values(claim, None, ["event"])
        (('deaths',), None)
    """
    values = tuple(str(column_value(claim, document, column)) for column in key)
    return None if "None" in values or "" in values else values


def column_value(claim: Claim, document: Document | None, column: str) -> Any:
    """A claim's value in a claims-table column; ``source`` and ``story`` are its document's."""
    if column in DOCUMENT_COLUMNS:
        return getattr(document, column) if document is not None else None
    value = getattr(claim, column)
    return value.value if hasattr(value, "value") and not isinstance(value, float) else value


def parse_selector(entry: Located) -> Selector:
    raw = entry.mapping("select", "a mapping of column: condition")
    return Selector() if raw is None else parse_conditions(raw)


def parse_conditions(raw: Located, skip: Collection[str] = ()) -> Selector:
    """A selector from a mapping of column: condition; ``skip`` names keys that are not columns."""
    conditions = []
    for column, condition in raw.items():
        if column in skip:
            continue
        if column not in SELECTABLE:
            raise raw.error(
                f"cannot select on '{column}'",
                key=column,
                hint=f"columns: {', '.join(sorted(SELECTABLE))}",
            )
        conditions.append(_parse_condition(raw, column, condition))
    return Selector(tuple(conditions))


def _parse_condition(raw: Located, column: str, condition: Any) -> Condition:
    if isinstance(condition, Mapping):
        unknown = set(condition) - _OPERATORS
        if unknown:
            raise raw.error(
                f"unknown operator '{sorted(unknown)[0]}' for '{column}'",
                key=column,
                hint="use a value, a list, {present: true}, or {not: ...}",
            )
        if "present" in condition:
            return Condition(column, present=bool(condition["present"]))
        return Condition(column, values=_as_values(condition["not"]), negate=True)
    return Condition(column, values=_as_values(condition))


def _as_values(raw: Any) -> frozenset[str]:
    items = raw if isinstance(raw, list) else [raw]
    return frozenset(str(i).lower() if isinstance(i, bool) else str(i) for i in items)
