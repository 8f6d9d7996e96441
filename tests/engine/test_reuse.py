"""Cached analyses are read in the parent; only misses reach the engine, in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import claimcheck
from claimcheck.engine.reuse import reuse_cached
from claimcheck.model import Document
from claimcheck.pipeline import Analysis


def test_only_documents_without_a_cached_analysis_are_analysed_and_order_is_kept():
    documents = [Document(name, f"{name}.md", "", "") for name in ("a", "b", "c", "d")]
    cached = {"b": Analysis(documents[1], ()), "d": Analysis(documents[3], ())}
    sent: list[str] = []

    def analyze_rest(rest: Iterable[Document]) -> Iterator[Analysis]:
        for document in rest:
            sent.append(document.id)
            yield Analysis(document, ())

    found = reuse_cached(documents, lambda d: cached.get(d.id), analyze_rest)
    assert [a.document.id for a in found] == ["a", "b", "c", "d"]
    assert sent == ["a", "c"]


def test_a_warm_run_with_workers_reports_what_a_cold_one_did(tmp_path):
    texts = [
        f"The Pell Creek landslide on Sunday buried {n} homes, the county said." for n in range(20)
    ]
    cold = claimcheck.check(texts, cache=tmp_path / "cache", jobs=2)
    warm = claimcheck.check(texts, cache=tmp_path / "cache", jobs=2)
    assert warm.to_json() == cold.to_json() == claimcheck.check(texts, jobs=2).to_json()
    assert cold.finding_list
