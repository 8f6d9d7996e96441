"""Memory of a streaming check (`check --claims-out DIR/`) against `check` held in memory.

Usage: python benchmarks/stream_check.py [--sizes 1,10] [--jobs 2] [--quiet] [--streaming-only]

For each size, a corpus of invented articles from benchmarks/articles.py (seeded,
five outlets per story, as JSONL) is checked twice by the installed command, each
run in its own process with a JSON report written to a file and no cache:

  in memory  claimcheck check CORPUS -f json -o report.json --no-cache
  streaming  claimcheck check CORPUS -f json -o report.json --no-cache --claims-out DIR/

and the script prints wall seconds, the peak RSS of the main process and of the
largest worker (resource.getrusage), and whether both runs found the same findings.
``--quiet`` runs `check -q` instead (no report rendered, so the figures are the
engine's alone; findings are not compared); ``--streaming-only`` skips the run in memory.
Never asserts times or memory: the figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.articles import write_articles
from benchmarks.measured import measured

ROOT = Path(__file__).resolve().parents[1]


Run = tuple[float, float, float, list[str]]


def _run(arguments: list[str], folder: Path, quiet: bool) -> Run:
    """Wall seconds, peak RSS (MB) of the main process and of the largest worker, and
    the fingerprints of the findings the JSON report holds (none when ``quiet``)."""
    report = folder / "report.json"
    command = ["check", *arguments, "--no-cache"]
    command += ["-q"] if quiet else ["-f", "json", "-o", str(report)]
    run = measured(command, folder)
    if run.code not in ("0", "1"):
        raise SystemExit(f"claimcheck exited {run.code}: {run.stderr[:300]}")
    findings = [] if quiet else json.loads(report.read_text(encoding="utf-8"))["findings"]
    report.unlink(missing_ok=True)
    return run.wall, run.main_mb, run.worker_mb, [f["fingerprint"] for f in findings]


def compare(folder: Path, megabytes: float, args: argparse.Namespace) -> None:
    corpus = folder / f"corpus-{megabytes:g}mb.jsonl"
    count, size = write_articles(corpus, megabytes=megabytes, seed=7)
    base = [str(corpus), "--jobs", str(args.jobs)]
    runs: dict[str, Run] = {}
    if not args.streaming_only:
        runs["in memory"] = _run(base, folder, args.quiet)
    out = folder / f"claims-{megabytes:g}"
    runs["streaming"] = _run([*base, "--claims-out", f"{out}/"], folder, args.quiet)
    shutil.rmtree(out)
    print(f"  {size / 1e6:6.1f} MB, {count:6d} articles, --jobs {args.jobs}:")
    for name, (wall, me, kids, _) in runs.items():
        print(
            f"    {name:10s} {wall:7.1f} s wall, peak RSS main {me:6.0f} MB, "
            f"largest worker {kids:5.0f} MB"
        )
    if len(runs) == 2 and not args.quiet:
        held, streamed = runs["in memory"][3], runs["streaming"][3]
        same = "same" if held == streamed else "DIFFERENT"
        print(f"    findings: {len(held)} in memory, {len(streamed)} streaming ({same})")
    corpus.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="corpus sizes in MB, comma-separated")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--quiet", action="store_true", help="check -q: no report rendered")
    parser.add_argument("--streaming-only", action="store_true", help="skip the run in memory")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for megabytes in (float(s) for s in args.sizes.split(",")):
            compare(Path(folder), megabytes, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
