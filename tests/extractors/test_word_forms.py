"""lemminflect's tables read a word at a time give exactly what its loader builds."""

from __future__ import annotations

import lemminflect
import pytest
from lemminflect import config as lemminflect_config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

from claimcheck.extractors import word_forms
from claimcheck.extractors.word_forms import SortedLookup, inflection_lookup, lemma_lookup


def test_every_word_of_the_lemma_table_reads_as_lemminflects_loader_builds_it():
    full = LemmaLUCodec.load(lemminflect_config.lemma_lu_fn)
    lazy = lemma_lookup()
    assert {word: lazy[word] for word in full} == full
    assert set(lazy) == set(full)


def test_every_lemma_of_the_inflection_table_reads_as_lemminflects_loader_builds_it():
    full = InflectionLUCodec.load(lemminflect_config.inflection_lu_fn)
    lazy = inflection_lookup()
    assert {word: lazy[word] for word in full} == full
    assert set(lazy) == set(full)


@pytest.mark.parametrize(
    "word", ["fled", "troops", "people", "Sandbags", "evacuated", "meet", "news", "be", "zzyzx"]
)
def test_answers_match_lemminflects_own_functions(word):
    assert word_forms.all_lemmas(word) == lemminflect.getAllLemmas(word)
    assert word_forms.lemma(word, "VERB", False) == lemminflect.getLemma(word, "VERB", False)
    for upos in (None, "VERB"):
        assert word_forms.all_inflections(word, upos) == lemminflect.getAllInflections(word, upos)


def test_the_copy_free_lookup_answers_as_lemminflect_for_every_word_of_the_table():
    words = [w for w in lemma_lookup() if w.islower()]
    assert len(words) > 50_000
    for word in words:
        for upos in (None, "NOUN", "VERB"):
            assert word_forms.all_lemmas(word, upos) == lemminflect.getAllLemmas(word, upos)
        assert word_forms.lemma(word, "NOUN", False) == lemminflect.getLemma(word, "NOUN", False)


def test_the_copy_free_inflections_answer_as_lemminflect_for_every_lemma_of_the_table():
    lemmas = [w for w in inflection_lookup() if w.islower()]
    assert len(lemmas) > 20_000
    for lemma in lemmas:
        for upos in (None, "NOUN", "VERB", "ADJ"):
            expected = lemminflect.getAllInflections(lemma, upos)
            assert word_forms.all_inflections(lemma, upos) == expected


def test_an_unknown_word_is_absent_not_an_empty_entry():
    assert "qwertyuiop" not in lemma_lookup()
    assert lemma_lookup().get("qwertyuiop", {}) == {}


def test_unsorted_lines_are_sorted_keeping_each_words_lines_in_file_order():
    def parse(line: str) -> dict[str, tuple[str, ...]]:
        _, tag, form = line.split(",")
        return {tag: (form,)}

    lookup = SortedLookup(["b,X,1", "a,X,2", "b,X,3", "b,Y,4"], parse)
    assert lookup["b"] == {"X": ("3",), "Y": ("4",)}
    assert list(lookup) == ["a", "b"]
    assert len(lookup) == 2


def test_modals_and_be_keep_the_loaders_hard_coded_forms():
    assert inflection_lookup()["be"]["VBD"] == ("was", "were")
    assert inflection_lookup()["can"] == {"VB": ("can",), "VBD": ("could",)}
