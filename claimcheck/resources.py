"""Where the files that ship with claimcheck are: rule packs and package data."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def packs_dir() -> Path:
    """The folder of the shipped rule packs (``rules/`` in the source tree).

    Example:
        >>> (packs_dir() / "core").is_dir()
        True
    """
    return Path(str(resources.files("claimcheck.packs")))


def data_path(name: str) -> Path:
    """A data file shipped inside the package (``claimcheck/data/NAME``)."""
    return Path(str(resources.files("claimcheck") / "data" / name))
