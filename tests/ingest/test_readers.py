"""Reading paths, folders, stdin and JSONL: documents out, errors in the stream."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import read_documents, split_sentences
from claimcheck.model import Document
from tests.ingest.helpers import read_one

STORY = "Flood closes bridge\n\nThe river rose 2.4 meters overnight, officials said.\n"


def _docs(items: list[Document | InputError]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def _errors(items: list[Document | InputError]) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def test_file_id_is_its_stem_and_path_is_as_given(tmp_path: Path) -> None:
    path = tmp_path / "007_river.txt"
    doc = read_one(path, STORY)
    assert doc.id == "007_river"
    assert doc.path == str(path)
    assert doc.original == STORY


def test_missing_path_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    items = list(read_documents([str(tmp_path / "nope.txt")]))
    (error,) = _errors(items)
    assert "no such file" in str(error)
    assert error.hint


def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    (error,) = _errors(list(read_documents([str(path)])))
    assert "permission" in str(error)


def test_errors_do_not_stop_later_inputs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    items = list(read_documents([str(empty), str(binary), "missing.txt", str(good)]))
    assert [type(item).__name__ for item in items] == [
        "InputError",
        "InputError",
        "InputError",
        "Document",
    ]
    assert "empty" in str(items[0])
    assert "binary file, not an article" in str(items[1])


def test_folder_is_read_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>The river rose 2 meters.</p>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    ids = [doc.id for doc in _docs(list(read_documents([str(tmp_path)])))]
    assert ids == ["a", "2", "c"]


def test_clashing_ids_get_a_suffix(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(STORY, encoding="utf-8")
    ids = [doc.id for doc in _docs(list(read_documents([str(tmp_path)])))]
    assert ids == ["story", "story-2"]


def test_stdin_is_read_as_one_document() -> None:
    (doc,) = list(read_documents(["-"], stdin=io.BytesIO(STORY.encode())))
    assert isinstance(doc, Document)
    assert doc.id == "stdin"
    assert "2.4 meters" in doc.text


def test_jsonl_bad_line_is_reported_and_others_load(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"text": "Storm cuts power to 9,000 homes.", "source": "Valley Post"}),
        '{"text": "unterminated',
        json.dumps({"id": "w-3", "text": "Crews restored 4,000 homes.", "published": "2024-05-02"}),
        json.dumps({"title": "no text here"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents([str(path)]))
    docs, errors = _docs(items), _errors(items)
    assert [doc.id for doc in docs] == ["wire:1", "w-3"]
    assert docs[0].source == "Valley Post"
    assert docs[0].path == str(path)
    assert docs[0].original == "Storm cuts power to 9,000 homes."
    assert docs[1].published_from == "metadata"
    assert [error.line for error in errors] == [2, 4]
    assert all(f"{path}:" in str(error) for error in errors)


def test_published_override_by_file_name_wins(tmp_path: Path) -> None:
    doc = read_one(tmp_path / "river.txt", "March 1, 2024\n\n" + STORY, {"river.txt": "2024-03-02"})
    assert doc.published_from == "metadata"
    assert doc.published is not None and doc.published.day == 2


def test_published_override_by_doc_id(tmp_path: Path) -> None:
    doc = read_one(tmp_path / "river.txt", STORY, {"river": "2024-03-02T10:00Z"})
    assert doc.published_precision == "minute"


def test_front_matter_fields_are_read_and_kept_out_of_the_text(tmp_path: Path) -> None:
    header = "---\nid: river-1\nsource: Valley Post\npublished: 2024-03-02\nstory: flood\n---\n"
    doc = read_one(tmp_path / "river.md", header + STORY)
    assert (doc.id, doc.source, doc.story) == ("river-1", "Valley Post", "flood")
    assert doc.published_from == "metadata"
    assert doc.text == STORY
    at = doc.text.index("2.4 meters")
    assert doc.line_column(doc.offsets.to_original(at)) == (9, 16)


def test_cp1252_file_decodes(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("The mayor’s office said 12 roads were shut.".encode("cp1252"))
    (doc,) = _docs(list(read_documents([str(path)])))
    assert "mayor’s" in doc.text


def test_a_document_over_the_size_limit_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Crews left the mill at noon. " * 400_000, encoding="utf-8")
    (error,) = _errors(list(read_documents([str(path)])))
    assert "too large for one article" in str(error) and "split it" in str(error)


def test_a_run_on_line_is_cut_into_bounded_sentences(tmp_path: Path) -> None:
    doc = read_one(
        tmp_path / "runon.txt", "water rose near the old mill and the council met " * 40_000
    )
    sentences = split_sentences(doc)
    assert max(s.end - s.start for s in sentences) <= 2_000
    assert sentences[-1].end == len(doc.text.rstrip())


def test_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (error,) = _errors(list(read_documents([str(tmp_path)])))
    assert "no articles" in str(error)


def test_html_on_stdin_is_extracted() -> None:
    page = b"<!doctype html><html><body><p>The river rose 2&nbsp;meters.</p></body></html>"
    (doc,) = _docs(list(read_documents(["-"], stdin=io.BytesIO(page))))
    assert doc.text.strip() == "The river rose 2\u00a0meters."


@pytest.mark.parametrize("jobs", [1, 2])
def test_front_matter_nested_thousands_deep_is_an_input_error_and_the_rest_is_read(
    tmp_path: Path, jobs: int
) -> None:
    deep = "[" * 5000 + "]" * 5000
    (tmp_path / "deep.md").write_text(f"---\ntitle: {deep}\n---\nThe dam held 40 days.\n")
    for n in range(40):  # enough articles for several build batches
        (tmp_path / f"ok-{n:02d}.md").write_text(f"Crews saved {n} homes.\n")
    read = list(read_documents([str(tmp_path)], jobs=jobs))
    errors = [r for r in read if isinstance(r, InputError)]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'deep.md'}: too deeply nested to read. simplify the file."
    ]
    assert len(read) == 41
