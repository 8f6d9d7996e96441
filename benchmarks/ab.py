"""Two versions of claimcheck on the same corpus, run alternately: a before/after
figure that holds on a noisy machine (each round runs both, so load hits both).

Usage: python benchmarks/ab.py OTHER_CHECKOUT CORPUS... [--jobs 1,2] [--rounds 5]

A CORPUS is a file or folder, ``invented:MB`` (benchmarks/articles.py, seed 1) or
``timebank`` (the TempEval-3 TimeBank and AQUAINT articles from ../shared, one story
each).

OTHER_CHECKOUT is a folder holding another version's ``claimcheck`` package (e.g.
``git worktree add /tmp/before <commit>``); this checkout is the other side. Each run
is a fresh process that warms up, then times ``claimcheck.check(corpus, jobs=N)``.
Prints, per corpus and --jobs, the wall seconds of every run, best and median, MB/s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.articles import write_articles
from benchmarks.measured import WARM_UP, text_bytes
from benchmarks.scale import write_timebank

ROOT = Path(__file__).resolve().parents[1]
_TIMED = """
import sys, time
import claimcheck
claimcheck.check([sys.argv[3]])
started = time.perf_counter()
claimcheck.check([sys.argv[1]], jobs=int(sys.argv[2]))
print(time.perf_counter() - started)
"""


def _seconds(checkout: Path, corpus: Path, jobs: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(
        [sys.executable, "-c", _TIMED, str(corpus), str(jobs), WARM_UP],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=checkout,
    )
    return float(done.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="a checkout of the other version")
    parser.add_argument("corpora", nargs="+", help="files, folders, invented:MB or timebank")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    sides = {"other": args.other.resolve(), "this": ROOT}
    with tempfile.TemporaryDirectory() as folder:
        for given in args.corpora:
            _compare(_corpus(given, Path(folder)), sides, args.jobs, args.rounds)
    return 0


def _corpus(given: str, folder: Path) -> Path:
    if given.startswith("invented:"):
        path = folder / f"invented-{given[9:]}mb.jsonl"
        write_articles(path, megabytes=float(given[9:]), seed=1)
        return path
    if given == "timebank":
        return write_timebank(folder / "timebank.jsonl")
    return Path(given)


def _compare(corpus: Path, sides: dict[str, Path], jobs_list: str, rounds: int) -> None:
    """Each --jobs value: both sides in turn, ``rounds`` times; their times and MB/s."""
    size = text_bytes(corpus)
    for jobs in (int(j) for j in jobs_list.split(",")):
        runs: dict[str, list[float]] = {side: [] for side in sides}
        for _ in range(rounds):
            for side, checkout in sides.items():
                runs[side].append(_seconds(checkout, corpus, jobs))
        for side, seconds in runs.items():
            best, median = min(seconds), statistics.median(seconds)
            shown = " ".join(f"{s:.2f}" for s in seconds)
            print(
                f"{corpus.name} --jobs {jobs} {side:5s}: best {best:.2f} s "
                f"({size / 1e6 / best:.2f} MB/s), median {median:.2f} s "
                f"({size / 1e6 / median:.2f} MB/s); runs {shown}"
            )


if __name__ == "__main__":
    sys.exit(main())
