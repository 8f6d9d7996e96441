"""The day the story's event was announced: across outlets and inside one article."""

import pandas as pd

import claimcheck
from claimcheck.model import Severity

RULE = "announcement-date-consistency"


def check(*bodies):
    frame = pd.DataFrame(
        {
            "slug": [f"outlet{i}" for i in range(len(bodies))],
            "body": list(bodies),
            "pub_date": ["2026-04-16"] * len(bodies),
        }
    )
    result = claimcheck.check(frame, text="body", id="slug", published="pub_date")
    return [f for f in result.finding_list if f.rule == RULE]


def test_two_outlets_giving_different_announcement_days_are_a_warning():
    (finding,) = check(
        "Kessler Foods to buy Varden Dairy. Kessler Foods announced the takeover of "
        "Varden Dairy on Tuesday, ending months of talks.",
        "Kessler Foods buys Varden. Kessler Foods said on Wednesday that it had reached an "
        "agreement to acquire the Varden cooperative.",
    )
    assert finding.severity is Severity.WARNING
    assert "Tuesday" in finding.message and "Wednesday" in finding.message


def test_one_article_giving_two_days_for_one_unveiling_contradicts_itself():
    (finding,) = check(
        "Harlow Rail unveils a timetable. Harlow Rail unveiled its new regional timetable "
        "on Monday morning. The timetable, which the operator unveiled on Tuesday, adds "
        "40 trains a day."
    )
    assert "Monday" in finding.message and "Tuesday" in finding.message
    assert "[outlet0]" in finding.message


def test_the_same_day_in_other_words_agrees():
    assert not check(
        "Kessler Foods to buy Varden. Kessler Foods announced the takeover on Wednesday.",
        "Kessler buys Varden. Kessler said in a statement on April 15 it had signed a deal "
        "to buy Varden Dairy.",
    )


def test_routine_quotes_on_different_days_stay_quiet():
    assert not check(
        "Carrow reopens roads. The mayor said on Tuesday that most roads had dried out.",
        "Carrow counts the cost. The mayor said on Wednesday the town would need months "
        "to repair its bridges.",
    )


def test_an_announcement_by_someone_the_leads_do_not_name_is_not_compared():
    # Background far below the lead: another company's deal, on another day.
    body = (
        "Kessler Foods to buy Varden Dairy. Kessler Foods announced the takeover of "
        "Varden Dairy on Wednesday. "
        + "The cooperative's farmers will keep their contracts for five years. " * 10
        + "Rival Ostrava Mills announced its own merger on Monday."
    )
    assert not check(body)
