"""Small newsroom repositories in a temporary folder, for the project-level CLI tests."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from tests.conftest import run_cli

# Two outlets on one invented event; they disagree on the injured count.
BRIDGE_A = "The Harlow Bridge collapse on Tuesday left 14 people injured, officials said."
BRIDGE_B = "Rescuers said 41 people were injured when the span over the Harlow gave way."
BRIDGE_AGREES = "Fourteen people were injured when the Harlow Bridge collapsed, officials said."
FLOOD_A = "Floodwaters in Dunmore killed 3 people overnight, officials said."
FLOOD_B = "The Dunmore flood killed 3 people as the river burst its banks."


def write_article(
    path: Path, text: str, *, published: str = "2025-06-10", source: str = "Harlow Post"
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\npublished: {published}\nsource: {source}\n---\n{text}\n", encoding="utf-8"
    )
    return path


def bridge_story(folder: Path, *, agree: bool = False) -> Path:
    """``articles/bridge/{a,b}.md``: two outlets, disagreeing unless ``agree``."""
    story = folder / "articles" / "bridge"
    write_article(story / "a.md", BRIDGE_A, source="Harlow Post")
    write_article(story / "b.md", BRIDGE_AGREES if agree else BRIDGE_B, source="County Ledger")
    return story


def git(folder: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Desk",
        "GIT_AUTHOR_EMAIL": "desk@example.org",
        "GIT_COMMITTER_NAME": "Desk",
        "GIT_COMMITTER_EMAIL": "desk@example.org",
    }
    done = subprocess.run(
        ["git", *args], cwd=folder, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def git_repository(folder: Path) -> Path:
    git(folder, "init", "-q", "-b", "main")
    return folder


def commit_all(folder: Path, message: str = "articles") -> None:
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", message)


def check_json(folder: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    """Run ``claimcheck check --format json`` in ``folder``: exit code, report, stderr."""
    done = run_cli("check", *args, "--format", "json", cwd=folder)
    report = json.loads(done.stdout) if done.stdout.strip() else {}
    return done.returncode, report, done.stderr
