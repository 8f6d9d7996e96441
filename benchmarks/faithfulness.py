"""Score claimcheck's source/derived check on SummEdits (news and earnings calls).

Usage: python benchmarks/faithfulness.py [FILE.jsonl] [--rows N] [--show-misses]

Default file: ``../shared/bench/summedits/summedits-dev.jsonl`` beside the checkout (for a
git worktree, beside its main checkout too).
Protocol (that folder's README): each row's ``doc`` is a ``role: source`` document and
its ``summary`` a ``role: derived`` one, in a story of their own (the row id); the shipped
rules run over the pair and a row is flagged when any finding is a warning or an error.

- numeric edits: label 0 and the summary has a number token (``\\d[\\d,.]*``, trailing
  ``.,`` stripped) the original summary did not; recall = share flagged;
- consistent rows with numbers: label 1 and a number token; false-alarm rate;
- also: false alarms on all label-1 rows, detection on label-0 rows without numeric edit.

The naive baseline, measured on the same rows: flag a summary when one of its number
tokens is not a substring of the document.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.shared_data import beside_checkout
from claimcheck.api import check
from claimcheck.ingest import document_from_text
from claimcheck.model import Severity
from claimcheck.rules.loader import RuleSet, load_rules

ROOT = Path(__file__).resolve().parents[1]
BESIDE = Path("shared") / "bench" / "summedits" / "summedits-dev.jsonl"
NUMBER = re.compile(r"\d[\d,.]*")


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    domain: str
    doc: str
    summary: str
    original: str
    label: int

    @property
    def numeric_edit(self) -> bool:
        return self.label == 0 and bool(numbers(self.summary) - numbers(self.original))

    @property
    def consistent_with_numbers(self) -> bool:
        return self.label == 1 and bool(numbers(self.summary))


def default_data(root: Path = ROOT) -> Path:
    """``../shared/...`` beside the checkout (or beside a worktree's main checkout)."""
    return beside_checkout(BESIDE, root)


def numbers(text: str) -> set[str]:
    """Number tokens as the protocol defines them.

    Example:
        >>> sorted(numbers("Sales rose 13.8 percent to $1,200."))
        ['1,200', '13.8']
    """
    return {m.group().rstrip(".,") for m in NUMBER.finditer(text)}


def naive_flags(row: Row) -> bool:
    """The baseline: some number token of the summary is not a substring of the document."""
    return any(token not in row.doc for token in numbers(row.summary))


def claimcheck_flags(row: Row, rules: RuleSet, findings_out: list[str] | None = None) -> bool:
    """Whether the shipped rules give a warning or error on the row's source/summary pair."""
    source = document_from_text(row.doc, doc_id="source", role="source", story=row.id)
    derived = document_from_text(row.summary, doc_id="summary", role="derived", story=row.id)
    result = check([source, derived], rules=rules)
    serious = [
        f
        for f in result.finding_list
        if f.suppressed is None and f.severity.rank >= Severity.WARNING.rank
    ]
    if findings_out is not None:
        findings_out.extend(f"{f.rule}: {f.message}" for f in serious)
    return bool(serious)


def load_rows(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw: dict[str, Any] = json.loads(line)
            rows.append(
                Row(
                    str(raw["id"]),
                    str(raw["domain"]),
                    str(raw["doc"]),
                    str(raw["summary"]),
                    str(raw["original_summary"]),
                    int(raw["label"]),
                )
            )
    return rows


def _rate(rows: Sequence[Row], flagged: dict[str, bool]) -> str:
    hits = sum(flagged[r.id] for r in rows)
    share = f"{100 * hits / len(rows):.1f}%" if rows else "-"
    return f"{hits}/{len(rows)} ({share})"


def table(rows: Sequence[Row], flagged: dict[str, dict[str, bool]]) -> str:
    """The results as a Markdown table, one line per slice and domain."""
    slices: list[tuple[str, Callable[[Row], bool]]] = [
        ("recall, numeric edits", lambda r: r.numeric_edit),
        ("false alarms, consistent with numbers", lambda r: r.consistent_with_numbers),
        ("false alarms, all consistent", lambda r: r.label == 1),
        ("detection, other edits", lambda r: r.label == 0 and not r.numeric_edit),
    ]
    lines = ["| slice | domain | claimcheck | naive baseline |", "|---|---|---|---|"]
    for name, keep in slices:
        for domain in ("news", "ectsum", "all"):
            chosen = [r for r in rows if keep(r) and domain in ("all", r.domain)]
            cells = [_rate(chosen, flagged[m]) for m in ("claimcheck", "naive")]
            lines.append(f"| {name} | {domain} | {cells[0]} | {cells[1]} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=default_data())
    parser.add_argument("--rows", type=int, default=0, help="only the first N rows")
    parser.add_argument("--show-misses", action="store_true", help="print wrong verdicts")
    args = parser.parse_args(argv)
    if not args.file.is_file():
        parser.exit(2, f"error: {args.file}: no such file; pass the SummEdits JSONL path\n")
    rows = load_rows(args.file)[: args.rows or None]
    rules = load_rules()
    started = time.perf_counter()
    flagged: dict[str, dict[str, bool]] = {"claimcheck": {}, "naive": {}}
    for row in rows:
        found: list[str] = []
        flagged["claimcheck"][row.id] = claimcheck_flags(row, rules, found)
        flagged["naive"][row.id] = naive_flags(row)
        wrong = flagged["claimcheck"][row.id] != (row.label == 0)
        if args.show_misses and wrong and (row.numeric_edit or row.consistent_with_numbers):
            print(f"## {row.id} label={row.label}\n  S: {row.summary}\n  O: {row.original}")
            print("".join(f"  -> {f}\n" for f in found), end="")
    seconds = time.perf_counter() - started
    print(table(rows, flagged))
    print(f"\n{len(rows)} rows in {seconds:.1f} s ({args.file.name})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
