"""Score claimcheck's temporal extractor on TimeML (TempEval-3 TBAQ-cleaned) gold.

Usage: python benchmarks/temporal.py [DIR ...] [--json] [--with-ages]

Each ``.tml`` file gives a plain text (its <TEXT> with the tags stripped), gold
TIMEX3 spans with their normalized values, and the document creation time (the
reference date). claimcheck sees only the plain text and the reference date.
Scoring follows the TempEval-3 toolkit: strict (exact span) and relaxed (any
overlap, one-to-one) P/R/F1, value accuracy over relaxed matches, and value
F1 = value accuracy x relaxed F1; once over all TIMEX3 and once over DATE/TIME.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimcheck.extractors.temporal import extract_temporal
from claimcheck.extractors.temporal.times import find_times
from claimcheck.ingest import split_sentences
from claimcheck.model import Claim, ClaimKind, Document
from claimcheck.resolve.reference import Reference

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared/bench/tempeval"
# Value F1 and extraction F1 cited in the benchmark's README.
PUBLISHED = (
    ("HeidelTime, TempEval-3 test (value F1; strict/relaxed F1)", 82.0, 91.0, 77.6),
    ("HeidelTime 2.2.1 on TBAQ-cleaned (value F1)", None, None, 77.4),
    ("SUTime, TempEval-3 test (value F1)", None, None, 67.4),
    ("Recognizers-Text + tense cue on TBAQ-cleaned (value F1)", None, None, 47.0),
)
_DURATION_CODES = {"minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M"}
_DURATION_CODES |= {"year": "Y", "decade": "DE"}
_SEASON_CODES = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_PARTS_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression: its span in the plain text, TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One TimeML file: plain text, creation date and gold expressions."""

    name: str
    text: str
    created: dt.date
    gold: tuple[Timex, ...]


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and figures of one scoring (all TIMEX3, or DATE/TIME only)."""

    gold: int
    system: int
    strict_matches: int
    relaxed_matches: int
    value_matches: int

    def figures(self) -> dict[str, float]:
        strict = _prf(self.strict_matches, self.system, self.gold)
        relaxed = _prf(self.relaxed_matches, self.system, self.gold)
        accuracy = self.value_matches / self.relaxed_matches if self.relaxed_matches else 0.0
        return {
            "strict_p": strict[0], "strict_r": strict[1], "strict_f1": strict[2],
            "relaxed_p": relaxed[0], "relaxed_r": relaxed[1], "relaxed_f1": relaxed[2],
            "value_accuracy": 100 * accuracy, "value_f1": accuracy * relaxed[2],
        }  # fmt: skip


def _prf(matches: int, system: int, gold: int) -> tuple[float, float, float]:
    precision = matches / system if system else 0.0
    recall = matches / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


def read_timeml(path: Path) -> GoldDocument:
    """The plain text, creation date and gold TIMEX3 of one TimeML file.

    Example:
        >>> doc = read_timeml(next(DEFAULT_DIR.rglob("*.tml")))  # doctest: +SKIP
    """
    root = ET.parse(path).getroot()
    created = dt.date.fromisoformat(root.find("DCT/TIMEX3").get("value", "")[:10])  # type: ignore[union-attr]
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT>")
    parts: list[str] = []
    gold: list[Timex] = []
    _flatten(body, parts, gold, 0)
    return GoldDocument(path.name, "".join(parts), created, tuple(gold))


def _flatten(element: ET.Element, parts: list[str], gold: list[Timex], offset: int) -> int:
    """Appends the element's text to ``parts``; returns the offset after it."""
    offset += _append(parts, element.text)
    for child in element:
        start = offset
        offset = _flatten(child, parts, gold, offset)
        if child.tag == "TIMEX3":
            gold.append(Timex(start, offset, child.get("type", ""), child.get("value", "")))
        offset += _append(parts, child.tail)
    return offset


def _append(parts: list[str], text: str | None) -> int:
    if not text:
        return 0
    parts.append(text)
    return len(text)


