"""Publication dates, outlets and titles from what a page prints about itself."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ingest import document_from_text
from claimcheck.ingest.dates import url_date

BODY = "\n\nThe reservoir held 81 percent of its capacity, engineers said.\n"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("May 02, 2024", "2024-05-02T00:00:00"),
        ("Thursday, 02 May 2024 09:15 AM EDT", "2024-05-02T09:15:00-04:00"),
        ("May 2, 2024 9:15 a.m. ET", "2024-05-02T09:15:00-04:00"),
        ("2024-05-02", "2024-05-02T00:00:00"),
        ("2 May 2024 | 14:03 GMT", "2024-05-02T14:03:00+00:00"),
        ("Updated: May 2, 2024 at 11:40 p.m. PT", "2024-05-02T23:40:00-07:00"),
        ("Published 2 May 2024, 16:05 BST", "2024-05-02T16:05:00+01:00"),
        ("2 May 2024 10:00 MSK", "2024-05-02T10:00:00+03:00"),
        ("Dec. 6, 2021 10:15 a.m. ET", "2021-12-06T10:15:00-05:00"),
    ],
)
def test_header_date_formats(header: str, expected: str) -> None:
    doc = document_from_text(f"Reservoir nearly full\n{header}{BODY}")
    assert doc.published is not None
    assert doc.published.isoformat() == expected
    assert doc.published_from == "header"
    assert doc.published_precision == ("day" if expected.endswith("T00:00:00") else "minute")


def test_a_date_inside_a_story_sentence_is_not_a_header_date() -> None:
    text = (
        "Reservoir nearly full"
        + BODY
        + ("The dam was finished on May 2, 2001, after eleven years of work by the county.\n")
    )
    doc = document_from_text(text)
    assert doc.published is None
    assert doc.published_from == "none"
    (warning,) = [w for w in doc.warnings if w.code == "published-missing"]
    assert "--published" in warning.message


def test_a_labelled_date_opening_a_line_is_the_header_date_whatever_follows() -> None:
    text = (
        " date 2024-05-02 The reservoir held 81 percent of its capacity on Thursday,"
        " after a wet spring in the hills, engineers said.\n"
    )
    doc = document_from_text(text)
    assert (doc.published_date, doc.published_from) == (dt.date(2024, 5, 2), "header")


def test_an_unlabelled_date_in_a_long_opening_line_is_not_the_header_date() -> None:
    text = (
        "2024-05-02 was the day the reservoir held 81 percent of its capacity"
        " after a wet spring in the hills, engineers said.\n"
    )
    assert document_from_text(text).published is None


def test_footer_dateline_serves_when_no_header_date() -> None:
    filler = "".join(f"Paragraph {n} says the dam is fine.\n\n" for n in range(20))
    doc = document_from_text("Reservoir nearly full" + BODY + filler + "May 3, 2024 08:00 AM EDT\n")
    assert doc.published_from == "header"
    assert doc.published is not None and doc.published.day == 3


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://valleypost.test/2024/05/02/reservoir-full", dt.date(2024, 5, 2)),
        ("https://valleypost.test/news/20240502/reservoir", dt.date(2024, 5, 2)),
        ("https://valleypost.test/news/2024/13/02/reservoir", None),
        ("https://valleypost.test/story/123456", None),
    ],
)
def test_url_dates(url: str, expected: dt.date | None) -> None:
    assert url_date(url) == expected


def test_url_date_in_the_text_is_used_last() -> None:
    doc = document_from_text(
        "Reservoir nearly full" + BODY + "Original url:\nhttps://valleypost.test/2024/05/02/res\n"
    )
    assert doc.published_from == "url"
    assert doc.published == dt.datetime(2024, 5, 2)
    assert doc.source == "valleypost.test"


def test_metadata_beats_header() -> None:
    doc = document_from_text("Reservoir nearly full\nMay 2, 2024" + BODY, published="2024-05-03")
    assert doc.published == dt.datetime(2024, 5, 3)
    assert doc.published_from == "metadata"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Logo of Valley Post newspaper Valley Post - Reservoir nearly full" + BODY, "Valley Post"),
        (
            "Reservoir nearly full" + BODY + "© 2024 Example Media, Inc. All rights reserved.",
            "Example Media",
        ),
        ("Reservoir nearly full" + BODY + "Copyright 2021 Example News", "Example News"),
        ("Reservoir nearly full" + BODY + "<https://www.valleypost.test/a/b>", "valleypost.test"),
        ("Reservoir nearly full" + BODY, None),
    ],
)
def test_outlet_detection(text: str, outlet: str | None) -> None:
    assert document_from_text(text).source == outlet


def test_inline_links_are_not_the_outlet() -> None:
    doc = document_from_text("Reservoir full\n\nPhoto: [agency](https://agency.test/x). It rained.")
    assert doc.source is None


def test_title_is_the_heading_or_first_short_line() -> None:
    assert document_from_text("# Reservoir nearly full" + BODY).title == "Reservoir nearly full"
    assert document_from_text("Skip to main content\nReservoir nearly full" + BODY).title == (
        "Reservoir nearly full"
    )


def test_a_short_story_sentence_with_a_date_is_not_a_dateline() -> None:
    doc = document_from_text("Reservoir nearly full\nThe hearing is set for June 3, 2025." + BODY)
    assert doc.published_from == "none"


def test_a_menu_line_with_a_pictograph_is_not_the_title() -> None:
    doc = document_from_text(
        "Start your morning right ☀️ Top stories\n\nReservoir nearly full" + BODY
    )
    assert doc.title == "Reservoir nearly full"
