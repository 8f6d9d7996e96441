"""Speed of the numeric extractor: seconds per MB by document size, and vs quantulum3.

Usage: python benchmarks/numeric_speed.py [--quantulum-kb 200]

Time per MB must stay flat from 10 KB to 10 MB documents (the extractor is linear
in text length). The quantulum3 comparison runs both on the same ~200 KB of prose,
sentence by sentence, and prints characters per second.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import news_prose
from claimcheck.extractors.numeric import extract_numeric
from claimcheck.ingest import document_from_text, split_sentences
from claimcheck.model import Document, Sentence

SIZES_KB = (10, 100, 1000, 10000)


def _document(size: int) -> tuple[Document, list[Sentence]]:
    doc = document_from_text(news_prose(size))
    return doc, split_sentences(doc)


def seconds_for(doc: Document, sentences: list[Sentence]) -> float:
    started = time.perf_counter()
    extract_numeric(doc, sentences)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quantulum-kb", type=int, default=200)
    args = parser.parse_args()
    extract_numeric(*_document(2000))  # load lexicons and compile grammars first
    print(f"{'document':>10} {'s/MB':>8} {'MB/s':>8}")
    for kb in SIZES_KB:
        doc, sentences = _document(kb * 1000)
        seconds = min(seconds_for(doc, sentences) for _ in range(2 if kb < 10000 else 1))
        megabytes = len(doc.text) / 1e6
        print(f"{kb:>8}KB {seconds / megabytes:>8.3f} {megabytes / seconds:>8.2f}")

    from benchmarks.quantulum import quantulum_parser

    quantulum = quantulum_parser()

    warnings.filterwarnings("ignore", module="quantulum3")
    doc, sentences = _document(args.quantulum_kb * 1000)
    ours = seconds_for(doc, sentences)
    quantulum.parse("warm up 1 km")
    started = time.perf_counter()
    for sentence in sentences:
        quantulum.parse(sentence.text)
    theirs = time.perf_counter() - started
    chars = len(doc.text)
    print(f"claimcheck numeric: {chars / ours:>12,.0f} chars/s on {chars:,} chars")
    print(f"quantulum3:         {chars / theirs:>12,.0f} chars/s ({theirs / ours:.0f}x slower)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
