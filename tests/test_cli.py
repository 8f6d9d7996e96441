"""The command line as a user runs it: exit codes, formats, and bad input."""

from __future__ import annotations

import json
import os

import pytest

from tests.conftest import EXAMPLES, run_cli

GOOD = "The storm killed 12 people on Monday, officials said.\n"
OTHER = "The storm killed 21 people, the county said.\n"


@pytest.fixture
def story(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: 2025-03-04\n---\n" + GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\npublished: 2025-03-04\n---\n" + OTHER, encoding="utf-8")
    return tmp_path


def test_findings_exit_1_and_fail_on_never_exits_0(story):
    assert run_cli("check", str(story)).returncode == 1
    assert run_cli("check", str(story), "--fail-on", "never").returncode == 0


def test_agreeing_sources_exit_0(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD.replace("12", "twelve"))
    done = run_cli("check", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("fmt", ["rich", "json", "markdown"])
def test_every_format_renders(story, fmt):
    done = run_cli("check", str(story), "--format", fmt)
    assert done.returncode == 1
    assert "count-consistency" in done.stdout


def test_json_output_file_and_quiet(story, tmp_path):
    out = tmp_path / "r.json"
    done = run_cli("check", str(story), "--format", "json", "--output", str(out), "--quiet")
    assert done.stdout == ""
    assert json.loads(out.read_text())["schema"] == "claimcheck/report@1"


def test_stdin_is_read_with_dash():
    done = run_cli("check", "-", "--format", "json", stdin=GOOD.encode())
    assert json.loads(done.stdout)["documents"][0]["id"] == "stdin"


def test_jsonl_documents_and_published_override(tmp_path):
    lines = [
        {"id": "one", "text": GOOD, "source": "Outlet One"},
        {"id": "two", "text": OTHER, "published": "2025-03-04"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    done = run_cli("check", str(path), "--format", "json", "--published", "one=2025-03-04")
    report = json.loads(done.stdout)
    published = {d["id"]: d["published"] for d in report["documents"]}
    assert published == {"one": "2025-03-04", "two": "2025-03-04"}


def test_claims_command_writes_each_table_format(story, tmp_path):
    for suffix in ("csv", "parquet", "jsonl"):
        out = tmp_path / f"claims.{suffix}"
        done = run_cli("claims", str(story), "--output", str(out))
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 0


def one_line_error(done, *needles):
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines, "no error message"
    assert all(n in done.stderr for n in needles), done.stderr
    assert "Traceback" not in done.stderr
    return lines


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
    ],
)
def test_bad_document_is_one_line_and_others_are_still_checked(story, name, content, needle):
    (story / name).write_bytes(content)
    done = run_cli("check", str(story), "--format", "json")
    lines = one_line_error(done, name, needle)
    assert len(lines) == 1
    report = json.loads(done.stdout)
    assert len(report["documents"]) == 2
    assert report["findings"], "the good documents were not checked"


def test_missing_path_is_an_input_error(story):
    lines = one_line_error(run_cli("check", str(story), str(story / "nope.txt")), "nope.txt")
    assert len(lines) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_is_an_input_error(story):
    path = story / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    one_line_error(run_cli("check", str(story)), "secret.txt")


def test_invalid_utf8_is_decoded_not_fatal(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Le café a coûté 12 euros, dit-on.\n".encode("latin-1"))
    done = run_cli("check", str(tmp_path), "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert "café" in json.loads(done.stdout)["claims"][0]["sentence"]


def test_fifty_megabyte_single_line_is_refused_clearly_and_others_checked(story):
    line = ("The fire burned 1,200 acres and officials said the crews held the line " * 700_000)[
        :50_000_000
    ]
    (story / "huge.txt").write_text(line)
    done = run_cli("check", str(story), "--format", "json")
    (message,) = one_line_error(done, "huge.txt", "split it")
    assert "MB" in message
    assert json.loads(done.stdout)["findings"], "the other documents were not checked"


def test_invalid_rule_file_is_one_line_with_position(story, tmp_path):
    rules = tmp_path / "bad.yaml"
    rules.write_text(
        "rules:\n  - id: x\n    type: consistency\n    message: m\n    key: [mesure]\n"
    )
    lines = one_line_error(
        run_cli("check", str(story), "--rules", str(rules)), f"{rules}:5:5", "bad 'key'"
    )
    assert len(lines) == 1


def test_bad_option_is_one_line():
    lines = one_line_error(run_cli("check", "x", "--fail-on", "sometimes"), "--fail-on")
    assert len(lines) == 1


def test_bad_published_pair_is_a_usage_error(story):
    one_line_error(run_cli("check", str(story), "--published", "a.txt:2025"), "DOC=DATE")


def test_the_bundled_example_reports_its_planted_contradictions():
    done = run_cli(
        "check", str(EXAMPLES), "--facts", str(EXAMPLES / "facts.yaml"), "--format", "json"
    )
    assert done.returncode == 1, done.stderr
    rules = sorted(f["rule"] for f in json.loads(done.stdout)["findings"])
    assert rules == sorted(
        [
            "count-consistency",
            "time-consistency",
            "date-consistency",
            "age-facts",
            "money-consistency",
            "drift",  # 02 re-edits 01's wire copy: the changed fund figure is drift too
        ]
    )
