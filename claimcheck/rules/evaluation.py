"""Evaluating a parsed rule formula (:mod:`claimcheck.rules.expressions`) against named values.

Unknown values propagate (``none``), ``and``/``or`` are three-valued; see the
language's description in :mod:`claimcheck.rules.expressions`.

Example:
    >>> from claimcheck.rules.expressions import parse_expression
    >>> formula = parse_expression("abs(publication.year - start.year - war.value) <= 1")
    >>> evaluate(formula, {"publication.year": 2023, "start.year": 2016, "war.value": 7.0})
    True
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from claimcheck.rules.expressions import (
    COMPARISONS,
    Binary,
    Expression,
    Literal,
    Name,
    Node,
    Unary,
    Value,
)


def evaluate(expression: Expression, values: Mapping[str, Value]) -> Value:
    """Evaluate a parsed formula against named values (missing names are ``none``).

    Example:
        >>> from claimcheck.rules.expressions import parse_expression
        >>> evaluate(parse_expression("max(a, 2) * 3"), {"a": 1.0})
        6.0
    """
    return _evaluate(expression.root, values)


def _evaluate(node: Node, values: Mapping[str, Value]) -> Value:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Name):
        return values.get(node.name)
    if isinstance(node, Unary):
        operand = _evaluate(node.operand, values)
        if node.operator == "not":
            return None if operand is None else not _truth(operand)
        return -operand if _is_number(operand) else None  # type: ignore[operator]
    if isinstance(node, Binary):
        if node.operator in {"and", "or"}:
            return _logic(node, values)
        return _binary(node.operator, _evaluate(node.left, values), _evaluate(node.right, values))
    return _call(node.function, [_evaluate(a, values) for a in node.arguments])


def _truth(value: Value) -> bool:
    return bool(value)


def _is_number(value: Value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _logic(node: Binary, values: Mapping[str, Value]) -> Value:
    """Three-valued and/or, short-circuiting like Python's."""
    left = _evaluate(node.left, values)
    decisive = node.operator == "or"  # the left value that settles the result
    if left is not None and _truth(left) == decisive:
        return decisive
    right = _evaluate(node.right, values)
    if right is not None and _truth(right) == decisive:
        return decisive
    if left is None or right is None:
        return None
    return not decisive


def _binary(operator: str, left: Value, right: Value) -> Value:
    if left is None or right is None:
        return None
    if operator in {"==", "!="}:
        if _is_number(left) and _is_number(right):
            equal = float(left) == float(right)  # type: ignore[arg-type]
        else:
            equal = left == right
        return equal if operator == "==" else not equal
    if isinstance(left, dt.date) and isinstance(right, dt.date) and operator == "-":
        return float((left - right).days)
    if not (_is_number(left) and _is_number(right)):
        both_text = isinstance(left, str) and isinstance(right, str)
        both_dates = isinstance(left, dt.date) and isinstance(right, dt.date)
        if operator in COMPARISONS and (both_text or both_dates):
            return _compare(operator, left, right)
        return None  # a type mismatch cannot be judged, so it never fires
    a, b = float(left), float(right)  # type: ignore[arg-type]
    if operator in COMPARISONS:
        return _compare(operator, a, b)
    if operator == "+":
        return a + b
    if operator == "-":
        return a - b
    if operator == "*":
        return a * b
    return a / b if b != 0 else None


def _compare(operator: str, a: Any, b: Any) -> bool:
    if operator == "<":
        return bool(a < b)
    if operator == "<=":
        return bool(a <= b)
    if operator == ">":
        return bool(a > b)
    return bool(a >= b)


def _call(function: str, arguments: Sequence[Value]) -> Value:
    if function == "contains":
        return _contains(arguments[0], arguments[1:])
    if any(a is None for a in arguments):
        return None
    if function == "year":
        value = arguments[0]
        if isinstance(value, dt.date):
            return float(value.year)
        return None
    if not all(_is_number(a) for a in arguments):
        return None
    numbers = [float(a) for a in arguments]  # type: ignore[arg-type]
    if function == "abs":
        return abs(numbers[0])
    if function == "round":
        return float(round(numbers[0]))
    return min(numbers) if function == "min" else max(numbers)


def _contains(text: Value, words: Sequence[Value]) -> Value:
    if text is None:
        return None
    haystack = _spaced_words(str(text))
    for word in words:
        needle = _spaced_words(str(word)) if word is not None else "  "
        if needle != "  " and needle in haystack:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _spaced_words(text: str) -> str:
    """``'The War,'`` -> ``' the war '``: whole-word search by substring, cached
    because a rule tests the same sentence against many pairings."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', text.lower()))} "
