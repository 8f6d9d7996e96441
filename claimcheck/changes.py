"""``--changed-since REF``: the stories that hold a file changed since a git ref.

A pull-request gate on a large archive checks only the stories a change touches,
but all documents of those stories (a changed figure may contradict an unchanged
article).
"""

from __future__ import annotations

import subprocess
from collections.abc import Collection, Sequence
from pathlib import Path

from claimcheck.errors import UsageError
from claimcheck.model import Document


def changed_files(ref: str, cwd: Path | None = None) -> frozenset[Path]:
    """Files changed since ``ref`` (committed, staged, unstaged) and untracked new files,
    as absolute paths.

    Example:
        >>> changed_files("HEAD", Path("/"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        claimcheck.errors.UsageError: --changed-since needs a git repository...
    """
    cwd = cwd or Path.cwd()
    top = _git(["rev-parse", "--show-toplevel"], cwd, ref).strip()
    if not top:
        raise _not_a_repository()
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd, ref)
    root = Path(top)
    # Both list paths relative to the top of the work tree when run there.
    diff = _git(["diff", "--name-only", "-z", ref, "--"], root, ref)
    new = _git(["ls-files", "-z", "--others", "--exclude-standard"], root, ref)
    names = [name for name in (diff + new).split("\0") if name]
    return frozenset((root / name).resolve() for name in names)


def _git(arguments: Sequence[str], cwd: Path, ref: str) -> str:
    try:
        done = subprocess.run(
            ["git", *arguments], cwd=cwd, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise UsageError(
            "--changed-since needs git, which is not installed",
            hint="install git, or drop --changed-since",
        ) from None
    if done.returncode != 0:
        if "not a git repository" in done.stderr:
            raise _not_a_repository()
        raise UsageError(
            f"--changed-since: '{ref}' is not a commit git knows",
            hint="pass a branch, tag or commit (e.g. origin/main); in CI fetch it first",
        )
    return done.stdout


def _not_a_repository() -> UsageError:
    return UsageError(
        "--changed-since needs a git repository",
        hint="run claimcheck inside a git work tree, or drop --changed-since",
    )


def stories_with_changes(
    documents: Sequence[Document], changed: Collection[Path]
) -> list[Document]:
    """The documents of every story that has a document read from a changed file.

    Example:
        >>> docs = [Document("a", "/x/a.md", "", "", story="fire"),
        ...         Document("b", "/x/b.md", "", "", story="fire"),
        ...         Document("c", "/x/c.md", "", "", story="flood")]
        >>> [d.id for d in stories_with_changes(docs, {Path("/x/b.md")})]
        ['a', 'b']
    """
    wanted = set(changed)
    touched = {d.story for d in documents if _resolved(d.path) in wanted}
    return [d for d in documents if d.story in touched]


def _resolved(path: str) -> Path | None:
    if path.startswith("<") or path == "-":  # texts and stdin have no file
        return None
    return Path(path).resolve()
