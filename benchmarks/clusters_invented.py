"""Score claimcheck on the invented multi-outlet clusters in ``benchmarks/clusters-invented/``.

The clusters (an earthquake, a typhoon, a ferry sinking, a plane crash; 4-5 outlets each)
were written by the claimcheck team for issue 12, in the layout of the real dev clusters
(``docs/NN_outlet.txt``, ``sources.yaml``, ``gold.yaml``, ``NOTES.md``), and are scored by
the dev set's own scorer. They are optimistic: the people who wrote them also wrote the
code, and some fixes were made after reading their scores.

Usage::

    python benchmarks/clusters_invented.py            # claimcheck
    python benchmarks/clusters_invented.py --naive    # the scorer's same-noun comparator

The scorer is ``../shared/bench/clusters-dev/score.py`` beside the checkout (for a git
worktree, also beside its main checkout), or ``--scorer PATH``. It runs with this
interpreter, which must have pint (the scorer converts gold units with it): run it with the
project's virtualenv.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.shared_data import beside_checkout

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = ROOT / "benchmarks" / "clusters-invented"
BESIDE = Path("shared") / "bench" / "clusters-dev" / "score.py"


def default_scorer(root: Path = ROOT) -> Path:
    """``../shared/...`` beside the checkout (or beside a worktree's main checkout)."""
    return beside_checkout(BESIDE, root)


def clusters(folder: Path = CLUSTERS) -> list[Path]:
    """The cluster folders: each has ``docs/`` and ``gold.yaml``."""
    return sorted(
        p for p in folder.iterdir() if (p / "docs").is_dir() and (p / "gold.yaml").is_file()
    )


def claimcheck_command() -> str:
    """The installed console script, else this interpreter's ``-m claimcheck``."""
    script = Path(sys.executable).with_name("claimcheck")
    if script.is_file():
        return str(script)
    return shutil.which("claimcheck") or f"{sys.executable} -m claimcheck"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--naive", action="store_true", help="score the naive comparator")
    parser.add_argument("--scorer", type=Path, default=None, help="path of clusters-dev/score.py")
    args = parser.parse_args()
    scorer = args.scorer or default_scorer()
    if not scorer.is_file():
        sys.exit(f"scorer not found: {scorer} (pass --scorer PATH)")
    system = "--naive" if args.naive else claimcheck_command()
    command = [sys.executable, str(scorer), system, *map(str, clusters())]
    sys.exit(subprocess.run(command, check=False).returncode)


if __name__ == "__main__":
    main()
