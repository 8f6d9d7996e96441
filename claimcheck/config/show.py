"""``claimcheck config show``: the merged settings and where each came from."""

from __future__ import annotations

import json

from claimcheck.config.merge import ProjectSettings
from claimcheck.config.schema import FIELD_NAMES


def render_settings(project: ProjectSettings) -> str:
    """One ``key = value  # source`` line per setting, TOML-like.

    Example:
        >>> from pathlib import Path
        >>> from claimcheck.config.merge import resolve_settings
        >>> text = render_settings(resolve_settings({"fail_on": "info"}, cwd=Path("/")))
        >>> [line for line in text.splitlines() if line.startswith("fail-on")]
        ['fail-on   = "info"               # command line']
    """
    found = project.config_file
    lines = [f"# config file: {found if found is not None else 'none found (defaults)'}"]
    width = max(len(name) for name in FIELD_NAMES)
    for name in FIELD_NAMES:
        value = getattr(project.settings, name)
        shown = "(not set)" if value is None else json.dumps(value)
        key = name.replace("_", "-")
        lines.append(f"{key:<{width}} = {shown:<20} # {project.sources[name]}")
    return "\n".join(lines) + "\n"
