"""Progress of a run: reported per document, drawn only on a terminal."""

from __future__ import annotations

import io

from claimcheck import check
from claimcheck.progress import Progress, terminal_progress


def test_check_reports_progress_after_each_document():
    seen: list[Progress] = []
    check(
        ["The council approved 3 budgets.", "The council approved 30 budgets.", "No numbers."],
        progress=seen.append,
    )
    assert [(p.documents_done, p.documents_total) for p in seen] == [(1, 3), (2, 3), (3, 3)]
    assert seen[0].claims >= 1 and seen[-1].claims >= seen[0].claims


def test_no_bar_when_the_stream_is_not_a_terminal():
    stream = io.StringIO()
    with terminal_progress(stream) as update:
        update(Progress(1, 1, 5))
    assert stream.getvalue() == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_on_a_terminal_unless_disabled():
    shown, hidden = _Terminal(), _Terminal()
    with terminal_progress(shown) as update:
        update(Progress(1, 2, 7))
    with terminal_progress(hidden, enabled=False) as update:
        update(Progress(1, 2, 7))
    assert "7 claims" in shown.getvalue()
    assert hidden.getvalue() == ""


def test_the_command_line_draws_no_bar_when_stderr_is_a_file():
    from tests.conftest import EXAMPLES, run_cli

    done = run_cli("check", str(EXAMPLES), "-f", "json", "--fail-on", "never")
    assert done.returncode == 0 and done.stderr == ""
