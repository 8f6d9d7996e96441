"""Project commands and options: ``config show``, ``init``, ``cache clear``, and what
``check`` takes from the config file (``--config``, ``--no-cache``, ``--changed-since``).

Argument parsing only, like ``claimcheck.cli``; the work is in ``claimcheck.config``,
``claimcheck.scaffold``, ``claimcheck.cache`` and ``claimcheck.changes``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.cache import AnalysisCache
    from claimcheck.config import ProjectSettings, Settings
    from claimcheck.rules.loader import RuleSet

PROJECT_COMMANDS = ("config", "init", "cache")


def add_check_options(check: argparse.ArgumentParser) -> None:
    """Options of ``check`` about the project rather than one run."""
    _add_config_option(check)
    check.add_argument(
        "--no-cache", action="store_true", help="extract everything again; do not use the cache"
    )
    check.add_argument(
        "--changed-since",
        metavar="REF",
        help="check only stories with files changed since git REF (all their documents)",
    )


def add_project_commands(commands: Any, check: argparse.ArgumentParser) -> None:
    """``config show`` (taking every option of ``check``), ``init`` and ``cache clear``."""
    config = commands.add_parser("config", help="show the merged settings")
    actions = config.add_subparsers(dest="action", required=True, parser_class=type(config))
    show = actions.add_parser(
        "show",
        help="each setting, its value and where it came from (takes check's options)",
        conflict_handler="resolve",
    )
    # The options of check, so `config show --fail-on info` shows what a check run would use.
    for action in check._actions:
        if action.dest != "help":
            show._add_action(action)
    init = commands.add_parser("init", help="write a starter config, rule, facts, hooks, CI")
    init.add_argument("folder", nargs="?", default=".", metavar="DIR", help="default: here")
    init.add_argument("--force", action="store_true", help="overwrite existing files")
    cache = commands.add_parser("cache", help="manage the extraction cache")
    cache_actions = cache.add_subparsers(dest="action", required=True, parser_class=type(config))
    clear = cache_actions.add_parser("clear", help="remove every cached extraction")
    _add_config_option(clear)


def _add_config_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--config", metavar="FILE", help="settings file (default: searched upward from here)"
    )


def run_project_command(args: argparse.Namespace) -> int:
    from claimcheck.config import command_line_values, render_settings, resolve_settings

    if args.command == "init":
        return _init(Path(args.folder), args.force)
    project = resolve_settings(command_line_values(args), args.config, command_line_checked=True)
    if args.command == "config":
        sys.stdout.write(render_settings(project))
        return 0
    from claimcheck.cache import EntryStore

    folder = Path(project.settings.cache_dir)
    removed = EntryStore(folder).clear()
    print(f"claimcheck: removed {removed} cached extractions from {folder}")
    return 0


def _init(folder: Path, force: bool) -> int:
    from claimcheck.scaffold import init_project

    written = init_project(folder, force=force)
    for item in written:
        note = " (exists; --force overwrites)" if item.action == "kept" else ""
        print(f"{item.action:<8} {item.path}{note}")
    print("next: put articles in articles/ (a folder per story) and run `claimcheck check`")
    return 0


@dataclass(frozen=True, slots=True)
class CheckRun:
    """What ``check`` runs with after merging defaults, the config file and options."""

    project: ProjectSettings
    paths: list[str]
    rules: RuleSet
    cache: AnalysisCache | None
    changed: frozenset[Path] | None

    @property
    def settings(self) -> Settings:
        return self.project.settings


def prepare_check(args: argparse.Namespace) -> CheckRun:
    """Merge the settings of a ``check`` run and load what they name."""
    from claimcheck.cache import AnalysisCache
    from claimcheck.changes import changed_files
    from claimcheck.config import (
        command_line_values,
        input_paths,
        project_rules,
        resolve_settings,
    )

    # argparse has checked the options: pydantic is imported only for a config file.
    project = resolve_settings(command_line_values(args), args.config, command_line_checked=True)
    folder = project.cache_folder
    return CheckRun(
        project,
        input_paths(project),
        project_rules(project),
        AnalysisCache(folder) if folder is not None else None,
        changed_files(args.changed_since) if args.changed_since else None,
    )
