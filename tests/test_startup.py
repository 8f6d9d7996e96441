"""Start-up: a check imports only what its formats and options need.

Each run is a fresh interpreter that calls the CLI's ``main`` and then lists the heavy
packages it imported; no timing is asserted, only which packages were loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pydantic", "pandas", "pyarrow", "dask", "distributed", "sklearn", "pint", "rich", "ftfy")

# Runs main() as `claimcheck ARGS...` would, then prints the heavy packages imported.
_PROBE = """
import json, sys
from claimcheck.cli import main
code = main(sys.argv[1:])
heavy = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(HEAVY)))
print("IMPORTED " + json.dumps(heavy), file=sys.stderr)
sys.exit(code)
"""

ARTICLE_A = """---
published: 2026-02-10
outlet: Harbour Courier
---
The landslide buried 9 homes on Sunday and closed a 14 km stretch of the coast road,
the roads agency said. About 300 residents spent the night in the school gym.
"""

ARTICLE_B = """---
published: 2026-02-10
outlet: Valley Gazette
---
The landslide buried 11 homes on Sunday and closed 14 km of the coast road, officials
said on Monday.
"""


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "landslide"
    folder.mkdir()
    (folder / "courier.md").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "gazette.md").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def imported_by(cwd: Path, *args: str) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.replace("HEAVY", repr(json.dumps(HEAVY))), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "80"},
        timeout=300,
    )
    marker = [line for line in done.stderr.splitlines() if line.startswith("IMPORTED ")]
    assert marker, done.stderr
    return set(json.loads(marker[-1].removeprefix("IMPORTED "))), done


@pytest.mark.parametrize("fmt", ["json", "sarif", "markdown", "html", "junit", "github"])
def test_a_plain_format_imports_none_of_the_heavy_packages(story, fmt):
    imported, done = imported_by(story.parent, "check", str(story), "-f", fmt, "--no-cache")
    assert done.returncode == 1, done.stderr  # 9 homes against 11: a finding
    assert imported == set()


def test_the_rich_report_imports_rich_and_nothing_else_heavy(story):
    imported, done = imported_by(story.parent, "check", str(story), "--no-cache")
    assert done.returncode == 1, done.stderr
    assert imported == {"rich"}


def test_a_cached_run_imports_none_of_the_heavy_packages(story):
    imported_by(story.parent, "check", str(story), "-f", "json")  # fills the cache
    imported, done = imported_by(story.parent, "check", str(story), "-f", "json")
    assert done.returncode == 1, done.stderr
    assert imported == set()


def test_pydantic_is_imported_only_to_validate_a_config_file(story):
    (story.parent / "claimcheck.toml").write_text('fail-on = "never"\ncache = false\n')
    imported, done = imported_by(story.parent, "check", str(story), "-f", "json")
    assert done.returncode == 0, done.stderr
    assert imported == {"pydantic"}


def test_an_unknown_format_is_still_reported_as_the_schema_reports_it(story):
    _, done = imported_by(story.parent, "check", str(story), "-f", "pdf", "--no-cache")
    assert done.returncode == 2
    assert "claimcheck: bad value 'pdf' for 'format'. use one of rich, json," in done.stderr
