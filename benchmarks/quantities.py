"""Score claimcheck and raw quantulum3 on NewsQuant-format quantity benchmarks.

Usage: python benchmarks/quantities.py [FILE.json ...] [--json]

Default files: every ``*.json`` in ``../shared/bench/newsquant`` (beside the checkout).
Scoring follows the CQE paper's evaluate_models.py as its README documents it: per
sentence, each gold quantity is matched greedily, one to one, to a predicted quantity
with an equal value (``numpy.isclose``; ranges compare as (low, high) pairs);
precision = matches / predicted, recall = matches / gold. "value+unit" also needs the
normalized unit names to be equal (lower-cased).

What counts as a claimcheck prediction, and how it is named (documented, never per
sentence):
- every numeric claim (counts, money, percentages, quantities) and the temporal
  extractor's durations and ages; dates and clock times are not quantities in NewsQuant;
- a signed change ("down 2.1%") is scored by its magnitude: NewsQuant keeps the sign in
  its ``change`` field, not in the value;
- a range ("10 to 15", "between $1m and $2m") and a vague plural ("millions of") are
  (low, high) pairs; a fraction word ("a third of") is the share (0.333), not percent;
- a physical quantity is scored in the unit as written (``read_sentence`` keeps it),
  since NewsQuant does not convert "2 km" to metres;
- unit names are mapped by :data:`UNIT_NAMES`; a count's unit is its counted noun
  phrase with the head noun singular ("Kenyan nurses" -> "kenyan nurse"), or "-".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimcheck.extractors.numbers import number_vocabulary
from claimcheck.extractors.numeric import extract_numeric, read_sentence
from claimcheck.extractors.temporal import extract_temporal
from claimcheck.model import Claim, ClaimKind, Document, Flag, Sentence
from claimcheck.resolve.reference import Reference

BENCH_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "newsquant"
FRACTIONS = tuple(number_vocabulary().fractions)
REFERENCE = Reference(dt.date(2020, 1, 1), "run")

# claimcheck unit name (ISO 4217 code, pint name, "percent") -> NewsQuant normalized_unit.
UNIT_NAMES: dict[str, str] = {
    "percent": "percentage",
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "HKD": "hong kong dollar",
    "MYR": "malaysian ringgit",
    "ILS": "shekel",
    "INR": "indian rupee",
    "CAD": "canadian dollar",
    "AUD": "australian dollar",
    "RUB": "russian ruble",
    "CHF": "swiss franc",
    "UAH": "ukrainian hryvnia",
    "KRW": "south korean won",
    "kilometer": "kilometre",
    "meter": "metre",
    "centimeter": "centimetre",
    "millimeter": "millimetre",
    "micrometer": "micrometre",
    "nanometer": "nanometre",
    "metric_ton": "tonne",
    "liter": "litre",
    "kilometer ** 2": "square kilometre",
    "mile ** 2": "square mile",
    "meter ** 2": "square metre",
    "foot ** 2": "square foot",
    "meter ** 3": "cubic metre",
    "kilometer / hour": "kilometre per hour",
    "mile / hour": "mile per hour",
    "degree_Celsius": "celsius",
    "degree_Fahrenheit": "fahrenheit",
    "kilowatt_hour": "kilowatt hour",
    "megawatt_hour": "megawatt hour",
    "gigawatt_hour": "gigawatt hour",
    "oil_barrel": "barrel",
    "fold": "fold",
}
AGE_UNIT = "{unit} of age"  # NewsQuant: "year of age", "month of age"
_NUMBER = r"-?\d*\.?\d+(?:[eE][-+]?\d+)?"
_GOLD_RANGE = re.compile(rf"({_NUMBER})\s*-\s*({_NUMBER})")
NO_UNIT = "-"


@dataclass(frozen=True, slots=True)
class Quantity:
    """One gold or predicted quantity: a value or a (low, high) range, and a unit name."""

    value: float | tuple[float, float]
    unit: str


@dataclass
class Counts:
    """Matches, predictions and gold quantities for one metric."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(100 * p, 1),
            "recall": round(100 * r, 1),
            "f1": round(100 * f, 1),
        }


def gold_quantities(entry: dict[str, Any]) -> list[Quantity]:
    found = []
    for q in entry["quantities"]:
        bounds = _GOLD_RANGE.fullmatch(str(q["value"]).strip())
        value: float | tuple[float, float]
        value = (float(bounds[1]), float(bounds[2])) if bounds else float(q["value"])
        found.append(Quantity(value, str(q["normalized_unit"]).lower()))
    return found


def _same_value(a: float | tuple[float, float], b: float | tuple[float, float]) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    return bool(np.all(np.isclose(np.asarray(a), np.asarray(b))))


def score_sentence(gold: Sequence[Quantity], predicted: Sequence[Quantity], with_unit: bool) -> int:
    """Greedy one-to-one matches of gold to predicted quantities in one sentence."""
    free = list(predicted)
    matched = 0
    for want in gold:
        for index, got in enumerate(free):
            if _same_value(want.value, got.value) and (not with_unit or want.unit == got.unit):
                del free[index]
                matched += 1
                break
    return matched


# --- claimcheck -------------------------------------------------------------------------


def _singular(phrase: str) -> str:
    from lemminflect import getLemma

    words = phrase.lower().split()
    lemmas = getLemma(words[-1], upos="NOUN")
    return " ".join([*words[:-1], lemmas[0] if lemmas else words[-1]])


def _claim_unit(claim: Claim, written_unit: str | None) -> str:
    if claim.kind is ClaimKind.AGE:
        return AGE_UNIT.format(unit=claim.unit or "year")
    if claim.kind is ClaimKind.COUNT:
        return _singular(claim.counted) if claim.counted else NO_UNIT
    unit = written_unit or claim.unit or NO_UNIT
    return UNIT_NAMES.get(unit, unit.replace("_", " ").lower())


