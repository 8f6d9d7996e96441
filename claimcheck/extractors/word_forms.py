"""lemminflect's lemma and inflection lookups, without parsing its whole tables.

On first use lemminflect parses both of its lookup files (~80,000 and ~40,000 lines)
into dicts: ~0.4 s in every process, for the few hundred words an article asks
about. The files are sorted by word, so here a word's lines are found by bisection
and only they are parsed, with lemminflect's own codecs, into the entry its loader
would have built; lemminflect's own lookup code then runs unchanged on it (a test
compares the answers over every word of both tables).

Importing this module imports lemminflect (and numpy, ~0.2 s): import it lazily.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from functools import cache, lru_cache
from typing import Any

from lemminflect import config as lemminflect_config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer
from lemminflect.core.LexicalUtils import categoryToUPos, uposToTags

Forms = dict[str, tuple[str, ...]]  # part of speech or Penn tag -> spellings
LineParser = Callable[[str], Forms]


class SortedLookup(Mapping[str, Forms]):
    """A lemminflect lookup file (``word,category,forms`` lines, sorted by word),
    read whole but parsed a word at a time; entries are memoized.

    Example:
        >>> lookup = SortedLookup(["cat,noun,cat", "cats,noun,cat"], _lemma_forms)
        >>> lookup["cats"], "dog" in lookup
        ({'NOUN': ('cat',)}, False)
    """

    def __init__(
        self, lines: list[str], parse: LineParser, fixed: Mapping[str, Forms] | None = None
    ) -> None:
        # The key as the codecs read it: the first field of the stripped line.
        keys = [line.lstrip().partition(",")[0] for line in lines]
        if keys != sorted(keys):
            # A stable sort keeps a word's lines in file order, so entries merge as
            # lemminflect's loader merges them.
            order = sorted(range(len(lines)), key=keys.__getitem__)
            lines, keys = [lines[i] for i in order], [keys[i] for i in order]
        self._lines = lines
        self._keys = keys
        self._parse = parse
        self._fixed = dict(fixed or {})
        self._entries: dict[str, Forms | None] = {}

    def __getitem__(self, word: str) -> Forms:
        if word in self._fixed:
            return self._fixed[word]
        if word not in self._entries:
            self._entries[word] = self._entry(word)
        entry = self._entries[word]
        if entry is None:
            raise KeyError(word)
        return entry

    def _entry(self, word: str) -> Forms | None:
        start = end = bisect_left(self._keys, word)
        entry: Forms = {}
        while end < len(self._keys) and self._keys[end] == word:
            entry.update(self._parse(self._lines[end]))
            end += 1
        return entry if end > start else None

    def __iter__(self) -> Iterator[str]:
        yield from self._fixed
        previous = None
        for key in self._keys:
            if key != previous and key not in self._fixed:
                yield key
            previous = key

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _lemma_forms(line: str) -> Forms:
    _, category, forms = LemmaLUCodec.fromString(line)
    return {categoryToUPos(category): forms}


def _inflection_forms(line: str) -> Forms:
    _, _, forms = InflectionLUCodec.fromString(line)
    return dict(forms)


def _lines(path: str) -> list[str]:
    with gzip.open(path, "rb") as file:
        text = file.read().decode()
    return text.rstrip("\n").split("\n")


class _LazyLemmatizer(Lemmatizer):  # type: ignore[misc]
    """lemminflect's Lemmatizer, reading its table a word at a time."""

    def _getLemmaDict(self) -> Mapping[str, Forms]:
        return lemma_lookup()


class _LazyInflections(Inflections):  # type: ignore[misc]
    """lemminflect's Inflections, reading its table a word at a time."""

    def _getInflDict(self) -> Mapping[str, Forms]:
        return inflection_lookup()


