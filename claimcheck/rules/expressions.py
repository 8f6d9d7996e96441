"""A small, safe expression language for rule formulas (``check:``, ``where:``).

Rule text is tokenized and parsed here into a tree of frozen dataclasses;
:mod:`claimcheck.rules.evaluation` evaluates it by walking that tree: no ``eval``,
no ``compile``, no attribute access on Python objects. A name is a plain key into
the values a rule binds.

Grammar (loosest first)::

    expr       := and ("or" and)*
    and        := not ("and" not)*
    not        := "not" not | comparison
    comparison := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?
    sum        := product (("+" | "-") product)*
    product    := unary (("*" | "/") unary)*
    unary      := "-" unary | primary
    primary    := NUMBER | STRING | "true" | "false" | "none"
                | NAME | NAME "(" [expr ("," expr)*] ")" | "(" expr ")"

Names may be dotted (``war.value``, ``publication.year``). Functions:
``abs(x)``, ``min(x, ...)``, ``max(x, ...)``, ``round(x)``, ``year(date)``,
``contains(text, word, ...)`` (any word or phrase, whole words, any case).

Unknown values propagate: arithmetic or a comparison involving ``none`` (a
field the claim does not have) gives ``none``, and a rule treats a ``none``
verdict as "cannot tell", never as a failure. ``and``/``or`` follow
three-valued logic (``false and none`` is ``false``, ``true or none`` is
``true``).

Example:
    >>> formula = parse_expression("abs(publication.year - start.year - war.value) <= 1")
    >>> sorted(formula.names())
    ['publication.year', 'start.year', 'war.value']
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

Value = float | int | bool | str | dt.date | None

MAX_LENGTH = 2000  # a formula longer than this is a mistake, not a rule
MAX_DEPTH = 40  # bounds the parser's recursion on deeply nested parentheses


class ExpressionError(ValueError):
    """A formula that does not parse or names something unknown; ``column`` is 1-based."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(f"column {column}: {message}")
        self.message = message
        self.column = column


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # number, string, name, op, end
    text: str
    column: int  # 1-based


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    return re.compile(
        r"""
        (?P<space>\s+)
        | (?P<number>\d+(?:\.\d+)?)
        | (?P<string>"[^"\\]*"|'[^'\\]*')
        | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
        | (?P<op>==|!=|<=|>=|[-+*/<>(),])
        """,
        re.VERBOSE,
    )


def tokenize(text: str) -> list[Token]:
    """Split a formula into tokens; anything else is an error at its column.

    Example:
        >>> [t.text for t in tokenize("a.b >= 2")]
        ['a.b', '>=', '2', '']
    """
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"formula longer than {MAX_LENGTH} characters", MAX_LENGTH)
    tokens: list[Token] = []
    position = 0
    pattern = _token_pattern()
    while position < len(text):
        match = pattern.match(text, position)
        if match is None:
            raise ExpressionError(f"unexpected character {text[position]!r}", position + 1)
        kind = match.lastgroup or ""
        if kind != "space":
            tokens.append(Token(kind, match.group(), position + 1))
        position = match.end()
    tokens.append(Token("end", "", len(text) + 1))
    return tokens


@dataclass(frozen=True, slots=True)
class Literal:
    value: Value
    column: int

    def names(self) -> Iterator[tuple[str, int]]:
        return iter(())


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    column: int

    def names(self) -> Iterator[tuple[str, int]]:
        yield self.name, self.column


@dataclass(frozen=True, slots=True)
class Unary:
    operator: str  # "-" or "not"
    operand: Node
    column: int

    def names(self) -> Iterator[tuple[str, int]]:
        return self.operand.names()


@dataclass(frozen=True, slots=True)
class Binary:
    operator: str
    left: Node
    right: Node
    column: int

    def names(self) -> Iterator[tuple[str, int]]:
        yield from self.left.names()
        yield from self.right.names()


@dataclass(frozen=True, slots=True)
class Call:
    function: str
    arguments: tuple[Node, ...]
    column: int

    def names(self) -> Iterator[tuple[str, int]]:
        for argument in self.arguments:
            yield from argument.names()


Node = Literal | Name | Unary | Binary | Call


@dataclass(frozen=True, slots=True)
class Expression:
    """A parsed formula and its source text."""

    text: str
    root: Node

    def names(self) -> set[str]:
        return {name for name, _ in self.root.names()}

    def check_names(self, known: frozenset[str]) -> None:
        """Raise :class:`ExpressionError` at the first name not in ``known``."""
        for name, column in self.root.names():
            if name not in known:
                close = sorted(k for k in known if k.split(".")[0] == name.split(".")[0])
                hint = f"; known: {', '.join(close[:12])}" if close else ""
                raise ExpressionError(f"unknown name '{name}'{hint}", column)


