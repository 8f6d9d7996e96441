"""Units a number can carry: currencies (ISO codes) and physical units (via pint).

Lexicons are data (``claimcheck/data/currencies.yaml``, ``units.yaml``); the pint
registry is built once, lazily, by :func:`unit_registry`, and each unit's conversion
is asked of it once (:func:`_conversion`); the shipped units' conversions are
precomputed data (:mod:`claimcheck.extractors.unit_conversions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimcheck.errors import RuleError
from claimcheck.extractors.numbers import phrase_alternation
from claimcheck.extractors.unit_conversions import shipped_conversions
from claimcheck.resources import data_path
from claimcheck.yamlfile import load_yaml


@dataclass(frozen=True)
class CurrencyLexicon:
    """Currency symbols, codes and words, each mapped to an ISO 4217 code."""

    symbols: Mapping[str, str]
    codes: frozenset[str]
    words: Mapping[str, str]
    symbol_reversed: re.Pattern[str]  # a symbol or code, matched on reversed text
    word_after: re.Pattern[str]  # matched at a position: a code or word right after a number

    def iso(self, surface: str) -> str | None:
        """The ISO code a currency symbol, code or word stands for.

        Example:
            >>> currency_lexicon().iso("C$"), currency_lexicon().iso("euros")
            ('CAD', 'EUR')
        """
        if surface not in self.symbols and surface.upper() in self.codes:
            return surface.upper()
        return _lookup(self.symbols, self.words, surface)

    def symbol_before(self, text: str, start: int) -> tuple[str, int] | None:
        """The ISO code of a symbol or code right before ``start`` and where it starts.

        Example:
            >>> currency_lexicon().symbol_before("paid US$5 million", 8)
            ('USD', 5)
        """
        window = text[max(0, start - 8) : start][::-1]
        found = self.symbol_reversed.match(window)
        if found is None:
            return None
        iso = self.iso(found.group("cur")[::-1])
        return (iso, start - found.end("cur")) if iso else None


@dataclass(frozen=True)
class UnitLexicon:
    """Physical unit surface forms mapped to pint unit names, and canonical units by dimension."""

    symbols: Mapping[str, str]
    words: Mapping[str, str]
    canonical: Mapping[str, str]
    after: re.Pattern[str]  # matched at a position: a unit right after a number

    def pint_name(self, surface: str) -> str | None:
        """The pint unit name for a written unit.

        Example:
            >>> unit_lexicon().pint_name("km"), unit_lexicon().pint_name("Miles")
            ('kilometer', 'mile')
        """
        return _lookup(self.symbols, self.words, surface)


def _lookup(symbols: Mapping[str, str], words: Mapping[str, str], surface: str) -> str | None:
    """A symbol as written ("m" is not "M"), else a word in any case and spacing."""
    if surface in symbols:
        return symbols[surface]
    return words.get(_word_key(surface))


def _word_key(surface: str) -> str:
    return " ".join(surface.lower().split())


def _alternation(surfaces: Iterable[str]) -> str:
    """Surface forms as one trie regex; spaces in a form match any run of spaces.

    A trie fails after a character or two where a flat alternation of a hundred forms
    tries each; both prefer the longest form that matches.
    """
    return phrase_alternation(surfaces, r"\s+")


def _case_free(surfaces: Iterable[str]) -> list[str]:
    """Forms for a case-insensitive pattern, lowercased so "USD" and "usd" share a branch.

    Two branches for one letter would let the trie settle on a shorter form under the
    first before trying a longer one under the second; only ASCII forms are folded,
    where lowercasing matches exactly what ignoring case matches.
    """
    return [surface.lower() if surface.isascii() else surface for surface in surfaces]


def _str_mapping(doc: Any, key: str, path: str) -> dict[str, str]:
    value = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise RuleError(f"'{key}' must map surface forms to names", path=path)
    return {str(k): v for k, v in value.items()}


def _word_mapping(doc: Any, path: str) -> dict[str, str]:
    """The ``words`` mapping, keyed as :func:`_lookup` looks words up."""
    return {_word_key(k): v for k, v in _str_mapping(doc, "words", path).items()}


@cache
def currency_lexicon() -> CurrencyLexicon:
    """The shipped currency lexicon, loaded once."""
    path = data_path("currencies.yaml")
    doc = load_yaml(path)
    symbols = _str_mapping(doc, "symbols", str(path))
    words = _word_mapping(doc, str(path))
    codes = frozenset(str(c) for c in doc.get("codes", []))
    before = "|".join(
        re.escape(surface[::-1]) for surface in sorted([*symbols, *codes], key=len, reverse=True)
    )
    # Matched on the reversed text before a number. A symbol may touch the number
    # ("$18M") or be spaced ("USD 5m"); a letter before it means a word ("CAUSD").
    symbol_reversed = re.compile(rf"\s?(?P<cur>{before})(?![A-Za-z])")
    word_after = re.compile(
        rf"[\s-]?(?P<cur>{_alternation(_case_free([*codes, *words]))})(?![\w])", re.IGNORECASE
    )
    return CurrencyLexicon(symbols, codes, words, symbol_reversed, word_after)


@cache
def unit_lexicon() -> UnitLexicon:
    """The shipped physical-unit lexicon, loaded once."""
    path = data_path("units.yaml")
    doc = load_yaml(path)
    symbols = _str_mapping(doc, "symbols", str(path))
    words = _word_mapping(doc, str(path))
    canonical = _str_mapping(doc, "canonical", str(path))
    # Words match case-insensitively; symbols must match as written ("m" is not "M").
    # A word may follow a hyphen, as in adjectives ("a 3.5-liter engine").
    after = re.compile(
        rf"(?:\s?(?P<sym>{_alternation(symbols)})|[\s\u2011-](?i:(?P<word>{_alternation(_case_free(words))})))"
        r"(?![\w²/])"
    )
    return UnitLexicon(symbols, words, canonical, after)


@cache
def unit_registry() -> Any:
    """The pint registry, built on first use (it takes ~0.3 s) and shared after.

    Example:
        >>> unit_registry()("2 km").to("meter").magnitude
        2000.0
    """
    import pint

    return pint.UnitRegistry()


def to_canonical(value: float, pint_unit: str) -> tuple[float, str]:
    """Convert a value in a pint unit to its dimension's canonical unit, named as stored.

    Temperatures convert as absolute readings (40 degrees F is 4.4 degrees C), not as
    differences; a unit with no canonical dimension is kept as written.

    Example:
        >>> to_canonical(2.0, "kilometer")
        (2000.0, 'meter')
    """
    # The shipped units' conversions are data, so pint is imported only for others.
    known = shipped_conversions().get(pint_unit)
    factor, offset, name = known if known is not None else pint_conversion(pint_unit)
    return value * factor + offset, name


def pint_conversion(pint_unit: str) -> tuple[float, float, str]:
    """A unit's (factor, offset, canonical name), asked of pint (building its registry).

    Example:
        >>> pint_conversion("kilometer")
        (1000.0, 0.0, 'meter')
    """
    return _conversion(unit_registry(), pint_unit)


@cache
def _conversion(ureg: Any, pint_unit: str) -> tuple[float, float, str]:
    # Every canonical conversion is affine (a factor, plus an offset for temperatures),
    # so pint is asked twice per unit and never again in the hot path.
    dimensions = str(ureg.Unit(pint_unit).dimensionality)
    target = _canonical_by_dimension(ureg).get(dimensions)
    if target is None:
        return 1.0, 0.0, pint_unit
    name, expression = target
    at_zero = float(ureg.Quantity(0.0, pint_unit).to(expression).magnitude)
    at_one = float(ureg.Quantity(1.0, pint_unit).to(expression).magnitude)
    return at_one - at_zero, at_zero, name


@cache
def _canonical_by_dimension(ureg: Any) -> dict[str, tuple[str, str]]:
    # Keyed by pint's own spelling of the dimension so units.yaml need not repeat it.
    return {
        str(ureg.Unit(expression).dimensionality): (name, expression)
        for name, expression in unit_lexicon().canonical.items()
    }
