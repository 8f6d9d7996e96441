"""Surface forms added after scoring on NewsQuant-dev: units, touching scales and codes, ranges."""

from __future__ import annotations

from claimcheck.extractors.counted import counted_noun
from claimcheck.extractors.numeric import read_sentence
from claimcheck.model import ClaimKind


def readings(sentence: str) -> list[tuple[float, str | None, ClaimKind]]:
    return [(r.value, r.unit, r.kind) for r in read_sentence(sentence)]


def test_engine_and_device_units_are_read() -> None:
    found = readings("The coupe's 610hp engine revs to 8000 rpm and charges at 65 W.")
    assert found == [
        (610.0, "horsepower", ClaimKind.QUANTITY),
        (8000.0, "revolutions_per_minute", ClaimKind.QUANTITY),
        (65.0, "watt", ClaimKind.QUANTITY),
    ]


def test_hyphenated_unit_adjective_is_a_quantity() -> None:
    assert readings("Crews fitted a 2.4-liter pump to the barge.") == [
        (2.4, "liter", ClaimKind.QUANTITY)
    ]


def test_currency_code_touching_the_number_is_money() -> None:
    found = readings("The port authority borrowed USD12m and paid RM4.20 a share.")
    assert found == [(12e6, "USD", ClaimKind.MONEY), (4.2, "MYR", ClaimKind.MONEY)]


def test_letters_before_a_number_that_are_not_a_code_stay_a_name() -> None:
    assert readings("Engineers tested the Mars5 rover design.") == []


def test_touching_capital_m_and_k_are_scales() -> None:
    found = readings("The album sold 1.8M copies and the tour grossed 40k tickets.")
    assert [(v, k) for v, _, k in found] == [(1.8e6, ClaimKind.COUNT), (40e3, ClaimKind.COUNT)]


def test_lowercase_m_is_million_only_before_what_is_counted() -> None:
    assert readings("The final drew 3.2m viewers.")[0][:2] == (3.2e6, None)
    assert readings("Divers reached a 12m ledge.")[0][:2] == (12.0, "meter")


def test_change_then_level_is_not_a_range() -> None:
    [change, level] = read_sentence("Shares of the brewer rose 4.5% to 12.30 on Tuesday.")
    assert (change.value, change.unit) == (4.5, "percent")
    assert (level.value, level.unit) == (12.3, None)


def test_ranging_from_to_is_one_range() -> None:
    [price] = read_sentence("Flats in the tower, ranging from $250,000 to $1.1 million, sold out.")
    assert (price.low, price.high, price.unit) == (250_000.0, 1_100_000.0, "USD")


def test_rose_from_to_stays_two_levels() -> None:
    assert len(read_sentence("Unemployment rose from 4.1% to 4.6% in the spring.")) == 2


def test_counted_phrase_ends_at_its_plural_head() -> None:
    assert counted_noun("210 subscribers mostly from Ohio", 3) == "subscribers"
    assert counted_noun("4,200 Russian troops massed", 5) == "Russian troops"


def test_from_to_levels_share_the_unit_written_once() -> None:
    [before, after] = read_sentence("Turnout climbed from 61.5 to 64 percent this spring.")
    assert (before.value, before.unit, after.unit) == (61.5, "percent", "percent")


def test_from_to_levels_share_the_scale_written_once() -> None:
    [before, after] = read_sentence("The budget grew from $8 to $9.5 billion over two years.")
    assert (before.value, after.value) == (8e9, 9.5e9)


def test_sub_and_minus_before_a_hyphen_keep_the_number() -> None:
    assert readings("Rivals are racing to sub-5 nanometer chips.") == [
        (5.0, "nanometer", ClaimKind.QUANTITY)
    ]
    [cold] = read_sentence("Nights on the plateau fall to minus-40 degrees Celsius.")
    assert (cold.value, cold.unit) == (-40.0, "degree_Celsius")


def test_one_fourth_of_is_a_share() -> None:
    [share] = read_sentence("One fourth of the orchard was lost to frost.")
    assert (share.value, share.unit) == (25.0, "percent")


def values(sentence: str) -> list[tuple[float, str | None]]:
    return [(value, unit) for value, unit, _ in readings(sentence)]


def test_number_words_joined_to_a_unit_are_a_quantity() -> None:
    assert values("Crews cleared a six-mile stretch of the highway.") == [(6.0, "mile")]
    assert values("The river rose behind a three-foot wall of sandbags.") == [(3.0, "foot")]
    assert values("Her six-year-old son and a one-time mayor were there.") == []


def test_common_news_units_are_read() -> None:
    assert values("Inspectors seized 68-ounce cans of mushrooms.") == [(68.0, "ounce")]
    assert values("The storm's pressure fell to 940 millibars.") == [(940.0, "millibar")]
    assert values("The test blast had a yield of 15 kilotons.") == [(15.0, "kiloton")]


def test_slash_fractions_with_a_unit_or_of_are_read() -> None:
    [mile] = read_sentence("The trail is a 3/4 mile gravel loop.")
    assert (mile.value, mile.unit) == (0.75, "mile")
    [cable] = read_sentence("The rig needs 10 1/2 miles of cable.")
    assert (cable.value, cable.unit) == (10.5, "mile")
    [share] = read_sentence("Roughly 1/3 of the ferry's crew quit.")
    assert (round(share.value, 1), share.kind) == (33.3, ClaimKind.PERCENT)


def test_slashes_that_are_names_or_scores_are_not_fractions() -> None:
    assert read_sentence("The clinic is open 24/7 since the 9/11 attacks.") == []
    assert read_sentence("Critics rated the show 3/4 at best.") == []
