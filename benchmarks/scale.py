"""Speed and scale: start-up, throughput per core, linearity, memory, local vs Dask.

Usage: python benchmarks/scale.py [--sizes 1,10,100] [--throughput-mb 2] [--dask-mb 2]
                                  [--quantulum-kb 100] [--skip ...]

Corpora are invented articles from benchmarks/articles.py (seeded), as JSONL.
Prints, each in one run:
  start-up   wall and CPU time of `claimcheck check` on one short article (best of
             3; warm cache, and --no-cache), and the slowest imports under
             `python -X importtime`
  throughput MB/s and documents/s end to end (`check`, rules included) for --jobs 1
             and 2, the same on real news (the TempEval-3 TimeBank and AQUAINT
             articles in ../shared, one story each), and the ratio to raw quantulum3
             (parse() per article) on the same invented articles
  linearity  seconds per MB of `claimcheck claims CORPUS -o DIR/` (streaming) for
             each --sizes corpus, peak RSS of the main and the largest worker
             process, and the rules' seconds per 1000 claims on the 1 and 10 MB
             corpora (flat means linear)
  dask       `check` on the local engine (--jobs 2) and on a distributed
             LocalCluster (2 worker processes), and whether the results agree
Never asserts times: the figures depend on the machine and on what else runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.articles import write_articles
from benchmarks.measured import WARM_UP, measured, text_bytes

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = ("startup", "throughput", "linearity", "dask")


def _corpus(folder: Path, megabytes: float) -> tuple[Path, int, int]:
    path = folder / f"corpus-{megabytes:g}mb.jsonl"
    count, size = write_articles(path, megabytes=megabytes, seed=7)
    return path, count, size


def startup(folder: Path) -> None:
    article = folder / "one.md"
    article.write_text(
        "---\npublished: 2025-03-04\n---\nThe storm killed 12 people on Monday, and more "
        "than 3,000 homes lost power for 36 hours, officials said.\n"
    )
    # Runs from the project root share its cache: after the first, a warm cache.
    for options in (["-f", "rich"], ["-f", "json"], ["-f", "json", "--no-cache"]):
        command = [sys.executable, "-m", "claimcheck", "check", str(article), *options]
        runs = [_wall_and_cpu(command) for _ in range(3)]
        wall, cpu = min(w for w, _ in runs), min(c for _, c in runs)
        shown = " ".join(options)
        print(f"  claimcheck check one article {shown:18s} {wall:5.2f} s wall, {cpu:5.2f} s CPU")
    command = [sys.executable, "-X", "importtime", "-m", "claimcheck", "check", str(article)]
    done = subprocess.run([*command, "-f", "json"], capture_output=True, text=True, check=False)
    rows = [line.split("|") for line in done.stderr.splitlines() if line.startswith("import time:")]
    rows = [row for row in rows if len(row) == 3 and row[1].strip().isdigit()]
    total = sum(int(row[0].split(":")[1]) for row in rows)  # self times add up
    top = sorted((int(row[1]), row[2].strip()) for row in rows if not row[2].startswith("   "))
    print(f"  imports (-f json): {total / 1e6:.2f} s in all; slowest top-level:")
    for us, name in reversed(top[-5:]):
        print(f"    {us / 1e6:6.3f} s {name}")


def _wall_and_cpu(command: list[str]) -> tuple[float, float]:
    """Wall seconds and the child's CPU seconds (user + system): CPU varies less with load."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def throughput(folder: Path, megabytes: float, quantulum_kb: int) -> None:
    import claimcheck

    path, count, size = _corpus(folder, megabytes)
    claimcheck.check([WARM_UP])
    seconds = {}
    for jobs in (1, 2):
        started = time.perf_counter()
        result = claimcheck.check([path], jobs=jobs)
        seconds[jobs] = time.perf_counter() - started
        print(
            f"  --jobs {jobs}: {size / 1e6 / seconds[jobs]:5.2f} MB/s, "
            f"{count / seconds[jobs]:6.1f} documents/s ({count} articles, {size / 1e6:.1f} MB, "
            f"{len(result.claim_list)} claims, {len(result.finding_list)} findings)"
        )
    _real_news(folder)
    _machine_parallelism()
    texts = [json.loads(line)["text"] for line in path.read_text().splitlines()]
    sample: list[str] = []
    while sum(map(len, sample)) < quantulum_kb * 1000 and len(sample) < len(texts):
        sample.append(texts[len(sample)])
    ours = _claimcheck_seconds(sample)
    theirs = _quantulum_seconds(sample)
    chars = sum(map(len, sample))
    print(
        f"  same {chars / 1e3:.0f} KB, one process: claimcheck {chars / ours / 1e6:.3f} MB/s "
        f"(extraction), quantulum3 {chars / theirs / 1e6:.4f} MB/s: {theirs / ours:.0f}x"
    )


