"""Run the claimcheck CLI in a fresh interpreter and read its wall time and peak memory."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# One text that loads every lazy table (lemmas, grammars, units, currencies) before a
# timed run, as quantulum3 gets its own warm-up.
WARM_UP = "Warm up: 12 people left on Monday, 3 km away, for $4 million."


def text_bytes(corpus: Path) -> int:
    """Bytes of article text: a JSONL file's "text" fields, else the files' sizes."""
    if corpus.suffix == ".jsonl":
        with corpus.open(encoding="utf-8") as lines:
            return sum(len(json.loads(line)["text"].encode()) for line in lines if line.strip())
    return sum(p.stat().st_size for p in [corpus, *corpus.rglob("*")] if p.is_file())


_MEASURE = """
import resource, sys, time
from claimcheck.cli import main
started = time.perf_counter()
code = main(sys.argv[1:])
wall = time.perf_counter() - started
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(wall, me, kids, code)
"""


@dataclass(frozen=True, slots=True)
class Measured:
    """One CLI run: wall seconds, peak RSS (MB) of the main process and of the
    largest child (a worker), the exit code and what it wrote to stderr."""

    wall: float
    main_mb: float
    worker_mb: float
    code: str
    stderr: str


def measured(arguments: list[str], cwd: Path) -> Measured:
    """``claimcheck ARGUMENTS`` run in ``cwd``, measured from inside the process."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *arguments],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    wall, me, kids, code = done.stdout.split()[-4:]
    return Measured(float(wall), int(me) / 1024, int(kids) / 1024, code, done.stderr.strip())
