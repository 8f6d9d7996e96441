"""Throughput of the temporal extractor, in MB of text per second, from 10 KB to 10 MB.

Usage: python benchmarks/temporal_speed.py [--max-mb 10] [--profile]

The text is benchmarks/corpus.py's invented news prose; the figure should stay
flat as the text grows (every grammar is linear). Also prints the cost per
sentence. The goal for this stage is >= 3 MB/s so the whole pipeline keeps
>= 1 MB/s per core. Best of three runs of CPU time (process_time), because a
shared machine makes wall time noisy.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import news_prose
from claimcheck.extractors.temporal import extract_temporal
from claimcheck.ingest import split_sentences
from claimcheck.model import Document, Sentence
from claimcheck.resolve.reference import Reference

_REFERENCE = Reference(dt.date(2021, 12, 6), "metadata")


def _prepared(size: int) -> tuple[Document, list[Sentence]]:
    text = news_prose(size)
    doc = Document(id="speed", path="speed.txt", text=text, original=text)
    return doc, split_sentences(doc)


def best_seconds(doc: Document, sentences: list[Sentence], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of extract_temporal over ``doc``."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        extract_temporal(doc, sentences, _REFERENCE)
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="temporal extractor throughput")
    parser.add_argument("--max-mb", type=float, default=10.0)
    parser.add_argument("--profile", action="store_true", help="cProfile a 1 MB run")
    args = parser.parse_args(argv)
    warm_doc, warm_sentences = _prepared(20_000)
    extract_temporal(warm_doc, warm_sentences, _REFERENCE)  # compile the grammar
    size = 10_000
    while size <= args.max_mb * 1_000_000:
        doc, sentences = _prepared(size)
        seconds = best_seconds(doc, sentences, repeat=3 if size <= 1_000_000 else 1)
        megabytes = len(doc.text.encode("utf-8")) / 1e6
        per_sentence = 1e6 * seconds / max(1, len(sentences))
        print(
            f"{megabytes:8.2f} MB  {megabytes / seconds:6.2f} MB/s"
            f"  {per_sentence:6.1f} µs/sentence  ({len(sentences)} sentences)"
        )
        size *= 10
    if args.profile:
        doc, sentences = _prepared(1_000_000)
        profile = cProfile.Profile()
        profile.runcall(extract_temporal, doc, sentences, _REFERENCE)
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
