"""The reference date: publication metadata first, else inferred from the story, never today."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from claimcheck.model import Span
from claimcheck.resolve.reference import infer_reference
from tests.extractors.helpers import line_document as document


def test_publication_metadata_wins_and_keeps_its_zone() -> None:
    published = dt.datetime(2021, 12, 6, 8, 30, tzinfo=ZoneInfo("America/Denver"))
    doc, sentences = document(
        "Crews fought the fire on Sunday.", published=published, published_from="metadata"
    )
    reference = infer_reference(doc, sentences)
    assert (reference.date, reference.source, reference.zone) == (
        dt.date(2021, 12, 6),
        "metadata",
        "America/Denver",
    )
    assert reference.warning is None


def test_fixed_offset_publication_becomes_an_etc_zone() -> None:
    published = dt.datetime(2025, 3, 4, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-7)))
    doc, sentences = document("The fire spread.", published=published, published_from="header")
    reference = infer_reference(doc, sentences)
    assert (reference.source, reference.zone) == ("header", "Etc/GMT+7")


def test_latest_past_tense_full_date_is_the_inferred_lower_bound() -> None:
    text = (
        "The dam was completed on March 3, 2019.\n"
        "Engineers inspected it on December 5, 2021, officials said.\n"
        "A review will follow on January 20, 2022."
    )
    doc, sentences = document(text)
    reference = infer_reference(doc, sentences)
    assert (reference.date, reference.source) == (dt.date(2021, 12, 5), "inferred")
    assert reference.warning is not None
    assert reference.warning.code == "published-inferred"
    assert "December 5, 2021" in reference.warning.message
    assert "line 2" in reference.warning.message


def test_dated_url_is_evidence() -> None:
    doc, sentences = document(
        "Talks resumed on Tuesday.", url="https://news.example/2021/12/06/talks"
    )
    assert infer_reference(doc, sentences).date == dt.date(2021, 12, 6)


def test_boilerplate_dates_are_ignored() -> None:
    text = "Copyright notice updated on May 1, 2024.\nThe ferry sank on June 2, 2020."
    doc, sentences = document(text, boilerplate=(Span(0, 40),))
    assert infer_reference(doc, sentences).date == dt.date(2020, 6, 2)


def test_yearless_story_takes_the_year_from_the_run() -> None:
    doc, sentences = document("The minister resigned on December 3 after the vote.")
    reference = infer_reference(doc, sentences, run_dates=[dt.date(2021, 12, 6)])
    # December 3 (the year from the run) bounds it below; the run's December 6 is then taken.
    assert (reference.date, reference.source) == (dt.date(2021, 12, 6), "run")
    assert reference.warning is not None and reference.warning.code == "published-inferred"


def test_yearless_story_takes_the_year_from_its_own_dates() -> None:
    text = "The talks will resume on January 10, 2022.\nThe envoy left on December 3."
    doc, sentences = document(text)
    assert infer_reference(doc, sentences).date == dt.date(2021, 12, 3)


def test_no_evidence_means_no_reference_never_today() -> None:
    doc, sentences = document("The council will vote on Tuesday.")
    reference = infer_reference(doc, sentences)
    assert (reference.date, reference.source) == (None, "none")
    assert reference.warning is not None and reference.warning.code == "published-missing"


def test_no_evidence_in_a_run_takes_the_run_date_with_a_warning() -> None:
    doc, sentences = document("The council will vote on Tuesday.")
    reference = infer_reference(doc, sentences, run_dates=[dt.date(2021, 12, 6)])
    assert (reference.date, reference.source) == (dt.date(2021, 12, 6), "run")


def test_a_run_date_just_after_the_lower_bound_is_preferred() -> None:
    doc, sentences = document("Engineers inspected the dam on May 3, 2024, officials said.")
    run = [dt.date(2024, 5, 4), dt.date(2024, 5, 4)]
    reference = infer_reference(doc, sentences, run)
    assert (reference.date, reference.source) == (dt.date(2024, 5, 4), "run")
    assert reference.warning is not None and "May 3, 2024" in reference.warning.message


def test_a_story_covered_only_later_dates_a_document_months_after_its_latest_date() -> None:
    doc, sentences = document("Engineers inspected the dam on May 3, 2024, officials said.")
    reference = infer_reference(doc, sentences, [dt.date(2024, 9, 14), dt.date(2024, 9, 15)])
    assert (reference.date, reference.source) == (dt.date(2024, 9, 14), "run")


def test_a_run_date_far_from_the_lower_bound_is_not_used() -> None:
    doc, sentences = document("Engineers inspected the dam on May 3, 2024, officials said.")
    reference = infer_reference(doc, sentences, [dt.date(2024, 6, 30), dt.date(2024, 4, 1)])
    assert (reference.date, reference.source) == (dt.date(2024, 5, 3), "inferred")
