"""``--story-by auto``: group an unlabelled corpus into stories.

Two documents are one story when their names and key terms overlap strongly
(cosine of TF-IDF vectors, names counted ``name_weight`` times) and they were
published close together (``window_days``); stories are the connected groups
of such pairs.

Only documents that share a term are ever compared: the similarities come from
one sparse product of the TF-IDF matrix with itself (scikit-learn and scipy),
whose cost grows with the number of shared terms, not with all pairs, and
terms found in more than ``common`` documents (too common to say which story
a document tells) are dropped, so no term can make a corpus quadratic.
scikit-learn is an optional dependency (``pip install 'claimcheck[stories]'``);
it was chosen over MinHash LSH (datasketch), which found fewer of the labelled
set's pairs (its candidate lists are approximate; see the README figures).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimcheck.errors import UsageError
from claimcheck.model import Document

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

EXTRA = "stories"


@dataclass(frozen=True, slots=True)
class Grouping:
    """How strongly two documents must agree to be one story.

    ``threshold``: cosine of their TF-IDF vectors; ``window_days``: largest gap
    between publication dates (a document without a date is never kept apart by
    date); ``name_weight``: how many times a name counts (a capitalised word
    inside a sentence: places, people, companies); ``common``: terms in more
    documents than this are ignored.
    """

    threshold: float = 0.5
    window_days: float = 10.0
    name_weight: int = 4
    common: int = 200


@cache
def _word() -> re.Pattern[str]:
    # Capitalised words not at a line or sentence start, and lower-case words of 4+ letters.
    return re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][a-zA-Z]+|[a-z]{4,})(?:-[a-zA-Z]+)*\b", re.M)


_STOP_WORDS = """
    about after again against also among another because been before being between both
    could does doing down during each even every from further have having here into just
    last like made make many more most much must next only other over said same says
    should since some such than that their them then there these they this those though
    through told under until very was were what when where which while will with would
    year years week weeks month months today yesterday tomorrow monday tuesday wednesday
    thursday friday saturday sunday january february march april june july august
    september october november december people officials official according percent
    million billion thousand hundred the and but for not his her its our your who
"""
_STOP = frozenset(_STOP_WORDS.split())


def group_stories(documents: Sequence[Document], grouping: Grouping | None = None) -> list[str]:
    """A story key for each document, in order: documents of one key form a story.

    Example:
        >>> from claimcheck.model import Document
        >>> texts = ["Floods in Varnholm closed the Kessel bridge on Monday.",
        ...          "The Kessel bridge in Varnholm reopened after the floods.",
        ...          "Brightwater Mining agreed to buy Tolland Copper."]
        >>> docs = [Document(str(n), f"{n}.txt", t, t) for n, t in enumerate(texts)]
        >>> keys = group_stories(docs)
        >>> keys[0] == keys[1] != keys[2]
        True
    """
    grouping = grouping or Grouping()
    if not documents:
        return []
    matrix, vocabulary = tfidf_matrix([d.text for d in documents], grouping)
    similar = (matrix @ matrix.T).tocoo()
    parent = list(range(len(documents)))
    for a, b, cosine in zip(similar.row, similar.col, similar.data, strict=True):
        close = _close_in_time(documents[a], documents[b], grouping.window_days)
        if a < b and cosine >= grouping.threshold and close:
            parent[_root(parent, int(a))] = _root(parent, int(b))
    return _keys(parent, matrix, vocabulary)


def tfidf_matrix(texts: Sequence[str], grouping: Grouping) -> tuple[csr_matrix, list[str]]:
    """Rows of L2-normalised TF-IDF weights over each text's names and key terms.

    Example:
        >>> texts = ["Harlow Dam burst.", "Prices rose in Harlow."]
        >>> matrix, terms = tfidf_matrix(texts, Grouping())
        >>> terms
        ['burst', 'dam', 'harlow', 'rose']
    """
    vectorizer_class = _vectorizer()
    vectorizer = vectorizer_class(
        analyzer=lambda text: key_terms(text, grouping.name_weight),
        max_df=max(grouping.common, 1),
    )
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # no text has a single key term
        vectorizer = vectorizer_class(analyzer=lambda text: [" "])
        matrix = vectorizer.fit_transform(texts)
    return matrix.tocsr(), list(vectorizer.get_feature_names_out())


def key_terms(text: str, name_weight: int = 4) -> list[str]:
    """The words that say what a text is about, lower-cased; a name repeated ``name_weight`` times.

    Example:
        >>> key_terms("Crews from Harlow said the dam burst.", name_weight=2)
        ['harlow', 'harlow', 'burst']
    """
    terms = []
    for match in _word().finditer(text):
        word = match.group().lower()
        if word not in _STOP:
            terms += [word] * (name_weight if match.group()[0].isupper() else 1)
    return terms


def _vectorizer() -> type:
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError as missing:
        raise UsageError(
            "--story-by auto needs scikit-learn", hint=f"pip install 'claimcheck[{EXTRA}]'"
        ) from missing
    return TfidfVectorizer  # type: ignore[no-any-return]


def _close_in_time(a: Document, b: Document, window_days: float) -> bool:
    if a.published is None or b.published is None:
        return True
    gap = abs((a.published.replace(tzinfo=None) - b.published.replace(tzinfo=None)).days)
    return gap <= window_days


def _root(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]  # path halving keeps the trees flat
        index = parent[index]
    return index


def _keys(parent: list[int], matrix: csr_matrix, vocabulary: Sequence[str]) -> list[str]:
    """Keys named for the first member's two strongest terms, numbered by first appearance."""
    roots = [_root(parent, i) for i in range(len(parent))]
    names: dict[int, str] = {}
    for index, root in enumerate(roots):
        if root not in names:
            row = matrix.getrow(index)
            ranked = sorted(zip(row.data, row.indices, strict=True), key=lambda p: (-p[0], p[1]))
            top = [vocabulary[column] for _, column in ranked[:2]]
            names[root] = "-".join(["auto", str(len(names) + 1), *top])
    return [names[root] for root in roots]
