import datetime as dt

import claimcheck
from claimcheck.model import ClaimKind

UTC = dt.UTC


def counts(text, published="2025-03-07"):
    return [c for c in claimcheck.extract(text, published=published) if c.kind is ClaimKind.COUNT]


def test_a_count_without_a_time_in_its_sentence_holds_at_publication():
    (claim,) = counts("Rescue teams pulled 23 people from the flooded tunnel.")
    assert claim.as_of == dt.datetime(2025, 3, 7, tzinfo=UTC)
    assert claim.as_of_from == "publication"


def test_by_a_weekday_sets_the_as_of_day():
    (claim,) = counts("The landslide near Orvalle had killed 31 people by Wednesday.")
    assert claim.as_of == dt.datetime(2025, 3, 5, tzinfo=UTC)
    assert claim.as_of_from == "sentence"


def test_as_of_a_clock_time_in_a_named_zone_is_that_instant():
    (claim,) = counts("As of 6 p.m. local time in Kyiv on Sunday, police had detained 48 people.")
    assert claim.as_of == dt.datetime(2025, 3, 2, 16, 0, tzinfo=UTC)
    assert claim.as_of_from == "sentence"


def test_a_weekday_with_a_part_of_the_day_is_an_as_of_time():
    (claim,) = counts("Officials counted 17 dead on Sunday night in the river towns.")
    assert claim.as_of == dt.datetime(2025, 3, 2, tzinfo=UTC)


def test_the_date_of_a_statement_is_not_the_as_of_time():
    (claim,) = counts("The governor said on Tuesday that 9 people were missing.")
    assert claim.as_of_from == "publication"


def test_a_live_page_update_heading_dates_the_claims_below_it():
    text = (
        "UPDATE: 10:51 a.m. IST\n\nThe ferry capsized near Kollam and 12 people drowned.\n\n"
        "UPDATE: 4:05 p.m. IST\n\nDivers have recovered 19 bodies so far."
    )
    first, second = counts(text, published="2025-03-07")
    assert (first.as_of, first.as_of_from) == (dt.datetime(2025, 3, 7, 5, 21, tzinfo=UTC), "update")
    assert second.as_of == dt.datetime(2025, 3, 7, 10, 35, tzinfo=UTC)


def test_a_figure_given_as_an_earlier_one_is_earlier_and_takes_the_measure_compared():
    current, earlier = counts("The quake has killed 80 people, up from 77 reported previously.")
    assert current.measure == "deaths" and current.as_of_from == "publication"
    assert earlier.as_of_from == "earlier" and earlier.measure == "deaths"
    assert earlier.as_of < current.as_of


def test_a_previous_toll_of_is_an_earlier_figure():
    _, earlier = counts("The toll stands at 41 dead, against a previous toll of 36.")
    assert earlier.as_of_from == "earlier"


def test_without_a_publication_date_there_is_no_as_of():
    (claim,) = counts("Volunteers handed out 300 blankets.", published=None)
    assert claim.as_of is None and claim.as_of_from is None


def test_an_update_heading_without_a_zone_still_orders_its_blocks():
    # The page names its zone elsewhere ("All times local"); each block is its minute.
    text = (
        "UPDATE 6:05 p.m.\n\nThe toll from the Orren mine collapse rose to 64.\n\n"
        "UPDATE 9:40 a.m.\n\nRescuers say 51 miners have died since Sunday."
    )
    later, earlier = counts(text, published="2025-03-04")
    assert later.as_of == dt.datetime(2025, 3, 4, 18, 5, tzinfo=UTC)
    assert earlier.as_of == dt.datetime(2025, 3, 4, 9, 40, tzinfo=UTC)
    assert {later.as_of_from, earlier.as_of_from} == {"update"}


def test_an_update_heading_is_on_the_pages_day_not_a_day_named_in_the_block_above():
    text = (
        "UPDATE 2:15 p.m.\n\nDivers found 8 more bodies, bringing the toll to 40.\n\n"
        "UPDATE 11:20 a.m.\n\nThe toll stands at 32, up from 20 on Sunday."
    )
    heading_days = {c.as_of.date() for c in counts(text, published="2025-03-04")}
    assert dt.date(2025, 3, 2) not in heading_days
    assert dt.date(2025, 3, 4) in heading_days


def test_an_update_heading_far_below_the_lede_is_on_the_pages_day_not_the_ledes():
    # Past the sentences just before it, a zoneless heading takes the lede's date
    # (date-from-lead); as a heading it still reads on the page's day.
    text = (
        "Crews battled a grass fire near Olloway on Sunday.\nTraffic was slow.\n"
        "Roads were closed.\nSchools were shut.\n\nUPDATE 6:05 p.m.\n\n"
        "Crews said 40 homes burned."
    )
    [homes] = counts(text, published="2025-03-04")
    assert homes.as_of == dt.datetime(2025, 3, 4, 18, 5, tzinfo=UTC)


def test_assign_as_of_gives_located_claims_the_times_the_pipeline_gives():
    from claimcheck.ingest import document_from_text, split_sentences
    from claimcheck.model import evolve
    from claimcheck.resolve.as_of import assign_as_of

    text = (
        "UPDATE 6:05 p.m. The toll rose to 80 by Wednesday, up from 77 reported previously. "
        "Crews rescued 12 people on Tuesday morning."
    )
    located = claimcheck.extract(text, published="2025-03-07")
    document = document_from_text(text, published="2025-03-07")
    cleared = [evolve(c, as_of=None, as_of_from=None) for c in located]
    again = assign_as_of(document, split_sentences(document), cleared)
    assert again == located
