import pytest

import claimcheck
from claimcheck.resolve.scope import scope_after
from claimcheck.resolve.structure_words import structure_words

WORDS = structure_words()


def scope_of(sentence, quote):
    return scope_after(sentence, sentence.index(quote) + len(quote), WORDS)


@pytest.mark.parametrize(
    ("sentence", "quote", "scope"),
    [
        ("At least 16 people died in Ludian county overnight.", "16", "Ludian county"),
        ("Some 40 victims came from Manabi province.", "40", "Manabi province"),
        ("The fire razed 70% in the Arden Hill suburb.", "70%", "Arden Hill neighbourhood"),
        (
            "About 80 percent of homes in the Arden Hill area burned.",
            "80",
            "Arden Hill neighbourhood",
        ),
        (
            "Flames destroyed 300 homes in the Larkspur neighbourhood alone.",
            "300",
            "Larkspur neighbourhood",
        ),
        ("Crews lost 12 trailers on one street alone.", "12", "street"),
        (
            "Nine homes burned in the neighbourhood of Timberline.",
            "Nine",
            "Timberline neighbourhood",
        ),
        ("Nine homes burned in Portvale alone.", "Nine", "Portvale"),
    ],
)
def test_a_place_inside_the_event_scopes_a_claim(sentence, quote, scope):
    assert scope_of(sentence, quote) == scope


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The fire forced all 9,000 people in the mill town of Carrow to flee.", "9,000"),
        ("Some 9,000 people in Carrow, in Vell province, fled the flames.", "9,000"),
        ("The fire burned 1,600 structures and could destroy much of the town.", "1,600"),
        ("The storm killed 12 people in Carrow on Sunday.", "12"),  # a bare place: maybe the whole
    ],
)
def test_the_event_s_own_place_is_not_a_scope(sentence, quote):
    assert scope_of(sentence, quote) is None


def test_a_group_and_an_opening_place_scope_a_count_in_the_pipeline():
    text = "The quake killed 40 people, including 12 children. In Ludian county, 9 people died."
    scopes = {c.text: c.scope for c in claimcheck.extract(text, published="2026-03-02")}
    assert scopes["12"] == "children"
    assert scopes["9"] == "Ludian county"
    assert scopes["40"] is None


def test_a_percentage_is_a_share_of_its_noun_or_of_the_elided_one_before_it():
    text = "The fire razed 90% of homes in the Millbrook suburb and 70% in the Arden Hill suburb."
    claims = {c.text: c for c in claimcheck.extract(text, published="2026-03-02")}
    assert claims["90%"].measure == claims["70%"].measure == "share of homes"
    assert claims["70%"].scope == "Arden Hill neighbourhood"


def test_a_change_in_percent_is_not_a_share():
    (claim,) = claimcheck.extract("Shares of Kessler rose 21 percent.", published="2026-03-02")
    assert claim.measure is None
