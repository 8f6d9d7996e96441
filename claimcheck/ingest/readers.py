"""Paths, folders, stdin and JSONL files in; documents (or input errors) out.

Nothing here raises for a bad input: each problem becomes an :class:`InputError`
in the stream and reading carries on with the next input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import BinaryIO, Protocol

from claimcheck.errors import InputError
from claimcheck.ingest.decode import decode_bytes
from claimcheck.ingest.document import Fields, build_document, fields_from
from claimcheck.ingest.jsonl_lines import jsonl_lines, streamable
from claimcheck.model import Document
from claimcheck.pool import map_batches

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
_HTML_SUFFIXES = (".html", ".htm")
# One article is a few kB to a few hundred kB of text; a 10 MB "article" is a dump
# (a whole site, a log, a corpus in one line) and would cost minutes, so it is
# refused with advice rather than read.
MAX_DOCUMENT_BYTES = 10_000_000


def _too_large(size: int, path: str, line: int | None = None) -> InputError | None:
    if size <= MAX_DOCUMENT_BYTES:
        return None
    return InputError(
        f"{size / 1e6:.1f} MB is too large for one article "
        f"(limit {MAX_DOCUMENT_BYTES // 1_000_000} MB)",
        path=path,
        line=line,
        hint="split it into one article per file (or per JSONL line)",
    )


def _read_bytes(path: str) -> bytes | InputError:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        return InputError("no such file", path=path, hint="check the path")
    except PermissionError:
        return InputError("permission denied", path=path, hint="make the file readable")
    except OSError as error:
        return InputError(f"cannot read ({error.strerror})", path=path, hint="check the path")


def _folder_files(folder: Path) -> list[str]:
    return sorted(
        str(found)
        for found in folder.rglob("*")
        if found.suffix.lower() in ARTICLE_SUFFIXES and found.is_file()
    )


def _expand(path: str) -> Iterator[str | InputError]:
    if path == "-":
        yield path
        return
    location = Path(path)
    if location.is_dir():
        files = _folder_files(location)
        if not files:
            yield InputError(
                "folder holds no articles",
                path=path,
                hint=f"add files ending in {' '.join(ARTICLE_SUFFIXES)}",
            )
        yield from files
    elif location.exists() or location.is_symlink():
        yield path
    else:
        yield InputError("no such file or folder", path=path, hint="check the path")


def _jsonl_line(raw: str, path: str, number: int) -> tuple[str, Fields] | InputError:
    hint = 'each line must be a JSON object with a "text" string'
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as error:
        return InputError(f"not JSON ({error.msg})", path=path, line=number, hint=hint)
    if not isinstance(record, dict):
        return InputError("not a JSON object", path=path, line=number, hint=hint)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError('no "text" or an empty one', path=path, line=number, hint=hint)
    return text, fields_from(record)


class DocumentMemo(Protocol):
    """A store of documents by file content (``claimcheck.cache.documents.DocumentCache``):
    returns the Document of ``data`` read from ``path``, or ``build()``'s."""

    def __call__(
        self,
        data: bytes,
        path: str,
        overrides: Mapping[str, str] | None,
        build: Callable[[], Document],
    ) -> Document: ...


@dataclass(frozen=True, slots=True)
class _Unbuilt:
    """An article read but not built yet (repair, metadata, boilerplate: the costly
    part of reading), so that a pool of processes can build many at once."""

    original: str
    doc_id: str
    path: str
    fields: Fields | None = None
    html: bool = False


def _build(item: _Unbuilt, published: Mapping[str, str]) -> Document:
    path = item.path
    return build_document(
        item.original,
        doc_id=item.doc_id,
        path=path,
        fields=item.fields,
        html=item.html,
        overrides=published,
        override_keys=(path, Path(path).name) if path != "-" else ("-", "stdin"),
    )


Read = Document | InputError | _Unbuilt
# A worker builds up to 32 articles or ~1 MB of text at a time (an article may be 10 MB).
_BUILD_BATCH = 32
_BUILD_CHARACTERS = 1_000_000


def _build_batch(batch: list[Read], published: Mapping[str, str]) -> list[Document | InputError]:
    """The documents of the batch's unbuilt articles (in a worker, or here); an
    article that cannot be built is an InputError in its place."""
    return [_built_or_error(item, published) for item in batch if isinstance(item, _Unbuilt)]


def _built_or_error(item: _Unbuilt, published: Mapping[str, str]) -> Document | InputError:
    try:
        return _build(item, published)
    except InputError as error:
        return error
    except RecursionError:  # front matter or HTML nested thousands deep
        return InputError("too deeply nested to read", path=item.path, hint="simplify the file")