def _is_fraction(text: str) -> bool:
    lower = " ".join(text.lower().replace("-", " ").split())
    return lower.endswith(FRACTIONS)


def _claim_value(
    claim: Claim, written: tuple[float, float, float] | None
) -> float | tuple[float, float]:
    low, high = claim.low or 0.0, claim.high or 0.0
    if claim.has_flag(Flag.VAGUE) or claim.value is None:
        return (low, high)
    text = claim.text
    if written is not None:
        value, low, high = written
    else:
        value = claim.value
    if claim.hedge == "between" or _is_written_range(text):
        return (abs(low), abs(high)) if claim.has_flag(Flag.CHANGE) else (low, high)
    if claim.kind is ClaimKind.PERCENT and _is_fraction(text):
        value /= 100  # a fraction word ("a third of") is a share
    return abs(value) if claim.has_flag(Flag.CHANGE) else value


def _is_written_range(text: str) -> bool:
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    if not digits:
        return False
    middle = text[digits[0] : digits[-1] + 1]
    return any(j in middle for j in ("-", "–", "—", " to ", " and "))


def claimcheck_quantities(sentence: str) -> list[Quantity]:
    """claimcheck's numeric claims plus its durations and ages, named as NewsQuant names them."""
    doc = Document(id="s", path="s.txt", text=sentence, original=sentence)
    sentences = [Sentence(0, len(sentence), sentence)]
    temporal = extract_temporal(doc, sentences, REFERENCE)
    numeric = extract_numeric(doc, sentences, [(c.start, c.end) for c in temporal])
    written = {(r.start, r.end): r for r in read_sentence(sentence)}
    found = []
    for claim in [*numeric, *temporal]:
        if claim.kind in (ClaimKind.DATE, ClaimKind.TIME):
            continue
        reading = written.get((claim.start, claim.end))
        in_unit = reading if reading is not None and claim.kind is ClaimKind.QUANTITY else None
        value = _claim_value(claim, (in_unit.value, in_unit.low, in_unit.high) if in_unit else None)
        found.append(Quantity(value, _claim_unit(claim, in_unit.unit if in_unit else None)))
    return found


# --- quantulum3 ---------------------------------------------------------------------------


def quantulum_quantities(sentence: str) -> list[Quantity]:
    """Raw quantulum3 on one sentence; a value with an uncertainty is a range."""
    from benchmarks.quantulum import quantulum_parser

    parser = quantulum_parser()

    found = []
    for q in parser.parse(sentence):
        value: float | tuple[float, float] = float(q.value)
        if q.uncertainty:
            value = (float(q.value - q.uncertainty), float(q.value + q.uncertainty))
        unit = str(q.unit.name).lower()
        found.append(Quantity(value, NO_UNIT if unit == "dimensionless" else unit))
    return found


# --- running -------------------------------------------------------------------------------

SYSTEMS: dict[str, Callable[[str], list[Quantity]]] = {
    "claimcheck": claimcheck_quantities,
    "quantulum3": quantulum_quantities,
}


def score_file(path: Path, system: Callable[[str], list[Quantity]]) -> dict[str, Any]:
    entries = json.loads(path.read_text(encoding="utf-8"))
    value, unit = Counts(), Counts()
    started = time.perf_counter()
    predictions = [system(entry["text"]) for entry in entries]
    seconds = time.perf_counter() - started
    for entry, predicted in zip(entries, predictions, strict=True):
        gold = gold_quantities(entry)
        for counts, with_unit in ((value, False), (unit, True)):
            counts.matched += score_sentence(gold, predicted, with_unit)
            counts.predicted += len(predicted)
            counts.gold += len(gold)
    chars = sum(len(entry["text"]) for entry in entries)
    return {
        "value": value.scores(),
        "value+unit": unit.scores(),
        "sentences": len(entries),
        "chars_per_second": round(chars / seconds) if seconds else None,
    }


def _table(results: dict[str, dict[str, dict[str, Any]]]) -> str:
    lines = [
        f"{'file':<24} {'system':<11} {'value P/R/F1':<19} {'value+unit P/R/F1':<19} chars/s",
    ]
    for name, systems in results.items():
        for system, figures in systems.items():
            v, u = figures["value"], figures["value+unit"]
            lines.append(
                f"{name:<24} {system:<11} "
                f"{v['precision']:>5} {v['recall']:>5} {v['f1']:>5}   "
                f"{u['precision']:>5} {u['recall']:>5} {u['f1']:>5}   "
                f"{figures['chars_per_second']:>9,}"
            )
    lines.append(
        "chars/s: the whole per-sentence path (claimcheck: temporal + numeric + unit lookup);"
        " benchmarks/numeric_speed.py times the numeric extractor alone."
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    files: list[Path] = args.files or sorted(BENCH_DIR.glob("*.json"))
    if not files:
        print(f"no benchmark files: {BENCH_DIR} is absent or empty", file=sys.stderr)
        return 2
    missing = [str(p) for p in files if not p.is_file()]
    if missing:
        print(f"no such benchmark file: {', '.join(missing)}", file=sys.stderr)
        return 2
    warnings.filterwarnings("ignore", module="quantulum3")
    quantulum_quantities("warm up 1 km")  # quantulum3 loads its tables on first use
    claimcheck_quantities("warm up 1 km")
    results = {
        path.stem: {name: score_file(path, system) for name, system in SYSTEMS.items()}
        for path in files
    }
    print(json.dumps(results, indent=2) if args.json else _table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
