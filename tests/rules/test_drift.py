import random
import string
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.errors import RuleError
from claimcheck.ingest import document_from_text
from claimcheck.model import ClaimKind, Severity
from claimcheck.rules.align import align, pair_claims, passages_of, similarity
from claimcheck.rules.drift import changed
from claimcheck.rules.loader import load_rules
from claimcheck.rules.values import Tolerance
from tests.conftest import ROOT
from tests.helpers import make_claim

DRIFT = load_rules([ROOT / "rules" / "core" / "drift.yaml"])
PUBLISHED = "2025-03-10"  # a Monday: "Friday" is March 7

WIRE = (
    "Dock workers at the Port of Selwick walked off the job on Friday after talks collapsed. "
    "The union said the stoppage had idled 38 cranes and left ships waiting in the harbor."
)


def located(doc, text, sentence, start, kind=ClaimKind.COUNT, **fields):
    return replace(
        make_claim(doc, kind, text=text, sentence=sentence, **fields),
        start=start,
        end=start + len(text),
    )


def drift(old: str, new: str, **doc_fields):
    documents = [
        document_from_text(old, doc_id="wire", published=PUBLISHED, **doc_fields),
        document_from_text(new, doc_id="reprint", published=PUBLISHED, **doc_fields),
    ]
    return [f for f in claimcheck.check(documents, rules=DRIFT).finding_list if f.rule == "drift"]


def test_an_edited_figure_in_a_copied_sentence_is_drift():
    (finding,) = drift(WIRE, WIRE.replace("38 cranes", "83 cranes"))
    assert finding.message == "count changed between versions: 38 -> 83 (wire -> reprint)"
    assert [c.split("@")[0] for c in finding.claims] == ["wire", "reprint"]


def test_a_weekday_edited_into_the_date_it_names_is_not_drift():
    assert drift(WIRE, WIRE.replace("on Friday", "on March 7")) == []


def test_a_weekday_edited_into_another_date_is_drift():
    (finding,) = drift(WIRE, WIRE.replace("on Friday", "on March 8"))
    assert "Friday (Fri 2025-03-07) -> March 8 (Sat 2025-03-08)" in finding.message


def test_a_number_spelled_out_is_not_drift():
    assert drift(WIRE, WIRE.replace("38 cranes", "thirty-eight cranes")) == []


def test_a_hedge_edited_into_an_overlapping_reading_is_not_drift():
    old = "Officials said more than 1,200 residents were evacuated from the valley overnight."
    assert drift(old, old.replace("more than 1,200", "about 1,300")) == []


def test_the_same_hedge_with_another_figure_is_drift():
    old = "Officials said more than 1,200 residents were evacuated from the valley overnight."
    (finding,) = drift(old, old.replace("1,200", "1,300"))
    assert "more than 1,200 -> more than 1,300" in finding.message


def test_a_figure_added_to_a_copied_sentence_is_reported():
    old = "The union said the stoppage had idled cranes and left ships waiting in the harbor."
    (finding,) = drift(old, old.replace("idled cranes", "idled 40 cranes"))
    assert finding.message == "count added between versions: nothing -> 40 (wire -> reprint)"


def test_a_number_edited_out_of_reading_as_a_claim_keeps_the_rules_severity():
    old = "The union said the stoppage had idled 38 cranes and left ships in the harbor."
    (finding,) = drift(old, old.replace("38 cranes", "38-cranes"))
    assert finding.message.startswith("count removed")
    assert finding.severity is Severity.ERROR


def test_a_figure_added_to_a_copied_sentence_is_info():
    old = "The union said the stoppage had idled cranes and left ships waiting in the harbor."
    (finding,) = drift(old, old.replace("idled cranes", "idled 40 cranes"))
    assert finding.severity is Severity.INFO


def test_figures_dropped_with_a_trimmed_clause_are_info():
    new = (
        "Dock workers at the Port of Selwick walked off the job after contract talks with "
        "the regional port authority and two shipping lines collapsed late in the evening."
    )
    old = new.replace("collapsed late", "collapsed, idling 38 cranes, late")
    found = drift(old, new)
    assert {f.message.split(" between")[0] for f in found} == {"count removed"}
    assert {f.severity for f in found} == {Severity.INFO}


def test_a_reworded_copy_with_the_same_numbers_is_quiet():
    new = WIRE.replace("walked off the job", "went on strike").replace("the union", "union leaders")
    assert drift(WIRE, new) == []


def test_unrelated_sentences_with_other_numbers_are_not_aligned():
    other = "Ferry crossings resumed at noon and 14 sailings ran before dark, the operator said."
    assert drift(WIRE, other) == []


def test_documents_of_different_stories_are_not_compared():
    a = document_from_text(WIRE, doc_id="a", published=PUBLISHED, story="strike")
    b = document_from_text(
        WIRE.replace("38", "83"), doc_id="b", published=PUBLISHED, story="other-strike"
    )
    assert claimcheck.check([a, b], rules=DRIFT).finding_list == ()


def test_the_source_role_is_the_old_side_whatever_the_order():
    a = document_from_text(WIRE.replace("38", "83"), doc_id="a", published=PUBLISHED)
    b = document_from_text(WIRE, doc_id="b", published=PUBLISHED, role="source")
    (finding,) = claimcheck.check([a, b], rules=DRIFT).finding_list
    assert "38 -> 83 (b -> a)" in finding.message


