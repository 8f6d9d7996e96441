"""An on-disk store of analyses: one file per key, written atomically, checksummed.

An entry is a header line (JSON: format, claimcheck version, key, payload size and
SHA-256) and the pickled payload. Reading checks all of them; an entry that fails
any check (a partial write, a flipped byte, another version, a hash collision of
file names) is a miss and is recomputed, never trusted. Writes go to a temporary
file in the same folder and are moved into place with ``os.replace``, so a
concurrent reader sees the old entry or the new one, never half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import UsageError

FORMAT = "claimcheck-cache/1"
_SUFFIX = ".entry"
_TAG = "CACHEDIR.TAG"
_TAG_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This folder is claimcheck's extraction cache; `claimcheck cache clear` empties it.\n"
)


@dataclass(frozen=True, slots=True)
class EntryStore:
    """Pickled values by key in ``folder``.

    Example:
        >>> import tempfile
        >>> store = EntryStore(Path(tempfile.mkdtemp()) / "cache")
        >>> store.put("ab12", {"claims": 3})
        >>> store.get("ab12"), store.get("cd34")
        ({'claims': 3}, None)
    """

    folder: Path
    suffix: str = _SUFFIX  # one per kind of entry (analyses, documents, findings)

    def get(self, key: str) -> Any | None:
        """The value stored under ``key``, or None when absent or not trustworthy."""
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        header_end = data.find(b"\n")
        if header_end < 0:
            return None
        try:
            header = json.loads(data[:header_end])
        except ValueError:
            return None
        payload = data[header_end + 1 :]
        if not isinstance(header, dict) or header != _header(key, payload):
            return None
        try:
            return pickle.loads(payload)
        except Exception:  # the checksum matched, so this is a class that changed shape
            return None

    def put(self, key: str, value: Any) -> None:
        """Store ``value``; a cache that cannot be written is skipped, not an error."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        header = json.dumps(_header(key, payload), sort_keys=True).encode()
        target = self._path(key)
        try:
            self._prepare(target.parent)
            # Unique per process and thread, so concurrent writers never share a file
            # (cheaper than tempfile.mkstemp's random names, which matters at 10,000 entries).
            temporary = target.with_name(f".tmp-{os.getpid()}-{threading.get_ident()}-{key}")
            try:
                handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                with os.fdopen(handle, "wb") as out:
                    out.write(header + b"\n" + payload)
                os.replace(temporary, target)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
        except OSError:
            return

    def clear(self) -> int:
        """Remove every entry; the number removed. Refuses a folder that is not a cache."""
        if not self.folder.exists():
            return 0
        if not (self.folder / _TAG).is_file():
            raise UsageError(
                "not a claimcheck cache folder (no CACHEDIR.TAG)",
                path=str(self.folder),
                hint="check cache-dir in the config file",
            )
        removed = sum(1 for _ in self.folder.rglob(f"*{self.suffix}"))
        for child in self.folder.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
        return removed

    def _path(self, key: str) -> Path:
        # Two hex digits of fan-out keep folders small for large archives.
        return self.folder / key[:2] / f"{key}{self.suffix}"

    def _prepare(self, subfolder: Path) -> None:
        if subfolder.is_dir():
            return
        if not self.folder.is_dir():
            self.folder.mkdir(parents=True, exist_ok=True)
            # Tools that back up or commit files skip a tagged cache (ruff and pytest do this).
            (self.folder / _TAG).write_text(_TAG_TEXT, encoding="utf-8")
            (self.folder / ".gitignore").write_text("*\n", encoding="utf-8")
        subfolder.mkdir(exist_ok=True)


def _header(key: str, payload: bytes) -> dict[str, Any]:
    from claimcheck import __version__

    return {
        "format": FORMAT,
        "version": __version__,
        "key": key,
        "size": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