@cache
def lemma_lookup() -> SortedLookup:
    """lemminflect's word -> {part of speech: lemmas} table, as its loader builds it.

    Example:
        >>> lemma_lookup()["fled"]
        {'VERB': ('flee',)}
    """
    return SortedLookup(_lines(lemminflect_config.lemma_lu_fn), _lemma_forms)


@cache
def inflection_lookup() -> SortedLookup:
    """lemminflect's lemma -> {Penn tag: forms} table, as its loader builds it.

    Example:
        >>> inflection_lookup()["flee"]["VBD"]
        ('fled',)
    """
    # The loader replaces the entries of modals and "be" by hard-coded ones.
    fixed = InflectionLUCodec.updateForAuxMod({})
    return SortedLookup(_lines(lemminflect_config.inflection_lu_fn), _inflection_forms, fixed)


@cache
def _lemmatizer() -> Any:
    return _LazyLemmatizer()


@cache
def _inflections() -> Any:
    return _LazyInflections()


# The lookups below are memoized: the resolvers ask about the same words all day.
# Callers must not change the dicts they get.
@lru_cache(maxsize=65536)
def all_lemmas(word: str, upos: str | None = None) -> Forms:
    """``lemminflect.getAllLemmas``: a word's lemmas by part of speech.

    A lowercase word is looked up here without lemminflect's deep copies (a tenth
    of a millisecond a word); the answer is the same (a test compares every word of
    the table).

    Example:
        >>> all_lemmas("homes")
        {'NOUN': ('home',), 'VERB': ('home',)}
    """
    lemmatizer = _lemmatizer()
    if not word.islower() or upos not in _PLAIN_UPOS:
        found: Forms = lemmatizer.getAllLemmas(word, upos)
        return found
    merged = _with_override(lemma_lookup(), lemmatizer._getOverridesDict(), word)
    if upos is not None:
        merged = {upos: merged[upos]} if upos in merged else {}
    return _lowercased(merged)


_PLAIN_UPOS = frozenset({None, "NOUN", "VERB", "ADJ", "ADV", "AUX"})


@lru_cache(maxsize=65536)
def lemma(word: str, upos: str, lemmatize_oov: bool = True) -> tuple[str, ...]:
    """``lemminflect.getLemma``: a word's lemmas as one part of speech.

    Example:
        >>> lemma("killed", "VERB", lemmatize_oov=False)
        ('kill',)
    """
    if not lemmatize_oov and word.islower() and upos in _PLAIN_UPOS:
        return all_lemmas(word, upos).get(upos, ())
    found: tuple[str, ...] = _lemmatizer().getLemma(word, upos, lemmatize_oov)
    return found


@lru_cache(maxsize=16384)
def all_inflections(lemma: str, upos: str | None = None) -> Forms:
    """``lemminflect.getAllInflections``: a lemma's forms by Penn tag.

    Example:
        >>> all_inflections("flee", upos="VERB")["VBN"]
        ('fled',)
    """
    inflections = _inflections()
    if not lemma.islower() or upos not in _PLAIN_UPOS:
        found: Forms = inflections.getAllInflections(lemma, upos)
        return found
    merged = _with_override(inflection_lookup(), inflections._getOverridesDict(), lemma)
    if upos is not None:
        tags = uposToTags(upos)
        merged = {tag: forms for tag, forms in merged.items() if tag in tags}
    return _lowercased(merged)


def _with_override(table: Mapping[str, Forms], overrides: Mapping[str, Forms], word: str) -> Forms:
    """A word's entry with lemminflect's override for it, as its lookups merge them
    (without their deep copies: the caller copies before it changes anything)."""
    entry, override = table.get(word), overrides.get(word)
    return {**entry, **override} if entry and override else (entry or override or {})


def _lowercased(forms: Forms) -> Forms:
    """A copy with every form in lowercase (lemminflect gives a lowercase word's
    forms the word's case)."""
    if all(form.islower() for spellings in forms.values() for form in spellings):
        return dict(forms)
    return {key: tuple(form.lower() for form in spellings) for key, spellings in forms.items()}
