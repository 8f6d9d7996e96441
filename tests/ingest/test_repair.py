"""Mojibake repair: ftfy's cases, lost C1 bytes, and offsets that map back exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.ingest.repair import repair_text


def _assert_maps_back(original: str, word: str) -> None:
    repair = repair_text(original)
    at = repair.text.index(word)
    source = repair.offsets.to_original(at)
    assert original[source : source + len(word)] == word


def test_letter_a_circumflex_letter_becomes_an_apostrophe() -> None:
    repair = repair_text("Near the cityâs border the army waits.")
    assert repair.text == "Near the city’s border the army waits."
    assert repair.count == 1
    assert repair.example is not None and "cityâs" in repair.example


def test_contractions_become_apostrophes() -> None:
    text = "Itâs cold and we donât know, theyâre sure, weâll see, youâve heard, Iâm out."
    assert (
        repair_text(text).text
        == "It’s cold and we don’t know, they’re sure, we’ll see, you’ve heard, I’m out."
    )


def test_quotes_open_before_a_word_and_close_after() -> None:
    repair = repair_text("âWe will rebuild,â the mayor said.")
    assert repair.text == "“We will rebuild,” the mayor said."


def test_spaced_a_circumflex_becomes_an_en_dash() -> None:
    repair = repair_text("The levee â built in 1952 â gave way at 4 a.m.")
    assert repair.text == "The levee – built in 1952 – gave way at 4 a.m."


def test_complete_mojibake_is_fixed_by_ftfy() -> None:
    repair = repair_text("The cafÃ© owner said â€œnoâ€\x9d to 12 more tables.")
    assert "café" in repair.text
    assert "Ã" not in repair.text


def test_clean_french_text_keeps_its_circumflex() -> None:
    text = "The château near Lyon sold for €4 million."
    repair = repair_text(text)
    assert repair.text == text
    assert repair.count == 0


def test_offsets_point_back_into_the_damaged_text() -> None:
    original = "âWe are readyâ to help, she said. The portâs 3,500 workers â and 40 ships."
    for word in ("We are", "to help", "3,500", "and 40 ships", "workers"):
        _assert_maps_back(original, word)


def test_ftfy_repairs_keep_later_offsets_exact() -> None:
    original = "The cafÃ© sold 300 croissants â€” a record â€” on Sunday."
    for word in ("sold 300", "a record", "on Sunday."):
        _assert_maps_back(original, word)


_damaged = st.lists(
    st.sampled_from(["word", " ", "â", "s", "Ã©", "â€™", "12", ".", "\n", "é", "Dunmore"]),
    max_size=40,
).map("".join)


@given(_damaged)
def test_every_unchanged_character_maps_to_itself(original: str) -> None:
    repair = repair_text(original)
    mapped = [repair.offsets.to_original(i) for i in range(len(repair.text))]
    assert mapped == sorted(mapped)
    for i, source in enumerate(mapped):
        char = repair.text[i]
        if char.isascii() and char not in "\n":
            assert original[source] == char
