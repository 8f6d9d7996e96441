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

from claimcheck.config.files import ConfigFile, discover, read_config
from claimcheck.config.schema import FIELD_NAMES, PATH_KEYS, Settings, formats_known, kebab
from claimcheck.config.validate import SettingsInvalid, check_settings

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
    command_line: Mapping[str, Any],
    config: str | Path | None = None,
    cwd: Path | None = None,
    *,
    command_line_checked: bool = False,
) -> ProjectSettings:
    """Merge the defaults, the config file (``config``, else discovered) and the
    command line (field name -> value, only the options the user gave).

    ``command_line_checked``: the values were already checked (argparse's choices),
    so without a config file pydantic is not needed (nor imported) at all.

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
    sources = {name: DEFAULT for name in FIELD_NAMES}
    sources.update({name: label for name in from_file})
    if file is not None and "cache_dir" not in from_file:
        # The cache belongs to the project, wherever in it claimcheck runs.
        from_file["cache_dir"] = _rebased(Settings().cache_dir, file.folder, cwd)
    sources.update({name: COMMAND_LINE for name in command_line})
    merged = {**from_file, **command_line}
    if file is None and command_line_checked and formats_known(merged):
        settings = Settings(**merged)
    else:
        try:
            settings = check_settings({kebab(k): v for k, v in merged.items()}).settings
        except SettingsInvalid as exc:  # an API caller's values; the CLI's are checked
            raise exc.config_error() from None
    root = file.folder if file is not None else cwd
    return ProjectSettings(settings, sources, file.path if file is not None else None, root)


def _validated(file: ConfigFile, cwd: Path) -> dict[str, Any]:
    """The file's values by field name, paths made relative to ``cwd``."""
    try:
        checked = check_settings(file.values)
    except SettingsInvalid as exc:
        line = file.line_of(exc.keys[-1]) if exc.keys else None
        raise exc.config_error(_relative(file.path, cwd), line) from None
    values = {name: getattr(checked.settings, name) for name in checked.fields_set}
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