def _batches(items: Iterable[Read]) -> Iterator[list[Read]]:
    batch: list[Read] = []
    unbuilt = size = 0
    for item in items:
        batch.append(item)
        if isinstance(item, _Unbuilt):
            unbuilt, size = unbuilt + 1, size + len(item.original)
        if unbuilt >= _BUILD_BATCH or size >= _BUILD_CHARACTERS:
            yield batch
            batch, unbuilt, size = [], 0, 0
    if batch:
        yield batch


def _built_in_order(
    items: Iterable[Read], published: Mapping[str, str], jobs: int
) -> Iterator[Document | InputError]:
    build = partial(_build_batch, published=published)
    for batch, documents in map_batches(build, _batches(items), jobs):
        built = iter(documents)
        for item in batch:
            yield next(built) if isinstance(item, _Unbuilt) else item


class _Reader:
    """One run's reading state: ids already given out and the published overrides."""

    def __init__(
        self, published: Mapping[str, str] | None, memo: DocumentMemo | None = None
    ) -> None:
        self.published = published or {}
        self._memo = memo
        self._used: set[str] = set()

    def unique(self, doc: Document) -> Document:
        doc_id = doc.id
        suffix = 2
        while doc_id in self._used:
            doc_id = f"{doc.id}-{suffix}"
            suffix += 1
        self._used.add(doc_id)
        return doc if doc_id == doc.id else replace(doc, id=doc_id)

    def _file_item(self, data: bytes, path: str) -> _Unbuilt:
        """A whole file's bytes, decoded (raises InputError when undecodable)."""
        original = decode_bytes(data, path)
        html = Path(path).suffix.lower() in _HTML_SUFFIXES or (
            path == "-" and original.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
        )
        doc_id = "stdin" if path == "-" else Path(path).stem
        return _Unbuilt(original, doc_id, path, None, html)

    def jsonl(self, data: bytes | None, path: str) -> Iterator[Read]:
        """Articles of a JSONL file: ``data`` as read, or None to stream the file."""
        if data is None:
            lines: Iterable[str] = jsonl_lines(path)
        else:
            try:
                lines = decode_bytes(data, path).splitlines()
            except InputError as error:
                yield error
                return
        stem = Path(path).stem
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            parsed = _jsonl_line(raw, path, number)
            if isinstance(parsed, InputError):
                yield parsed
                continue
            text, fields = parsed
            large = _too_large(len(text), path, number)
            if large is not None:
                yield large
                continue
            yield _Unbuilt(text, fields.id or f"{stem}:{number}", path, fields)

    def read(self, path: str, stdin: BinaryIO | None) -> Iterator[Read]:
        if path != "-" and Path(path).suffix.lower() == ".jsonl" and streamable(path):
            yield from self.jsonl(None, path)
            return
        if path == "-":
            data: bytes | InputError = (stdin or sys.stdin.buffer).read()
        else:
            data = _read_bytes(path)
        if isinstance(data, InputError):
            yield data
            return
        suffix = Path(path).suffix.lower()
        if suffix == ".jsonl":
            yield from self.jsonl(data, path)
            return
        large = _too_large(len(data), path)
        if large is not None:
            yield large
            return
        try:
            if self._memo is None or path == "-":
                yield self._file_item(data, path)
                return
            build = partial(self._memo_build, data, path)
            yield self._memo(data, path, self.published, build)
        except InputError as error:
            yield error

    def _memo_build(self, data: bytes, path: str) -> Document:
        return _build(self._file_item(data, path), self.published)


def read_documents(
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    published: Mapping[str, str] | None = None,
    memo: DocumentMemo | None = None,
    jobs: int = 1,
) -> Iterator[Document | InputError]:
    """Documents from files, folders (recursive, sorted), JSONL files and ``-`` (stdin).

    Bad inputs are yielded as :class:`InputError` and reading goes on. ``memo``, when
    given, supplies the documents of whole files (not JSONL lines or stdin) by content.
    With ``jobs`` > 1, documents are built in that many worker processes (in order).

    Example:
        >>> [type(d).__name__ for d in read_documents(["/no/such/file.txt"])]
        ['InputError']
    """
    reader = _Reader(published, memo)
    for item in _built_in_order(_read_all(reader, paths, stdin), reader.published, jobs):
        yield item if isinstance(item, InputError) else reader.unique(item)


def _read_all(reader: _Reader, paths: Sequence[str], stdin: BinaryIO | None) -> Iterator[Read]:
    for given in paths:
        for path in _expand(given):
            if isinstance(path, InputError):
                yield path
                continue
            try:
                yield from reader.read(path, stdin)
            except RecursionError:
                yield InputError("too deeply nested to read", path=path, hint="simplify the file")
