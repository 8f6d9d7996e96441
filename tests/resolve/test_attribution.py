import pytest

import claimcheck
from claimcheck.resolve.attribution import is_named, source_key, source_near
from claimcheck.resolve.structure_words import structure_words

WORDS = structure_words()


def source_of(sentence, quote):
    at = sentence.index(quote)
    return source_near(sentence, at, at + len(quote), WORDS)


@pytest.mark.parametrize(
    ("sentence", "quote", "source"),
    [
        ("The quake had a magnitude of 6.4, the U.S. Geological Survey said.", "6.4", "USGS"),
        ("USGS said the quake had a magnitude of 6.4.", "6.4", "USGS"),
        ("According to state media, 42 people died in the landslide.", "42", "state media"),
        ("The health minister said 42 people had died by Tuesday.", "42", "health minister"),
        ("Officials put the toll at 77 on Monday evening.", "77", "officials"),
        ("Emergency Minister Lena Varga said 31 people were rescued.", "31", "Varga"),
        ("“We count 31 survivors so far,” said Lena Varga, the emergency minister.", "31", "Varga"),
        (
            "“We count 31 survivors so far,” said Lena Varga, who led the search.",
            "31",
            "Lena Varga",
        ),
        ("The Harbor Seismic Network reports that 2,000 homes were damaged.", "2,000", "HSN"),
        (
            "Only 12 homes survived, officials with the Coastal Relief Agency said.",
            "12",
            "CRA",
        ),
        (
            "Homes were lost on every street and officials say 80 percent of them are gone.",
            "80 percent",
            "officials",
        ),
    ],
)
def test_the_source_nearest_a_claim_is_normalized(sentence, quote, source):
    assert source_of(sentence, quote) == source


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("She said 40 people died in the collapse.", "40"),  # the source is elsewhere
        ("Fatalities were reported in at least 3 car crashes.", "3"),  # passive: no source
        ("The mayor spoke on Monday about the 40 victims.", "40"),  # no speech verb
        ("“Nine homes burned,” she said on Monday.", "Nine"),  # "said on Monday": a time
    ],
)
def test_no_source_without_a_cue_that_names_one(sentence, quote):
    assert source_of(sentence, quote) is None


def test_two_mentions_of_one_source_compare_equal():
    assert source_key("the U.S. Geological Survey", WORDS) == source_key("USGS", WORDS)
    assert source_key("Premier Rachel Odum", WORDS) == source_key("Odum", WORDS)
    assert source_key("Kessler AG", WORDS) == source_key("Kessler", WORDS) == "Kessler"


def test_generic_sources_are_kept_but_name_no_one():
    assert source_key("Authorities", WORDS) == "authorities"
    assert not is_named("authorities", WORDS) and not is_named(None, WORDS)
    assert is_named("USGS", WORDS) and is_named("state media", WORDS)


def test_the_pipeline_fills_the_attribution_column():
    (claim,) = [
        c
        for c in claimcheck.extract(
            "The ferry carried 73 passengers, the coast guard said.", published="2026-03-02"
        )
        if c.text.startswith("73")
    ]
    assert claim.attribution == "coast guard"


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Deutsche Lande Bank", "DLB"),  # an organization word: initials
        ("Kessler Foods", "Kessler Foods"),  # no organization word: the whole run
        ("German dairy giant Kessler Foods", "Kessler Foods"),  # a description before it
        ("Kessler Foods Inc.", "Kessler Foods"),  # a corporate suffix is dropped
        ("Kessler officials", "Kessler"),
        ("Bayern's chief executive Ana Ruiz", "Ruiz"),  # possessive owner, then a title
        ("Kessler's spokesman", "spokesman"),  # the owner's role, which names no one
        ("the United Nations", "UN"),  # a known acronym, from its expansion
        ("the U.N.", "UN"),  # and from itself
        ("the Centers for Disease Control and Prevention", "CDC"),
    ],
)
def test_sources_normalize_to_a_sound_key(phrase, key):
    assert source_key(phrase, WORDS) == key


@pytest.mark.parametrize(
    "phrase",
    ["the company", "the firm", "the Ohio-based company", "the Creston based firm", "the group"],
)
def test_a_description_of_a_company_names_no_source_rather_than_a_wrong_one(phrase):
    assert source_key(phrase, WORDS) is None


def test_a_phrase_that_starts_with_a_connector_names_no_one():
    assert source_key("In addition to the", WORDS) is None


def test_a_full_name_and_a_last_name_may_be_one_source_but_two_names_are_not():
    from claimcheck.resolve.attribution import may_be_one

    assert may_be_one("Lena Varga", "Varga")
    assert not may_be_one("Lena Varga", "Ana Varga") and not may_be_one("Kessler", "Varden")