def is_age(claim: Claim) -> bool:
    """True for an age ("Kopp, 44", "a 6-year-old boy"): TimeML does not tag ages."""
    return claim.kind is ClaimKind.AGE or (
        claim.kind is ClaimKind.DURATION and claim.subject is not None
    )


def system_timexes(doc: GoldDocument, *, ages: bool = False) -> list[Timex]:
    """claimcheck's temporal claims on the plain text, as TIMEX3 type and value.

    Ages are left out unless ``ages``: TimeBank's guidelines do not tag them.
    """
    published = dt.datetime.combine(doc.created, dt.time())
    document = Document(
        id=doc.name, path=doc.name, text=doc.text, original=doc.text, published=published
    )
    sentences = split_sentences(document)
    claims = extract_temporal(document, sentences, Reference(doc.created, "metadata"))
    return [Timex(c.start, c.end, *timex_of(c)) for c in claims if ages or not is_age(c)]


def timex_of(claim: Claim) -> tuple[str, str]:
    """The TIMEX3 type and value of a claim ("DATE", "1998-01-08").

    Example:
        >>> c = Claim(doc="d", kind=ClaimKind.AGE, start=0, end=2, text="71", value=71)
        >>> timex_of(c)
        ('DURATION', 'P71Y')
    """
    if claim.kind is ClaimKind.DATE:
        return "DATE", _date_value(claim)
    if claim.kind is ClaimKind.TIME:
        return "TIME", _time_value(claim)
    if claim.kind is ClaimKind.AGE:
        return "DURATION", f"P{_amount(claim.value)}Y"
    code = _DURATION_CODES.get(claim.unit or "", "X")
    if code == "DE" and claim.value is not None:
        return "DURATION", f"P{_amount(claim.value * 10)}Y"
    letter = code[-1] if code != "DE" else "DE"
    prefix = "PT" if code.startswith("T") else "P"
    return "DURATION", f"{prefix}{_amount(claim.value)}{letter}"


