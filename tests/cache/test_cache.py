"""The cache's keys and store: what invalidates an entry, and what a reader may trust."""

from __future__ import annotations

import threading

from claimcheck.cache import AnalysisCache, EntryStore, cached_analyze
from claimcheck.ingest import document_from_text
from claimcheck.resolve.vocabulary import load_vocabularies

TEXT = "The Harlow Bridge collapse on Tuesday left 14 people injured, officials said."


def test_an_undated_document_depends_on_the_run_dates(tmp_path):
    import datetime as dt

    cache = AnalysisCache(tmp_path)
    vocab = load_vocabularies()
    undated = document_from_text(TEXT)
    cached_analyze(undated, vocab, [dt.date(2025, 6, 10)], cache)
    cached_analyze(undated, vocab, [dt.date(2025, 6, 10)], cache)
    cached_analyze(undated, vocab, [dt.date(2025, 7, 1)], cache)
    assert (cache.hits, cache.misses) == (1, 2)


def test_a_dated_document_does_not_depend_on_the_run_dates(tmp_path):
    import datetime as dt

    cache = AnalysisCache(tmp_path)
    vocab = load_vocabularies()
    dated = document_from_text(TEXT, published="2025-06-10")
    cached_analyze(dated, vocab, [dt.date(2025, 6, 10)], cache)
    cached_analyze(dated, vocab, [dt.date(2025, 7, 1)], cache)
    assert (cache.hits, cache.misses) == (1, 1)


def test_a_cached_analysis_equals_a_fresh_one(tmp_path):
    vocab = load_vocabularies()
    document = document_from_text(TEXT, published="2025-06-10")
    cached_analyze(document, vocab, (), AnalysisCache(tmp_path))
    again = AnalysisCache(tmp_path)
    assert cached_analyze(document, vocab, (), again) == cached_analyze(document, vocab)
    assert again.hits == 1


def test_other_vocabularies_are_other_keys(tmp_path):
    cache = AnalysisCache(tmp_path)
    document = document_from_text(TEXT, published="2025-06-10")
    vocab = load_vocabularies()
    narrower = type(vocab)(vocab.measures, vocab.events, frozenset(), vocab.modality)
    assert cache.key(document, vocab, ()) != cache.key(document, narrower, ())


def test_concurrent_writers_and_readers_never_see_half_an_entry(tmp_path):
    store = EntryStore(tmp_path / "cache")
    value = {"claims": list(range(20_000))}
    seen: list[object] = []

    def write() -> None:
        for _ in range(20):
            store.put("ab" * 32, value)

    def read() -> None:
        for _ in range(200):
            seen.append(store.get("ab" * 32))

    threads = [threading.Thread(target=f) for f in (write, write, read, read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(v is None or v == value for v in seen)
    assert store.get("ab" * 32) == value
    assert not list((tmp_path / "cache").rglob(".tmp-*"))


def test_an_entry_under_another_key_is_not_returned(tmp_path):
    store = EntryStore(tmp_path)
    store.put("aa11", "first")
    (tmp_path / "aa" / "aa11.entry").rename(tmp_path / "aa" / "aa22.entry")
    assert store.get("aa22") is None


def test_check_with_a_cache_folder_gives_the_same_result(tmp_path):
    import claimcheck

    texts = [
        "The Harlow Bridge collapse left 14 people injured, officials said.",
        "The Harlow Bridge collapse left 41 people injured, the county said.",
    ]
    first = claimcheck.check(texts, cache=tmp_path / "cache")
    second = claimcheck.check(texts, cache=tmp_path / "cache")
    assert first.finding_list == second.finding_list
    assert first.finding_list[0].rule == "count-consistency"
    assert len(list((tmp_path / "cache").rglob("*.entry"))) == 2
