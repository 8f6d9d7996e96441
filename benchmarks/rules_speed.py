"""Speed of the rules stage alone, in seconds per 1000 claims, against a pandas baseline.

Usage: python benchmarks/rules_speed.py [--sizes 1,4] [--seed 1] [--profile]

For each size, writes that many MB of invented articles (benchmarks/articles.py),
extracts their claims once, then times ``run_rules`` with the shipped rule packs
(best of three, CPU time) and, the same way, a baseline: building the claims
DataFrame and a group-by of it (story x measure: count, min, max). The ratio
rules / baseline does not depend on how fast the machine is, or how loaded; the
seconds per 1000 claims should stay flat as the corpus grows (the rules group
claims by key, never compare all pairs). ``--profile`` prints a cProfile of the
rules on the first size. Never asserts times.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.articles import write_articles
from claimcheck.engine import analyze_documents
from claimcheck.ingest import read_documents
from claimcheck.model import Claim, Document, Finding, Sentence
from claimcheck.pipeline import analyze
from claimcheck.resolve.vocabulary import load_vocabularies
from claimcheck.rules.engine import run_rules
from claimcheck.rules.facts import Facts
from claimcheck.rules.loader import RuleSet, load_rules
from claimcheck.stories import assign_stories
from claimcheck.table import to_frame


@dataclass(frozen=True)
class Corpus:
    """A corpus's analysed claims, ready for the rules."""

    megabytes: float
    claims: tuple[Claim, ...]
    documents: Mapping[str, Document]
    sentences: Mapping[str, Sequence[Sentence]]


def extracted(megabytes: float, seed: int, folder: Path) -> Corpus:
    """Write ``megabytes`` MB of articles and extract their claims as ``check`` does."""
    path = folder / f"articles-{megabytes:g}mb-{seed}.jsonl"
    write_articles(path, megabytes=megabytes, seed=seed)
    read = [d for d in read_documents([str(path)]) if isinstance(d, Document)]
    documents = assign_stories(read)
    dates = tuple(d.published_date for d in documents if d.published_date is not None)
    analyses = analyze_documents(
        documents, partial(analyze, vocab=load_vocabularies(), run_dates=dates), jobs=1
    )
    return Corpus(
        megabytes,
        tuple(c for a in analyses for c in a.claims),
        {a.document.id: a.document for a in analyses},
        {a.document.id: a.sentences for a in analyses},
    )


def rules_run(rule_set: RuleSet, corpus: Corpus) -> list[Finding]:
    return run_rules(rule_set, corpus.claims, corpus.documents, Facts(), corpus.sentences)


def baseline_run(corpus: Corpus) -> object:
    """The cheapest honest pass over the same claims: the table, then one group-by."""
    frame = to_frame(corpus.claims, corpus.documents)
    return frame.groupby(["story", "measure"], dropna=True)["value"].agg(["count", "min", "max"])


def best_seconds(*runs: Callable[[], object], repeat: int = 3) -> list[float]:
    """Each run's fastest CPU time of ``repeat``, the runs taking turns so that a
    shared machine's load falls on all of them alike."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for n, run in enumerate(runs):
            started = time.process_time()
            run()
            best[n] = min(best[n], time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4", help="corpus sizes in MB, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="cProfile the first size")
    args = parser.parse_args(argv)
    rule_set = load_rules(None)
    with tempfile.TemporaryDirectory() as folder:
        for n, megabytes in enumerate(float(s) for s in args.sizes.split(",")):
            corpus = extracted(megabytes, args.seed, Path(folder))
            per_k = 1000 / max(1, len(corpus.claims))
            findings = rules_run(rule_set, corpus)  # warm-up: lazy tables load here
            rules, baseline = (
                seconds * per_k
                for seconds in best_seconds(
                    partial(rules_run, rule_set, corpus), partial(baseline_run, corpus)
                )
            )
            print(
                f"{megabytes:g} MB: {len(corpus.claims)} claims, {len(findings)} findings;"
                f" rules {rules:.3f} s per 1000 claims, baseline {baseline:.3f},"
                f" ratio {rules / baseline:.1f}x"
            )
            if args.profile and n == 0:
                profile = cProfile.Profile()
                profile.runcall(rules_run, rule_set, corpus)
                pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
