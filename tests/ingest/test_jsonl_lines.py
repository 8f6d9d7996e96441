from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.ingest import jsonl_lines as module
from claimcheck.ingest import read_documents
from claimcheck.ingest.readers import _built_in_order, _Reader


def _write(path: Path, rows: list[str], prefix: bytes = b"") -> Path:
    path.write_bytes(prefix + "\n".join(rows).encode("utf-8") + b"\r\n\n")
    return path


ROWS = [
    json.dumps({"id": "a", "text": "The levee broke at 4 a.m. and 300 homes flooded."}),
    "",
    json.dumps(
        {"id": "b", "text": "Officials counted 41 boats\u2028on the lake."}, ensure_ascii=False
    ),
    "{not json",
    json.dumps({"id": "c", "text": "Café owners lost €2 million, the guild said."}),
]


@pytest.fixture
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "STREAM_BYTES", 10)


@pytest.mark.usefixtures("small_threshold")
@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_a_streamed_jsonl_file_gives_the_documents_and_errors_of_a_whole_read(
    tmp_path: Path, prefix: bytes
) -> None:
    path = _write(tmp_path / "wire.jsonl", ROWS, prefix)
    assert module.streamable(str(path))
    streamed = list(read_documents([str(path)]))
    whole = list(_built_in_order(_Reader(None).jsonl(path.read_bytes(), str(path)), {}, 1))
    assert [repr(x) for x in streamed] == [repr(x) for x in whole]
    assert [x.id for x in streamed if hasattr(x, "text")] == ["a", "c"]


@pytest.mark.usefixtures("small_threshold")
def test_files_that_are_not_plain_utf8_are_read_whole(tmp_path: Path) -> None:
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(json.dumps({"text": "x"}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes('{"text": "The dam held."}\n'.encode("utf-16"))
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n" * 20)
    assert not any(module.streamable(str(p)) for p in (latin, utf16, blank))


def test_small_files_are_read_whole(tmp_path: Path) -> None:
    assert not module.streamable(str(_write(tmp_path / "small.jsonl", ROWS)))


def test_documents_built_in_worker_processes_are_those_of_one_process(tmp_path: Path) -> None:
    rows = [{"text": f"Crews saved {n} homes on Monday.", "id": f"r{n}"} for n in range(80)]
    lines = [json.dumps(row).encode() for row in rows]
    lines[40] = b"not json"  # an error in the middle keeps its place
    (tmp_path / "wire.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    for n in range(40):
        (tmp_path / f"story-{n:02d}.md").write_text(f"---\nid: r{n}\n---\nThe dam held {n} days.")
    one = list(read_documents([str(tmp_path)]))
    two = list(read_documents([str(tmp_path)], jobs=2))
    assert [repr(x) for x in one] == [repr(x) for x in two]
    assert len(one) == 120 and sum(not hasattr(x, "text") for x in one) == 1
    assert len({x.id for x in two if hasattr(x, "text")}) == 119  # ids made unique in order
