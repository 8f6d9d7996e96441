"""Defaults < config file < command line, with where each value came from.

Paths in a config file are relative to the file's folder; they are rewritten
relative to the working directory, so reports name files as the user sees them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from claimcheck.config.files import ConfigError, ConfigFile, discover, read_config
from claimcheck.config.schema import ACCEPTED_KEYS, PATH_KEYS, Settings

DEFAULT = "default"
COMMAND_LINE = "command line"
SHIPPED_PREFIX = "claimcheck:"  # 'claimcheck:core' names a shipped pack, not a path


@dataclass(frozen=True, slots=True)
class ProjectSettings:
    """The merged settings, the source of each (``default``, a file, ``command line``),
    the config file used (if any) and the project root (its folder, else the cwd)."""

    settings: Settings
    sources: Mapping[str, str]
    config_file: Path | None
    root: Path

    @property
    def cache_folder(self) -> Path | None:
        return Path(self.settings.cache_dir) if self.settings.cache else None


def resolve_settings(
    command_line: Mapping[str, Any], config: str | Path | None = None, cwd: Path | None = None
) -> ProjectSettings:
    """Merge the defaults, the config file (``config``, else discovered) and the
    command line (field name -> value, only the options the user gave).

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "claimcheck.toml").write_text('fail-on = "warning"\\nformat = "json"\\n')
        >>> merged = resolve_settings({"format": "markdown"}, cwd=folder)
        >>> merged.settings.fail_on, merged.sources["fail_on"], merged.sources["format"]
        ('warning', 'claimcheck.toml', 'command line')
    """
    cwd = cwd or Path.cwd()
    file = read_config(Path(config)) if config is not None else discover(cwd)
    from_file = _validated(file, cwd) if file is not None else {}
    label = _relative(file.path, cwd) if file is not None else DEFAULT
    sources = {name: DEFAULT for name in Settings.model_fields}
    sources.update({name: label for name in from_file})
    if file is not None and "cache_dir" not in from_file:
        # The cache belongs to the project, wherever in it claimcheck runs.
        default = Settings.model_fields["cache_dir"].default
        from_file["cache_dir"] = _rebased(default, file.folder, cwd)
    sources.update({name: COMMAND_LINE for name in command_line})
    try:
        settings = Settings.model_validate(
            {_alias(k): v for k, v in {**from_file, **command_line}.items()}
        )
    except ValidationError as exc:  # an API caller's values; the CLI's are checked by argparse
        raise ConfigError(_describe(exc.errors()[0]), hint=_hint(exc.errors()[0])) from None
    root = file.folder if file is not None else cwd
    return ProjectSettings(settings, sources, file.path if file is not None else None, root)


def _validated(file: ConfigFile, cwd: Path) -> dict[str, Any]:
    """The file's values by field name, paths made relative to ``cwd``."""
    try:
        parsed = Settings.model_validate(dict(file.values))
    except ValidationError as exc:
        error = exc.errors()[0]
        keys = [p for p in error["loc"] if isinstance(p, str) and p != "[key]"]
        raise ConfigError(
            _describe(error),
            path=_relative(file.path, cwd),
            line=file.line_of(keys[-1]) if keys else None,
            hint=_hint(error),
        ) from None
    values = {name: getattr(parsed, name) for name in parsed.model_fields_set}
    base = file.folder
    for name in PATH_KEYS & values.keys():
        values[name] = _rebased(values[name], base, cwd)
    return values


def _rebased(value: Any, base: Path, cwd: Path) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [_rebased(v, base, cwd) for v in value]
    if isinstance(value, dict):
        return {k: _rebased(v, base, cwd) for k, v in value.items()}
    text = str(value)
    if text.startswith(SHIPPED_PREFIX) or text == "-":
        return text
    path = Path(os.path.expanduser(text))
    return _relative(path if path.is_absolute() else base / path, cwd)


def _relative(path: Path, cwd: Path) -> str:
    try:
        return os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return str(path)


def _alias(name: str) -> str:
    return name.replace("_", "-")


def _is_map_key(error: ErrorDetails) -> bool:
    return bool(error["loc"]) and error["loc"][-1] == "[key]"


def _dotted(error: ErrorDetails) -> str:
    parts = [str(p) for p in error["loc"] if p != "[key]"]
    return ".".join(parts)


def _describe(error: ErrorDetails) -> str:
    key = _dotted(error)
    if error["type"] == "extra_forbidden":
        return f"unknown key '{key}'"
    if _is_map_key(error):
        return f"'{key}' is not an accepted name"
    return f"bad value {error['input']!r} for '{key}'"


def _hint(error: ErrorDetails) -> str:
    if error["type"] == "extra_forbidden":
        return f"accepted keys: {', '.join(ACCEPTED_KEYS)}"
    if error["type"] == "literal_error":
        return f"use one of {error['ctx']['expected']}"
    if error["type"] == "value_error":
        return str(error["ctx"]["error"])
    return str(error["msg"]).replace("Input should be", "expected")