def _spin(count: int) -> int:
    total = 0
    for i in range(count):
        total += i * i % 7
    return total


def _machine_parallelism() -> None:
    """What two processes of pure Python gain on this machine (the ceiling of --jobs 2):
    a virtual machine's two "cores" may share a physical one."""
    from concurrent.futures import ProcessPoolExecutor

    count = 4_000_000
    started = time.perf_counter()
    _spin(count), _spin(count)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [10, 10]))
        started = time.perf_counter()
        list(pool.map(_spin, [count, count]))
        parallel = time.perf_counter() - started
    print(f"  this machine: two processes of a pure-Python loop run {serial / parallel:.2f}x one")


def write_timebank(path: Path) -> Path:
    """The TempEval-3 TimeBank and AQUAINT articles as JSONL (one story each, dated
    by their creation time) at ``path``."""
    from benchmarks.temporal import DEFAULT_DIR, read_timeml

    with path.open("w", encoding="utf-8") as out:
        for tml in sorted(DEFAULT_DIR.rglob("*.tml")):
            doc = read_timeml(tml)
            row = {"id": doc.name, "story": doc.name, "published": doc.created.isoformat()}
            out.write(json.dumps({**row, "text": doc.text}) + "\n")
    return path


def _real_news(folder: Path) -> None:
    """Throughput on real news: the TempEval-3 TimeBank and AQUAINT articles from
    ../shared (one story per article, dated by their creation time), when present."""
    import claimcheck
    from benchmarks.temporal import DEFAULT_DIR

    if not DEFAULT_DIR.is_dir():
        print(f"  real news: skipped ({DEFAULT_DIR} not found)")
        return
    path = write_timebank(folder / "timebank-aquaint.jsonl")
    size = text_bytes(path)
    for jobs in (1, 2):
        started = time.perf_counter()
        result = claimcheck.check([path], jobs=jobs)
        seconds = time.perf_counter() - started
        print(
            f"  real news (TimeBank+AQUAINT, {len(result.document_list)} articles, "
            f"{size / 1e6:.2f} MB, {len(result.claim_list)} claims) --jobs {jobs}: "
            f"{size / 1e6 / seconds:5.2f} MB/s"
        )


def _claimcheck_seconds(texts: list[str]) -> float:
    import claimcheck
    from claimcheck.rules.loader import RuleSet

    # Warmed up like quantulum3 below: tables and grammars load on first use.
    claimcheck.check([WARM_UP])
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        claimcheck.check(texts, rules=RuleSet(()))
        best = min(best, time.perf_counter() - started)
    return best


def _quantulum_seconds(texts: list[str]) -> float:
    from benchmarks.quantulum import quantulum_parser

    quantulum = quantulum_parser()

    warnings.filterwarnings("ignore", module="quantulum3")
    quantulum.parse("warm up 1 km")
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            quantulum.parse(text)
        best = min(best, time.perf_counter() - started)
    return best


