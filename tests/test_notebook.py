"""The example notebook runs top to bottom, as a reader would run it in Jupyter."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from tests.conftest import ROOT

NOTEBOOK = ROOT / "examples" / "claimcheck-tour.ipynb"
PLANTED_RULES = (
    "age-facts",
    "count-consistency",
    "date-consistency",
    "drift",
    "money-consistency",
    "time-consistency",
)
# Appended in memory only: the plot has one bar per outlet cited by the finding.
PLOT_CHECK = """
assert len(ax.patches) == len(cited) >= 2, len(ax.patches)
assert cited["source"].nunique() == len(cited)
"""


def _output_text(cell: Any) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        data = output.get("data", {})
        parts.append(data.get("text/html", "") + data.get("text/plain", ""))
    return "\n".join(parts)


@pytest.fixture(scope="module")
def executed() -> Any:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(PLOT_CHECK))
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=60,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        # The kernel runs this interpreter (the venv), not whatever python3 is on PATH.
        kernel_manager_class=_manager_class(sys.executable),
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MPLBACKEND", "Agg")  # the kernel inherits it: no display needed
        client.execute()
    return notebook


def _manager_class(python: str) -> Any:
    from jupyter_client.manager import KernelManager

    class ThisInterpreter(KernelManager):
        def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
            command: list[str] = super().format_kernel_cmd(extra_arguments)
            return [python, *command[1:]]

    return ThisInterpreter


def test_committed_notebook_has_no_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert 8 <= len(notebook.cells) <= 12


def test_notebook_runs_without_cell_errors(executed: Any) -> None:
    errors = [o for c in executed.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []


def test_findings_cell_shows_every_planted_rule(executed: Any) -> None:
    (cell,) = [c for c in executed.cells if "findings" in c.metadata.get("tags", [])]
    shown = _output_text(cell)
    for rule in PLANTED_RULES:
        assert rule in shown
