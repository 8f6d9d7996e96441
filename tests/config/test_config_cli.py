"""Project configuration as a user meets it: discovery, precedence, errors, config show."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli
from tests.projects import bridge_story, check_json, git_repository, write_article


@pytest.fixture
def project(tmp_path):
    git_repository(tmp_path)
    bridge_story(tmp_path)
    return tmp_path


def test_claimcheck_toml_is_found_from_a_subfolder(project):
    (project / "claimcheck.toml").write_text('fail-on = "never"\n')
    done = run_cli("check", "bridge", cwd=project / "articles")
    assert done.returncode == 0, done.stderr
    assert "count-consistency" in done.stdout


def test_nearest_file_wins_and_a_pyproject_without_the_table_is_skipped(project):
    (project / "claimcheck.toml").write_text('fail-on = "never"\n')
    (project / "articles" / "pyproject.toml").write_text('[project]\nname = "desk"\n')
    assert run_cli("check", "bridge", cwd=project / "articles").returncode == 0
    (project / "articles" / "pyproject.toml").write_text('[tool.claimcheck]\nfail-on = "error"\n')
    assert run_cli("check", "bridge", cwd=project / "articles").returncode == 1


def test_yaml_config_is_read(project):
    (project / ".claimcheck.yaml").write_text("fail-on: never\nformat: markdown\n")
    done = run_cli("check", "articles", cwd=project)
    assert done.returncode == 0
    assert done.stdout.startswith("# claimcheck report")


def test_paths_in_the_file_are_relative_to_the_file(project):
    (project / "out").mkdir()
    (project / "claimcheck.toml").write_text(
        'paths = ["articles"]\nformat = "json"\noutput = "out/report.json"\n'
    )
    done = run_cli("check", cwd=project / "out")
    assert done.returncode == 1, done.stderr
    report = json.loads((project / "out" / "report.json").read_text())
    assert sorted(d["id"] for d in report["documents"]) == ["a", "b"]


def test_command_line_overrides_the_file_and_the_file_overrides_defaults(project):
    (project / "claimcheck.toml").write_text('fail-on = "never"\nformat = "json"\n')
    assert run_cli("check", "articles", cwd=project).returncode == 0
    assert run_cli("check", "articles", "--fail-on", "error", cwd=project).returncode == 1
    done = run_cli("check", "articles", "--format", "markdown", cwd=project)
    assert done.stdout.startswith("# claimcheck report")


def test_config_option_replaces_discovery(project, tmp_path_factory):
    (project / "claimcheck.toml").write_text('fail-on = "never"\n')
    other = tmp_path_factory.mktemp("elsewhere") / "strict.toml"
    other.write_text('fail-on = "error"\n')
    assert run_cli("check", "articles", "--config", str(other), cwd=project).returncode == 1


def test_config_show_names_the_source_of_every_value(project):
    (project / "pyproject.toml").write_text(
        '[tool.claimcheck]\nfail-on = "warning"\nformat = "json"\n'
    )
    done = run_cli("config", "show", "--format", "markdown", cwd=project / "articles")
    assert done.returncode == 0, done.stderr
    lines = {line.split()[0]: line for line in done.stdout.splitlines()[1:]}
    assert '"warning"' in lines["fail-on"] and lines["fail-on"].endswith("# ../pyproject.toml")
    assert '"markdown"' in lines["format"] and lines["format"].endswith("# command line")
    assert lines["story-by"].endswith("# default")
    assert done.stdout.splitlines()[0] == f"# config file: {project / 'pyproject.toml'}"


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        (
            'fail-on = "never"\nfail_on = "error"\n',
            ["claimcheck.toml:2:", "unknown key 'fail_on'", "accepted keys:", "fail-on"],
        ),
        (
            '\nfail-on = "fatal"\n',
            ["claimcheck.toml:2:", "'fail-on'", "'error', 'warning', 'info' or 'never'"],
        ),
        ('cache = "yes"\n', ["claimcheck.toml:1:", "'cache'", "valid boolean"]),
        ('format = "pdf"\n', ["claimcheck.toml:1:", "'format'", "rich, json, markdown"]),
        (
            '[severity]\ncount-consistency = "loud"\n',
            ["claimcheck.toml:2:", "severity.count-consistency", "'off'"],
        ),
        ('fail-on = "never\n', ["claimcheck.toml:1:", "not valid TOML"]),
    ],
)
def test_a_bad_setting_is_one_line_naming_file_key_and_accepted_values(project, text, needles):
    (project / "claimcheck.toml").write_text(text)
    done = run_cli("check", "articles", cwd=project)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    for needle in needles:
        assert needle in done.stderr, done.stderr


def test_a_bad_yaml_setting_names_its_line(project):
    (project / ".claimcheck.yaml").write_text("paths: [articles]\nstory-by: outlet\n")
    done = run_cli("check", cwd=project)
    assert done.returncode == 2
    assert ".claimcheck.yaml:2:" in done.stderr and "'run', 'folder' or 'auto'" in done.stderr


def test_rule_severity_can_be_lowered_or_switched_off(project):
    (project / "claimcheck.toml").write_text('[severity]\ncount-consistency = "warning"\n')
    code, report, _ = check_json(project, "articles")
    assert code == 0
    assert [f["severity"] for f in report["findings"]] == ["warning"]
    (project / "claimcheck.toml").write_text('[severity]\ncount-consistency = "off"\n')
    code, report, _ = check_json(project, "articles")
    assert (code, report["findings"]) == (0, [])


def test_severity_of_an_unknown_rule_is_an_error(project):
    (project / "claimcheck.toml").write_text('[severity]\ncount-consistancy = "off"\n')
    done = run_cli("check", "articles", cwd=project)
    assert done.returncode == 2
    assert "no rule 'count-consistancy'" in done.stderr and "count-consistency" in done.stderr


def test_shipped_pack_and_a_local_rule_file_run_together(project):
    rules = project / "desk-rules.yaml"
    rules.write_text(
        "rules:\n  - id: big-injury-count\n    type: range\n    severity: info\n"
        "    message: 'Large count {value}'\n    select: {kind: count}\n    max: 20\n"
    )
    (project / "claimcheck.toml").write_text('rules = ["claimcheck:core", "desk-rules.yaml"]\n')
    code, report, _ = check_json(project, "articles")
    assert code == 1
    assert {f["rule"] for f in report["findings"]} == {"count-consistency", "big-injury-count"}


def test_exclude_globs_skip_drafts(project):
    write_article(
        project / "articles" / "bridge" / "drafts" / "c.md",
        "The Harlow Bridge collapse left 90 people injured.",
    )
    (project / "claimcheck.toml").write_text(
        'paths = ["articles"]\nexclude = ["*/drafts/*"]\nstory-by = "folder"\n'
    )
    _code, report, _ = check_json(project)
    assert sorted(d["id"] for d in report["documents"]) == ["a", "b"]
    (project / "claimcheck.toml").write_text('paths = ["articles"]\ninclude = ["*/drafts/*"]\n')
    _code, report, _ = check_json(project)
    assert [d["id"] for d in report["documents"]] == ["c"]


def test_extra_report_files_are_written(project):
    (project / "claimcheck.toml").write_text(
        'reports = { json = "report.json", markdown = "report.md" }\n'
    )
    done = run_cli("check", "articles", "-q", cwd=project)
    assert done.returncode == 1
    assert json.loads((project / "report.json").read_text())["summary"]["findings"] == 1
    assert (project / "report.md").read_text().startswith("# claimcheck report")


def test_no_paths_anywhere_is_a_usage_error(project):
    done = run_cli("check", cwd=project)
    assert done.returncode == 2
    assert "no inputs" in done.stderr and "paths" in done.stderr