def linearity(folder: Path, sizes: list[float], jobs: int) -> None:
    print(f"  streaming `claimcheck claims CORPUS -o DIR/ --jobs {jobs}`:")
    for megabytes in sizes:
        path, count, size = _corpus(folder, megabytes)
        out = folder / f"claims-{megabytes:g}"
        command = ["claims", str(path), "-o", f"{out}/", "--jobs", str(jobs)]
        run = measured(command, ROOT)
        per_mb = run.wall / (size / 1e6)
        print(
            f"    {size / 1e6:7.1f} MB, {count:7d} articles: {per_mb:6.2f} s/MB, "
            f"peak RSS main {run.main_mb:5.0f} MB, largest worker {run.worker_mb:5.0f} MB"
            + ("" if run.code == "0" else f" (exit {run.code}: {run.stderr[:200]})")
        )
        path.unlink()
    _rules_linearity(folder, [m for m in sizes if m <= 10])


def _rules_linearity(folder: Path, sizes: list[float]) -> None:
    from functools import partial

    from claimcheck.api import _documents
    from claimcheck.engine import analyze_documents
    from claimcheck.pipeline import analyze
    from claimcheck.resolve.vocabulary import load_vocabularies
    from claimcheck.rules.engine import run_rules
    from claimcheck.rules.facts import Facts
    from claimcheck.rules.loader import load_rules

    rule_set, vocab = load_rules(None), load_vocabularies()
    for megabytes in sizes:
        path, _, _ = _corpus(folder, megabytes)
        documents, _ = _documents([str(path)], None, None, {})
        analyses = analyze_documents(documents, partial(analyze, vocab=vocab), jobs=2)
        claims = [c for a in analyses for c in a.claims]
        documents_by_id = {a.document.id: a.document for a in analyses}
        sentences = {a.document.id: a.sentences for a in analyses}
        started = time.perf_counter()
        findings = run_rules(rule_set, claims, documents_by_id, Facts(), sentences)
        seconds = time.perf_counter() - started
        print(
            f"    rules on {megabytes:g} MB: {len(claims)} claims, {len(findings)} findings, "
            f"{seconds / len(claims) * 1000:.3f} s per 1000 claims"
        )


def dask_vs_local(folder: Path, megabytes: float) -> None:
    import claimcheck

    try:
        from distributed import LocalCluster
    except ImportError:
        print("  skipped: pip install 'claimcheck[dask]'")
        return
    path, count, size = _corpus(folder, megabytes)
    started = time.perf_counter()
    local = claimcheck.check([path], jobs=2)
    local_s = time.perf_counter() - started
    with LocalCluster(
        processes=True,
        n_workers=2,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        started = time.perf_counter()
        remote = claimcheck.check([path], engine="dask", scheduler=cluster.scheduler_address)
        dask_s = time.perf_counter() - started
    same = local.claims.equals(remote.claims) and local.finding_list == remote.finding_list
    print(f"  {count} articles, {size / 1e6:.1f} MB:")
    print(f"    local --jobs 2:                 {local_s:6.1f} s, {size / 1e6 / local_s:5.2f} MB/s")
    print(f"    dask LocalCluster (2 processes): {dask_s:6.1f} s, {size / 1e6 / dask_s:5.2f} MB/s")
    print(f"    same claims and findings: {same}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="corpus sizes in MB, e.g. 1,10,100")
    parser.add_argument("--throughput-mb", type=float, default=2.0)
    parser.add_argument("--dask-mb", type=float, default=2.0)
    parser.add_argument("--quantulum-kb", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2, help="--jobs of the linearity runs")
    parser.add_argument("--skip", action="append", default=[], choices=SECTIONS)
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "startup" not in args.skip:
            print("start-up:")
            startup(folder)
        if "throughput" not in args.skip:
            print("throughput:")
            throughput(folder, args.throughput_mb, args.quantulum_kb)
        if "linearity" not in args.skip:
            print("linearity:")
            linearity(folder, [float(s) for s in args.sizes.split(",")], args.jobs)
        if "dask" not in args.skip:
            print("local vs dask:")
            dask_vs_local(folder, args.dask_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