def _amount(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _date_value(claim: Claim) -> str:
    first, last = claim.date, claim.date_end
    if first is None or last is None:
        return "XXXX-XX-XX"
    if claim.granularity == "year":
        return f"{first.year:04d}"
    if claim.granularity == "decade":
        return f"{first.year // 10:03d}"
    if claim.granularity == "month":
        return f"{first.year:04d}-{first.month:02d}"
    if claim.granularity == "season":
        return f"{first.year:04d}-{_SEASON_CODES[first.month]}"
    if claim.granularity == "quarter":
        return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
    span = (last - first).days
    if span == 6 and first.weekday() == 0:
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if span == 1 and first.weekday() == 5:
        year, week, _ = first.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if span > 0:  # "earlier this month": the finest calendar unit that holds the interval
        if first.isocalendar()[:2] == last.isocalendar()[:2]:  # "earlier this week"
            year, week, _ = first.isocalendar()
            return f"{year:04d}-W{week:02d}"
        same_month = (first.year, first.month) == (last.year, last.month)
        if same_month:
            return f"{first.year:04d}-{first.month:02d}"
        return f"{first.year:04d}" if first.year == last.year else first.isoformat()
    part = _PARTS_OF_DAY.get(claim.text.rsplit(maxsplit=1)[-1].lower(), "")
    return first.isoformat() + part


def _time_value(claim: Claim) -> str:
    # TimeML writes the local time as printed; the claim keeps UTC, so re-read the clock.
    hits = find_times(claim.text)
    if claim.date is None or not hits:
        return "XXXX-XX-XXTXX:XX"
    return f"{claim.date.isoformat()}T{hits[0].hour:02d}:{hits[0].minute:02d}"


def score(pairs: Iterable[tuple[Sequence[Timex], Sequence[Timex]]]) -> Scores:
    """Strict, relaxed and value matches of system against gold, summed over documents."""
    totals = [0, 0, 0, 0, 0]
    for gold, system in pairs:
        strict, relaxed, value = _match(gold, system)
        for i, count in enumerate((len(gold), len(system), strict, relaxed, value)):
            totals[i] += count
    return Scores(*totals)


def _match(gold: Sequence[Timex], system: Sequence[Timex]) -> tuple[int, int, int]:
    exact = {(s.start, s.end) for s in system}
    strict = sum(1 for g in gold if (g.start, g.end) in exact)
    used: set[int] = set()
    relaxed = value = 0
    # Exact spans first, so an overlap elsewhere cannot steal an exact partner.
    for g in sorted(gold, key=lambda g: (g.start, g.end) not in exact):
        partner = _partner(g, system, used)
        if partner is None:
            continue
        used.add(partner)
        relaxed += 1
        value += system[partner].value.upper() == g.value.upper()
    return strict, relaxed, value


def _partner(gold: Timex, system: Sequence[Timex], used: set[int]) -> int | None:
    best: int | None = None
    for index, candidate in enumerate(system):
        if index in used or not (candidate.start < gold.end and gold.start < candidate.end):
            continue
        if (candidate.start, candidate.end) == (gold.start, gold.end):
            return index
        best = index if best is None else best
    return best


def run(paths: Sequence[Path], *, ages: bool = False) -> dict[str, dict[str, float]]:
    """Figures over every ``.tml`` under ``paths``: all TIMEX3 and DATE/TIME only."""
    all_pairs: list[tuple[Sequence[Timex], Sequence[Timex]]] = []
    date_pairs: list[tuple[Sequence[Timex], Sequence[Timex]]] = []
    # A file name seen twice (TBAQ-cleaned/testpipeline repeats one) is scored once.
    by_name = {f.name: f for p in paths for f in sorted(p.rglob("*.tml"), reverse=True)}
    files = sorted(by_name.values())
    for path in files:
        doc = read_timeml(path)
        system = system_timexes(doc, ages=ages)
        all_pairs.append((doc.gold, system))
        date_pairs.append(
            (
                [g for g in doc.gold if g.type in {"DATE", "TIME"}],
                [s for s in system if s.type in {"DATE", "TIME"}],
            )
        )
    result = {"all": score(all_pairs), "date_time": score(date_pairs)}
    out = {name: {**asdict(s), **s.figures()} for name, s in result.items()}
    out["meta"] = {"documents": float(len(files)), "ages_scored": float(ages)}
    return out


def _table(result: dict[str, dict[str, float]]) -> str:
    lines = [
        f"TimeML documents: {int(result['meta']['documents'])};"
        f" ages {'scored' if result['meta']['ages_scored'] else 'left out (not TIMEX3)'}",
        f"{'system':58} {'strict F1':>9} {'relax F1':>9} {'val acc':>8} {'value F1':>9}",
    ]
    for name in ("all", "date_time"):
        f = result[name]
        label = f"claimcheck, {'all TIMEX3' if name == 'all' else 'DATE/TIME only'}"
        label += f" (gold {int(f['gold'])}, system {int(f['system'])})"
        lines.append(
            f"{label:58} {f['strict_f1']:9.1f} {f['relaxed_f1']:9.1f}"
            f" {f['value_accuracy']:8.1f} {f['value_f1']:9.1f}"
        )
        lines.append(
            f"{'  strict P/R, relaxed P/R':58} {f['strict_p']:5.1f}/{f['strict_r']:<5.1f}"
            f" {f['relaxed_p']:5.1f}/{f['relaxed_r']:<5.1f}"
        )
    for label, strict, relaxed, value in PUBLISHED:
        cells = [f"{x:9.1f}" if x is not None else f"{'-':>9}" for x in (strict, relaxed)]
        lines.append(f"{label:58} {cells[0]} {cells[1]} {'-':>8} {value:9.1f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT_DIR])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--with-ages", action="store_true", help="score ages as DURATION too")
    args = parser.parse_args(argv)
    missing = [d for d in args.dirs if not d.exists()]
    if missing:
        print(
            f"error: no such directory: {missing[0]} (TimeML .tml files expected)", file=sys.stderr
        )
        return 2
    result = run(args.dirs, ages=args.with_ages)
    if args.json:
        published = {label: {"strict_f1": s, "relaxed_f1": r, "value_f1": v}
                     for label, s, r, v in PUBLISHED}  # fmt: skip
        print(json.dumps({"claimcheck": result, "published": published}, indent=2))
    else:
        print(_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
