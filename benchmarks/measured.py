"""Run the claimcheck CLI in a fresh interpreter and read its wall time and peak memory."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

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
