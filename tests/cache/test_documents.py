"""The ingest cache: a file's document by its bytes, the path and the published overrides."""

from __future__ import annotations

from pathlib import Path

import claimcheck
from claimcheck.cache.documents import DocumentCache
from claimcheck.errors import InputError
from claimcheck.ingest import read_documents
from tests.projects import write_article

DEPOT = "Fire crews fought the Kestrel Bay depot blaze for 6 hours on Friday, the chief said."
DEPOT_LATER = "The Kestrel Bay depot fire on Friday burned for 9 hours, a council report said."


def depot_files(folder: Path) -> list[str]:
    return [
        str(write_article(folder / "depot" / "a.md", DEPOT, source="Bay Herald")),
        str(write_article(folder / "depot" / "b.md", DEPOT_LATER, source="Coast Radio")),
    ]


def test_a_cached_document_equals_an_ingested_one(tmp_path):
    paths = depot_files(tmp_path / "articles")
    cache = DocumentCache(tmp_path / "cache")
    fresh = list(read_documents(paths))
    assert list(read_documents(paths, memo=cache)) == fresh
    assert list(read_documents(paths, memo=cache)) == fresh
    assert (cache.hits, cache.misses) == (2, 2)


def test_an_edited_file_is_ingested_again(tmp_path):
    paths = depot_files(tmp_path / "articles")
    cache = DocumentCache(tmp_path / "cache")
    list(read_documents(paths, memo=cache))
    write_article(Path(paths[1]), DEPOT_LATER.replace("9 hours", "11 hours"), source="Coast Radio")
    documents = list(read_documents(paths, memo=cache))
    assert (cache.hits, cache.misses) == (1, 3)
    assert "11 hours" in documents[1].text  # type: ignore[union-attr]


def test_a_published_override_is_part_of_the_key(tmp_path):
    paths = depot_files(tmp_path / "articles")
    cache = DocumentCache(tmp_path / "cache")
    list(read_documents(paths, memo=cache))
    overridden = list(read_documents(paths, memo=cache, published={"a.md": "2025-09-02"}))
    assert str(overridden[0].published)[:10] == "2025-09-02"  # type: ignore[union-attr]
    assert cache.misses == 4


def test_the_same_bytes_in_two_folders_get_each_folder_as_story(tmp_path):
    for story in ("depot-fire", "depot-inquiry"):
        write_article(tmp_path / "articles" / story / "a.md", DEPOT, source="Bay Herald")
    kwargs = {"story_by": "folder", "cache": tmp_path / "cache"}
    for _ in range(2):  # cold, then warm
        result = claimcheck.check([tmp_path / "articles"], **kwargs)  # type: ignore[arg-type]
        assert sorted(d.story for d in result.document_list) == ["depot-fire", "depot-inquiry"]


def test_an_undecodable_file_is_an_error_every_time_and_never_stored(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\xff\xfe" * 50 + b"\x81" * 40)
    cache = DocumentCache(tmp_path / "cache")
    first = list(read_documents([str(broken)], memo=cache))
    second = list(read_documents([str(broken)], memo=cache))
    assert isinstance(first[0], InputError) and isinstance(second[0], InputError)
    assert not list((tmp_path / "cache").rglob("*.document"))


def test_a_corrupt_document_entry_is_ingested_again(tmp_path):
    paths = depot_files(tmp_path / "articles")
    cache = DocumentCache(tmp_path / "cache")
    fresh = list(read_documents(paths, memo=cache))
    for entry in (tmp_path / "cache").rglob("*.document"):
        entry.write_bytes(entry.read_bytes()[:-30])
    assert list(read_documents(paths, memo=cache)) == fresh
    assert cache.hits == 0
