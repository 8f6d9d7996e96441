"""Project configuration: discovery, validation, precedence with provenance.

Settings come from the defaults, then the nearest config file (``claimcheck.toml``,
``.claimcheck.yaml`` or ``[tool.claimcheck]`` in ``pyproject.toml``, searched upward
from the working directory, or ``--config FILE``), then the command line.
"""

from __future__ import annotations

from claimcheck.config.files import ConfigError, ConfigFile, discover, read_config
from claimcheck.config.merge import ProjectSettings, resolve_settings
from claimcheck.config.project import command_line_values, input_paths, project_rules
from claimcheck.config.schema import Settings
from claimcheck.config.show import render_settings

__all__ = [
    "ConfigError",
    "ConfigFile",
    "ProjectSettings",
    "Settings",
    "command_line_values",
    "discover",
    "input_paths",
    "project_rules",
    "read_config",
    "render_settings",
    "resolve_settings",
]
