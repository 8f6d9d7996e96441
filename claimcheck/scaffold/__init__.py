"""``claimcheck init``: a starter project from the templates shipped in this package.

Writes a commented config, a rule file with one example rule and its test cases,
an empty facts file, a pre-commit hook and a GitHub Actions workflow. An existing
file is kept unless ``force`` is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from claimcheck.errors import UsageError

# template (under templates/) -> where it goes in the project. Dot-files are stored
# without their dot so that packaging globs pick them up.
FILES: tuple[tuple[str, str], ...] = (
    ("claimcheck.toml", "claimcheck.toml"),
    ("rules/local.yaml", "claimcheck-rules/local.yaml"),
    (
        "rules/tests/percent-over-100/article.md",
        "claimcheck-rules/tests/percent-over-100/article.md",
    ),
    (
        "rules/tests/percent-over-100/expect.yaml",
        "claimcheck-rules/tests/percent-over-100/expect.yaml",
    ),
    (
        "rules/tests/percent-change-is-fine/article.md",
        "claimcheck-rules/tests/percent-change-is-fine/article.md",
    ),
    (
        "rules/tests/percent-change-is-fine/expect.yaml",
        "claimcheck-rules/tests/percent-change-is-fine/expect.yaml",
    ),
    ("facts.yaml", "facts.yaml"),
    ("pre-commit-config.yaml", ".pre-commit-config.yaml"),
    ("github-workflow.yml", ".github/workflows/claimcheck.yml"),
)


@dataclass(frozen=True, slots=True)
class Written:
    """One file of the scaffold and what happened to it: created, replaced or kept."""

    path: Path
    action: str


def init_project(folder: Path, *, force: bool = False) -> list[Written]:
    """Write the starter files into ``folder``; existing files are kept unless ``force``.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> [w.action for w in init_project(folder)][:2]
        ['created', 'created']
        >>> {w.action for w in init_project(folder)}
        {'kept'}
    """
    templates = resources.files("claimcheck.scaffold") / "templates"
    out = []
    for template, target in FILES:
        path = folder / target
        existed = path.exists()
        if existed and not force:
            out.append(Written(path, "kept"))
            continue
        text = templates.joinpath(*template.split("/")).read_text(encoding="utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(
                f"cannot write ({exc.strerror})", path=str(path), hint="check the folder"
            ) from None
        out.append(Written(path, "replaced" if existed else "created"))
    return out
