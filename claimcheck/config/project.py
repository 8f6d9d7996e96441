"""From merged settings to what ``check`` takes: inputs, rules, severities."""

from __future__ import annotations

import argparse
import dataclasses
import fnmatch
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimcheck.config.files import ConfigError
from claimcheck.config.merge import SHIPPED_PREFIX, ProjectSettings
from claimcheck.errors import UsageError
from claimcheck.ingest.readers import ARTICLE_SUFFIXES
from claimcheck.model import Severity
from claimcheck.resources import packs_dir
from claimcheck.rules.loader import RuleSet, load_rules

# command-line option (argparse dest) -> settings field; None/empty means "not given"
_OPTIONS = ("paths", "rules", "facts", "fail_on", "format", "output", "story_by", "baseline")


def command_line_values(args: argparse.Namespace) -> dict[str, Any]:
    """The settings the user gave on the command line (options left out are absent).

    Example:
        >>> command_line_values(argparse.Namespace(paths=[], fail_on="info", no_cache=True))
        {'fail_on': 'info', 'cache': False}
    """
    values = {
        name: getattr(args, name)
        for name in _OPTIONS
        if getattr(args, name, None) not in (None, [], "")
    }
    if getattr(args, "no_cache", False):
        values["cache"] = False
    # Repeated "-f FORMAT [-o FILE]" pairs: the first is the main report, the rest extra files.
    for index, (format_name, path) in enumerate(getattr(args, "targets", None) or ()):
        if index == 0:
            values["format"] = format_name or "rich"
            if path:
                values["output"] = path
        elif format_name and path:
            values.setdefault("reports", {})[format_name] = path
    return values


def rule_paths(paths: Sequence[str] | None) -> list[Path] | None:
    """Rule paths with ``claimcheck:PACK`` names turned into the shipped pack folders.

    Example:
        >>> rule_paths(["claimcheck:core", "my-rules"])[1]
        PosixPath('my-rules')
    """
    if paths is None:
        return None
    out = []
    for path in paths:
        if path.startswith(SHIPPED_PREFIX):
            pack = packs_dir() / path.removeprefix(SHIPPED_PREFIX)
            if not pack.is_dir():
                raise UsageError(f"no shipped rule pack '{path}'", hint="use claimcheck:core")
            out.append(pack)
        else:
            out.append(Path(path))
    return out


def project_rules(project: ProjectSettings) -> RuleSet:
    """The rules the settings name, with per-rule severities applied ('off' drops a rule)."""
    rule_set = load_rules(rule_paths(project.settings.rules))
    overrides = project.settings.severity
    known = {rule.header.id for rule in rule_set.rules}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ConfigError(
            f"severity: no rule '{unknown[0]}'",
            path=project.sources["severity"],
            hint=f"known rules: {', '.join(sorted(known))}",
        )
    rules = []
    for rule in rule_set.rules:
        level = overrides.get(rule.header.id)
        if level == "off":
            continue
        if level is not None:
            header = dataclasses.replace(rule.header, severity=Severity(level))
            rule = dataclasses.replace(rule, header=header)  # type: ignore[type-var]
        rules.append(rule)
    return RuleSet(tuple(rules), rule_set.vocabulary_files)


def input_paths(project: ProjectSettings, cwd: Path | None = None) -> list[str]:
    """The inputs to check: the given paths, narrowed by ``include``/``exclude`` globs.

    Globs match a file's path relative to the project root (``archive/*``,
    ``*.draft.md``; ``*`` crosses folders). Folders are expanded only when there
    are globs, so without them the readers report empty folders as before.
    """
    settings = project.settings
    if not settings.paths:
        raise UsageError(
            "no inputs", hint="pass PATH... or set 'paths' in the config file (claimcheck init)"
        )
    if not settings.include and not settings.exclude:
        return list(settings.paths)
    cwd = cwd or Path.cwd()
    selected = []
    for given in settings.paths:
        for path in _files(given):
            relative = _relative_posix(cwd / path, project.root)
            if _wanted(relative, settings.include, settings.exclude):
                selected.append(path)
    return selected


def _files(given: str) -> list[str]:
    folder = Path(given)
    if given == "-" or not folder.is_dir():
        return [given]
    return sorted(
        str(found)
        for found in folder.rglob("*")
        if found.suffix.lower() in ARTICLE_SUFFIXES and found.is_file()
    )


def _relative_posix(path: Path, root: Path) -> str:
    try:
        return Path(os.path.relpath(path, root)).as_posix()
    except ValueError:
        return path.as_posix()


def _wanted(relative: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if include and not any(fnmatch.fnmatchcase(relative, g) for g in include):
        return False
    return not any(fnmatch.fnmatchcase(relative, g) for g in exclude)
