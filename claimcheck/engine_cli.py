"""The engine options of ``claimcheck check`` and ``claimcheck claims``
(``--jobs``, ``--engine``, ``--scheduler``): parsing only, no engine imports, so
start-up stays fast."""

from __future__ import annotations

import argparse
from typing import Any

ENGINE_NAMES = ("local", "dask")


def add_engine_options(command: argparse.ArgumentParser) -> None:
    """Add ``--jobs``, ``--engine`` and ``--scheduler`` to a subcommand."""
    command.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes for extraction (default: all cores; 1: none)",
    )
    command.add_argument(
        "--engine",
        default="local",
        choices=ENGINE_NAMES,
        help="local (default) or dask (needs claimcheck[dask])",
    )
    command.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786",
    )


def engine_arguments(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of :func:`claimcheck.check` that the options give.

    Example:
        >>> engine_arguments(argparse.Namespace(jobs=2, engine="local", scheduler=None))
        {'jobs': 2, 'engine': 'local', 'scheduler': None}
    """
    return {"jobs": args.jobs, "engine": args.engine, "scheduler": args.scheduler}


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"bad --jobs '{text}': give a whole number of 1 or more")
    return value
