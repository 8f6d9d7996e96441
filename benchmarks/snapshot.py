"""Every claim and finding of fixed corpora, written to a folder: run it before and
after a change that must not change results, then ``diff -r BEFORE AFTER``.

Usage: python benchmarks/snapshot.py OUT_FOLDER [--jobs N]

Corpora: the seeds, the dev clusters and the TimeBank+AQUAINT articles from
../shared (when present), the invented clusters in benchmarks/clusters-invented, and
1 MB of benchmarks/articles.py articles (seed 1). For each: NAME.claims.csv (the
claims table, less the path column), NAME.findings.json and NAME.errors.txt;
prints each corpus's seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.articles import write_articles
from benchmarks.scale import write_timebank
from benchmarks.temporal import DEFAULT_DIR as TEMPEVAL

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpora(folder: Path) -> dict[str, list[str]]:
    """Name -> inputs of every corpus present on this machine."""
    found: dict[str, list[str]] = {}
    if (SHARED / "seeds").is_dir():
        found["seeds"] = [str(SHARED / "seeds")]
    for cluster in sorted((SHARED / "bench" / "clusters-dev").glob("*/docs")):
        found[f"dev-{cluster.parent.name}"] = [str(cluster)]
    for cluster in sorted((ROOT / "benchmarks" / "clusters-invented").glob("*/docs")):
        found[f"invented-{cluster.parent.name}"] = [str(cluster)]
    if TEMPEVAL.is_dir():
        found["timebank"] = [str(write_timebank(folder / "timebank.jsonl"))]
    write_articles(folder / "articles.jsonl", megabytes=1, seed=1)
    found["articles-1mb"] = [str(folder / "articles.jsonl")]
    return found


def main() -> int:
    import claimcheck

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs in corpora(Path(tmp)).items():
            started = time.perf_counter()
            result = claimcheck.check(inputs, jobs=args.jobs)
            seconds = time.perf_counter() - started
            # Without the path: generated corpora live in a temporary folder.
            claims = result.claims.drop(columns=["path"])
            claims.to_csv(args.out / f"{name}.claims.csv", index=False)
            findings = [
                {
                    "rule": f.rule,
                    "severity": str(f.severity),
                    "message": f.message,
                    "claims": list(f.claims),
                    "story": f.story,
                    "fingerprint": f.fingerprint,
                }
                for f in result.finding_list
            ]
            text = json.dumps(findings, indent=1, sort_keys=True)
            (args.out / f"{name}.findings.json").write_text(text, encoding="utf-8")
            errors = "\n".join(map(str, result.errors))
            (args.out / f"{name}.errors.txt").write_text(errors, encoding="utf-8")
            print(f"{name:40s} {seconds:6.2f} s {len(result.claim_list):6d} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
