"""``claimcheck init``: a starter project that checks green, and never clobbers a file."""

from __future__ import annotations

import yaml

from tests.conftest import run_cli
from tests.projects import bridge_story, git_repository

STARTER = [
    "claimcheck.toml",
    "claimcheck-rules/local.yaml",
    "facts.yaml",
    ".pre-commit-config.yaml",
    ".github/workflows/claimcheck.yml",
]


def test_init_then_check_on_a_sample_article_is_green(tmp_path):
    git_repository(tmp_path)
    done = run_cli("init", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for name in STARTER:
        assert (tmp_path / name).is_file(), name
    bridge_story(tmp_path, agree=True)
    checked = run_cli("check", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No disagreements found." in checked.stdout


def test_init_starter_rule_passes_its_own_cases(tmp_path):
    run_cli("init", str(tmp_path))
    done = run_cli("rules", "test", "claimcheck-rules", cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "2 passed, 0 failed" in done.stdout


def test_init_starter_finds_a_disagreement(tmp_path):
    run_cli("init", str(tmp_path))
    bridge_story(tmp_path)
    done = run_cli("check", cwd=tmp_path)
    assert done.returncode == 1
    assert "count-consistency" in done.stdout


def test_init_keeps_existing_files_unless_forced(tmp_path):
    (tmp_path / "claimcheck.toml").write_text('fail-on = "never"\n')
    done = run_cli("init", cwd=tmp_path)
    assert done.returncode == 0
    assert "kept     claimcheck.toml (exists; --force overwrites)" in done.stdout
    assert (tmp_path / "claimcheck.toml").read_text() == 'fail-on = "never"\n'
    assert (tmp_path / "facts.yaml").is_file()
    forced = run_cli("init", "--force", cwd=tmp_path)
    assert "replaced claimcheck.toml" in forced.stdout
    assert "paths = [" in (tmp_path / "claimcheck.toml").read_text()


def test_init_hooks_and_workflow_are_valid_yaml_running_the_gate(tmp_path):
    run_cli("init", str(tmp_path))
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text())
    hook = hooks["repos"][0]["hooks"][0]
    assert hook["entry"].startswith("claimcheck check")
    workflow = yaml.safe_load((tmp_path / ".github/workflows/claimcheck.yml").read_text())
    steps = workflow["jobs"]["claimcheck"]["steps"]
    assert any("--changed-since" in step.get("run", "") for step in steps)
    assert any(
        step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps
    )


def test_init_config_shows_as_read_from_the_file(tmp_path):
    run_cli("init", str(tmp_path))
    done = run_cli("config", "show", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert 'rules     = ["claimcheck:core", "claimcheck-rules"] # claimcheck.toml' in done.stdout
