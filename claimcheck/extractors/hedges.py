"""The hedge table: words that bound a number ("more than", "up to") as intervals.

The table is data (``rules/core/hedges.yaml``); this module validates it and turns a
value plus a hedge, a written precision or a vague plural into an interval.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from claimcheck.errors import RuleError
from claimcheck.resources import packs_dir
from claimcheck.yamlfile import Located, load_yaml

BOUND_KINDS = ("lower-open", "lower-closed", "upper-closed", "upper-open", "approximate")
_TOP_KEYS = frozenset({"rounding", "hedges", "vague", "fraction_width", "changes", "vague_need_of"})


@dataclass(frozen=True, slots=True)
class Hedge:
    """One hedge phrase: which side of the number it bounds and how far the other side goes."""

    phrase: str
    bound: str  # one of BOUND_KINDS
    width: float

    def interval(self, value: float) -> tuple[float, float]:
        """The interval ``[low, high]`` this hedge gives ``value``.

        Example:
            >>> Hedge("more than", "lower-open", 0.5).interval(12000)
            (12000.0, 18000.0)
        """
        magnitude = abs(value)
        if self.bound in ("lower-open", "lower-closed"):
            low, high = magnitude, magnitude * (1 + self.width)
        elif self.bound in ("upper-open", "upper-closed"):
            low, high = magnitude * (1 - self.width), magnitude
        else:
            low, high = magnitude * (1 - self.width), magnitude * (1 + self.width)
        if value < 0:
            return -high, -low
        return float(low), float(high)


@dataclass(frozen=True)
class HedgeTable:
    """Hedges, the rounding rule and vague plurals, as loaded from a hedges YAML file."""

    hedges: Mapping[str, Hedge]
    vague: Mapping[str, tuple[float, float]]
    half_unit: float = 0.5
    fraction_width: float = 0.1
    changes: Mapping[str, int] = field(default_factory=dict)  # "fell" -> -1
    vague_need_of: frozenset[str] = frozenset()

    def get(self, phrase: str) -> Hedge | None:
        """The hedge for a phrase, matched case-insensitively and space-normalized."""
        return self.hedges.get(" ".join(phrase.lower().split()))

    def rounded(self, value: float, unit: float) -> tuple[float, float]:
        """The interval an unhedged number written to precision ``unit`` covers.

        Example:
            >>> load_hedges().rounded(12000, 1000)
            (11500.0, 12500.0)
        """
        half = self.half_unit * unit
        return float(value - half), float(value + half)

    def approximate(self, value: float) -> tuple[float, float]:
        """The loose interval given to fractions ("half of", "a third")."""
        return Hedge("fraction", "approximate", self.fraction_width).interval(value)

    def hedge_before(self, text: str, end: int) -> tuple[str, int] | None:
        """The hedge phrase right before ``end`` (spaces between) and where it starts.

        Example:
            >>> load_hedges().hedge_before("killed more than 40", 17)
            ('more than', 7)
        """
        found = self._hedge_reversed.match(_reversed_window(text, end))
        if found is None:
            return None
        return " ".join(found.group("phrase")[::-1].lower().split()), end - found.end("phrase")

    def change_before(self, text: str, end: int) -> tuple[int, int, bool] | None:
        """Sign, start and "by"-ness of a change word right before ``end`` ("fell by 4%").

        Example:
            >>> load_hedges().change_before("sales fell by 4%", 14)
            (-1, 6, True)
        """
        found = self._change_reversed.match(_reversed_window(text, end))
        if found is None:
            return None
        sign = self.changes.get(found.group("phrase")[::-1].lower(), 1)
        return sign, end - found.end("phrase"), found.group("by") is not None

    # Built on first use and kept on the table: every number asks for both, and keying
    # a shared cache by the tuple of phrases cost as much as the match itself.
    @cached_property
    def _hedge_reversed(self) -> re.Pattern[str]:
        return _reversed_pattern(tuple(self.hedges), False)

    @cached_property
    def _change_reversed(self) -> re.Pattern[str]:
        return _reversed_pattern(tuple(self.changes), True)


def _reversed_window(text: str, end: int) -> str:
    # Longer than the longest phrase plus spaces, so the character before a phrase is
    # inside the window for the word-boundary check.
    return text[max(0, end - 40) : end][::-1]


@cache
def _reversed_pattern(phrases: tuple[str, ...], with_by: bool) -> re.Pattern[str]:
    # Matched on the reversed text before a number: one anchored match finds a phrase
    # ending there, where a "$"-anchored search would try every position of a window.
    ordered = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(
        r"\s+".join(re.escape(word[::-1]) for word in reversed(p.split())) for p in ordered
    )
    by = r"(?P<by>yb\s+)?" if with_by else ""
    guard = _first_character_guard(phrases)
    return re.compile(rf"\s+{by}{guard}(?P<phrase>{alternatives})(?![\w-])", re.IGNORECASE)


def _first_character_guard(phrases: tuple[str, ...]) -> str:
    """A lookahead for the characters a reversed phrase can start with (its last one).

    The engine tries a flat alternation branch by branch; the lookahead rejects most
    windows after one character test. It matches what the alternation's first
    characters match, so it never changes a match; with an empty phrase there is none.

    Example:
        >>> _first_character_guard(("fell", "up to"))
        '(?=[lo])'
    """
    words = [phrase.split() for phrase in phrases]
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(sorted({re.escape(w[-1][-1]) for w in words})) + "])"


def load_hedges(path: Path | None = None) -> HedgeTable:
    """Load and validate a hedge table; default: the shipped ``rules/core/hedges.yaml``.

    Example:
        >>> load_hedges().get("More than").bound
        'lower-open'
    """
    if path is None:
        return _shipped_hedges()
    return _parse_table(load_yaml(path), str(path))


@cache
def _shipped_hedges() -> HedgeTable:
    path = packs_dir() / "core" / "hedges.yaml"
    return _parse_table(load_yaml(path), str(path))


def _parse_table(doc: Any, path: str) -> HedgeTable:
    if not isinstance(doc, Located):
        raise RuleError("a hedge table must be a mapping", path=path, hint="see rules/core")
    for key in doc:
        if key not in _TOP_KEYS:
            raise doc.error(f"unknown key '{key}'", key, f"use one of {sorted(_TOP_KEYS)}")
    hedges = {
        " ".join(phrase.lower().split()): _parse_hedge(doc, phrase, spec)
        for phrase, spec in _mapping(doc, "hedges").items()
    }
    vague = {
        " ".join(phrase.lower().split()): _parse_range(doc, phrase, spec)
        for phrase, spec in _mapping(doc, "vague").items()
    }
    rounding = _mapping(doc, "rounding")
    half_unit = _number(rounding if isinstance(rounding, Located) else doc, "half_unit", 0.5)
    fraction_width = _number(doc, "fraction_width", 0.1)
    changes = {str(k).lower(): _sign(doc, str(k), v) for k, v in _mapping(doc, "changes").items()}
    need_of = doc.get("vague_need_of", [])
    if not isinstance(need_of, list):
        raise doc.error("'vague_need_of' must be a list of vague phrases", "vague_need_of")
    return HedgeTable(
        hedges,
        vague,
        half_unit,
        fraction_width,
        changes,
        frozenset(str(p).lower() for p in need_of),
    )


def _sign(doc: Located, word: str, value: Any) -> int:
    if value not in (1, -1) or isinstance(value, bool):
        raise doc.error(f"change '{word}' must be 1 or -1", "changes")
    return int(value)


def _mapping(doc: Located, key: str) -> Mapping[str, Any]:
    value = doc.get(key, {})
    if not isinstance(value, Mapping):
        raise doc.error(f"'{key}' must be a mapping", key)
    return value


def _number(doc: Located, key: str, default: float) -> float:
    value = doc.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise doc.error(f"'{key}' must be a non-negative number", key)
    return float(value)


def _parse_hedge(doc: Located, phrase: str, spec: Any) -> Hedge:
    if not isinstance(spec, Located):
        raise doc.error(f"hedge '{phrase}' needs {{bound: ..., width: ...}}", phrase)
    unknown = set(spec) - {"bound", "width"}
    if unknown:
        raise spec.error(f"unknown key '{sorted(unknown)[0]}'", None, "use bound and width")
    bound = spec.get("bound")
    if bound not in BOUND_KINDS:
        raise spec.error(f"bound must be one of {', '.join(BOUND_KINDS)}", "bound")
    width = _number(spec, "width", 0.1)
    if width > 1 and bound in ("upper-open", "upper-closed", "approximate"):
        raise spec.error("width above 1 would cross zero", "width", "use a width <= 1")
    return Hedge(" ".join(phrase.lower().split()), bound, width)


def _parse_range(doc: Located, phrase: str, spec: Any) -> tuple[float, float]:
    ok = isinstance(spec, list) and len(spec) == 2
    if not ok or not all(isinstance(x, int | float) for x in spec) or spec[0] > spec[1]:
        raise doc.error(f"vague '{phrase}' must be [low, high] with low <= high", phrase)
    return float(spec[0]), float(spec[1])