def test_claims_moved_within_a_sentence_still_pair_by_kind():
    s = "On Friday, 38 cranes stood idle at the Port of Selwick."
    t = "Some 38 cranes stood idle at the Port of Selwick on Friday."
    a = passages_of(
        [
            located("a", "Friday", s, 3, ClaimKind.DATE),
            located("a", "38", s, 11),
        ]
    )[0]
    b = passages_of(
        [
            located("b", "38", t, 5),
            located("b", "Friday", t, 52, ClaimKind.DATE),
        ]
    )[0]
    assert similarity(a, b) > 0.7
    pairs = {(x.text, y.text) for x, y in pair_claims(a, b) if x and y}
    assert pairs == {("38", "38"), ("Friday", "Friday")}


def test_a_headline_printed_twice_is_two_passages():
    s = "Port of Selwick strike idles 38 cranes for a second day"
    claims = [located("a", "38", s, n) for n in (29, 200)]
    assert len(passages_of(claims)) == 2


def test_same_wording_compares_stated_values_not_intervals():
    old = make_claim("a", text="more than 4,500", value=4500, low=4500, high=6750)
    new = make_claim("b", text="more than 4,800", value=4800, low=4800, high=7200)
    assert changed(old, new, Tolerance())
    assert not changed(old, new, Tolerance(relative=0.2))


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("similarity: 1.5", "'similarity' must be in (0, 1]"),
        ("similarity: high", "'similarity' must be a number"),
        ("report_missing: maybe", "'report_missing' must be true or false"),
        ("simlarity: 0.8", "unknown key 'simlarity'"),
    ],
)
def test_bad_keys_are_one_line_errors_with_a_location(tmp_path, yaml_text, message):
    path = tmp_path / "drift.yaml"
    path.write_text(
        f"rules:\n  - id: d\n    type: drift\n    message: '{{old}}'\n    {yaml_text}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as error:
        load_rules([path])
    assert message in str(error.value)
    assert f"{path}:5:" in str(error.value)


_WORDS = st.sampled_from(["crews", "said", "the", "port", "fire", "homes", "were", "lost", "on"])


@given(st.lists(_WORDS, min_size=6, max_size=30), st.integers(0, 999), st.integers(0, 999))
def test_a_sentence_aligns_with_itself_and_pairs_its_claim(words, first, second):
    def passage(doc, value):
        s = " ".join([*words, str(value), "homes"])
        at = s.index(f" {value} ") + 1
        return passages_of([located(doc, str(value), s, at)])[0]

    a, b = passage("a", first), passage("b", second)
    assert align([a, b], 0.8) == [(a, b)]
    ((x, y),) = pair_claims(a, b)
    assert (x.text, y.text) == (str(first), str(second))


def test_alignment_of_big_documents_compares_candidates_not_all_pairs(monkeypatch):
    import claimcheck.rules.align as align_module

    rng = random.Random(5)
    vocabulary = ["".join(rng.choices(string.ascii_lowercase, k=6)) for _ in range(3000)]
    sentences = [" ".join(rng.choices(vocabulary, k=12)) + " with 12 ships" for _ in range(3000)]
    claims = [located(doc, "12", s, n * 100) for doc in ("a", "b") for n, s in enumerate(sentences)]
    built = []
    real_matcher = align_module._matcher

    def counting(a, b):
        built.append(1)
        return real_matcher(a, b)

    monkeypatch.setattr(align_module, "_matcher", counting)
    pairs = align(passages_of(claims), 0.8)
    assert len(pairs) == 3000
    # Linear: a few matchers per passage, never one per pair (9,000,000 here).
    assert len(built) <= 10 * len(sentences)


_KINDS = st.sampled_from([ClaimKind.COUNT, ClaimKind.DATE, ClaimKind.MONEY])


@given(st.lists(st.tuples(_WORDS, _KINDS), min_size=1, max_size=12))
def test_same_wording_pairs_claims_as_the_difflib_opcodes_would(pieces):
    """The shortcut for identical masked sentences agrees with the general pairing."""
    from claimcheck.rules.align import _pair_by_opcodes

    def passage(doc):
        sentence, claims = "", []
        for n, (word, kind) in enumerate(pieces):
            sentence += f"{word} "
            figure = str(10 + n)
            claims.append(located(doc, figure, None, len(sentence), kind))
            sentence += f"{figure} "
        return passages_of([replace(c, sentence=sentence) for c in claims])[0]

    a, b = passage("wire"), passage("reprint")
    assert a.tokens == b.tokens
    assert pair_claims(a, b) == _pair_by_opcodes(a, b)


def test_word_count_leaves_out_claims_and_digit_runs():
    s = "Crews from 3 towns saved 40 homes near Route 9 on Sunday."
    (passage,) = passages_of([located("a", "40", s, 25), located("a", "Sunday", s, 50)])
    assert passage.words == sum(1 for t in passage.tokens if t != "#" and not t.startswith("\x00"))
    assert passage.words == 8  # crews from towns saved homes near route on


@given(
    st.lists(_WORDS, min_size=2, max_size=10),
    st.lists(st.lists(_WORDS, min_size=1, max_size=10), max_size=8),
)
def test_the_most_similar_passage_is_the_first_best_by_similarity(own_words, other_words):
    from claimcheck.rules.align import most_similar

    def passage(doc, words):
        s = " ".join([*words, "12", "boats"])
        return passages_of([located(doc, "12", s, s.index(" 12 ") + 1)])[0]

    own = passage("wire", own_words)
    others = [passage(f"copy-{n}", words) for n, words in enumerate(other_words)]
    assert most_similar(own, others) == max(others, key=lambda p: similarity(own, p), default=None)
