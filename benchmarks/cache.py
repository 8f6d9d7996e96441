"""The extraction cache on an archive: cold, warm and one-article-changed runs.

Usage: python benchmarks/cache.py [--articles 10000] [--per-story 4] [--seed 7]

Writes N invented articles (benchmarks/articles.py: ~1.3 KB each, several outlets a
story; a folder per story, front matter with dates and outlets) into a
temporary git repository with a ``claimcheck.toml``, then times the installed
command as CI would run it: a cold run (empty cache), a warm run
(nothing changed), a run after one article changed, that run with
``--changed-since HEAD``, and a run with ``--no-cache`` for reference. CPU seconds
(user + system of the child process) are printed beside wall-clock seconds, as the
machine may be busy with other work.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.articles import news_articles


def write_archive(root: Path, articles: int, per_story: int, seed: int) -> list[Path]:
    """``articles`` invented articles (benchmarks/articles.py) as Markdown with front
    matter, one folder per story, and a ``claimcheck.toml`` that reads them."""
    paths = []
    for item in islice(news_articles(seed, per_story), articles):
        path = root / "articles" / item.story / f"{item.id}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        head = f"---\npublished: {item.published}\nsource: {item.source}\n---\n"
        path.write_text(head + item.text, encoding="utf-8")
        paths.append(path)
    (root / "claimcheck.toml").write_text(
        'paths = ["articles"]\nstory-by = "folder"\nfail-on = "never"\n', encoding="utf-8"
    )
    return paths


def run(root: Path, *options: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one ``claimcheck check`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", "-q", *options],
        cwd=root,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"claimcheck failed ({done.returncode}): {done.stderr.strip()}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-story", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = write_archive(root, args.articles, args.per_story, args.seed)
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        git(root, "init", "-q")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", "archive")
        print(f"{args.articles} articles, {megabytes:.1f} MB, {args.per_story} per story")
        cold = run(root)
        warm = run(root)
        changed = paths[len(paths) // 2]
        changed.write_text(changed.read_text() + "\nCrews worked through the night.\n")
        one_changed = run(root)
        changed.write_text(changed.read_text() + "\nThe road reopened at dawn.\n")
        changed_only = run(root, "--changed-since", "HEAD")
        no_cache = run(root, "--no-cache")
    print(f"{'run':<34} {'wall s':>8} {'CPU s':>8} {'CPU vs cold':>12}")
    for name, (seconds, cpu) in (
        ("cold (empty cache)", cold),
        ("warm (nothing changed)", warm),
        ("one article changed", one_changed),
        ("one changed, --changed-since HEAD", changed_only),
        ("--no-cache", no_cache),
    ):
        print(f"{name:<34} {seconds:>8.1f} {cpu:>8.1f} {cpu / cold[1]:>12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
