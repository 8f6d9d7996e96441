"""Throughput of each stage and of the whole pipeline, in MB of text per second.

Usage: python benchmarks/throughput.py [--size MB] [--seeds ../shared/seeds]

The baseline is a regex word scan of the same text in the same run, so the
ratios stay comparable across machines; the product goal is >= 1 MB/s per core
end to end. Prints one line per stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import news_prose
from claimcheck.extractors.numeric import extract_numeric
from claimcheck.extractors.temporal import extract_temporal
from claimcheck.ingest import document_from_text, split_sentences
from claimcheck.pipeline import analyze
from claimcheck.resolve.reference import Reference
from claimcheck.resolve.vocabulary import load_vocabularies


def timed(run: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def measure(name: str, text: str) -> None:
    megabytes = len(text.encode("utf-8")) / 1e6
    word = re.compile(r"\w+")
    baseline = timed(lambda: sum(1 for _ in word.finditer(text)))
    doc = document_from_text(text, published=dt.date(2021, 12, 6))
    sentences = split_sentences(doc)
    reference = Reference(dt.date(2021, 12, 6), "metadata")
    vocab = load_vocabularies()
    analyze(document_from_text(text[:5000], published="2021-12-06"), vocab)  # warm caches
    stages = {
        "ingest (decode, repair, metadata, boilerplate)": lambda: document_from_text(
            text, published=dt.date(2021, 12, 6)
        ),
        "sentences": lambda: split_sentences(doc),
        "temporal": lambda: extract_temporal(doc, sentences, reference),
        "numeric": lambda: extract_numeric(doc, sentences),
        "end to end (ingest+extract+resolve)": lambda: analyze(
            document_from_text(text, published=dt.date(2021, 12, 6)), vocab
        ),
    }
    print(f"{name}: {megabytes:.2f} MB; baseline regex word scan {megabytes / baseline:.0f} MB/s")
    for stage, run in stages.items():
        seconds = timed(run, repeat=1 if stage.startswith("end") else 3)
        print(
            f"  {stage:48s} {megabytes / seconds:6.2f} MB/s"
            f"  ({seconds / baseline:5.0f}x the baseline's time)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=1.0, help="MB of generated prose")
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    args = parser.parse_args()
    measure("generated prose", news_prose(int(args.size * 1_000_000)))
    if args.seeds.is_dir():
        real = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(args.seeds.glob("*.txt")))
        measure("seed articles repeated", real * max(1, int(args.size * 1_000_000 / len(real))))


if __name__ == "__main__":
    main()
