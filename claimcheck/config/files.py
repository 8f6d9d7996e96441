"""Finding and reading a project's config file.

Searched upward from the working directory, in each folder in this order:
``claimcheck.toml``, ``.claimcheck.yaml``, then ``pyproject.toml`` when it has a
``[tool.claimcheck]`` table (a pyproject without one is skipped, as ruff does).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from claimcheck.errors import ClaimcheckError

CONFIG_NAMES = ("claimcheck.toml", ".claimcheck.yaml", "pyproject.toml")
_TOML_LINE = re.compile(r"\(at line (\d+)")


class ConfigError(ClaimcheckError):
    """A config file that cannot be read or does not validate."""


@dataclass(frozen=True, slots=True)
class ConfigFile:
    """A config file's path and the claimcheck settings in it, not yet validated."""

    path: Path
    values: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""

    @property
    def folder(self) -> Path:
        return self.path.parent

    def line_of(self, key: str) -> int | None:
        """The first line that sets ``key`` (TOML ``key =`` or YAML ``key:``), if any."""
        pattern = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*[=:]", re.M)
        start = 0
        if self.path.name == "pyproject.toml":
            table = self.text.find("[tool.claimcheck")
            start = max(table, 0)
        found = pattern.search(self.text, start)
        return self.text.count("\n", 0, found.start()) + 1 if found else None


def discover(start: Path) -> ConfigFile | None:
    """The nearest config file at or above ``start``, or None.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "claimcheck.toml").write_text('fail-on = "warning"\\n')
        >>> discover(folder / "articles").values["fail-on"]
        'warning'
    """
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            config = read_config(candidate)
            if name != "pyproject.toml" or config.values:
                return config
    return None


def read_config(path: Path) -> ConfigFile:
    """The claimcheck settings of one file (TOML, pyproject.toml or YAML)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"cannot read config file ({exc})", path=str(path), hint="check --config"
        ) from None
    if path.suffix in {".yaml", ".yml"}:
        values = _yaml_values(text, path)
    elif path.suffix == ".toml":
        values = _toml_values(text, path)
    else:
        raise ConfigError(
            "unknown config file type",
            path=str(path),
            hint="use claimcheck.toml, .claimcheck.yaml or pyproject.toml",
        )
    return ConfigFile(path, values, text)


def _toml_values(text: str, path: Path) -> Mapping[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _TOML_LINE.search(str(exc))
        raise ConfigError(
            f"not valid TOML: {str(exc).split(' (at')[0]}",
            path=str(path),
            line=int(line.group(1)) if line else None,
            hint="fix the syntax",
        ) from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("claimcheck", {})
        if not isinstance(section, dict):
            raise ConfigError("[tool.claimcheck] must be a table", path=str(path))
        return section
    return data


def _yaml_values(text: str, path: Path) -> Mapping[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(
            "not valid YAML",
            path=str(path),
            line=mark.line + 1 if mark is not None else None,
            hint="fix the syntax",
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping of settings", path=str(path), line=1)
    return data
