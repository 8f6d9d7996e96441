"""The lines of a large JSONL file, read a block at a time instead of all at once,
so a corpus far larger than memory streams through ``read_documents``.

Only a file that :func:`~claimcheck.ingest.decode.decode_bytes` would decode as
plain UTF-8 streams (checked in a first pass that keeps nothing); any other file
is read whole as before. The lines are those ``str.splitlines`` gives on the whole
decoded text, numbered alike.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from claimcheck.ingest.decode import _SAMPLE, _control_ratio

STREAM_BYTES = 16_000_000  # smaller files are read whole: simpler, and as fast
_BLOCK = 1 << 20


def streamable(path: str) -> bool:
    """Whether ``path`` is a JSONL file large enough to stream and plain UTF-8 text.

    Example:
        >>> streamable("/no/such/file.jsonl")
        False
    """
    try:
        file = Path(path)
        if file.stat().st_size < STREAM_BYTES:
            return False
        with file.open("rb") as raw:
            head = raw.read(_SAMPLE)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return False
            if _control_ratio(head) > 0.1:
                return False
            decoder = codecs.getincrementaldecoder("utf-8")()
            block, visible = head, False
            while block:
                if b"\x00" in block:
                    return False
                visible = visible or bool(decoder.decode(block).strip())
                block = raw.read(_BLOCK)
            decoder.decode(b"", final=True)
            return visible
    except (OSError, UnicodeDecodeError):
        return False


def jsonl_lines(path: str) -> Iterator[str]:
    """The decoded lines of a :func:`streamable` file (a UTF-8 BOM dropped).

    Example:
        >>> import tempfile
        >>> name = tempfile.mktemp(suffix=".jsonl")
        >>> _ = Path(name).write_bytes(b'\\xef\\xbb\\xbf{"text": "a"}\\r\\n\\n{"text": "b"}')
        >>> list(jsonl_lines(name))
        ['{"text": "a"}', '', '{"text": "b"}']
    """
    with Path(path).open("rb") as raw:
        first = True
        for chunk in raw:  # split at b"\\n": a UTF-8 sequence never contains that byte
            text = chunk.decode("utf-8-sig" if first else "utf-8")
            first = False
            # splitlines of each \\n-ended chunk gives the lines of the whole text
            # (other breaks such as U+2028 inside a chunk split it as before).
            yield from text.splitlines()
