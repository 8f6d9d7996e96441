"""document_from_text: the same repair, metadata and offsets as a file gets."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.ingest import document_from_text

DAMAGED = "---\nsource: Valley Post\n---\nThe dam â built in 1931 â held. Itâs 40 meters high.\n"


def test_repair_is_reported_once_with_count_and_example() -> None:
    doc = document_from_text(DAMAGED)
    (warning,) = [w for w in doc.warnings if w.code == "repaired-encoding"]
    assert "3" in warning.message
    assert "â" in warning.message and "->" in warning.message
    assert doc.text == "The dam – built in 1931 – held. It’s 40 meters high.\n"
    assert doc.original == DAMAGED


def test_offsets_compose_front_matter_and_repair() -> None:
    doc = document_from_text(DAMAGED)
    for word in ("1931", "held.", "40 meters"):
        at = doc.offsets.to_original(doc.text.index(word))
        assert doc.original[at : at + len(word)] == word
    assert doc.line_column(doc.offsets.to_original(doc.text.index("40"))) == (4, 38)


def test_clean_text_has_an_identity_map_and_no_repair_warning() -> None:
    doc = document_from_text("It rained 40 mm in Dunmore on Friday.")
    assert doc.offsets.points == ()
    assert not [w for w in doc.warnings if w.code == "repaired-encoding"]


def test_published_accepts_dates_and_aware_datetimes() -> None:
    day = document_from_text("It rained.", published=dt.date(2024, 5, 2))
    assert (day.published, day.published_precision) == (dt.datetime(2024, 5, 2), "day")
    stamp = dt.datetime(2024, 5, 2, 9, 15, tzinfo=ZoneInfo("America/New_York"))
    aware = document_from_text("It rained.", published=stamp)
    assert (aware.published, aware.published_precision) == (stamp, "minute")


def test_unreadable_published_value_is_a_warning_not_an_error() -> None:
    doc = document_from_text("It rained.", published="next week")
    assert {w.code for w in doc.warnings} >= {"published-invalid", "published-missing"}


def test_broken_front_matter_is_a_warning_and_stays_out_of_the_text() -> None:
    doc = document_from_text("---\ntitle: [unclosed\n---\nIt rained 40 mm.\n")
    assert doc.text == "It rained 40 mm.\n"
    assert any(w.code == "front-matter" for w in doc.warnings)


def test_caller_fields_win_over_front_matter() -> None:
    doc = document_from_text(DAMAGED, source="Other Paper", story="dam", role="source")
    assert (doc.source, doc.story, doc.role) == ("Other Paper", "dam", "source")


_pieces = st.sampled_from(
    ["The dam", " ", "â", "s ", "Ã©", "â€™", "40", ".", "\n", "café", "Dunmore", "---\n"]
)


@given(st.lists(_pieces, max_size=30).map("".join))
def test_every_unchanged_ascii_character_maps_exactly(body: str) -> None:
    original = "---\nsource: Valley Post\n---\n" + body
    doc = document_from_text(original)
    for i, char in enumerate(doc.text):
        if char.isascii() and char != "\n":
            assert original[doc.offsets.to_original(i)] == char
