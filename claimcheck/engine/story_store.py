"""Analyses spilled to disk by story, so a streaming check holds one story at a time.

One SQLite file (stdlib ``sqlite3``) in a temporary folder: rows of (input
position, story, pickled :class:`~claimcheck.pipeline.Analysis`), indexed by story.
SQLite rather than a file per story because stories arrive interleaved: one file
takes appends to any story without holding a handle per story, and reads a story
back in input order from its index. The pickles are written and read only by this
run, in a folder only it knows, and the folder is removed when the store closes.
"""

from __future__ import annotations

import pickle
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimcheck.pipeline import Analysis

_COMMIT_EVERY = 256  # analyses per transaction: few commits, a bounded journal

_SCHEMA = """
CREATE TABLE analyses (position INTEGER PRIMARY KEY, story TEXT, analysis BLOB NOT NULL);
"""


class StoryStore:
    """Analyses kept on disk until the rules ask for them, one story at a time.

    Example:
        >>> from claimcheck.model import Document
        >>> with StoryStore.temporary(Path(tempfile.gettempdir())) as store:
        ...     for n, story in enumerate(["quake", "flood", "quake"]):
        ...         store.add(n, Analysis(Document(f"d{n}", f"d{n}.txt", "", "", story=story), ()))
        ...     [[a.document.id for a in group] for group in store.stories()]
        [['d0', 'd2'], ['d1']]
    """

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path)
        # A scratch file that dies with the run: no journal, no fsync.
        self._connection.execute("PRAGMA journal_mode = OFF")
        self._connection.execute("PRAGMA synchronous = OFF")
        self._connection.executescript(_SCHEMA)
        self._pending = 0

    @classmethod
    @contextmanager
    def temporary(cls, beside: Path) -> Iterator[StoryStore]:
        """A store in a new hidden folder in ``beside``, removed afterwards.

        Beside the claims dataset rather than in the system's temporary folder,
        which is often a RAM disk (tmpfs): the spill must go where the claims go.
        """
        with tempfile.TemporaryDirectory(prefix=".claimcheck-stories-", dir=beside) as folder:
            store = cls(Path(folder) / "stories.sqlite")
            try:
                yield store
            finally:
                store.close()

    def add(self, position: int, analysis: Analysis) -> None:
        """Keep the analysis of the document at ``position`` in the input order."""
        blob = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)
        self._connection.execute(
            "INSERT INTO analyses VALUES (?, ?, ?)", (position, analysis.document.story, blob)
        )
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self._connection.commit()
            self._pending = 0

    def stories(self) -> Iterator[list[Analysis]]:
        """Each story's analyses in input order, stories in order of first appearance
        (as :func:`~claimcheck.engine.stories.group_by_story` orders them)."""
        self._connection.commit()
        # The index is built once, after the writes, which is cheaper than keeping it up.
        self._connection.execute(
            "CREATE INDEX IF NOT EXISTS by_story ON analyses (story, position)"
        )
        keys = self._connection.execute(
            "SELECT story FROM analyses GROUP BY story ORDER BY MIN(position)"
        ).fetchall()
        for (story,) in keys:
            rows = self._connection.execute(
                "SELECT analysis FROM analyses WHERE story IS ? ORDER BY position", (story,)
            )
            yield [pickle.loads(blob) for (blob,) in rows]

    def close(self) -> None:
        self._connection.close()
