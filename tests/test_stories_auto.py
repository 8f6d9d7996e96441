"""--story-by auto: an unlabelled corpus grouped by shared names, key terms and close dates."""

from __future__ import annotations

import json
import sys

import pytest

import claimcheck
from claimcheck.errors import UsageError
from claimcheck.ingest import document_from_text
from claimcheck.stories_auto import group_stories
from tests.conftest import run_cli

QUAKE_2023 = (
    "A magnitude 6.2 earthquake struck near Velmora in Ostrava province on Sunday, killing "
    "23 people, Karsland's disaster agency said. Mayor Jan Pilcik said rescuers from "
    "Brannick were digging through the Velmora market."
)
QUAKE_2023_FOLLOW_UP = (
    "Four days after the Velmora earthquake, Mayor Jan Pilcik said 23 people were confirmed "
    "dead and the Velmora market would be rebuilt with money from Brannick."
)
QUAKE_2024 = (
    "An earthquake of magnitude 5.9 hit Torrin in Karsland's Halvek province on Tuesday, "
    "killing 9 people. Torrin mayor Elise Brandt said the old Torrin school collapsed."
)
DEAL = (
    "Orrin Foods agreed to buy Caldera Bakeries for $300 million, Orrin Foods chief "
    "executive Maya Quist said, adding that Caldera would keep its ovens in Tulsa."
)


def documents(*texts_and_dates: tuple[str, str]) -> list:
    return [
        document_from_text(text, doc_id=f"d{n}", published=date)
        for n, (text, date) in enumerate(texts_and_dates)
    ]


def test_follow_up_days_later_joins_its_story():
    keys = group_stories(
        documents((QUAKE_2023, "2023-04-02"), (QUAKE_2023_FOLLOW_UP, "2023-04-06"))
    )
    assert keys[0] == keys[1]


def test_two_earthquakes_in_one_country_a_year_apart_are_two_stories():
    keys = group_stories(
        documents(
            (QUAKE_2023, "2023-04-02"),
            (QUAKE_2023_FOLLOW_UP, "2023-04-06"),
            (QUAKE_2024, "2024-04-09"),
        )
    )
    assert keys[0] == keys[1] != keys[2]


def test_same_words_far_apart_in_time_are_two_stories():
    keys = group_stories(documents((QUAKE_2023, "2023-04-02"), (QUAKE_2023, "2024-04-02")))
    assert keys[0] != keys[1]


def test_unrelated_story_stays_alone():
    keys = group_stories(documents((QUAKE_2023, "2023-04-02"), (DEAL, "2023-04-02")))
    assert keys[0] != keys[1]
    assert all(key.startswith("auto-") for key in keys)


def test_auto_stories_keep_two_death_tolls_apart():
    docs = documents(
        (QUAKE_2023, "2023-04-02"),
        (QUAKE_2023_FOLLOW_UP, "2023-04-06"),
        (QUAKE_2024, "2024-04-09"),
    )
    result = claimcheck.check(docs, story_by="auto")
    assert [f.rule for f in result.finding_list if "consistency" in f.rule] == []
    assert len({d.story for d in result.document_list}) == 2


def test_a_documents_own_story_key_wins_over_auto():
    docs = documents((QUAKE_2023, "2023-04-02"), (QUAKE_2023_FOLLOW_UP, "2023-04-06"))
    docs[1] = document_from_text(QUAKE_2023_FOLLOW_UP, doc_id="d1", story="mine")
    result = claimcheck.check(docs, story_by="auto")
    assert {d.id: d.story for d in result.document_list}["d1"] == "mine"


def test_story_by_auto_on_the_command_line(tmp_path):
    for name, (text, date) in {
        "a.md": (QUAKE_2023, "2023-04-02"),
        "b.md": (QUAKE_2023_FOLLOW_UP, "2023-04-06"),
        "c.md": (DEAL, "2023-04-03"),
    }.items():
        (tmp_path / name).write_text(f"---\npublished: {date}\n---\n{text}\n")
    done = run_cli("check", str(tmp_path), "--story-by", "auto", "-f", "json")
    stories = {d["id"]: d["story"] for d in json.loads(done.stdout)["documents"]}
    assert stories["a"] == stories["b"] != stories["c"]


def test_missing_scikit_learn_is_a_one_line_error_naming_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "sklearn.feature_extraction.text", None)
    with pytest.raises(UsageError) as raised:
        group_stories(documents((DEAL, "2023-04-02")))
    assert "claimcheck[stories]" in raised.value.hint


def test_no_documents_no_stories():
    assert group_stories([]) == []
