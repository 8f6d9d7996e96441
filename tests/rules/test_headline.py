"""A headline is checked against its own body like a derived text against its source."""

from __future__ import annotations

import claimcheck
from claimcheck.ingest import document_from_text
from claimcheck.rules.headline import headline_span
from claimcheck.rules.loader import load_rules
from tests.conftest import ROOT

SUPPORT = load_rules([ROOT / "rules" / "core" / "support.yaml"])


def headline_rules(text: str, title: str | None = None) -> list[tuple[str, str]]:
    document = document_from_text(text, doc_id="story", published="2025-04-14", title=title)
    result = claimcheck.check([document], rules=SUPPORT)
    return [(f.rule, f.message) for f in result.finding_list if f.rule.startswith("headline")]


def test_twelve_dead_headline_over_a_body_saying_eleven_is_contradicted():
    found = headline_rules(
        "Bus plunges into Oster gorge, 12 dead\n\n"
        "Eleven people were killed when a bus left the mountain road above the Oster gorge "
        "on Sunday, regional police said."
    )
    assert [rule for rule, _ in found] == ["headline-contradicts-body"]
    assert "12" in found[0][1] and "Eleven" in found[0][1]


def test_title_field_repeated_at_the_top_is_the_headline():
    found = headline_rules(
        "Crane collapse at Kelmouth docks injures 7\n\nSix people were injured when a "
        "crane collapsed at Kelmouth on Monday, the port authority said.",
        title="Crane collapse at Kelmouth docks injures 7",
    )
    assert [rule for rule, _ in found] == ["headline-contradicts-body"]


def test_rounded_headline_figure_is_supported():
    found = headline_rules(
        "Nearly 600 evacuated as Dorne river rises\n\n"
        "Police said 591 residents of low-lying streets in Dorne were taken to shelters "
        "overnight as the river rose."
    )
    assert found == []


def test_headline_weekday_matches_the_bodys_date():
    found = headline_rules(
        "Council votes on Tuesday to close Fenmoor library\n\n"
        "Fenmoor council will vote on April 15 on closing the town library, "
        "a spokeswoman said."
    )
    assert found == []


def test_headline_figure_the_body_never_gives_is_a_warning():
    found = headline_rules(
        "Storm leaves 30,000 without power in Kessby\n\n"
        "Winds of up to 110 km/h brought down lines across Kessby on Sunday, the utility said."
    )
    assert [rule for rule, _ in found] == ["headline-not-in-body"]


def test_a_title_only_in_metadata_is_not_judged():
    found = headline_rules(
        "Eleven people were killed when a bus left the road above the Oster gorge.",
        title="Bus plunges into Oster gorge, 12 dead",
    )
    assert found == []


def test_title_words_inside_a_sentence_are_not_a_headline():
    text = "Officials said the Oster gorge road will reopen."
    document = document_from_text(text, title="the Oster gorge road")
    assert headline_span(document) is None


def test_page_furniture_taken_for_a_title_is_not_judged() -> None:
    found = headline_rules(
        "Eleven people were killed when a bus left the mountain road above the Oster gorge "
        "on Sunday, regional police said.\n\n"
        "Copyright 2025 Oster Herald. All rights reserved.\n",
        title="Copyright 2025 Oster Herald. All rights reserved.",
    )
    assert found == []


def test_the_first_line_of_a_wrapped_paragraph_is_not_a_headline() -> None:
    text = (
        "A hailstorm that swept across the Oster valley on Saturday damaged 900 homes\n"
        "and injured 11 people, the county said on Sunday.\n\n"
        "Crews restored power to 4,800 customers by Sunday evening.\n"
    )
    assert headline_span(document_from_text(text, doc_id="s", published="2025-04-14")) is None


def test_the_headline_rules_of_a_run_judge_each_headline_once(monkeypatch):
    from claimcheck.rules import headline

    calls = []
    judge = headline.judge_headlines

    def counted(*args):
        calls.append(1)
        return judge(*args)

    monkeypatch.setattr(headline, "judge_headlines", counted)
    found = headline_rules(
        "Ferry fire off Pellham leaves 12 dead\n\n"
        "Eleven people died when fire swept the car deck, the coastguard said on Sunday. "
        "Rescuers pulled 40 passengers from the water.",
    )
    # headline-contradicts-body and headline-not-in-body keep different verdicts of one judging.
    assert [rule for rule, _ in found] == ["headline-contradicts-body"]
    assert len(calls) == 1
