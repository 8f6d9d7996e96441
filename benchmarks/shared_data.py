"""Where the shared benchmark data sits: ``../shared`` beside the checkout."""

from __future__ import annotations

from pathlib import Path


def beside_checkout(relative: Path, root: Path) -> Path:
    """``root/../relative``; for a git worktree, also beside its main checkout.

    Example:
        >>> beside_checkout(Path("shared/bench/x.json"), Path("/nowhere/claimcheck"))
        PosixPath('/nowhere/shared/bench/x.json')
    """
    candidates = [root.parent / relative]
    git = root / ".git"
    if git.is_file():  # a worktree: ".git" reads "gitdir: <main>/.git/worktrees/<name>"
        gitdir = git.read_text(encoding="utf-8").partition("gitdir:")[2].strip()
        if gitdir:
            candidates.append(Path(gitdir).resolve().parents[2].parent / relative)
    return next((c for c in candidates if c.is_file()), candidates[0])
