"""Score ``--story-by auto`` on the labelled set in ``benchmarks/stories/``.

Usage: python benchmarks/story_grouping.py [--threshold T] [--window DAYS]

Pairwise scores: a pair of articles is a true pair when both carry the same label;
precision, recall and F1 are over the pairs a grouping puts in one story. Printed in
the same run: claimcheck's grouping (TF-IDF cosine of names and key terms from one
sparse product, and a date window), the alternative that was measured (MinHash LSH
candidates from datasketch, when installed, with the same cosine and window), and a
naive baseline that joins two articles whose titles share two or more words of
four letters or more.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimcheck.ingest import document_from_text
from claimcheck.model import Document
from claimcheck.stories_auto import Grouping, group_stories, tfidf_matrix

DATA = Path(__file__).resolve().parent / "stories"


def load(folder: Path) -> tuple[list[Document], list[str]]:
    """The articles as documents, and their labels in the same order."""
    labels = {row["id"]: row["story"] for row in csv.DictReader((folder / "labels.csv").open())}
    documents = []
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        documents.append(
            document_from_text(
                raw["text"], doc_id=raw["id"], published=raw["published"], title=raw["title"]
            )
        )
    return documents, [labels[d.id] for d in documents]


def pairwise(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a grouping against labels.

    Example:
        >>> pairwise(["x", "x", "y"], ["a", "a", "a"])
        (1.0, 0.3333333333333333, 0.5)
    """
    pairs = list(itertools.combinations(range(len(gold)), 2))
    same_pred = {p for p in pairs if predicted[p[0]] == predicted[p[1]]}
    same_gold = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    hits = len(same_pred & same_gold)
    precision = hits / len(same_pred) if same_pred else 1.0
    recall = hits / len(same_gold) if same_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def components(size: int, joined: Callable[[int, int], bool]) -> list[str]:
    """Connected groups of a pair predicate over all pairs (for the comparisons only)."""
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in itertools.combinations(range(size), 2):
        if joined(a, b):
            parent[root(a)] = root(b)
    return [str(root(i)) for i in range(size)]


def naive_titles(documents: Sequence[Document]) -> list[str]:
    words = [set(re.findall(r"[a-z]{4,}", (d.title or "").lower())) for d in documents]
    return components(len(documents), lambda a, b: len(words[a] & words[b]) >= 2)


def minhash_lsh(documents: Sequence[Document], grouping: Grouping) -> list[str] | None:
    """The alternative measured: MinHash LSH candidates (datasketch) over each document's
    24 strongest terms, then the same cosine and date window as claimcheck."""
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        return None
    matrix, vocabulary = tfidf_matrix([d.text for d in documents], grouping)
    lsh = MinHashLSH(threshold=0.12, num_perm=128)
    candidates: set[tuple[int, int]] = set()
    for index in range(len(documents)):
        row = matrix.getrow(index)
        top = [
            vocabulary[c]
            for _, c in sorted(zip(row.data, row.indices, strict=True), reverse=True)[:24]
        ]
        signature = MinHash(num_perm=128, seed=1)
        signature.update_batch([t.encode() for t in top])
        candidates |= {(int(other), index) for other in lsh.query(signature)}
        lsh.insert(index, signature)
    similar = (matrix @ matrix.T).toarray()

    def joined(a: int, b: int) -> bool:
        da, db = documents[a].published, documents[b].published
        close = da is None or db is None or abs((da - db).days) <= grouping.window_days
        return (a, b) in candidates and close and similar[a, b] >= grouping.threshold

    return components(len(documents), joined)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=Grouping().threshold)
    parser.add_argument("--window", type=float, default=Grouping().window_days)
    args = parser.parse_args(argv)
    grouping = Grouping(threshold=args.threshold, window_days=args.window)
    documents, gold = load(DATA)
    print(f"{len(documents)} articles, {len(set(gold))} stories ({DATA.name}/)\n")
    print("| grouping | pairwise precision | recall | F1 | stories found | seconds |")
    print("|---|---|---|---|---|---|")
    methods: list[tuple[str, Callable[[], list[str] | None]]] = [
        (
            "claimcheck (TF-IDF sparse product, date window)",
            lambda: group_stories(documents, grouping),
        ),
        (
            "datasketch MinHash LSH candidates, same cosine",
            lambda: minhash_lsh(documents, grouping),
        ),
        ("naive: titles share 2+ words", lambda: naive_titles(documents)),
    ]
    group_stories(documents[:2], grouping)  # imports scikit-learn outside the timings
    for name, method in methods:
        started = time.perf_counter()
        predicted = method()
        seconds = time.perf_counter() - started
        if predicted is None:
            print(f"| {name} | (not installed) | | | | |")
            continue
        precision, recall, f1 = pairwise(predicted, gold)
        print(
            f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} "
            f"| {len(set(predicted))} | {seconds:.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