_KEYWORD_VALUES: dict[str, Value] = {"true": True, "false": False, "none": None}
COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})
_ARITY = {  # function -> (fewest, most) arguments; None is unbounded
    "abs": (1, 1),
    "round": (1, 1),
    "year": (1, 1),
    "min": (1, None),
    "max": (1, None),
    "contains": (2, None),
}
FUNCTIONS = frozenset(_ARITY)


class _Parser:
    """Recursive descent over the token list; one method per grammar level."""

    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def accept(self, *texts: str) -> Token | None:
        token = self.current
        if token.kind in {"op", "name"} and token.text in texts:
            self.index += 1
            return token
        return None

    def expect(self, text: str) -> Token:
        token = self.accept(text)
        if token is None:
            found = self.current.text or "end of formula"
            raise ExpressionError(f"expected '{text}', found '{found}'", self.current.column)
        return token

    def parse(self) -> Node:
        node = self.disjunction()
        if self.current.kind != "end":
            raise ExpressionError(f"unexpected '{self.current.text}'", self.current.column)
        return node

    def disjunction(self) -> Node:
        node = self.conjunction()
        while token := self.accept("or"):
            node = Binary("or", node, self.conjunction(), token.column)
        return node

    def conjunction(self) -> Node:
        node = self.negation()
        while token := self.accept("and"):
            node = Binary("and", node, self.negation(), token.column)
        return node

    def negation(self) -> Node:
        if token := self.accept("not"):
            return Unary("not", self.nested(self.negation), token.column)
        return self.comparison()

    def comparison(self) -> Node:
        node = self.sum()
        token = self.current
        if token.kind == "op" and token.text in COMPARISONS:
            self.index += 1
            node = Binary(token.text, node, self.sum(), token.column)
            if self.current.kind == "op" and self.current.text in COMPARISONS:
                raise ExpressionError(
                    "comparisons do not chain; join them with 'and'", self.current.column
                )
        return node

    def sum(self) -> Node:
        node = self.product()
        while token := self.accept("+", "-"):
            node = Binary(token.text, node, self.product(), token.column)
        return node

    def product(self) -> Node:
        node = self.unary()
        while token := self.accept("*", "/"):
            node = Binary(token.text, node, self.unary(), token.column)
        return node

    def unary(self) -> Node:
        if token := self.accept("-"):
            return Unary("-", self.nested(self.unary), token.column)
        return self.primary()

    def nested(self, parse: Callable[[], Node]) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("formula nested too deeply", self.current.column)
        try:
            return parse()
        finally:
            self.depth -= 1

    def primary(self) -> Node:
        token = self.current
        self.index += 1
        if token.kind == "number":
            return Literal(float(token.text), token.column)
        if token.kind == "string":
            return Literal(token.text[1:-1], token.column)
        if token.kind == "name":
            if token.text in _KEYWORD_VALUES:
                return Literal(_KEYWORD_VALUES[token.text], token.column)
            if token.text in {"and", "or", "not"}:
                raise ExpressionError(f"'{token.text}' needs a value before it", token.column)
            if self.accept("("):
                return self.call(token)
            return Name(token.text, token.column)
        if token.text == "(":
            node = self.nested(self.disjunction)
            self.expect(")")
            return node
        found = token.text or "end of formula"
        raise ExpressionError(f"expected a value, found '{found}'", token.column)

    def call(self, name: Token) -> Call:
        if name.text not in _ARITY:
            raise ExpressionError(
                f"unknown function '{name.text}'; use {', '.join(sorted(_ARITY))}", name.column
            )
        arguments: list[Node] = []
        if not self.accept(")"):
            arguments.append(self.nested(self.disjunction))
            while self.accept(","):
                arguments.append(self.nested(self.disjunction))
            self.expect(")")
        fewest, most = _ARITY[name.text]
        if len(arguments) < fewest or (most is not None and len(arguments) > most):
            wanted = str(fewest) if fewest == most else f"at least {fewest}"
            raise ExpressionError(
                f"{name.text}() takes {wanted} argument(s), got {len(arguments)}", name.column
            )
        return Call(name.text, tuple(arguments), name.column)


def parse_expression(text: str) -> Expression:
    """Parse a formula; a mistake raises :class:`ExpressionError` with its column.

    Example:
        >>> try:
        ...     parse_expression("war.value +")
        ... except ExpressionError as error:
        ...     print(error.column, error.message)
        12 expected a value, found 'end of formula'
    """
    if not text.strip():
        raise ExpressionError("empty formula", 1)
    return Expression(text, _Parser(text).parse())
